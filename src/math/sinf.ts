// float32 sine returning glibc 2.36's result bit for bit (its x86-64 FMA build of
// sysdeps/ieee754/flt-32/s_sinf.c): s_sinf's branches over the core in sincosf.ts. The argument
// is taken as float32 (rounded first, as C's float parameter would be).
import { F32, U32 } from './bits.js';
import { ABSTOP_INF, ABSTOP_PIO4, ABSTOP_TINY, sinCosFFar, sinfPoly } from './sincosf.js';

/**
 * glibc 2.36's sinf(x): the float32 sine (x in radians), as a number.
 * @param x - the angle, rounded to float32 first.
 * @example sinf(1);
 */
export function sinf(yin: number): number {
  const y = Math.fround(yin);
  F32[0] = y;
  const xi = U32[0]!;
  const top = (xi >>> 20) & 0x7ff;
  if (top < ABSTOP_PIO4) {
    if (top < ABSTOP_TINY) return y; // |y| < 2^-12: sinf(y) rounds to y
    return sinfPoly(y, y * y, 0, false);
  }
  if (top < ABSTOP_INF) return sinCosFFar(y, xi, top, 0);
  return NaN; // inf or NaN: __math_invalidf
}
