// Exact fused multiply-add built from error-free transformations (JavaScript has no fma).
//
// a*b = p + e exactly (Dekker's product with Veltkamp splitting) and p + c = s + t exactly (Knuth's
// TwoSum), so a*b + c = s + t + e. Rounding t + e to odd and then adding s rounds the exact sum
// correctly to nearest (Boldo & Melquiond, "Emulation of FMA and correctly rounded sums: proved
// algorithms using rounding to odd", IEEE TC 2008). When t + e is exact no odd rounding is needed.
// The error-free steps are exact while nothing overflows and the product's low part is not below
// the subnormal range; `fma` checks that and rescales the operands otherwise.
import { F64, U32 } from './bits.js';

const SPLIT = 134217729; // 2^27 + 1

/** e with a*b = p + e exactly, p = a*b rounded; needs |a|,|b| < 2^995 and |a*b| >= 2^-960. */
export function mulErr(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** v moved one ulp towards w when v's last significand bit is even (the odd rounding of v + w). */
export function toOdd(v: number, w: number): number {
  F64[0] = v;
  const lo = U32[0]!;
  if ((lo & 1) !== 0) return v;
  if (w > 0 === v > 0) {
    U32[0] = lo | 1;
  } else if (lo === 0) {
    U32[0] = 0xffffffff;
    U32[1] = U32[1]! - 1;
  } else {
    U32[0] = lo - 1;
  }
  return F64[0];
}

/**
 * fma(a, b, c) for operands where every error-free step is exact: |a|, |b| < 2^995,
 * 2^-960 <= |a*b| < 2^1020 and |c| < 2^1020 (or a*b == 0 with c anything finite).
 */
export function fmaCore(a: number, b: number, c: number): number {
  const p = a * b;
  const e = mulErr(a, b, p);
  const s = p + c;
  const bb = s - p;
  const t = p - (s - bb) + (c - bb);
  const v = t + e;
  const vb = v - t;
  const w = t - (v - vb) + (e - vb);
  const res = s + v;
  if (w === 0) return res;
  return tieByTail(s, v, w, res);
}

/**
 * RN(s + v + w) from res = RN(s + v), where w is the rounding error of v = RN(t + e) (nonzero).
 * When t != 0, |s| >= |p|/2 so |v| <= 1.5 ulp(s): the rounding breakpoints near s + v are then
 * multiples of ulp(v) and w (below ulp(v)/2) can only matter when s + v is exactly a tie; the
 * tie d = (s + v) - res is detected like fmaAD's and w's sign decides it. (When t == 0 the sum
 * v = e is exact, so w == 0.) This equals the odd-rounding formulation of Boldo & Melquiond.
 */
export function tieByTail(s: number, v: number, w: number, res: number): number {
  const d = v - (res - s);
  const d2 = d + d;
  if (d === 0 || res + d2 - res !== d2) return res;
  return w > 0 === d > 0 ? res + d2 : res;
}

const TWO_M960 = 2 ** -960;
const TWO_1020 = 2 ** 1020;
const TWO_995 = 2 ** 995;

/**
 * Correctly rounded a*b + c (IEEE 754 fusedMultiplyAdd, round to nearest even), for all doubles: glibc's fma.
 * @param a - first factor.
 * @param b - second factor.
 * @param c - the addend.
 * @example fma(0.1, 10, -1); // 5.551115123125783e-17
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = Math.abs(p);
  if (
    ap >= TWO_M960 &&
    ap < TWO_1020 &&
    Math.abs(c) < TWO_1020 &&
    Math.abs(a) < TWO_995 &&
    Math.abs(b) < TWO_995
  ) {
    return fmaCore(a, b, c);
  }
  return fmaRare(a, b, c);
}

/** Exponent of a finite nonzero double (floor(log2|x|)), subnormals included. */
function exponentOf(x: number): number {
  F64[0] = x;
  const ex = (U32[1]! >>> 20) & 0x7ff;
  if (ex !== 0) return ex - 1023;
  F64[0] = x * 2 ** 64;
  return ((U32[1]! >>> 20) & 0x7ff) - 1023 - 64;
}

/** x * 2^k exactly when the result is normal or zero-free subnormal-exact, in at most three steps. */
function scale2(x: number, k: number): number {
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    x *= 2 ** -1000;
    k += 1000;
  }
  return x * 2 ** k;
}

function fmaRare(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a * b + c;
  if (!Number.isFinite(c)) return c;
  if (a === 0 || b === 0) return a * b + c;
  if (c === 0) return a * b;
  // Scale a and b into [1, 2) and c by the same factor 2^E as the product.
  const ea = exponentOf(a);
  const eb = exponentOf(b);
  const E = ea + eb;
  const as = scale2(a, -ea);
  const bs = scale2(b, -eb);
  const ec = exponentOf(c);
  // |a*b| < 2^(E+2) is below half an ulp of c: c is the rounded sum.
  if (ec - E > 60) return c;
  // c far below the product's last bit only acts as a sticky bit of the sum.
  const cs = ec - E < -110 ? (c > 0 ? 2 ** -110 : -(2 ** -110)) : scale2(c, -E);
  const r = fmaCore(as, bs, cs);
  if (r === 0) return r; // exact cancellation: signed zero as computed (both operands on one grid)
  if (Math.abs(r) >= scale2(1, -1022 - E)) return scale2(r, E);
  const z = subnormalSum(as, bs, cs, E);
  return z === 0 ? (r < 0 ? -0 : 0) : z; // a nonzero sum rounded to zero keeps its sign
}

/** x rounded to the nearest multiple of the power of two q (x itself when its ulp is >= q). */
function roundToGrid(x: number, q: number): number {
  const big = 2 ** 52 * q;
  if (!(Math.abs(x) < big)) return x;
  // x + big lies in [2^52 q, 2^53 q) whose ulp is q (same for negative x with -big).
  const m = x > 0 ? big : -big;
  return x + m - m;
}

/**
 * a*b + c scaled by 2^E when the result is in the subnormal range: rounds to the grid of
 * multiples of q = 2^(-1074-E). c is either on the grid or a sticky bit far below it.
 */
function subnormalSum(a: number, b: number, c: number, E: number): number {
  const q = scale2(1, -1074 - E);
  const p = a * b;
  const e = mulErr(a, b, p);
  // P = p + e rounded to the grid: pr; when P is exactly half-way, half = the signed offset
  // from pr to P (the other candidate is pr + 2*half), else half = 0.
  let pr = roundToGrid(p, q);
  const g = p - pr;
  let half = 0;
  let er = 0; // kept apart from pr: pr + er may need more than 53 bits before c cancels it
  if (g === 0) {
    // p is on the grid (its ulp >= q); round the low part e to the grid on its own.
    er = roundToGrid(e, q);
    const ge = e - er;
    if (Math.abs(ge) === q / 2) half = ge;
  } else if (Math.abs(g) === q / 2) {
    // p half-way (its ulp < q, so |e| is below p's last bit): e's sign decides.
    if (e === 0) half = g;
    else if (e > 0 === g > 0) pr += 2 * g;
  }
  // Otherwise |g| < q/2 is a multiple of ulp(p) > 2|e|, so e cannot reach the half-way point.
  if (Math.abs(c) < q) {
    // Sticky c: P is a multiple of 2^-104 and |c| < 2^-104, so only a tie can be moved.
    if (half !== 0 && c > 0 === half > 0) pr += 2 * half;
    return scale2(pr + er, E);
  }
  let r = c + pr + er;
  if (half !== 0) {
    F64[0] = scale2(r, E);
    if ((U32[0]! & 1) !== 0) r += 2 * half;
  }
  return scale2(r, E);
}

/**
 * fma(a, b, c) for sites where |a*b| is usually far below |c| (polynomial steps), cheaper than
 * fmaCore there. With p = a*b rounded, s = c + p rounded and t = c + p - s (exact by Fast2Sum since
 * |c| >= 7|p|): a*b + c = s + t + e with |e| <= ulp(p)/2. When |p| <= |s|/8, t and the rounding
 * breakpoints of s (half an ulp of s, a quarter ulp below a power of two) are multiples of ulp(p),
 * so e can only change the rounding of s + t when t sits exactly on a breakpoint; `s + 2t - s == 2t`
 * detects that (and t == 0). Then e's sign decides (e == 0 leaves the tie s = RN(c + p) already
 * made). Any other operand shape goes through fmaCore. Needs the operands of fmaCore.
 */
export function fmaAD(a: number, b: number, c: number): number {
  const p = a * b;
  const s = c + p;
  const t = c - s + p;
  const t2 = t + t;
  if (Math.abs(p) <= Math.abs(s) * 0.125 && (t === 0 || s + t2 - s !== t2)) return s;
  return fmaADRare(a, b, c, p, s, t);
}

/**
 * fmaAD off its fast path: a tie that the product's low part breaks, or another shape. Hot
 * functions inline fmaAD's fast path (p = a*b, s = c + p, t = c - s + p) and call this otherwise.
 */
export function fmaADRare(a: number, b: number, c: number, p: number, s: number, t: number): number {
  if (Math.abs(p) > Math.abs(s) * 0.125) return fmaCore(a, b, c);
  const e = mulErr(a, b, p);
  if (e === 0 || e > 0 !== t > 0) return s;
  return s + (t + t);
}

/**
 * fma(z, c, -1) when z*c lies in [1/2, 2] and (ch, cl) are c's Veltkamp halves
 * (c = ch + cl, 26 and 27 bits): z*c = p + e exactly (Dekker), p - 1 is exact (Sterbenz), so
 * (p - 1) + e is the single rounding of z*c - 1 — the range reductions of log, pow, logf, powf.
 */
export function fmaMinusOne(z: number, c: number, ch: number, cl: number): number {
  const p = z * c;
  const t = SPLIT * z;
  const zh = t - (t - z);
  const zl = z - zh;
  return p - 1 + (zh * ch - p + zh * cl + zl * ch + zl * cl);
}

/** Veltkamp halves of every entry of v (at stride `stride`): [hi0, lo0, hi1, lo1, ...]. */
export function splitTable(v: Float64Array, stride: number): Float64Array {
  const n = v.length / stride;
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const x = v[i * stride]!;
    const t = SPLIT * x;
    out[2 * i] = t - (t - x);
    out[2 * i + 1] = x - out[2 * i]!;
  }
  return out;
}
