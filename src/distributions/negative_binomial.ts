// numpy's random_negative_binomial (distributions.c): a Poisson draw with a gamma-distributed mean.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { distSpec, param } from '../core/constraints.js';
import { randomGamma } from './continuous.js';
import { OUTPUTS, pairKind } from './double_block.js';
import { randomPoisson } from './poisson.js';

export function randomNegativeBinomial(bg: BitGenerator, n: number, p: number): number {
  const Y = randomGamma(bg, n, (1 - p) / p);
  return randomPoisson(bg, Y);
}

/**
 * out[0, m) = randomNegativeBinomial(n, p) m times from the read-ahead output block: every value's
 * gamma (n > 0) takes an output at least, so the block never runs past numpy's draws.
 */
export function fillNegativeBinomial(bg: BitGenerator, out: Float64Array, m: number, n: number, p: number): void {
  const k = pairKind(bg);
  if (k === 0 || !(n > 0)) { for (let i = 0; i < m; i++) out[i] = randomNegativeBinomial(bg, n, p); return; }
  const src = OUTPUTS.start(bg, k) as unknown as BitGenerator; // only next_uint64 and next_double are called
  for (let i = 0; i < m; i++) { OUTPUTS.rest = m - 1 - i; out[i] = randomNegativeBinomial(src, n, p); }
}

/** numpy's parameters: names, constraints and defaults. */
export const NEGATIVE_BINOMIAL = distSpec({ n: param('n', 'positive_not_nan'), p: param('p', 'bounded_gt_0_1') }, null, 'int64');
