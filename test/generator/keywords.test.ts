// Generator's keyword-only parameters are positional in numpy's order (README), or an options
// object in the first keyword slot: multivariate_normal's method, permuted's axis and out.
// Values pinned from numpy 2.4.6 (default_rng(1) / default_rng(3)).
import { describe, expect, test } from 'vitest';
import { RandomState, default_rng } from '../../src/index.js';

const COV = [[2, 1], [1, 2]];
const rows = (a: Float64Array) => [Array.from(a.subarray(0, 2)), Array.from(a.subarray(2, 4))];

describe('multivariate_normal(mean, cov, size, check_valid, tol, method)', () => {
  // default_rng(1).multivariate_normal([0, 0], [[2, 1], [1, 2]], 2, method=...)
  const CHOLESKY = [[0.488729851359769, 1.2506375331752067], [0.46730859464945773, -1.3623808386995733]];
  const EIGH_COL1 = [1.2506375331752067, -1.3623808386995733];

  test('method positional: cholesky is bit-exact with numpy (it silently ran svd before)', () => {
    const x = default_rng(1).multivariate_normal([0, 0], COV, 2, 'warn', 1e-8, 'cholesky');
    expect(rows(x)).toEqual(CHOLESKY);
    const viaOptions = default_rng(1).multivariate_normal([0, 0], COV, 2, undefined, undefined, { method: 'cholesky' });
    expect(rows(viaOptions)).toEqual(CHOLESKY);
    const eigh = default_rng(1).multivariate_normal([0, 0], COV, 2, undefined, undefined, 'eigh');
    expect([eigh[1], eigh[3]]).toEqual(EIGH_COL1);
    expect(eigh[0]).not.toBe(CHOLESKY[0]![0]);
  });

  test("numpy's errors: unknown method (ValueError), unknown option and a seventh argument (TypeError)", () => {
    const g = default_rng(1);
    expect(() => g.multivariate_normal([0], [[1]], undefined, 'warn', 1e-8, 'x' as 'svd')).toThrow("method must be one of {'eigh', 'svd', 'cholesky'}");
    expect(() => g.multivariate_normal([0], [[1]], undefined, 'warn', 1e-8, 3 as unknown as 'svd')).toThrow("method must be one of {'eigh', 'svd', 'cholesky'}");
    expect(() => g.multivariate_normal([0], [[1]], undefined, 'warn', 1e-8, { x: 1 } as object)).toThrow(new TypeError("multivariate_normal() got an unexpected keyword argument 'x'"));
    const call = g.multivariate_normal.bind(g) as unknown as (...a: unknown[]) => unknown;
    expect(() => call([0], [[1]], undefined, 'warn', 1e-8, 'svd', 1)).toThrow(new TypeError('multivariate_normal() takes at most 6 positional arguments (7 given)'));
    // numpy checks check_valid even for a valid covariance
    expect(() => g.multivariate_normal([0], [[1]], undefined, 'cholesky')).toThrow("check_valid must equal 'warn', 'raise', or 'ignore'");
  });

  test("RandomState.multivariate_normal has no method: numpy's TypeError, before any draw", () => {
    const rs = new RandomState(1);
    const call = rs.multivariate_normal.bind(rs) as unknown as (...a: unknown[]) => unknown;
    expect(() => call([0], [[1]], undefined, 'warn', 1e-8, 'svd')).toThrow(new TypeError('multivariate_normal() takes at most 5 positional arguments (6 given)'));
    expect(() => call([0], [[1]], undefined, 'warn', 1e-8, { method: 'svd' })).toThrow(new TypeError("multivariate_normal() got an unexpected keyword argument 'method'"));
    expect(rs.random_sample()).toBe(new RandomState(1).random_sample());
  });
});

describe('permuted(x, axis, out)', () => {
  // default_rng(3).permuted([[1, 2, 3], [4, 5, 6]], axis=1)
  const PINNED = [3, 2, 1, 4, 6, 5];

  test('axis positional or in an options object; out positional or in it', () => {
    expect(Array.from(default_rng(3).permuted([[1, 2, 3], [4, 5, 6]], 1) as Float64Array)).toEqual(PINNED);
    expect(Array.from(default_rng(3).permuted([[1, 2, 3], [4, 5, 6]], { axis: 1 }) as Float64Array)).toEqual(PINNED);
    const out = Object.assign(new Float64Array(6), { shape: [2, 3] });
    default_rng(3).permuted([[1, 2, 3], [4, 5, 6]], { axis: 1, out });
    expect(Array.from(out)).toEqual(PINNED);
    const out2 = Object.assign(new Float64Array(6), { shape: [2, 3] });
    default_rng(3).permuted([[1, 2, 3], [4, 5, 6]], { axis: 1 } as never, out2);
    expect(Array.from(out2)).toEqual(PINNED);
  });

  test("numpy's TypeErrors", () => {
    const g = default_rng(3);
    expect(() => g.permuted([1, 2], { x: 2 } as object)).toThrow(new TypeError("permuted() got an unexpected keyword argument 'x'"));
    expect(() => g.permuted([1, 2], 'a' as unknown as number)).toThrow(new TypeError("'str' object cannot be interpreted as an integer"));
    expect(() => g.permuted([1, 2], undefined, [1, 2] as unknown as Float64Array)).toThrow(new TypeError('out must be a numpy array'));
    const call = g.permuted.bind(g) as unknown as (...a: unknown[]) => unknown;
    expect(() => call([1, 2], 0, null, 1)).toThrow(new TypeError('permuted() takes at most 3 positional arguments (4 given)'));
  });
});
