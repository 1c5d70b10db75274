// numpy's random_multinomial (legacy_random_multinomial forwards to it): sequential
// conditional binomials through the RandomState's shared setup cache.
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import type { BinomialCache } from './binomial_cache.js';
import { randomBinomial } from './binomial.js';

/** Fills out[offset .. offset+d) with one multinomial draw (out starts zeroed). */
export function legacyMultinomial(
  bg: BitGenerator, n: number, out: Float64Array, offset: number, pix: Float64Array, b: BinomialCache,
): void {
  const d = pix.length;
  let remaining_p = 1.0;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    const v = randomBinomial(bg, pix[j]! / remaining_p, dn, b);
    out[offset + j] = v;
    dn = dn - v;
    if (dn <= 0) break;
    remaining_p -= pix[j]!;
  }
  if (dn > 0) out[offset + d - 1] = dn;
}
