// numpy's legacy_negative_binomial: a poisson whose rate is a legacy gamma draw.
import { randomPoisson } from '../../distributions/poisson.js';
import type { AugState } from '../aug_state.js';
import { legacyGamma } from './gamma.js';
import { toLong } from '../../distributions/long.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyNegativeBinomial(s: AugState, n: number, p: number): number {
  const Y = legacyGamma(s, n, (1 - p) / p);
  return toLong(randomPoisson(s.bitgen, Y));
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_NEGATIVE_BINOMIAL = distSpec({ n: param('n', 'positive'), p: param('p', 'bounded_0_1') }, null, 'int64');
