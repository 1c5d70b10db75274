// glibc 2.36's lgamma (sysdeps/ieee754/dbl-64/e_lgamma_r.c, from fdlibm) for the arguments
// torch's Poisson sampler passes it: integers k + 1 >= 1. For such x the fdlibm branches reduce
// to: 0 at 1 and 2, log of the exact product (x-1)! for 3 <= x < 8, and Stirling's series with
// fdlibm's w0..w6 from 8 up.
import { log } from '../math/index.js';

const W0 = 4.18938533204672725052e-01;
const W1 = 8.33333333333329678849e-02;
const W2 = -2.77777777728775536470e-03;
const W3 = 7.93650558643019558500e-04;
const W4 = -5.95187557450339963135e-04;
const W5 = 8.36339918996282139126e-04;
const W6 = -1.63092934096575273989e-03;
const TWO58 = 2 ** 58;

/** lgamma(x) for an integer x >= 1, as glibc computes it. */
export function lgammaInt(x: number): number {
  if (x === 1 || x === 2) return 0;
  if (x < 8) {
    let z = 1;
    for (let i = x - 1; i >= 2; i--) z *= i; // (y+i-1) products with y = 0, exact
    return log(z);
  }
  if (x < TWO58) {
    const t = log(x);
    const z = 1 / x;
    const y = z * z;
    const w = W0 + z * (W1 + y * (W2 + y * (W3 + y * (W4 + y * (W5 + y * W6)))));
    return (x - 0.5) * (t - 1) + w;
  }
  return x * (log(x) - 1);
}
