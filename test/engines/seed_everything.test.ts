// seed_everything(s) seeds what Python's "set every seed" recipe seeds; numbers from numpy 2.4.6
// CPython 3.11.7 and torch 1.13 (np.random.seed(42); np.random.rand(3); random.seed(42); random.random();
// torch.manual_seed(42); torch.rand(3); torch.randint(0, 10, (4,)) after torch.manual_seed(42)).
import { expect, it } from 'vitest';
import * as np from '../../src/index.js';
import * as pyrandom from '../../src/pyrandom/index.js';
import * as torch from '../../src/torch/index.js';
import * as jax from '../../src/jax/index.js';

it('seeds the global numpy facade like np.random.seed and pyrandom like random.seed', () => {
  np.seed(1);
  np.rand(5);
  pyrandom.seed(3);
  const key = np.seed_everything(42);
  expect(Array.from(key)).toEqual([0, 42]); // jax.random.PRNGKey(42)
  expect(key.shape).toEqual([2]);
  expect(Array.from(key)).toEqual(Array.from(jax.PRNGKey(42)));
  expect(Array.from(np.rand(3) as Float64Array)).toEqual([0.3745401188473625, 0.9507143064099162, 0.7319939418114051]);
  expect([pyrandom.random(), pyrandom.random()]).toEqual([0.6394267984578837, 0.025010755222666936]);
  expect(Array.from(torch.rand(3) as Float32Array)).toEqual([0.8822692632675171, 0.9150039553642273, 0.38286375999450684]);
  expect(torch.initial_seed()).toBe(42n);
  np.seed_everything(42);
  expect(Array.from(torch.randint(0, 10, [4]) as BigInt64Array, Number)).toEqual([2, 7, 6, 4]);
  np.seed_everything(7);
  const a = np.randn(2);
  const b = pyrandom.randint(1, 100);
  np.seed(7);
  pyrandom.seed(7);
  expect(Array.from(np.randn(2) as Float64Array)).toEqual(Array.from(a as Float64Array));
  expect(pyrandom.randint(1, 100)).toBe(b);
});

it('a bad seed throws before anything is seeded', () => {
  pyrandom.seed(5);
  const want = new pyrandom.Random(5).random();
  expect(() => np.seed_everything(-1)).toThrow(np.ValueError);
  expect(pyrandom.random()).toBe(want);
});
