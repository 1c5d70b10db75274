// float32 exponential returning glibc 2.36's result bit for bit (its x86-64 FMA build,
// sysdeps/ieee754/flt-32/e_expf.c from Arm's optimized-routines): computed in double as
// 2^(k/32) * 2^(r/32) with a 32-entry table and a cubic, then rounded to float32. The argument is
// taken as float32 (rounded first, as C's float parameter would). Fused multiply-adds are exact.
import { F32, F64, U32 } from './bits.js';
import { fmaADRare, fmaCore } from './fma.js';
import { EXP2F_INVLN2_SCALED as INVLN2N, EXP2F_POLY_SCALED as C, EXP2F_SHIFT as SHIFT, EXP2F_T } from './float_data.js';

const SPLIT = 134217729;
const C0 = C[0]!, C1 = C[1]!, C2 = C[2]!;
const TWOM30 = 2 ** -30;
const f32 = Math.fround;
const INV_HI = (() => {
  const t = SPLIT * INVLN2N;
  return t - (t - INVLN2N);
})();
const INV_LO = INVLN2N - INV_HI;

/**
 * glibc 2.36's expf(x): the float32 e**x, as a number.
 * @param x - the exponent, rounded to float32 first.
 * @example expf(1);
 */
export function expf(xin: number): number {
  const xd = f32(xin);
  F32[0] = xd;
  const ix = U32[0]!;
  const abstop = (ix >>> 20) & 0x7ff;
  if (abstop >= 0x42b) {
    // |x| >= 88 or nan
    if (ix === 0xff800000) return 0;
    if (abstop >= 0x7f8) return xd + xd;
    if (xd > 88.72283172607422) return Infinity;
    if (xd < -103.97207641601562) return 0;
    if (xd < -103.27892303466797) return 1.401298464324817e-45; // glibc's may-underflow value
  }
  // kd = fma(INVLN2N, xd, SHIFT) rounds the exact product to an integer: the rounded product p
  // (|p| < 2^13, within 2^-40 of exact) gives the same integer unless it is within 2^-30 of a
  // half-integer, which goes through fmaCore.
  const p = INVLN2N * xd;
  let kds = p + SHIFT;
  const d = p - (kds - SHIFT);
  if (Math.abs(Math.abs(d) - 0.5) <= TWOM30) kds = fmaCore(INVLN2N, xd, SHIFT);
  F64[0] = kds;
  const ki = U32[0]!;
  const kd = kds - SHIFT;
  // r = fma(INVLN2N, xd, -kd): p - kd is exact (|p - kd| < 1, multiples of ulp(p)) and
  // INVLN2N*xd = p + e exactly (xd has 24 bits, so the Veltkamp halves multiply exactly).
  const r = p - kd + (INV_HI * xd - p + INV_LO * xd);
  const j = 2 * (ki & 31);
  U32[0] = EXP2F_T[j]!;
  U32[1] = (EXP2F_T[j + 1]! + (ki << 15)) | 0;
  const s = F64[0];
  const r2 = r * r;
  // |r| <= 1/2 with the scaled coefficients: every addend dominates (|p| < |s|/16), tie test only.
  const zP = C0 * r;
  let z = C1 + zP;
  const zT = C1 - z + zP;
  const zT2 = zT + zT;
  if (zT !== 0 && z + zT2 - z === zT2) z = fmaADRare(C0, r, C1, zP, z, zT);
  const yaP = C2 * r;
  let ya = 1.0 + yaP;
  const yaT = 1.0 - ya + yaP;
  const yaT2 = yaT + yaT;
  if (yaT !== 0 && ya + yaT2 - ya === yaT2) ya = fmaADRare(C2, r, 1.0, yaP, ya, yaT);
  const yP = z * r2;
  let y = ya + yP;
  const yT = ya - y + yP;
  const yT2 = yT + yT;
  if (yT !== 0 && y + yT2 - y === yT2) y = fmaADRare(z, r2, ya, yP, y, yT);
  return f32(y * s);
}
