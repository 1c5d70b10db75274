// numpy's legacy chi-square: twice a legacy standard gamma of half the degrees of freedom.
import type { AugState } from '../aug_state.js';
import { legacyStandardGamma } from './gamma.js';

export function legacyChisquare(s: AugState, df: number): number {
  return 2.0 * legacyStandardGamma(s, df / 2.0);
}
