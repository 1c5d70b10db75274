// numpy's random_triangular: inversion of the piecewise-quadratic CDF.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { distSpec, param } from '../core/constraints.js';

export function randomTriangular(bg: BitGenerator, left: number, mode: number, right: number): number {
  const base = right - left, leftbase = mode - left;
  return triangularOf(bg.next_double(), left, right, leftbase / base, leftbase * base, (right - mode) * base);
}

/** out[0, n) = randomTriangular(left, mode, right) n times: its constants once, U a span at a time. */
export function fillTriangular(bg: BitGenerator, out: Float64Array, n: number, left: number, mode: number, right: number): void {
  const base = right - left, leftbase = mode - left;
  const ratio = leftbase / base, leftprod = leftbase * base, rightprod = (right - mode) * base;
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    bg.fill_double(out, s, e);
    for (let i = s; i < e; i++) out[i] = triangularOf(out[i]!, left, right, ratio, leftprod, rightprod);
  }
}

const SPAN = 8192;

/** The inverse CDF at U, from numpy's ratio = (mode - left) / base and the two products. */
function triangularOf(U: number, left: number, right: number, ratio: number, leftprod: number, rightprod: number): number {
  return U <= ratio ? left + Math.sqrt(U * leftprod) : right - Math.sqrt((1.0 - U) * rightprod);
}

/** The order checks (left <= mode <= right, left < right) are the front end's, as numpy's. */
export const TRIANGULAR = distSpec({ left: param('left', 'none'), mode: param('mode', 'none'), right: param('right', 'none') });
