// The shared core of sinf and cosf returning glibc 2.36's results bit for bit (its x86-64 FMA build
// of sysdeps/ieee754/flt-32/s_sinf.c and s_cosf.c, Arm's optimized-routines): the float argument
// is widened to double, reduced by pi/2 (one fused multiply-subtract below 120, a 4/pi table in
// integer arithmetic above), and a short sine or cosine polynomial is evaluated in double and
// rounded once to float32. GCC fuses every `a + b * c` of the polynomials and the reduction's
// `x - n * hpi` (checked with objdump on the -mfma -mavx2 build); here each is an exact fma.
import { fmaAD, fmaCore } from './fma.js';
import { INV_PIO4, SINCOSF_C, SINCOSF_HPI, SINCOSF_HPI_INV, SINCOSF_PI63, SINCOSF_S } from './sincosf_data.js';

const C0 = SINCOSF_C[0]!, C1 = SINCOSF_C[1]!, C2 = SINCOSF_C[2]!, C3 = SINCOSF_C[3]!, C4 = SINCOSF_C[4]!;
const S1 = SINCOSF_S[0]!, S2 = SINCOSF_S[1]!, S3 = SINCOSF_S[2]!;
const TWO32 = 4294967296;
const f32 = Math.fround;

/** Top 12 bits of a float32's bit pattern without the sign: glibc's abstop12. */
export const ABSTOP_TINY = 0x398; // 0x1p-12f
export const ABSTOP_PIO4 = 0x3f4; // 0x1.921FB6p-1f (so this branch ends at 0.75)
const ABSTOP_120 = 0x42f; // 120.0f
export const ABSTOP_INF = 0x7f8;

/**
 * sinf_poly: the sine polynomial of x (x2 = x*x) for even n, the cosine one for odd n (negated
 * when neg: glibc's second table, whose cosine coefficients are negated; rounding is symmetric,
 * so negating the result is the same), rounded to float32.
 */
export function sinfPoly(x: number, x2: number, n: number, neg: boolean): number {
  if ((n & 1) === 0) {
    const x3 = x * x2;
    const s1 = fmaAD(x2, S3, S2);
    const x7 = x3 * x2;
    const s = fmaAD(x3, S1, x);
    return f32(fmaAD(x7, s1, s));
  }
  const x4 = x2 * x2;
  const c2 = fmaAD(x2, C4, C3);
  const c1 = fmaAD(x2, C1, C0); // |x2 * C1| reaches 0.45 |c1|: fmaAD takes its exact fallback
  const x6 = x4 * x2;
  const c = fmaAD(x4, C2, c1);
  const r = fmaAD(x6, c2, c);
  return f32(neg ? -r : r);
}

/** Quadrant of the last reduction (module scratch, no allocation). */
let reducedN = 0;

/** reduce_fast for |x| < 120: n = round(x * 2/pi) by the scaled truncation, x - n pi/2 fused. */
function reduceFast(x: number): number {
  const r = x * SINCOSF_HPI_INV; // |r| < 2^31: the int32 truncation is r | 0
  const n = ((r | 0) + 0x800000) >> 24;
  reducedN = n;
  return fmaCore(-n, SINCOSF_HPI, x);
}

let wideHi = 0;
let wideLo = 0;

/** a * b for a < 2^31, b < 2^32 as two 32-bit words (wideHi, wideLo), exact in doubles. */
function mulWide(a: number, b: number): void {
  const t = a * (b >>> 16); // < 2^47
  const low = (t % 65536) * 65536 + a * (b & 0xffff); // < 2^49
  wideHi = Math.floor(t / 65536) + Math.floor(low / TWO32);
  wideLo = low % TWO32;
}

/**
 * reduce_large for the bit pattern xi of a float with |x| >= 120: the 2.62 fixed-point product
 * of x's significand with 96 bits of 4/pi (mod 4), in 32-bit words; returns the reduced double
 * and sets reducedN. The int64 -> double conversion is one rounding of hi * 2^32 + lo.
 */
function reduceLarge(xi: number): number {
  const k = (xi >>> 26) & 15;
  const m = (((xi & 0xffffff) | 0x800000) << ((xi >>> 23) & 7)) >>> 0;
  const r0 = Math.imul(m, INV_PIO4[k]!) >>> 0; // res0: only the low 32 bits survive the << 32
  mulWide(m, INV_PIO4[k + 4]!);
  const r1h = wideHi;
  const r1l = wideLo;
  mulWide(m, INV_PIO4[k + 8]!); // only its high word is used
  let lo = wideHi + r1l;
  let hi = r0 + r1h;
  if (lo >= TWO32) {
    lo -= TWO32;
    hi += 1;
  }
  hi >>>= 0;
  const n = ((hi + 0x20000000) >>> 0) >>> 30; // (res0 + 2^61) >> 62
  reducedN = n;
  const shi = (hi - n * 0x40000000) | 0; // res0 - (n << 62), as a signed high word
  return (shi * TWO32 + lo) * SINCOSF_PI63;
}

/**
 * sinf (shift 0) or cosf (shift 1) of a finite float y >= 0.75 in magnitude, with its bit pattern
 * xi and abstop12 top: reduce to x in quadrant n, then glibc's sign table {1, -1, -1, 1} and
 * second (negated cosine) table for quadrant q; beyond 120 the argument's sign enters q.
 */
export function sinCosFFar(y: number, xi: number, top: number, shift: number): number {
  let x: number;
  let q: number;
  if (top < ABSTOP_120) {
    x = reduceFast(y);
    q = reducedN & 3;
  } else {
    x = reduceLarge(xi);
    q = (reducedN + (xi >>> 31)) & 3;
  }
  return sinfPoly(q === 1 || q === 2 ? -x : x, x * x, reducedN ^ shift, (q & 2) !== 0);
}
