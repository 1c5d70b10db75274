// Sine returning glibc 2.36's result bit for bit (its x86-64 FMA build of s_sin.c): __sin's
// branches over the shared core in sincos.ts.
import { F64, U32 } from './bits.js';
import { doCos, doSin, HP0, HP1, sinCosFar } from './sincos.js';

/**
 * glibc 2.36's sin(x) (x in radians; FMA variant), bit for bit.
 * @param x - the angle in radians.
 * @example sin(1);
 */
export function sin(x: number): number {
  F64[0] = x;
  const k = U32[1]! & 0x7fffffff;
  if (k < 0x3e500000) return x; // |x| < 2^-26: sin(x) rounds to x
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    // sin(x) = +-cos(pi/2 - |x|), pi/2 as hp0 + hp1
    const r = doCos(HP0 - Math.abs(x), HP1);
    return x < 0 ? -Math.abs(r) : Math.abs(r); // copysign; r > 0 here
  }
  if (k < 0x7ff00000) return sinCosFar(x, k, 0);
  return x / x;
}
