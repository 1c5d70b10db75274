// numpy's legacy Weibull: E^(1/a), with a == 0 giving 0 without a draw.
import { pow } from '../../math/index.js';
import type { AugState } from '../aug_state.js';
import { legacyStandardExponential } from './exponential.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyWeibull(s: AugState, a: number): number {
  if (a === 0.0) return 0.0;
  return pow(legacyStandardExponential(s), 1 / a);
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_WEIBULL = distSpec({ a: param('a', 'non_negative') });
