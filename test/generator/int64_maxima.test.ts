// int64 maxima in Generator: geometric (no dtype in numpy) gives bigints beyond 2**53, numpy's
// INT64_MAX clamp included; integers takes dtype 'int64' for them (README). Pinned from numpy 2.4.6.
import { describe, expect, test } from 'vitest';
import { default_rng } from '../../src/index.js';

const INT64_MAX = 2n ** 63n - 1n;

describe('Generator int64 maxima', () => {
  test('geometric(tiny p) is INT64_MAX as a bigint (numpy clamps)', () => {
    expect(default_rng(1).geometric(1e-30)).toBe(INT64_MAX);
    const arr = default_rng(1).geometric(1e-30, 3) as BigInt64Array & { shape: number[] };
    expect(arr).toBeInstanceOf(BigInt64Array);
    expect(Array.from(arr)).toEqual([INT64_MAX, INT64_MAX, INT64_MAX]);
    expect(arr.shape).toEqual([3]);
  });

  test('geometric: a value beyond 2**53 that is not the clamp is exact as a bigint; small results stay numbers', () => {
    expect(default_rng(1).geometric(1e-17)).toBe(107302902637253872n);
    expect(Array.from(default_rng(1).geometric([1e-30, 0.5, 1e-10]) as BigInt64Array)).toEqual([INT64_MAX, 5n, 734078022n]);
    const small = default_rng(1).geometric([0.5, 1e-10]);
    expect(small).toBeInstanceOf(Float64Array);
    expect(Array.from(small as Float64Array)).toEqual([2, 3084531442]);
    expect(default_rng(1).geometric(0.5)).toBe(2);
  });

  test('integers up to INT64_MAX with endpoint: dtype int64 gives numpy\'s values; the default dtype asks for it', () => {
    expect(default_rng(1).integers(INT64_MAX, INT64_MAX, undefined, 'int64', true)).toBe(INT64_MAX);
    expect(default_rng(1).integers(INT64_MAX - 1n, INT64_MAX, undefined, 'int64', true)).toBe(INT64_MAX - 1n);
    expect(Array.from(default_rng(1).integers(0, INT64_MAX, 2, 'int64', true) as BigInt64Array))
      .toEqual([4720721261117928063n, 8766480278738261043n]);
    expect(() => default_rng(1).integers(INT64_MAX, INT64_MAX, undefined, undefined, true)).toThrow(/pass dtype 'int64'/);
  });
});
