// numpy's legacy_random_zipf: rejection from a Pareto envelope with U = 1 - next_double, values
// above the C long range rejected (no Umin and no shortcut for huge a, unlike Generator): Generator's
// draw with Umin = 0, whose U01 * 0 + (1 - U01) is 1 - U01 exactly.
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { pow } from '../../math/index.js';
import { toLong } from '../../distributions/long.js';
import { distSpec, param } from '../../core/constraints.js';
import { fillZipfCandidates, zipfDraw } from '../../distributions/zipf.js';


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
  return toLong(zipfDraw(bg, am1, pow(2.0, am1), 0));
}

/** out[0, n) = legacyZipf(a) n times, 2^(a-1) computed once. */
export function fillLegacyZipf(bg: BitGenerator, out: Float64Array, n: number, a: number): void {
  const am1 = a - 1.0;
  fillZipfCandidates(bg, out, n, am1, pow(2.0, am1), 0, true);
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_ZIPF = distSpec({ a: param('a', 'gt_1') }, null, 'int64');
