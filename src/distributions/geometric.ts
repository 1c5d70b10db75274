// numpy's geometric samplers: the sequential search (shared with RandomState) and the
// Generator's choice between search (p >= 1/3) and inversion of a ziggurat exponential.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { log1p } from '../math/index.js';
import { randomStandardExponential } from './exponential.js';
import { fillStandardExponential } from './ziggurat_fill.js';
import { distSpec, param } from '../core/constraints.js';
import { TWO_63 } from '../core/constants.js';

export const randomGeometricSearch = (bg: BitGenerator, p: number): number => searchFrom(bg.next_double(), p);

/** The sequential search from one uniform U. */
function searchFrom(U: number, p: number): number {
  let X = 1;
  let sum = p, prod = p;
  const q = 1.0 - p;
  while (U > sum) {
    prod *= q;
    sum += prod;
    X++;
  }
  return X;
}

/** The smallest double above INT64_MAX: inversion results at or beyond it clamp to INT64_MAX. */

export function randomGeometricInversion(bg: BitGenerator, p: number): number {
  const z = Math.ceil(-randomStandardExponential(bg) / log1p(-p));
  // INT64_MAX is not a double; as a JS number it reads back as 2^63 (the nearest double)
  if (z >= TWO_63) return TWO_63;
  return z;
}

export function randomGeometric(bg: BitGenerator, p: number): number {
  if (p >= 0.333333333333333333333333) return randomGeometricSearch(bg, p);
  return randomGeometricInversion(bg, p);
}

/**
 * out[0, n) = randomGeometric(bg, p) n times, as block fills: the search takes exactly one double
 * per value and the inversion exactly one standard exponential, so drawing them all first leaves
 * the same values and the same generator state as numpy's draw-by-draw loop.
 */
export function fillGeometric(bg: BitGenerator, out: Float64Array, n: number, p: number): void {
  if (p >= 0.333333333333333333333333) {
    bg.fill_double(out, 0, n);
    for (let i = 0; i < n; i++) out[i] = searchFrom(out[i]!, p);
    return;
  }
  fillStandardExponential(bg, out, n);
  const d = log1p(-p);
  for (let i = 0; i < n; i++) {
    const z = Math.ceil(-out[i]! / d);
    out[i] = z >= TWO_63 ? TWO_63 : z;
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const GEOMETRIC = distSpec({ p: param('p', 'bounded_gt_0_1') }, null, 'int64');
