// numpy's legacy Student's t: a gaussian over the root of a scaled legacy gamma.
import { type AugState, legacyGauss } from '../aug_state.js';
import { legacyStandardGamma } from './gamma.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyStandardT(s: AugState, df: number): number {
  const num = legacyGauss(s);
  const denom = legacyStandardGamma(s, df / 2);
  return (Math.sqrt(df / 2) * num) / Math.sqrt(denom);
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_STANDARD_T = distSpec({ df: param('df', 'positive') });
