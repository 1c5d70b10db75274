// exp(x) - 1 returning glibc 2.36's result bit for bit: the x86-64 FMA build of
// sysdeps/ieee754/dbl-64/s_expm1.c (fdlibm's algorithm) that glibc's 2.36 release branch selects at
// run time (backported "x86_64: Add expm1 with FMA", in Debian's 2.36-9+deb12u*). x = k ln2 + r,
// expm1(r) from a rational approximation in r^2/2 with a correction term, then scaled by 2^k.
// The multiply-adds GCC fuses there are correctly rounded fmas here; the fused t*ln2_hi (exact,
// ln2_hi has 32 trailing zero bits) and products by 0.5 and 2 need no fusing.
import { F64, U32 } from './bits.js';
import { fmaAD, fmaCore } from './fma.js';

const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF
const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const INVLN2 = 1.44269504088896338700; // 0x3ff71547 652b82fe
const TINY = 1.0e-300;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

/** y with k added to its exponent (glibc's SET_HIGH_WORD(y, high + (k << 20))). */
function addExponent(y: number, k: number): number {
  F64[0] = y;
  U32[1] = (U32[1] + (k << 20)) | 0;
  return F64[0];
}

export function expm1(x: number): number {
  F64[0] = x;
  let hx = U32[1];
  const neg = hx >>> 31 !== 0;
  hx &= 0x7fffffff;
  if (hx >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx >= 0x40862e42) {
      // |x| >= 709.78...
      if (hx >= 0x7ff00000) {
        if ((hx & 0xfffff) !== 0 || U32[0] !== 0) return x + x;
        return neg ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (neg) return TINY - 1.0;
  }
  let k: number;
  let c = 0;
  if (hx > 0x3fd62e42) {
    // |x| > ln2/2
    let hi: number;
    let lo: number;
    if (hx < 0x3ff0a2b2) {
      // |x| < 1.5 ln2
      if (!neg) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (neg ? -0.5 : 0.5));
      const t = k;
      hi = x - t * LN2_HI; // exact here
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx < 0x3c900000) {
    return x; // |x| < 2^-54
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = fmaAD(hxs, Q1, 1.0);
  const h2 = hxs * hxs;
  const R2 = fmaAD(hxs, Q3, Q2);
  const h4 = h2 * h2;
  const R3 = fmaAD(hxs, Q5, Q4);
  const r1 = fmaAD(h4, R3, fmaAD(h2, R2, R1));
  let t = fmaAD(-r1, hfx, 3.0);
  let e = hxs * ((r1 - t) / fmaCore(-x, t, 6.0));
  if (k === 0) return x - fmaCore(x, e, -hxs);
  e = fmaCore(x, e - c, -c);
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  if (k <= -2 || k > 56) {
    // exp(x) - 1 rounds to exp(x) here
    const y = 1.0 - (e - x);
    return addExponent(y, k) - 1.0;
  }
  if (k < 20) {
    F64[0] = 0;
    U32[1] = 0x3ff00000 - (0x200000 >> k); // t = 1 - 2^-k
    t = F64[0];
    return addExponent(t - (e - x), k);
  }
  F64[0] = 0;
  U32[1] = (0x3ff - k) << 20; // t = 2^-k
  t = F64[0];
  let y = x - (e + t);
  y += 1.0;
  return addExponent(y, k);
}
