// numpy's legacy Pareto (Lomax form): exp(E / a) - 1 with the legacy exponential.
import { exp } from '../../math/index.js';
import type { AugState } from '../aug_state.js';
import { legacyStandardExponential } from './exponential.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyPareto(s: AugState, a: number): number {
  return exp(legacyStandardExponential(s) / a) - 1;
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_PARETO = distSpec({ a: param('a', 'positive') });
