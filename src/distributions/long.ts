// C's (long) cast of a double as x86-64 performs it (cvttsd2si): truncation toward zero, and
// INT64_MIN for NaN and for values outside the int64 range. RandomState's integer samplers (and
// BTPE's intermediate longs) go through this cast.
import { TWO_63 } from '../core/constants.js';

export function toLong(x: number): number {
  if (!(x >= -TWO_63 && x < TWO_63)) return -TWO_63;
  return Math.trunc(x);
}

/** 2 * i on C longs: wraps past 64 bits (INT64_MIN, what an out-of-range poisson gives, becomes 0). */
export function twiceLong(i: number): number {
  if (Math.abs(i) < 2 ** 62) return 2 * i;
  return Number(BigInt.asIntN(64, 2n * BigInt(i)));
}
