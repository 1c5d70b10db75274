// The front-end core beside numpy's _common.pyx: size-to-shape, Python-int and C-long
// conversion, check_output, parameter specs and the shared limits (expected values from numpy 2.4.6).
import { describe, expect, it } from 'vitest';
import { Generator, PCG64 } from '../../src/index.js';
import { checkOutput } from '../../src/core/check_output.js';
import { distSpec, param, paramOr, checkScalar, checkArray } from '../../src/core/constraints.js';
import * as K from '../../src/core/constants.js';
import { normalizeSize } from '../../src/core/ndarray.js';
import { cLong, floatToInt, toInt64 } from '../../src/core/pyint.js';
import { NORMAL } from '../../src/distributions/continuous.js';
import { BINOMIAL } from '../../src/distributions/binomial.js';
import { LEGACY_HYPERGEOMETRIC } from '../../src/legacy/distributions/hypergeometric.js';

const err = (fn: () => unknown): string => {
  try { fn(); } catch (e) { return `${(e as Error).name}: ${(e as Error).message}`; }
  return 'no error';
};

describe('size to shape (np.empty(size))', () => {
  it('accepts ints, bigints and sequences of them', () => {
    expect(normalizeSize(undefined)).toBeNull();
    expect(normalizeSize(null)).toBeNull();
    expect(normalizeSize(3)).toEqual([3]);
    expect(normalizeSize(3n)).toEqual([3]);
    expect(normalizeSize([])).toEqual([]);
    expect(normalizeSize([2, 0])).toEqual([2, 0]);
  });
  it("refuses what numpy refuses, with numpy's messages", () => {
    expect(err(() => normalizeSize(2.5))).toBe("TypeError: expected a sequence of integers or a single integer, got '2.5'");
    expect(err(() => normalizeSize(true))).toBe("TypeError: expected a sequence of integers or a single integer, got 'True'");
    expect(err(() => normalizeSize(-1))).toBe('ValueError: negative dimensions are not allowed');
    expect(err(() => normalizeSize([2, -1]))).toBe('ValueError: negative dimensions are not allowed');
    expect(err(() => normalizeSize('3'))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(err(() => normalizeSize([2.0 + 0.5]))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(err(() => normalizeSize(2n ** 63n))).toBe('ValueError: Maximum allowed dimension exceeded');
    expect(err(() => normalizeSize(2 ** 62))).toBe("TypeError: expected a sequence of integers or a single integer, got '4.611686018427388e+18'");
    expect(err(() => normalizeSize(2n ** 62n))).toBe(
      'ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.');
  });
  it('a Generator method passes size through it before drawing (state unchanged)', () => {
    const g = new Generator(new PCG64(1));
    const before = JSON.stringify(g.bit_generator);
    expect(err(() => g.standard_normal(-1))).toBe('ValueError: negative dimensions are not allowed');
    expect(JSON.stringify(g.bit_generator)).toBe(before);
  });
});

describe('Python int and C long conversion', () => {
  it("cLong: ints, bools and floats (truncated) with Python's errors", () => {
    expect(cLong(5)).toBe(5);
    expect(cLong(true)).toBe(1);
    expect(cLong(-2.7)).toBe(-2);
    expect(cLong(2n ** 62n)).toBe(2 ** 62);
    expect(err(() => cLong(NaN))).toBe('ValueError: cannot convert float NaN to integer');
    expect(err(() => cLong(Infinity))).toBe('OverflowError: cannot convert float infinity to integer');
    expect(err(() => cLong(2n ** 63n))).toBe('OverflowError: Python int too large to convert to C long');
    expect(err(() => cLong(2 ** 63))).toBe('OverflowError: Python int too large to convert to C long');
    expect(err(() => cLong(2 ** 31, 'int'))).toBe('OverflowError: value too large to convert to int');
    expect(err(() => cLong('1'))).toBe('TypeError: an integer is required');
  });
  it('floatToInt and the C cast toInt64', () => {
    expect(floatToInt(-0.5)).toBe(0n);
    expect(floatToInt(1e20)).toBe(100000000000000000000n);
    expect(toInt64(NaN)).toBe(-K.TWO_63);
    expect(toInt64(1e19)).toBe(-K.TWO_63);
    expect(toInt64(-3.9)).toBe(-3);
  });
});

describe('check_output', () => {
  const out = Object.assign(new Float64Array(6), { shape: [2, 3] });
  it("returns out's shape; size is compared as tuple(size) == out.shape", () => {
    expect(checkOutput(out, 'float64', undefined)).toEqual([2, 3]);
    expect(checkOutput(out, 'float64', [2, 3])).toEqual([2, 3]);
    expect(checkOutput(new Float64Array(2), 'float64', 2.0)).toEqual([2]);
  });
  it("numpy's order: contiguity/type of out, then dtype, then size", () => {
    expect(err(() => checkOutput([1, 2], 'float64', null))).toBe(
      'ValueError: Supplied output array must be contiguous, writable, aligned, and in machine byte-order.');
    expect(err(() => checkOutput(new Int32Array(2), 'float64', null))).toBe(
      'TypeError: Supplied output array has the wrong type. Expected float64, got int32');
    expect(err(() => checkOutput(out, 'float64', [3, 2]))).toBe('ValueError: size must match out.shape when used together');
  });
  it('the float methods use it (standard_normal with a float32 out asked as float64)', () => {
    const g = new Generator(new PCG64(1));
    expect(err(() => g.standard_normal(2, 'float32', new Float64Array(2) as unknown as Float32Array))).toBe(
      'TypeError: Supplied output array has the wrong type. Expected float32, got float64');
  });
});

describe('parameter specs', () => {
  it('keep names, constraints and defaults; list is the sampler order', () => {
    expect(NORMAL.loc.default).toBe(0.0);
    expect(NORMAL.scale).toMatchObject({ name: 'scale', cons: 'non_negative', default: 1.0 });
    expect(BINOMIAL.list.map((p) => p.name)).toEqual(['p', 'n']);
    expect(BINOMIAL.n.int64).toBe(true);
    expect(LEGACY_HYPERGEOMETRIC.list.map((p) => p.cons)).toEqual(['legacy_non_negative_inbounds_long', 'non_negative', 'gte_1']);
  });
  it('distSpec builds frozen specs', () => {
    const s = distSpec({ a: param('a', 'positive'), b: paramOr('b', 'none', 2) }, ['b', 'a']);
    expect(s.list.map((p) => p.name)).toEqual(['b', 'a']);
    expect(Object.isFrozen(s)).toBe(true);
  });
  it("constraint checks give numpy's scalar and array messages", () => {
    expect(err(() => checkScalar(-1, 'scale', 'non_negative'))).toBe('ValueError: scale < 0');
    expect(err(() => checkScalar(NaN, 'p', 'bounded_0_1'))).toBe('ValueError: p < 0, p > 1 or p is NaN');
    expect(err(() => checkArray(Float64Array.of(0.5, NaN), 'p', 'bounded_0_1'))).toBe('ValueError: p < 0, p > 1 or p contains NaNs');
    expect(err(() => checkScalar(-0, 'scale', 'non_negative'))).toBe('ValueError: scale < 0');
  });
});

describe('shared limits', () => {
  it('are the powers of two they name', () => {
    expect(K.TWO_63).toBe(2 ** 63);
    expect(K.INT64_MAX_AS_DOUBLE).toBe(Number(2n ** 63n - 1n));
    expect(K.TWO_53).toBe(2 ** 53);
    expect(K.TWO_M53).toBe(2 ** -53);
    expect(K.TWO_M24).toBe(2 ** -24);
    expect(K.TWO_32).toBe(2 ** 32);
    expect(K.INT64_MAX_BIG).toBe(2n ** 63n - 1n);
    expect(K.INT64_MIN_BIG).toBe(-(2n ** 63n));
    expect(K.UINT64_MAX_BIG).toBe(2n ** 64n - 1n);
    expect(K.TWO_53_BIG).toBe(2n ** 53n);
  });
});
