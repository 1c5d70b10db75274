// numpy's random_multinomial: successive conditional binomials.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { type BinomialCache, randomBinomial } from './binomial.js';

/** Writes one multinomial draw of n over pix[pOff, pOff+d) into out[oOff, oOff+d) (pre-zeroed). */
export function randomMultinomial(
  bg: BitGenerator, n: number, out: Float64Array, oOff: number,
  pix: Float64Array, pOff: number, d: number, bc: BinomialCache,
): void {
  let remainingP = 1.0;
  let dn = n;
  for (let j = 0; j < d - 1; j++) {
    const v = randomBinomial(bg, pix[pOff + j]! / remainingP, dn, bc);
    out[oOff + j] = v;
    dn = dn - v;
    if (dn <= 0) break;
    remainingP -= pix[pOff + j]!;
  }
  if (dn > 0) out[oOff + d - 1] = dn;
}
