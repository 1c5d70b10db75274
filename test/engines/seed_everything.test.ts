// seed_everything(s) seeds what Python's "set every seed" recipe seeds; numbers from numpy 2.4.6
// (np.random.seed(42); np.random.rand(3) and np.random.randn(2) after seed 7).
import { expect, it } from 'vitest';
import * as np from '../../src/index.js';

it('seeds the global numpy facade like np.random.seed', () => {
  np.seed(1);
  np.rand(5);
  np.seed_everything(42);
  expect(Array.from(np.rand(3) as Float64Array)).toEqual([0.3745401188473625, 0.9507143064099162, 0.7319939418114051]);
  np.seed_everything(7);
  const a = np.randn(2);
  np.seed(7);
  expect(Array.from(np.randn(2) as Float64Array)).toEqual(Array.from(a as Float64Array));
  expect(() => np.seed_everything(-1)).toThrow(np.ValueError);
});
