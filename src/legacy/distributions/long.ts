// C's (long) cast of a double as x86-64 performs it (cvttsd2si): truncation toward zero, and
// INT64_MIN for NaN and for values outside the int64 range. RandomState's integer samplers
// return through this cast.
const TWO_63 = 9223372036854775808;

export function toLong(x: number): number {
  if (!(x >= -TWO_63 && x < TWO_63)) return -TWO_63;
  return Math.trunc(x);
}
