// One call that seeds every seeded module of this package, as Python's "set every seed" recipe
// does (random.seed, np.random.seed, torch.manual_seed, jax.random.PRNGKey).
import { seed as seedNumpy } from './legacy/global.js';
import { seed as seedPyrandom } from './pyrandom/index.js';

/**
 * Seeds the global numpy facade (`np.random.seed(s)`) and the Python-style `random` module of
 * `numpy-random/pyrandom` (`random.seed(s)`), as the Python recipe's lines do.
 * @param s the seed, an integer in [0, 2**32) as `np.random.seed` takes it
 * @example
 * seed_everything(42);
 * np.rand(3);          // numpy's np.random.seed(42); np.random.rand(3)
 * pyrandom.random();   // Python's random.seed(42); random.random() == 0.6394267984578837
 */
export function seed_everything(s: number): void {
  seedNumpy(s); // first: it validates s with numpy's checks, before anything is seeded
  seedPyrandom(s);
}
