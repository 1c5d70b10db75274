// numpy's legacy power distribution: (1 - exp(-E))^(1/a).
import { exp, pow } from '../../math/index.js';
import type { AugState } from '../aug_state.js';
import { legacyStandardExponential } from './exponential.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyPower(s: AugState, a: number): number {
  return pow(1 - exp(-legacyStandardExponential(s)), 1 / a);
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_POWER = distSpec({ a: param('a', 'positive') });
