// Cosine returning glibc 2.36's result bit for bit (its x86-64 FMA build of s_sin.c): __cos's
// branches over the shared core in sincos.ts.
import { F64, U32 } from './bits.js';
import { doCos, doSin, HP0, HP1, sinCosFar } from './sincos.js';

/**
 * glibc 2.36's cos(x) (x in radians; IBM Accurate Mathematical Library, FMA variant), bit for bit.
 * @param x - the angle in radians.
 * @example cos(1);
 */
export function cos(x: number): number {
  F64[0] = x;
  const k = U32[1]! & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = y - a + HP1;
    return doSin(a, da);
  }
  if (k < 0x7ff00000) return sinCosFar(x, k, 1);
  return x / x;
}
