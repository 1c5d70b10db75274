// float32 cosine returning glibc 2.36's result bit for bit (its x86-64 FMA build of
// sysdeps/ieee754/flt-32/s_cosf.c): s_cosf's branches over the core in sincosf.ts. The argument
// is taken as float32 (rounded first, as C's float parameter would be).
import { F32, U32 } from './bits.js';
import { ABSTOP_INF, ABSTOP_PIO4, ABSTOP_TINY, sinCosFFar, sinfPoly } from './sincosf.js';

/**
 * glibc 2.36's cosf(x): the float32 cosine (x in radians), as a number.
 * @param x - the angle, rounded to float32 first.
 * @example cosf(1);
 */
export function cosf(yin: number): number {
  const y = Math.fround(yin);
  F32[0] = y;
  const xi = U32[0]!;
  const top = (xi >>> 20) & 0x7ff;
  if (top < ABSTOP_PIO4) {
    if (top < ABSTOP_TINY) return 1; // |y| < 2^-12: cosf(y) rounds to 1
    return sinfPoly(y, y * y, 1, false);
  }
  if (top < ABSTOP_INF) return sinCosFFar(y, xi, top, 1);
  return NaN; // inf or NaN: __math_invalidf
}
