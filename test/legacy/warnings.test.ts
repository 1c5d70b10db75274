// Every warning numpy 2.4.6's RandomState gives, with numpy's text and category, in numpy's order
// relative to its errors (values pinned from numpy: RandomState(1) draws).
import { describe, expect, test } from 'vitest';
import {
  DeprecationWarning, PCG64, RandomState, RuntimeWarning, catch_warnings, random_integers, seed,
} from '../../src/index.js';

const NON_NATIVE = 'Providing a dtype with a non-native byteorder is not supported. If you require '
  + 'platform-independent byteorder, call byteswap when required.\nIn future version, providing byteorder will raise a ValueError';
const NOT_PSD = 'covariance is not symmetric positive-semidefinite.';
const texts = (ws: Error[]) => ws.map((w) => [w.name, w.message]);

describe('DeprecationWarning', () => {
  test('random_integers, one and two bounds (numpy: 6, then [5, 6, 2])', () => {
    const rs = new RandomState(1);
    const one = catch_warnings(() => rs.random_integers(6));
    expect(one.result).toBe(6);
    expect(texts(one.warnings)).toEqual([['DeprecationWarning', 'This function is deprecated. Please call randint(1, 6 + 1) instead']]);
    expect(one.warnings[0]).toBeInstanceOf(DeprecationWarning);
    const two = catch_warnings(() => rs.random_integers(2, 7, 3));
    expect(Array.from(two.result as Float64Array)).toEqual([5, 6, 2]);
    expect(texts(two.warnings)).toEqual([['DeprecationWarning', 'This function is deprecated. Please call randint(2, 7 + 1) instead']]);
  });

  test('random_integers warns before its errors (numpy warns first, then int(high))', () => {
    const rs = new RandomState(1);
    let err: unknown;
    const { warnings } = catch_warnings(() => {
      try { rs.random_integers(1, NaN); } catch (e) { err = e; }
    });
    expect(texts(warnings)).toEqual([['DeprecationWarning', 'This function is deprecated. Please call randint(1, nan + 1) instead']]);
    expect(String(err)).toBe('ValueError: cannot convert float NaN to integer');
  });

  test('module-level random_integers warns too', () => {
    seed(1);
    const { result, warnings } = catch_warnings(() => random_integers(6));
    expect(result).toBe(6);
    expect(warnings).toHaveLength(1);
  });

  test("randint with '>i4' swaps to native and warns (numpy: [5, 8, 9] as int32)", () => {
    const rs = new RandomState(1);
    const { result, warnings } = catch_warnings(() => rs.randint(0, 10, 3, '>i4' as 'int32'));
    expect(result).toBeInstanceOf(Int32Array);
    expect(Array.from(result)).toEqual([5, 8, 9]);
    expect(texts(warnings)).toEqual([['DeprecationWarning', NON_NATIVE]]);
  });

  test("randint with '>f8': the warning, then numpy's TypeError naming dtype('<f8')", () => {
    const rs = new RandomState(1);
    let err: unknown;
    const { warnings } = catch_warnings(() => {
      try { rs.randint(0, 10, undefined, '>f8' as 'int32'); } catch (e) { err = e; }
    });
    expect(texts(warnings)).toEqual([['DeprecationWarning', NON_NATIVE]]);
    expect(err).toBeInstanceOf(TypeError);
    expect((err as Error).message).toBe("Unsupported dtype dtype('<f8') for randint");
  });

  test("single-byte and native dtypes give no warning ('>u1', '<i4', '=i2')", () => {
    const rs = new RandomState(1);
    for (const d of ['>u1', '<i4', '=i2', '|i1']) {
      expect(catch_warnings(() => rs.randint(0, 10, 2, d as 'int32')).warnings).toEqual([]);
    }
  });
});

describe('RuntimeWarning', () => {
  test('get_state() on a non-MT19937 RandomState warns and returns the dict', () => {
    const rs = new RandomState(new PCG64(1));
    const { result, warnings } = catch_warnings(() => rs.get_state());
    expect(texts(warnings)).toEqual([['RuntimeWarning',
      'get_state and legacy can only be used with the MT19937 BitGenerator. To silence this warning, set `legacy` to False.']]);
    expect(warnings[0]).toBeInstanceOf(RuntimeWarning);
    expect(Array.isArray(result)).toBe(false);
    expect((result as { bit_generator: string }).bit_generator).toBe('PCG64');
    expect(catch_warnings(() => rs.get_state(false)).warnings).toEqual([]);
    expect(catch_warnings(() => new RandomState(1).get_state()).warnings).toEqual([]);
  });

  test("multivariate_normal: not PSD warns with check_valid='warn' (default), raises with 'raise', silent with 'ignore'", () => {
    const cov = [[1, 2], [2, 1]];
    const w = catch_warnings(() => new RandomState(1).multivariate_normal([0, 0], cov));
    expect(texts(w.warnings)).toEqual([['RuntimeWarning', NOT_PSD]]);
    expect(catch_warnings(() => new RandomState(1).multivariate_normal([0, 0], cov, undefined, 'ignore')).warnings).toEqual([]);
    expect(() => new RandomState(1).multivariate_normal([0, 0], cov, undefined, 'raise')).toThrow(NOT_PSD);
    expect(catch_warnings(() => new RandomState(1).multivariate_normal([0, 0], [[1, 0], [0, 1]])).warnings).toEqual([]);
  });
});
