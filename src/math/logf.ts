// float32 natural logarithm returning glibc 2.36's result bit for bit (its x86-64 FMA build,
// sysdeps/ieee754/flt-32/e_logf.c from Arm's optimized-routines): computed in double from a
// 16-entry table and a degree-4 polynomial, then rounded to float32. The argument is taken as
// float32 (rounded first, as C's float parameter would). Fused multiply-adds are exact fmas here.
import { F32, F64, U32 } from './bits.js';
import { fmaADRare, fmaCore, fmaMinusOne, splitTable } from './fma.js';
import { LOGF_A, LOGF_LN2, LOGF_T } from './float_data.js';

const A0 = LOGF_A[0]!, A1 = LOGF_A[1]!, A2 = LOGF_A[2]!;
const TWO23 = 8388608;
const f32 = Math.fround;

const INVC_SPLIT = splitTable(LOGF_T, 2); // Veltkamp halves of each invc

/**
 * glibc 2.36's logf(x): the float32 natural logarithm, as a number.
 * @param x - the argument, rounded to float32 first.
 * @example logf(2);
 */
export function logf(xin: number): number {
  const x = f32(xin);
  F32[0] = x;
  let ix = U32[0];
  if (ix === 0x3f800000) return 0;
  if (ix! - 0x00800000 >= 0x7f800000 - 0x00800000 || ix! < 0x00800000) {
    if ((ix! & 0x7fffffff) === 0) return -Infinity;
    if (ix === 0x7f800000) return x;
    if ((ix! & 0x80000000) !== 0 || ix! << 1 >>> 0 >= 0xff000000) return NaN;
    F32[0] = x * TWO23; // subnormal: normalize (exact in float32)
    ix = U32[0]! - (23 << 23);
  }
  const tmp = (ix! - 0x3f330000) | 0;
  const i = (tmp >>> 19) & 15;
  const k = tmp >> 23;
  U32[0] = (ix! - (tmp & 0xff800000)) >>> 0;
  const z = F32[0];
  const invc = LOGF_T[2 * i]!;
  const logc = LOGF_T[2 * i + 1]!;
  // r = fma(z, invc, -1): z*invc = p + e exactly (z has 24 bits, so hi*z and lo*z are exact),
  // p - 1 is exact (Sterbenz), so (p - 1) + e is the single rounding.
  const r = fmaMinusOne(z, invc, INVC_SPLIT[2 * i]!, INVC_SPLIT[2 * i + 1]!);
  const y0 = k === 0 ? logc : fmaCore(k, LOGF_LN2, logc);
  const r2 = r * r;
  // |r| < 1/32: the first two steps' addends dominate (tie test only); the last may cancel.
  const yaP = A1 * r;
  let ya = A2 + yaP;
  const yaT = A2 - ya + yaP;
  const yaT2 = yaT + yaT;
  if (yaT !== 0 && ya + yaT2 - ya === yaT2) ya = fmaADRare(A1, r, A2, yaP, ya, yaT);
  const ybP = A0 * r2;
  let yb = ya + ybP;
  const ybT = ya - yb + ybP;
  const ybT2 = ybT + ybT;
  if (ybT !== 0 && yb + ybT2 - yb === ybT2) yb = fmaADRare(A0, r2, ya, ybP, yb, ybT);
  const yc = y0! + r;
  const yP = yb * r2;
  let y = yc + yP;
  const yT = yc - y + yP;
  const yT2 = yT + yT;
  if (!(Math.abs(yP) <= Math.abs(y) * 0.125) || (yT !== 0 && y + yT2 - y === yT2)) y = fmaADRare(yb, r2, yc, yP, y, yT);
  return f32(y);
}
