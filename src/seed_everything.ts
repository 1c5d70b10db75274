// One call that seeds every seeded module of this package, as Python's "set every seed" recipe
// does (random.seed, np.random.seed, torch.manual_seed, jax.random.PRNGKey).
import { seed as seedNumpy } from './legacy/global.js';

/**
 * Seeds the global numpy facade (`np.random.seed(s)`): the Python recipe's line for numpy.
 * @param s the seed, an integer in [0, 2**32) as `np.random.seed` takes it
 * @example
 * seed_everything(42);
 * np.rand(3);   // numpy's np.random.seed(42); np.random.rand(3)
 */
export function seed_everything(s: number): void {
  seedNumpy(s);
}
