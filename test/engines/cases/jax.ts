// numpy-random/jax on every engine: keys from PRNGKey, split / fold_in, and each sampler.
// Expected digests from the Node run; the main suite (test/jax) checks these against JAX.
import * as jax from '../../../src/jax/index.js';
import type { Key } from '../../../src/jax/index.js';
import { rawFrame } from './raw.js';
import type { EngineCase } from './types.js';

const CALLS: [string, (k: Key) => unknown][] = [
  ['split(3)', (k) => jax.split(k, 3)],
  ['fold_in(7)', (k) => jax.fold_in(k, 7)],
  ['bits([100])', (k) => jax.bits(k, [100])],
  ['uniform([1000])', (k) => jax.uniform(k, [1000])],
  ['uniform([4,5],-2,3)', (k) => jax.uniform(k, [4, 5], undefined, -2, 3)],
  ['normal([1000])', (k) => jax.normal(k, [1000])],
  ['randint([1000],0,100)', (k) => jax.randint(k, [1000], 0, 100)],
  ['permutation(50)', (k) => jax.permutation(k, 50)],
  ['gumbel([200])', (k) => jax.gumbel(k, [200])],
  ['exponential([200])', (k) => jax.exponential(k, [200])],
];

export function cases(): EngineCase[] {
  const out: EngineCase[] = [];
  for (const seed of [0, 42, 2 ** 31 - 1]) {
    for (const [label, call] of CALLS) {
      out.push({ id: `jax:${seed}:${label}`, oracle: 'node', bytes: () => rawFrame([call(jax.PRNGKey(seed))]) });
    }
  }
  return out;
}
