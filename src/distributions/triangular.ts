// numpy's random_triangular: inversion of the piecewise-quadratic CDF.
import type { BitGenerator } from '../bitgen/bit_generator.js';

export function randomTriangular(bg: BitGenerator, left: number, mode: number, right: number): number {
  const base = right - left;
  const leftbase = mode - left;
  const ratio = leftbase / base;
  const leftprod = leftbase * base;
  const rightprod = (right - mode) * base;
  const U = bg.next_double();
  if (U <= ratio) return left + Math.sqrt(U * leftprod);
  return right - Math.sqrt((1.0 - U) * rightprod);
}
