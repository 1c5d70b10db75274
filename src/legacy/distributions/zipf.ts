// numpy's legacy_random_zipf: rejection from a Pareto envelope with U = 1 - next_double, values
// above the C long range rejected (no Umin and no shortcut for huge a, unlike Generator).
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { pow } from '../../math/index.js';
import { toLong } from '../../distributions/long.js';
import { distSpec, param } from '../../core/constraints.js';
import { DOUBLES, type DoubleSource } from '../../distributions/double_block.js';
import { INT64_MAX_AS_DOUBLE } from '../../core/constants.js';


/**
 * Whether numpy's loop would (practically) never return for this a: when 2^(a-1) overflows no
 * draw is ever accepted, and when a-1 is below ~2.3e-11 under one draw in 1e9 lands at or below
 * the long range (numpy then spins for minutes to years per value).
 */
export function zipfNeverReturns(a: number): boolean {
  const am1 = a - 1.0;
  return pow(2.0, am1) === Infinity || am1 * 43.66827237527655 < 1e-9;
}

export function legacyZipf(bg: BitGenerator, a: number): number {
  const am1 = a - 1.0;
  return legacyZipfDraw(bg, am1, pow(2.0, am1));
}

/** out[0, n) = legacyZipf(a) n times, 2^(a-1) computed once. */
export function fillLegacyZipf(bg: BitGenerator, out: Float64Array, n: number, a: number): void {
  const am1 = a - 1.0;
  const b = pow(2.0, am1);
  const ds = DOUBLES.start(bg);
  for (let i = 0; i < n; i++) { ds.rest = 2 * (n - 1 - i); out[i] = legacyZipfDraw(ds, am1, b); }
}

function legacyZipfDraw(bg: DoubleSource, am1: number, b: number): number {
  for (;;) {
    const U = 1.0 - bg.next_double();
    const V = bg.next_double();
    const X = Math.floor(pow(U, -1.0 / am1));
    if (X > INT64_MAX_AS_DOUBLE || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if ((V * X * (T - 1.0)) / (b - 1.0) <= T / b) return toLong(X);
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_ZIPF = distSpec({ a: param('a', 'gt_1') }, null, 'int64');
