// int64Result: numbers while every value is exact as a double, bigints beyond +-2**53.
import { describe, expect, test } from 'vitest';
import { int64Result } from '../../src/core/int64_result.js';
import { withShape } from '../../src/core/ndarray.js';

describe('int64Result', () => {
  test('scalars', () => {
    expect(int64Result(5)).toBe(5);
    expect(int64Result(2 ** 53)).toBe(2 ** 53);
    expect(int64Result(-(2 ** 53))).toBe(-(2 ** 53));
    expect(int64Result(2 ** 53 + 2)).toBe(2n ** 53n + 2n);
    expect(int64Result(2 ** 63)).toBe(2n ** 63n - 1n); // numpy's clamp to INT64_MAX
    expect(int64Result(-(2 ** 63))).toBe(-(2n ** 63n));
    expect(int64Result(7n)).toBe(7);
    expect(int64Result(2n ** 60n + 1n)).toBe(2n ** 60n + 1n);
  });

  test('arrays: all numbers, or all bigints once one value is beyond 2**53; shape kept', () => {
    const small = withShape(Float64Array.of(1, 2, 3, 4), [2, 2]);
    expect(int64Result(small)).toBe(small);
    const wide = int64Result(withShape(Float64Array.of(1, 2 ** 63, 2 ** 60), [3])) as BigInt64Array & { shape: number[] };
    expect(wide).toBeInstanceOf(BigInt64Array);
    expect(Array.from(wide)).toEqual([1n, 2n ** 63n - 1n, 2n ** 60n]);
    expect(wide.shape).toEqual([3]);
    const narrowed = int64Result(withShape(BigInt64Array.of(1n, -2n), [1, 2])) as Float64Array & { shape: number[] };
    expect(narrowed).toBeInstanceOf(Float64Array);
    expect(Array.from(narrowed)).toEqual([1, -2]);
    expect(narrowed.shape).toEqual([1, 2]);
    const kept = withShape(BigInt64Array.of(2n ** 62n), [1]);
    expect(int64Result(kept)).toBe(kept);
  });
});
