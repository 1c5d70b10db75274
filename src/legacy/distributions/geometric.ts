// numpy's legacy_random_geometric: the shared search for p >= 1/3, otherwise inversion through
// log1p (legacy_geometric_inversion).
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { randomGeometricSearch } from '../../distributions/geometric.js';
import { log, log1p } from '../../math/index.js';
import { toLong } from './long.js';

export function legacyGeometric(bg: BitGenerator, p: number): number {
  if (p >= 0.333333333333333333333333) return toLong(randomGeometricSearch(bg, p));
  return toLong(Math.ceil(log1p(-bg.next_double()) / log(1 - p)));
}
