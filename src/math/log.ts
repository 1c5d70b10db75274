// Natural logarithm returning glibc 2.36's result bit for bit (its x86-64 FMA build, e_log.c).
// Algorithm (glibc / Arm optimized-routines): x = 2^k z with z in [0x1.6p-1, 0x1.6p0) split into
// 128 subintervals; log(x) = k ln2 + log(c) + log1p(z/c - 1) with a degree-6 polynomial, and a
// separate degree-12 polynomial for x within about 1/16 of 1. Each multiply-add that GCC fuses in
// glibc's FMA build is computed here as one correctly rounded fma (see fma.ts); all other steps
// are plain IEEE double operations, as in glibc.
import { F64, U32 } from './bits.js';
import { fmaAD, fmaCore, fmaMinusOne, splitTable } from './fma.js';
import { A, B, LN2HI, LN2LO, T } from './log_data.js';

const TWO27 = 134217728;
const TWO52 = 4503599627370496;

const INVC_SPLIT = splitTable(T, 2); // Veltkamp halves of each invc

const A0 = A[0], A1 = A[1], A2 = A[2], A3 = A[3], A4 = A[4];
const B0 = B[0], B1 = B[1], B2 = B[2], B3 = B[3], B4 = B[4], B5 = B[5];
const B6 = B[6], B7 = B[7], B8 = B[8], B9 = B[9], B10 = B[10];

/** log(x) for x within [1 - 2^-4, 1 + 0x1.09p-4), x != 1. */
function logNear1(x: number): number {
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  const q3 = fmaAD(r3, B10, fmaAD(r2, B9, fmaAD(r, B8, B7)));
  const q2 = fmaAD(r3, q3, fmaAD(r2, B6, fmaAD(r, B5, B4)));
  const q1 = fmaAD(r3, q2, fmaAD(r2, B3, fmaAD(r, B2, B1)));
  // r * 2^27 and the products by B0 = -1/2 below are exact, so their fused forms are plain.
  const w = r * TWO27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const w2 = rhi * rhi * B0;
  const hi = r + w2;
  const lo0 = r - hi + w2;
  const lo = fmaCore(B0 * rlo, rhi + r, lo0);
  const y = fmaCore(r3, q1, lo);
  return y + hi;
}

export function log(x: number): number {
  F64[0] = x;
  let hw = U32[1];
  const lw = U32[0];
  if (hw >= 0x3fee0000 && hw < 0x3ff10900) {
    if (hw === 0x3ff00000 && lw === 0) return 0;
    return logNear1(x);
  }
  const top = hw >>> 16;
  if (top < 0x0010 || top >= 0x7ff0) {
    if ((hw & 0x7fffffff) === 0 && lw === 0) return -Infinity;
    if (x === Infinity) return x;
    if ((top & 0x8000) !== 0 || (top & 0x7ff0) === 0x7ff0) return (x - x) / (x - x);
    F64[0] = x * TWO52; // subnormal: normalize, then take 52 off the exponent
    hw = U32[1] - (52 << 20);
  }
  return logMain(hw, U32[0]);
}

function logMain(hw: number, lw: number): number {
  const tmp = (hw - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  U32[1] = hw - (tmp & 0xfff00000);
  U32[0] = lw;
  const z = F64[0];
  const invc = T[2 * i];
  const logc = T[2 * i + 1];
  // r = fma(z, invc, -1), z*invc within 1/128 of 1
  const r = fmaMinusOne(z, invc, INVC_SPLIT[2 * i], INVC_SPLIT[2 * i + 1]);
  const kd = k;
  // k*Ln2hi is exact (Ln2hi has 42 bits) and the table makes adding logc exact.
  const w = kd * LN2HI + logc;
  const hi = w + r;
  const lo = k === 0 ? w - hi + r : fmaCore(kd, LN2LO, w - hi + r);
  const r2 = r * r;
  const q = fmaAD(r2, fmaAD(r, A4, A3), fmaAD(r, A2, A1));
  const y0 = fmaCore(r2, A0, lo);
  return fmaAD(r * r2, q, y0) + hi;
}
