// Exact float32 fused multiply-add: fmaf(a, b, c) = the float32 nearest to a*b + c (ties to even).
//
// For float32 operands the product a*b is exact in double (24 + 24 bits), so only the sum rounds.
// Rounding p + c to double and then to float32 would round twice; where that could matter the double
// sum is rounded to odd instead (TwoSum gives its exact error, `toOdd` nudges an even result towards
// it), and a round-to-odd double (53 >= 24 + 2 bits) rounds correctly to float32 (Boldo & Melquiond 2008).
import { toOdd } from './fma.js';

/**
 * Correctly rounded float32 a*b + c, as glibc's fmaf; the arguments are first rounded to float32.
 * @param a - first factor.
 * @param b - second factor.
 * @param c - the addend.
 * @example fmaf(0.1, 10, -1);
 */
export function fmaf(a: number, b: number, c: number): number {
  a = Math.fround(a);
  b = Math.fround(b);
  c = Math.fround(c);
  const p = a * b;
  const s = p + c;
  if (s - s !== 0) return Math.fround(s); // inf or NaN operands: nothing to round twice
  const bb = s - p;
  const e = p - (s - bb) + (c - bb);
  const r = Math.fround(s);
  if (e === 0) return r;
  // Rounding s again can only go wrong when s is a float32 midpoint (no double lies strictly between
  // s and the exact sum). s is one exactly when r + 2(s - r) is r's float32 neighbour; the test can
  // also fire at a binade edge, where the slow path is merely unnecessary.
  const t = r + 2 * (s - r);
  if (Math.fround(t) !== t) return r;
  return Math.fround(toOdd(s, e));
}
