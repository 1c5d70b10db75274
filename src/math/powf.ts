// float32 power function returning glibc 2.36's result bit for bit (its x86-64 FMA build,
// sysdeps/ieee754/flt-32/e_powf.c from Arm's optimized-routines): log2(x) in double from a
// 16-entry table and a degree-5 polynomial, times y, then exp2 with a 32-entry table, rounded to
// float32. Arguments are taken as float32. Fused multiply-adds are exact fmas here (fma.ts).
import { F32, F64, U32 } from './bits.js';
import { fmaADRare, fmaMinusOne, splitTable } from './fma.js';
import { EXP2F_POLY as C, EXP2F_SHIFT_SCALED as SHIFT, EXP2F_T, POWF_A, POWF_T } from './float_data.js';

const f32 = Math.fround;
const A0 = POWF_A[0]!, A1 = POWF_A[1]!, A2 = POWF_A[2]!, A3 = POWF_A[3]!, A4 = POWF_A[4]!;
const C0 = C[0]!, C1 = C[1]!, C2 = C[2]!;
const TWO23 = 8388608;
const OFLOW_BOUND = 127.99999995700433; // 0x1.fffffffd1d571p+6: |x^y| > 0x1.ffffffp127
const MIN_SUBNORMAL = 1.401298464324817e-45; // glibc's may-underflow value, 2^-149

const INVC_SPLIT = splitTable(POWF_T, 2); // Veltkamp halves of each invc

/** log2 of the float with bits ix (subnormals normalized to a negative biased exponent). */
function log2Inline(ix: number): number {
  const tmp = (ix - 0x3f330000) | 0;
  const i = (tmp >>> 19) & 15;
  const top = tmp & 0xff800000;
  const k = top >> 23;
  U32[0] = (ix - top) >>> 0;
  const z = F32[0]!;
  const invc = POWF_T[2 * i]!;
  const logc = POWF_T[2 * i + 1]!;
  // r = fma(z, invc, -1), exact as in logf: z has 24 bits, p - 1 is exact.
  const r = fmaMinusOne(z, invc, INVC_SPLIT[2 * i]!, INVC_SPLIT[2 * i + 1]!);
  const y0 = logc + k;
  const r2 = r * r;
  // |r| < 1/32: the first two steps' addends dominate (tie test only); y0 = logc + k may be
  // small, so the others keep fmaAD's dominance test.
  const yP = A0 * r;
  let y = A1 + yP;
  const yT = A1 - y + yP;
  const yT2 = yT + yT;
  if (yT !== 0 && y + yT2 - y === yT2) y = fmaADRare(A0, r, A1, yP, y, yT);
  const ppP = A2 * r;
  let pp = A3 + ppP;
  const ppT = A3 - pp + ppP;
  const ppT2 = ppT + ppT;
  if (ppT !== 0 && pp + ppT2 - pp === ppT2) pp = fmaADRare(A2, r, A3, ppP, pp, ppT);
  const r4 = r2 * r2;
  const qaP = A4 * r;
  let qa = y0 + qaP;
  const qaT = y0 - qa + qaP;
  const qaT2 = qaT + qaT;
  if (!(Math.abs(qaP) <= Math.abs(qa) * 0.125) || (qaT !== 0 && qa + qaT2 - qa === qaT2)) qa = fmaADRare(A4, r, y0, qaP, qa, qaT);
  const qP = pp * r2;
  let q = qa + qP;
  const qT = qa - q + qP;
  const qT2 = qT + qT;
  if (!(Math.abs(qP) <= Math.abs(q) * 0.125) || (qT !== 0 && q + qT2 - q === qT2)) q = fmaADRare(pp, r2, qa, qP, q, qT);
  const resP = y * r4;
  let res = q + resP;
  const resT = q - res + resP;
  const resT2 = resT + resT;
  if (!(Math.abs(resP) <= Math.abs(res) * 0.125) || (resT !== 0 && res + resT2 - res === resT2)) res = fmaADRare(y, r4, q, resP, res, resT);
  return res;
}

/** Returns 0 if not an integer, 1 if odd, 2 if even (iy: bits of a finite nonzero float). */
function checkint(iy: number): number {
  const e = (iy >>> 23) & 0xff;
  if (e < 0x7f) return 0;
  if (e > 0x7f + 23) return 2;
  const sh = 0x7f + 23 - e;
  if ((iy & ((1 << sh) - 1)) !== 0) return 0;
  return (iy & (1 << sh)) !== 0 ? 1 : 2;
}

function zeroInfNan(i: number): boolean {
  return ((2 * i - 1) >>> 0) >= 2 * 0x7f800000 - 1;
}

/**
 * glibc 2.36's powf(x, y): the float32 x**y, as a number.
 * @param x - the base, rounded to float32 first.
 * @param y - the exponent, rounded to float32 first.
 * @example powf(2, 0.5);
 */
export function powf(xin: number, yin: number): number {
  const x = f32(xin);
  const y = f32(yin);
  F32[0] = y;
  const iy = U32[0]!;
  F32[0] = x;
  let ix = U32[0];
  let signBias = 0;
  if (ix! - 0x00800000 >= 0x7f800000 - 0x00800000 || ix! < 0x00800000 || zeroInfNan(iy)) {
    if (zeroInfNan(iy)) {
      // glibc returns x + y for a signaling NaN here; JavaScript has no signaling float32 NaNs.
      if ((iy & 0x7fffffff) === 0) return 1;
      if (ix === 0x3f800000) return 1;
      if ((ix! & 0x7fffffff) > 0x7f800000 || (iy & 0x7fffffff) > 0x7f800000) return x + y;
      if ((ix! & 0x7fffffff) === 0x3f800000) return 1;
      if ((ix! & 0x7fffffff) < 0x3f800000 === ((iy & 0x80000000) === 0)) return 0;
      return f32(y * y);
    }
    if (zeroInfNan(ix!)) {
      let x2 = f32(x * x);
      let sb = 0;
      if ((ix! & 0x80000000) !== 0 && checkint(iy) === 1) {
        x2 = -x2;
        sb = 1;
      }
      if ((ix! & 0x7fffffff) === 0 && (iy & 0x80000000) !== 0) return sb ? -Infinity : Infinity;
      return (iy & 0x80000000) !== 0 ? f32(1 / x2) : x2;
    }
    if ((ix! & 0x80000000) !== 0) {
      const yint = checkint(iy);
      if (yint === 0) return NaN;
      if (yint === 1) signBias = 0x10000;
      ix! &= 0x7fffffff;
    }
    if (ix! < 0x00800000) {
      F32[0] = x * TWO23;
      ix = (U32[0]! & 0x7fffffff) - (23 << 23);
    }
  }
  const logx = log2Inline(ix!);
  const ylogx = y * logx; // exact enough: y has 24 bits, plain product as in glibc
  F64[0] = ylogx;
  if (((U32[1]! >>> 15) & 0xffff) >= 0x80bf) {
    // |y*log2(x)| >= 126
    if (ylogx > OFLOW_BOUND) return signBias !== 0 ? -Infinity : Infinity;
    if (ylogx <= -150.0) return signBias !== 0 ? -0 : 0;
    if (ylogx < -149.0) return signBias !== 0 ? -MIN_SUBNORMAL : MIN_SUBNORMAL;
  }
  return f32(exp2Inline(ylogx, signBias));
}

function exp2Inline(xd: number, signBias: number): number {
  let kd = xd + SHIFT;
  F64[0] = kd;
  const ki = U32[0]!;
  kd -= SHIFT;
  const r = xd - kd;
  const j = 2 * (ki & 31);
  U32[0] = EXP2F_T[j]!;
  U32[1] = (EXP2F_T[j + 1]! + ((ki + signBias) << 15)) | 0;
  const s = F64[0];
  const r2 = r * r;
  // |r| <= 1/64: every addend dominates (|p| < |s|/16), tie test only.
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
  const yyP = z * r2;
  let yy = ya + yyP;
  const yyT = ya - yy + yyP;
  const yyT2 = yyT + yyT;
  if (yyT !== 0 && yy + yyT2 - yy === yyT2) yy = fmaADRare(z, r2, ya, yyP, yy, yyT);
  return yy * s;
}
