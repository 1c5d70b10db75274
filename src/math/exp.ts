// Exponential returning glibc 2.36's result bit for bit (its x86-64 FMA build, e_exp.c).
// Algorithm (glibc / Arm optimized-routines): exp(x) = 2^(k/128) exp(r) with r = x - k ln2/128,
// 2^(k/128) from a table and exp(r) - 1 from a degree-5 polynomial; the result is
// scale + scale*tmp, with a careful path near overflow and in the subnormal range.
// Each multiply-add that GCC fuses in glibc's FMA build is one correctly rounded fma here.
import { F64, U32 } from './bits.js';
import { fmaAD, fmaCore } from './fma.js';
import { C, INVLN2N, NEGLN2HIN, NEGLN2LON, SBITS, SHIFT, TAIL } from './exp_data.js';

const C2 = C[0], C3 = C[1], C4 = C[2], C5 = C[3];
const TWO1009 = 2 ** 1009;
const TWOM1022 = 2 ** -1022;
const TWOM30 = 2 ** -30;
const TWO17 = 131072;

/**
 * kd + SHIFT = fma(x, INVLN2N, SHIFT): the fused sum rounds x*INVLN2N exactly to an integer.
 * |x*INVLN2N| < 2^18, so the rounded product p is within 2^-35 of the exact one and rounding p
 * instead can only differ when p is within 2^-35 of a half-integer; those go through fmaCore.
 */
export function roundedShift(x: number): number {
  const p = x * INVLN2N;
  const kds = p + SHIFT;
  const d = p - (kds - SHIFT);
  if (Math.abs(Math.abs(d) - 0.5) > TWOM30) return kds;
  return fmaCore(x, INVLN2N, SHIFT);
}

/**
 * r = x + kd*NegLn2hiN + kd*NegLn2loN with both multiply-adds fused. NegLn2hiN has 36 significant
 * bits, so for |kd| < 2^17 the first product is exact and, when kd != 0 (|x| > 2^-9, multiples of
 * 2^-61 summing to |r| < 2^-8), so is the sum: the plain expression is the fused one.
 */
export function reduce(x: number, kd: number): number {
  if (kd === 0) return x;
  const r1 = Math.abs(kd) < TWO17 ? x + kd * NEGLN2HIN : fmaCore(kd, NEGLN2HIN, x);
  return fmaAD(kd, NEGLN2LON, r1);
}

export function exp(x: number): number {
  F64[0] = x;
  const hw = U32[1];
  let abstop = (hw >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1.0 + x; // |x| < 2^-54
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return hw >>> 31 !== 0 ? 0 : Infinity;
    }
    abstop = 0; // 512 <= |x| < 1024: handled in specialcase below
  }
  const kds = roundedShift(x);
  F64[0] = kds;
  const ki = U32[0]; // k modulo 2^32
  const kd = kds - SHIFT;
  const r = reduce(x, kd);
  const idx = ki & 127;
  const tail = TAIL[idx];
  const sbHi = (SBITS[2 * idx + 1] + (ki << 13)) | 0;
  const sbLo = SBITS[2 * idx];
  const r2 = r * r;
  const t1 = fmaAD(fmaAD(r, C3, C2), r2, tail + r);
  const tmp = fmaAD(r2 * r2, fmaAD(r, C5, C4), t1);
  if (abstop === 0) return specialcase(tmp, sbHi, sbLo, ki);
  U32[1] = sbHi;
  U32[0] = sbLo;
  const scale = F64[0];
  return fmaAD(scale, tmp, scale);
}

function specialcase(tmp: number, sbHi: number, sbLo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    // k > 0: the exponent of scale may have overflowed by <= 460.
    U32[1] = (sbHi - (1009 << 20)) | 0;
    U32[0] = sbLo;
    const scale = F64[0];
    return TWO1009 * fmaAD(scale, tmp, scale);
  }
  // k < 0: in glibc's FMA build this path is not fused (scale*tmp is used twice).
  U32[1] = (sbHi + (1022 << 20)) | 0;
  U32[0] = sbLo;
  const scale = F64[0];
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1.0) {
    let lo = scale - y + st;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = hi + lo - 1.0;
    if (y === 0) y = 0;
  }
  return TWOM1022 * y;
}
