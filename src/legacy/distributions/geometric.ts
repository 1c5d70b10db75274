// numpy's legacy_random_geometric: the shared search for p >= 1/3, otherwise inversion through
// log1p (legacy_geometric_inversion).
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { randomGeometricSearch } from '../../distributions/geometric.js';
import { log, log1p } from '../../math/index.js';
import { toLong } from '../../distributions/long.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyGeometric(bg: BitGenerator, p: number): number {
  if (p >= 0.333333333333333333333333) return toLong(randomGeometricSearch(bg, p));
  return toLong(Math.ceil(log1p(-bg.next_double()) / log(1 - p)));
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_GEOMETRIC = distSpec({ p: param('p', 'bounded_gt_0_1') });
