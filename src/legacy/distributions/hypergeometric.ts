// numpy's legacy_random_hypergeometric: HYP (sequential inversion) for samples up to 10, and
// Stadlober's HRUA ratio-of-uniforms with random_loggam above, on C longs.
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { randomLoggam } from '../../distributions/loggam.js';
import { log } from '../../math/index.js';
import { toLong } from '../../distributions/long.js';
import { distSpec, param } from '../../core/constraints.js';
import { DOUBLES, type DoubleSource } from '../../distributions/double_block.js';

const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;

function hyp(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const d1 = bad + good - sample;
  const d2 = Math.min(bad, good);
  let y = d2;
  let k = sample;
  while (y > 0.0) {
    const u = bg.next_double();
    y -= toLong(Math.floor(u + y / (d1 + k)));
    k--;
    if (k === 0) break;
  }
  let z = toLong(d2 - y);
  if (good > bad) z = sample - z;
  return z;
}

/** HRUA's constants for one (good, bad, sample), pure functions of them. */
interface Hrua {
  good: number; bad: number; sample: number; mingoodbad: number; maxgoodbad: number; m: number;
  d6: number; d8: number; d10: number; d11: number;
  /** loggam(k) by k (NaN = not yet computed), or empty: many draws with one parameter set. */
  lg: Float64Array;
}

const NO_MEMO = new Float64Array(0);

function hruaSetup(good: number, bad: number, sample: number, lg: Float64Array): Hrua {
  const mingoodbad = Math.min(good, bad);
  const popsize = good + bad;
  const maxgoodbad = Math.max(good, bad);
  const m = Math.min(sample, popsize - sample);
  const d4 = mingoodbad / popsize;
  const d5 = 1.0 - d4;
  const d6 = m * d4 + 0.5;
  const d7 = Math.sqrt(((popsize - m) * sample * d4 * d5) / (popsize - 1) + 0.5);
  const d8 = D1 * d7 + D2;
  const d9 = toLong(Math.floor(((m + 1) * (mingoodbad + 1)) / (popsize + 2)));
  const d10 = loggamOf(lg, d9 + 1) + loggamOf(lg, mingoodbad - d9 + 1) + loggamOf(lg, m - d9 + 1) +
    loggamOf(lg, maxgoodbad - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingoodbad) + 1.0, Math.floor(d6 + 16 * d7));
  return { good, bad, sample, mingoodbad, maxgoodbad, m, d6, d8, d10, d11, lg };
}

/** randomLoggam(k) for an integer k >= 1, through the memo where it reaches. */
function loggamOf(lg: Float64Array, k: number): number {
  if (k >= lg.length) return randomLoggam(k);
  const v = lg[k]!;
  return v === v ? v : (lg[k] = randomLoggam(k));
}

function hrua(bg: DoubleSource, st: Hrua): number {
  const { good, bad, sample, mingoodbad, maxgoodbad, m, d6, d8, d10, d11, lg } = st;
  let Z: number;
  for (;;) {
    const X = bg.next_double();
    const Y = bg.next_double();
    const W = d6 + (d8 * (Y - 0.5)) / X;
    if (W < 0.0 || W >= d11) continue;
    Z = toLong(Math.floor(W));
    const T = d10 - (loggamOf(lg, Z + 1) + loggamOf(lg, mingoodbad - Z + 1) +
      loggamOf(lg, m - Z + 1) + loggamOf(lg, maxgoodbad - m + Z + 1));
    if (X * (4.0 - X) - 3.0 <= T) break;
    if (X * (X - T) >= 1) continue;
    if (2.0 * log(X) <= T) break;
  }
  if (good > bad) Z = m - Z;
  if (m < sample) Z = good - Z;
  return Z;
}

export function legacyHypergeometric(bg: BitGenerator, good: number, bad: number, sample: number): number {
  if (sample > 10) return hrua(bg, hruaSetup(good, bad, sample, NO_MEMO));
  if (sample > 0) return hyp(bg, good, bad, sample);
  return 0;
}

/**
 * out[0, n) = legacyHypergeometric(good, bad, sample) n times: HRUA's constants computed once and
 * its loggam values of the integers it meets (every argument is at most good + bad + 1) memoised.
 */
export function fillLegacyHypergeometric(bg: BitGenerator, out: Float64Array, n: number, good: number, bad: number, sample: number): void {
  if (sample <= 10) { for (let i = 0; i < n; i++) out[i] = legacyHypergeometric(bg, good, bad, sample); return; }
  const memo = n > 16 ? new Float64Array(Math.min(good + bad + 2, 1 << 16)).fill(NaN) : NO_MEMO;
  const st = hruaSetup(good, bad, sample, memo);
  const ds = DOUBLES.start(bg);
  for (let i = 0; i < n; i++) { ds.rest = 2 * (n - 1 - i); out[i] = hrua(ds, st); }
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_HYPERGEOMETRIC = distSpec({
  ngood: param('ngood', 'legacy_non_negative_inbounds_long'), nbad: param('nbad', 'non_negative'), nsample: param('nsample', 'gte_1'),
}, null, 'int64');
