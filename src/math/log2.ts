// Base-2 logarithm returning glibc 2.36's log2 bit for bit (sysdeps/ieee754/dbl-64/e_log2.c, from
// Arm's optimized-routines) in its x86-64 FMA build: every multiply-add GCC fuses there is one
// correctly rounded fma (fma.ts); the other steps are plain IEEE double operations.
// CPython's math.log2 calls it (binomialvariate in src/pyrandom).
import { F64, U32 } from './bits.js';
import { fma, fmaAD, fmaMinusOne, mulErr, splitTable } from './fma.js';
import { A, B, INVLN2HI, INVLN2LO, T } from './log2_data.js';

const B0 = B[0]!, B1 = B[1]!, B2 = B[2]!, B3 = B[3]!, B4 = B[4]!;
const B5 = B[5]!, B6 = B[6]!, B7 = B[7]!, B8 = B[8]!, B9 = B[9]!;
const INVC_SPLIT = splitTable(T, 2); // Veltkamp halves of each invc, for fmaMinusOne
const A0 = A[0]!, A1 = A[1]!, A2 = A[2]!, A3 = A[3]!, A4 = A[4]!, A5 = A[5]!;

/**
 * glibc 2.36's log2(x) (base-2 logarithm; FMA variant), bit for bit.
 * @param x - the argument.
 * @example log2(8); // 3
 */
export function log2(x: number): number {
  F64[0] = x;
  let hw = U32[1]!;
  const lw = U32[0]!;
  // 1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5 (both limits have zero low words).
  if (hw >= 0x3feea4af && hw < 0x3ff0b559) {
    if (hw === 0x3ff00000 && lw === 0) return 0;
    const r = x - 1.0;
    const hi = r * INVLN2HI;
    let lo = fma(r, INVLN2LO, mulErr(r, INVLN2HI, hi));
    const r2 = r * r;
    const r4 = r2 * r2;
    // r2 * (B0 + r * B1) feeds two additions only, so GCC fuses it into both. |r| < 0.045, so the
    // polynomial steps and the first fusion have a dominant addend (fmaAD's fast case).
    const pb = fmaAD(r, B1, B0);
    let y = fmaAD(r2, pb, hi);
    lo += fma(r2, pb, hi - y);
    const q = fmaAD(r4, fmaAD(r2, fmaAD(r, B9, B8), fmaAD(r, B7, B6)), fmaAD(r2, fmaAD(r, B5, B4), fmaAD(r, B3, B2)));
    lo = fma(r4, q, lo);
    y += lo;
    return y;
  }
  const top = hw >>> 16;
  if (top < 0x0010 || top >= 0x7ff0) {
    if ((hw & 0x7fffffff) === 0 && lw === 0) return -Infinity;
    if (x === Infinity) return x;
    if ((top & 0x8000) !== 0 || (top & 0x7ff0) === 0x7ff0) return (x - x) / (x - x);
    F64[0] = x * 4503599627370496; // 2^52: normalise a subnormal
    hw = (U32[1]! - (52 << 20)) | 0;
  }
  const ilo = U32[0]!;
  const tmp = (hw - 0x3fe60000) | 0;
  const i = (tmp >>> 14) & 63;
  const k = tmp >> 20;
  U32[1] = (hw - (tmp & 0xfff00000)) >>> 0;
  U32[0] = ilo;
  const z = F64[0];
  const invc = T[2 * i]!;
  const logc = T[2 * i + 1]!;
  const r = fmaMinusOne(z, invc, INVC_SPLIT[2 * i]!, INVC_SPLIT[2 * i + 1]!);
  const t1 = r * INVLN2HI;
  // fma(r, InvLn2hi, -t1) is the product's rounding error, exactly representable: Dekker's.
  const t2 = fma(r, INVLN2LO, mulErr(r, INVLN2HI, t1));
  const t3 = k + logc;
  const hi = t3 + t1;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  // |r| < 1/128: each polynomial step's addend dominates its product (fmaAD's fast case).
  const p = fmaAD(r4, fmaAD(r, A5, A4), fmaAD(r2, fmaAD(r, A3, A2), fmaAD(r, A1, A0)));
  return fma(r2, p, lo) + hi;
}
