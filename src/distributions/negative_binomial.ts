// numpy's random_negative_binomial (distributions.c): a Poisson draw with a gamma-distributed mean.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { distSpec, param } from '../core/constraints.js';
import { randomGamma } from './continuous.js';
import { randomPoisson } from './poisson.js';

export function randomNegativeBinomial(bg: BitGenerator, n: number, p: number): number {
  const Y = randomGamma(bg, n, (1 - p) / p);
  return randomPoisson(bg, Y);
}

/** numpy's parameters: names, constraints and defaults. */
export const NEGATIVE_BINOMIAL = distSpec({ n: param('n', 'positive_not_nan'), p: param('p', 'bounded_gt_0_1') }, null, 'int64');
