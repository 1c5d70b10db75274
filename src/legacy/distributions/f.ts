// numpy's legacy F and noncentral F; the numerator is drawn before the denominator.
import type { AugState } from '../aug_state.js';
import { legacyChisquare } from './chisquare.js';
import { legacyNoncentralChisquare } from './noncentral_chisquare.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyF(s: AugState, dfnum: number, dfden: number): number {
  const num = legacyChisquare(s, dfnum) * dfden;
  return num / (legacyChisquare(s, dfden) * dfnum);
}

export function legacyNoncentralF(s: AugState, dfnum: number, dfden: number, nonc: number): number {
  const t = legacyNoncentralChisquare(s, dfnum, nonc) * dfden;
  return t / (legacyChisquare(s, dfden) * dfnum);
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_F = distSpec({ dfnum: param('dfnum', 'positive'), dfden: param('dfden', 'positive') });
export const LEGACY_NONCENTRAL_F = distSpec({
  dfnum: param('dfnum', 'positive'), dfden: param('dfden', 'positive'), nonc: param('nonc', 'non_negative'),
});
