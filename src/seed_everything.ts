// One call that seeds every seeded module of this package and returns what the functional API
// needs, as Python's "set every seed" recipe does (random.seed, np.random.seed,
// torch.manual_seed, and a jax.random.PRNGKey for code that passes keys).
import { seed as seedNumpy } from './legacy/global.js';
import { PRNGKey } from './jax/index.js';
import type { Key } from './jax/index.js';
import { seed as seedPyrandom } from './pyrandom/index.js';
import { manual_seed } from './torch/index.js';

/**
 * Seeds the global numpy facade (`np.random.seed(s)`), the Python-style `random` module of
 * `numpy-random/pyrandom` (`random.seed(s)`) and the default generator of `numpy-random/torch`
 * (`torch.manual_seed(s)`), and returns `jax.random.PRNGKey(s)` from `numpy-random/jax`, as the
 * Python recipe does.
 * @param s the seed, an integer in [0, 2**32) as `np.random.seed` takes it
 * @returns the JAX key for `s` (a `Uint32Array` of shape [2], `PRNGKey(s)`)
 * @example
 * const key = seed_everything(42);   // Uint32Array [0, 42]
 * np.rand(3);          // numpy's np.random.seed(42); np.random.rand(3)
 * pyrandom.random();   // Python's random.seed(42); random.random() == 0.6394267984578837
 * torch.rand(3);       // torch.manual_seed(42); torch.rand(3) == [0.8822692632675171, 0.9150039553642273, 0.38286375999450684]
 * jax.uniform(key);    // jax.random.uniform(jax.random.PRNGKey(42))
 */
export function seed_everything(s: number): Key {
  seedNumpy(s); // first: it validates s with numpy's checks, before anything is seeded
  seedPyrandom(s);
  manual_seed(s);
  return PRNGKey(s);
}
