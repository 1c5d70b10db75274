// PyTorch's AVX2 log256_ps and sincos256_ps (aten/src/ATen/native/cpu/avx_mathfun.h: Giovanni
// Garberoglio's AVX port of Julien Pommier's sse_mathfun, zlib licence, itself from Cephes'
// logf/sinf/cosf), one lane at a time, float32-exact. The lanes of the vector code never
// interact, so a lane is a scalar function.
//
// The multiply-add pairs are fused exactly where GCC 12 contracted them in Debian's
// libtorch_cpu 1.13.1 (read from its disassembly): every `y = y*x + c` Horner step, the
// `y*z + e*q1` of the log (e*q1 rounded first), the `- z*0.5` steps and the Cody-Waite
// reduction `x + y*(-DP_k)`. Steps whose product is exact in float32 are written unfused,
// which gives the same float; the others use an exact fmaf.
import { fmaf } from './fmaf.js';

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

export const SQRTHF = Math.fround(0.707106781186547524);
const LOG_P = [
  7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
  -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
].map(Math.fround);
export const P0 = LOG_P[0]!, P1 = LOG_P[1]!, P2 = LOG_P[2]!, P3 = LOG_P[3]!, P4 = LOG_P[4]!;
export const P5 = LOG_P[5]!, P6 = LOG_P[6]!, P7 = LOG_P[7]!, P8 = LOG_P[8]!;
export const Q1 = Math.fround(-2.12194440e-4);
export const Q2 = Math.fround(0.693359375);
const MIN_NORM = 1.1754943508222875e-38;

/** log256_ps on one float32 lane (NaN for x <= 0). */
export function log256(x: number): number {
  if (x <= 0 || x !== x) return NaN;
  if (x < MIN_NORM) x = MIN_NORM;
  F32[0] = x;
  const bits = U32[0]!;
  let e = (bits >>> 23) - 127 + 1;
  U32[0] = (bits & ~0x7f800000) | 0x3f000000;
  let m = F32[0]!;
  if (m < SQRTHF) {
    e -= 1;
    m = m + m - 1; // both steps exact: m in [0.5, sqrt(1/2))
  } else {
    m = m - 1;
  }
  const z = Math.fround(m * m);
  let y = fmaf(P0, m, P1);
  y = fmaf(y, m, P2);
  y = fmaf(y, m, P3);
  y = fmaf(y, m, P4);
  y = fmaf(y, m, P5);
  y = fmaf(y, m, P6);
  y = fmaf(y, m, P7);
  y = fmaf(y, m, P8);
  y = Math.fround(y * m);
  y = fmaf(y, z, Math.fround(e * Q1));
  y = Math.fround(y - z * 0.5); // z*0.5 is exact, so this is the fused fnmadd
  const r = Math.fround(m + y);
  return Math.fround(r + e * Q2); // e*Q2 is exact (a small integer times a 9-bit constant)
}

export const FOPI = Math.fround(1.27323954473516);
export const DP1 = Math.fround(-0.78515625);
export const DP2 = Math.fround(-2.4187564849853515625e-4);
export const DP3 = Math.fround(-3.77489497744594108e-8);
export const S0 = Math.fround(-1.9515295891e-4);
export const S1 = Math.fround(8.3321608736e-3);
export const S2 = Math.fround(-1.6666654611e-1);
export const C0 = Math.fround(2.443315711809948e-5);
export const C1 = Math.fround(-1.388731625493765e-3);
export const C2 = Math.fround(4.166664568298827e-2);

/** COS[0]: the cosine left by the last sincos256 call (a typed array: a module `let` holding a double would be re-boxed on every store). */
export const COS = new Float64Array(1);

/** sincos256_ps on one float32 lane: returns the sine and leaves the cosine in COS[0]. */
export function sincos256(x: number): number {
  const neg = x < 0 || (x === 0 && 1 / x < 0);
  x = Math.abs(x);
  const yf = Math.fround(x * FOPI);
  // cvttps2dq: truncation, 0x80000000 when out of range
  let j = yf < 2147483648 ? Math.trunc(yf) | 0 : -2147483648;
  j = (j + 1) & ~1;
  const y = j; // exact as a float (|j| small in any reachable case)
  const yy = Math.fround(y);
  const sinFlip = ((j & 4) !== 0) !== neg;
  const cosFlip = (~(j - 2) & 4) !== 0;
  const polyCos = (j & 2) === 0; // poly_mask: the sine comes from the sine polynomial
  let r = Math.fround(x + yy * DP1); // exact product
  r = Math.fround(r + yy * DP2); // exact product
  r = fmaf(yy, DP3, r);
  const z = Math.fround(r * r);
  let c = fmaf(C0, z, C1);
  c = fmaf(c, z, C2);
  c = Math.fround(z * c);
  c = fmaf(c, z, -Math.fround(z * 0.5));
  c = Math.fround(c + 1);
  let s = fmaf(S0, z, S1);
  s = fmaf(s, z, S2);
  s = Math.fround(z * s);
  s = fmaf(s, r, r);
  // The vector code selects with masks and adds +0 to the other polynomial, so a -0 becomes +0.
  let sin: number, cos: number;
  if (polyCos) { sin = s + 0; cos = c + 0; } else { sin = c + 0; cos = s + 0; }
  COS[0] = cosFlip ? -cos : cos;
  return sinFlip ? -sin : sin;
}
