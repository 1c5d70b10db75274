// numpy's legacy_random_geometric: the shared search for p >= 1/3, otherwise inversion through
// log1p (legacy_geometric_inversion).
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { randomGeometricSearch } from '../../distributions/geometric.js';
import { log, log1p } from '../../math/index.js';
import { applyBlock } from '../../math/block_apply.js';
import { log1pBlock } from '../../math/wasm/backend.js';
import { toLong } from '../../distributions/long.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyGeometric(bg: BitGenerator, p: number): number {
  if (p >= 0.333333333333333333333333) return toLong(randomGeometricSearch(bg, p));
  return toLong(Math.ceil(log1p(-bg.next_double()) / log(1 - p)));
}

/** out[0, n) = legacyGeometric(p) n times: the inversion's log(1 - p) computed once, U and log1p a block at a time. */
export function fillLegacyGeometric(bg: BitGenerator, out: Float64Array, n: number, p: number): void {
  if (p >= 0.333333333333333333333333) {
    for (let i = 0; i < n; i++) out[i] = toLong(randomGeometricSearch(bg, p));
    return;
  }
  const d = log(1 - p);
  bg.fill_double(out, 0, n);
  // log1p(-U) through log1p's block form (negating is exact)
  for (let i = 0; i < n; i++) out[i] = -out[i]!;
  applyBlock(log1pBlock(), out, 0, n);
  for (let i = 0; i < n; i++) out[i] = toLong(Math.ceil(out[i]! / d));
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_GEOMETRIC = distSpec({ p: param('p', 'bounded_gt_0_1') }, null, 'int64');
