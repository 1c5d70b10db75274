// Exponential returning glibc 2.36's result bit for bit (its x86-64 FMA build, e_exp.c).
// Algorithm (glibc / Arm optimized-routines): exp(x) = 2^(k/128) exp(r) with r = x - k ln2/128,
// 2^(k/128) from a table and exp(r) - 1 from a degree-5 polynomial; the result is
// scale + scale*tmp, with a careful path near overflow and in the subnormal range.
// Each multiply-add that GCC fuses in glibc's FMA build is one correctly rounded fma here.
import { F64, POW2, U32 } from './bits.js';
import { fmaAD, fmaADRare, fmaCore } from './fma.js';
import { C, INVLN2N, NEGLN2HIN, NEGLN2LON, SBITS, SHIFT, TAIL } from './exp_data.js';

const C2 = C[0]!, C3 = C[1]!, C4 = C[2]!, C5 = C[3]!;
const TWO1009 = 2 ** 1009;
const TWOM1022 = 2 ** -1022;
const TWOM30 = 2 ** -30;
const TWO17 = 131072;

/** SCALE[i] = 2^(i/128) as glibc's table has it: the SBITS entry with i's bits put back. */
export const SCALE = new Float64Array(128);
for (let i = 0; i < 128; i++) {
  U32[0] = SBITS[2 * i]!;
  U32[1] = SBITS[2 * i + 1]! + (i << 13);
  SCALE[i] = F64[0]!;
}

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

/**
 * glibc 2.36's exp(x) (e**x, FMA variant), bit for bit.
 * @param x - the exponent.
 * @example exp(1); // 2.718281828459045
 */
export function exp(x: number): number {
  F64[0] = x;
  const hw = U32[1]!;
  const abstop = (hw >>> 20) & 0x7ff;
  if (abstop < 0x3c9 || abstop >= 0x409) return expRare(x, hw, abstop);
  // |x| in [2^-54, 1024): written out so that V8 keeps intermediates unboxed; for |x| >= 512
  // (glibc's abstop == 0) the result goes through specialcase at the end.
  // kd = fma(x, InvLn2N, Shift) - Shift as in roundedShift.
  const pk = x * INVLN2N;
  let kds = pk + SHIFT;
  const dk = pk - (kds - SHIFT);
  if (!(Math.abs(Math.abs(dk) - 0.5) > TWOM30)) kds = fmaCore(x, INVLN2N, SHIFT);
  const kd = kds - SHIFT;
  const ki = kd | 0; // |k| < 2^18 here
  // r as in reduce(): x + kd*NegLn2hiN is exact for |k| < 2^17; then fmaAD(kd, NegLn2loN, r1).
  let r = x;
  if (ki !== 0) {
    const r1 = Math.abs(kd) < TWO17 ? x + kd * NEGLN2HIN : fmaCore(kd, NEGLN2HIN, x);
    const p = kd * NEGLN2LON;
    r = r1 + p;
    const t = r1 - r + p;
    const t2 = t + t;
    if (!(Math.abs(p) <= Math.abs(r) * 0.125) || (t !== 0 && r + t2 - r === t2)) r = fmaADRare(kd, NEGLN2LON, r1, p, r, t);
  }
  const idx = ki & 127;
  const tail = TAIL[idx]!;
  const r2 = r * r;
  // |r| < 0.0028: |r*C3| < C2/1000 and |r*C5| < C4/100, so these two only need the tie test.
  let p = r * C3;
  let a = C2 + p;
  let t = C2 - a + p;
  let t2 = t + t;
  if (t !== 0 && a + t2 - a === t2) a = fmaADRare(r, C3, C2, p, a, t);
  p = r * C5;
  let b = C4 + p;
  t = C4 - b + p;
  t2 = t + t;
  if (t !== 0 && b + t2 - b === t2) b = fmaADRare(r, C5, C4, p, b, t);
  const c0 = tail + r;
  p = a * r2;
  let t1 = c0 + p;
  t = c0 - t1 + p;
  t2 = t + t;
  if (!(Math.abs(p) <= Math.abs(t1) * 0.125) || (t !== 0 && t1 + t2 - t1 === t2)) t1 = fmaADRare(a, r2, c0, p, t1, t);
  const r4 = r2 * r2;
  p = r4 * b;
  let tmp = t1 + p;
  t = t1 - tmp + p;
  t2 = t + t;
  if (!(Math.abs(p) <= Math.abs(tmp) * 0.125) || (t !== 0 && tmp + t2 - tmp === t2)) tmp = fmaADRare(r4, b, t1, p, tmp, t);
  if (abstop >= 0x408) {
    // 512 <= |x| < 1024: glibc's specialcase on the raw scale bits.
    const sbHi = (SBITS[2 * idx + 1]! + (ki << 13)) | 0;
    return specialcase(tmp, sbHi, SBITS[2 * idx]!, ki >>> 0);
  }
  // scale = 2^(k/128) from the table: SCALE[idx] times 2^(k >> 7), exact (normal range here).
  const scale = SCALE[idx]! * POW2[1100 + (ki >> 7)]!;
  // scale + scale*tmp with |tmp| < 0.003: the addend dominates, only the tie test remains.
  p = scale * tmp;
  const y = scale + p;
  t = scale - y + p;
  t2 = t + t;
  if (t !== 0 && y + t2 - y === t2) return fmaADRare(scale, tmp, scale, p, y, t);
  return y;
}

/** exp off the main path: |x| < 2^-54, |x| >= 1024, infinities and NaN. */
function expRare(x: number, hw: number, abstop: number): number {
  if (abstop < 0x3c9) return 1.0 + x; // |x| < 2^-54
  if (x === -Infinity) return 0;
  if (abstop >= 0x7ff) return 1.0 + x;
  return hw >>> 31 !== 0 ? 0 : Infinity;
}

function specialcase(tmp: number, sbHi: number, sbLo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    // k > 0: the exponent of scale may have overflowed by <= 460.
    U32[1] = (sbHi - (1009 << 20)) | 0;
    U32[0] = sbLo;
    const scale = F64[0]!;
    return TWO1009 * fmaAD(scale, tmp, scale);
  }
  // k < 0: in glibc's FMA build this path is not fused (scale*tmp is used twice).
  U32[1] = (sbHi + (1022 << 20)) | 0;
  U32[0] = sbLo;
  const scale = F64[0]!;
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
