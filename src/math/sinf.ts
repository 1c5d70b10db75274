// float32 sine returning glibc 2.36's result bit for bit (its x86-64 FMA build of
// sysdeps/ieee754/flt-32/s_sinf.c): s_sinf's branches over the core in sincosf.ts. The argument
// is taken as float32 (rounded first, as C's float parameter would be).
import { F32, U32 } from './bits.js';
import { ABSTOP_120, ABSTOP_INF, ABSTOP_PIO4, ABSTOP_TINY, reduceFast, reduceLarge, reducedN, sinfPoly } from './sincosf.js';

export function sinf(yin: number): number {
  const y = Math.fround(yin);
  F32[0] = y;
  const xi = U32[0]!;
  const top = (xi >>> 20) & 0x7ff;
  if (top < ABSTOP_PIO4) {
    if (top < ABSTOP_TINY) return y; // |y| < 2^-12: sinf(y) rounds to y
    return sinfPoly(y, y * y, 0, false);
  }
  if (top < ABSTOP_120) {
    const x = reduceFast(y);
    const n = reducedN;
    // glibc's sign table {1, -1, -1, 1} and second table for quadrants with bit 1 set
    return sinfPoly((n & 3) === 1 || (n & 3) === 2 ? -x : x, x * x, n, (n & 2) !== 0);
  }
  if (top < ABSTOP_INF) {
    const x = reduceLarge(xi);
    const n = reducedN;
    const q = (n + (xi >>> 31)) & 3; // the argument's sign enters as one more quadrant
    return sinfPoly(q === 1 || q === 2 ? -x : x, x * x, n, (q & 2) !== 0);
  }
  return NaN; // inf or NaN: __math_invalidf
}
