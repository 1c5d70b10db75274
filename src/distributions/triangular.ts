// numpy's random_triangular: inversion of the piecewise-quadratic CDF.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { distSpec, param } from '../core/constraints.js';

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

/** The order checks (left <= mode <= right, left < right) are the front end's, as numpy's. */
export const TRIANGULAR = distSpec({ left: param('left', 'none'), mode: param('mode', 'none'), right: param('right', 'none') });
