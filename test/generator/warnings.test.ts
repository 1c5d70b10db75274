// The warnings numpy 2.4.6's Generator gives: multivariate_normal's not-PSD RuntimeWarning for
// method 'svd' and 'eigh' (cholesky fails instead), and none where numpy gives none.
import { describe, expect, test } from 'vitest';
import { RuntimeWarning, catch_warnings, default_rng } from '../../src/index.js';

const NOT_PSD = 'covariance is not symmetric positive-semidefinite.';

describe('Generator warnings', () => {
  test.each(['svd', 'eigh'] as const)('multivariate_normal(method=%s) warns on a non-PSD covariance', (method) => {
    const { warnings } = catch_warnings(() => default_rng(1).multivariate_normal([0, 0], [[1, 2], [2, 1]], undefined, 'warn', 1e-8, method));
    expect(warnings.map((w) => [w.name, w.message])).toEqual([['RuntimeWarning', NOT_PSD]]);
    expect(warnings[0]).toBeInstanceOf(RuntimeWarning);
  });

  test("integers with a non-native dtype raises (no warning), as numpy's Generator does", () => {
    const { warnings } = catch_warnings(() => {
      expect(() => default_rng(1).integers(0, 10, 2, '>i4' as 'int32')).toThrow(/non-native byteorder/);
    });
    expect(warnings).toEqual([]);
  });
});
