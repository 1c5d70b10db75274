// int64 maxima in RandomState: random_integers and geometric have no dtype in numpy, so a value
// beyond 2**53 comes back as a bigint (a sized result as a BigInt64Array), as in Generator.
// Pinned from numpy 2.4.6 (RandomState(1)).
import { describe, expect, test } from 'vitest';
import { RandomState, catch_warnings, geometric, random_integers, seed } from '../../src/index.js';

const LONG_MAX = 2n ** 63n - 1n;
const quiet = <T>(fn: () => T): T => catch_warnings(fn).result;

describe('RandomState int64 maxima', () => {
  test('random_integers(LONG_MAX, LONG_MAX) and ranges near it', () => {
    expect(quiet(() => new RandomState(1).random_integers(LONG_MAX, LONG_MAX))).toBe(LONG_MAX);
    const arr = quiet(() => new RandomState(1).random_integers(LONG_MAX - 5n, LONG_MAX, 3)) as BigInt64Array & { shape: number[] };
    expect(arr).toBeInstanceOf(BigInt64Array);
    expect(Array.from(arr)).toEqual([9223372036854775807n, 9223372036854775805n, 9223372036854775806n]);
    expect(arr.shape).toEqual([3]);
    expect(quiet(() => new RandomState(1).random_integers(2n ** 60n))).toBe(775169054918279404n);
    expect(Array.from(quiet(() => new RandomState(1).random_integers(-LONG_MAX - 1n, LONG_MAX, 2)) as BigInt64Array))
      .toEqual([-1530673954295414549n, 4064269471072392264n]);
  });

  test('random_integers within +-2**53 stays numbers, at the edges too', () => {
    const a = quiet(() => new RandomState(1).random_integers(-(2 ** 53), 2 ** 53, 3));
    expect(a).toBeInstanceOf(Float64Array);
    expect(Array.from(a as Float64Array)).toEqual([-6897240185715831, -3998583473810496, 985782597079169]);
    // a low beyond -2**53 draws as int64; these values happen to be exact, so numbers come back
    expect(Array.from(quiet(() => new RandomState(1).random_integers(-(2n ** 53n) - 1n, 5, 3)) as Float64Array))
      .toEqual([-8457280244186902, -6897240185715832, -3998583473810497]);
  });

  test("geometric(tiny p) is numpy's INT64_MIN (its C cast) as a bigint", () => {
    expect(new RandomState(1).geometric(1e-30)).toBe(-(2n ** 63n));
    expect(Array.from(new RandomState(1).geometric([1e-30, 0.5]) as BigInt64Array)).toEqual([-(2n ** 63n), 2n]);
    expect(new RandomState(1).geometric(0.5)).toBeTypeOf('number');
  });

  test('the module-level functions follow', () => {
    seed(1);
    expect(quiet(() => random_integers(LONG_MAX, LONG_MAX))).toBe(LONG_MAX);
    seed(1);
    expect(geometric(1e-30)).toBe(-(2n ** 63n));
  });
});
