// numpy's legacy chi-square: twice a legacy standard gamma of half the degrees of freedom.
import type { AugState } from '../aug_state.js';
import { legacyStandardGamma } from './gamma.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyChisquare(s: AugState, df: number): number {
  return 2.0 * legacyStandardGamma(s, df / 2.0);
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_CHISQUARE = distSpec({ df: param('df', 'positive') });
