// numpy's legacy_random_hypergeometric: HYP (sequential inversion) for samples up to 10, and
// Stadlober's HRUA ratio-of-uniforms with random_loggam above, on C longs.
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { randomLoggam } from '../../distributions/loggam.js';
import { log } from '../../math/index.js';
import { toLong } from '../../distributions/long.js';
import { distSpec, param } from '../../core/constraints.js';

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

function hrua(bg: BitGenerator, good: number, bad: number, sample: number): number {
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
  const d10 =
    randomLoggam(d9 + 1) + randomLoggam(mingoodbad - d9 + 1) +
    randomLoggam(m - d9 + 1) + randomLoggam(maxgoodbad - m + d9 + 1);
  const d11 = Math.min(Math.min(m, mingoodbad) + 1.0, Math.floor(d6 + 16 * d7));
  let Z: number;
  for (;;) {
    const X = bg.next_double();
    const Y = bg.next_double();
    const W = d6 + (d8 * (Y - 0.5)) / X;
    if (W < 0.0 || W >= d11) continue;
    Z = toLong(Math.floor(W));
    const T = d10 - (randomLoggam(Z + 1) + randomLoggam(mingoodbad - Z + 1) +
      randomLoggam(m - Z + 1) + randomLoggam(maxgoodbad - m + Z + 1));
    if (X * (4.0 - X) - 3.0 <= T) break;
    if (X * (X - T) >= 1) continue;
    if (2.0 * log(X) <= T) break;
  }
  if (good > bad) Z = m - Z;
  if (m < sample) Z = good - Z;
  return Z;
}

export function legacyHypergeometric(bg: BitGenerator, good: number, bad: number, sample: number): number {
  if (sample > 10) return hrua(bg, good, bad, sample);
  if (sample > 0) return hyp(bg, good, bad, sample);
  return 0;
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_HYPERGEOMETRIC = distSpec({
  ngood: param('ngood', 'legacy_non_negative_inbounds_long'), nbad: param('nbad', 'non_negative'), nsample: param('nsample', 'gte_1'),
});
