// numpy's legacy Pareto (Lomax form): exp(E / a) - 1 with the legacy exponential.
import { exp } from '../../math/index.js';
import type { AugState } from '../aug_state.js';
import { legacyStandardExponential } from './exponential.js';

export function legacyPareto(s: AugState, a: number): number {
  return exp(legacyStandardExponential(s) / a) - 1;
}
