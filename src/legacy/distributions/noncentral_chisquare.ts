// numpy's legacy_noncentral_chisquare. Unlike Generator's, the NaN check on nonc comes after
// the draws of the poisson branch, so a NaN nonc still consumes the stream.
import { randomPoisson } from '../../distributions/poisson.js';
import { type AugState, legacyGauss } from '../aug_state.js';
import { legacyChisquare } from './chisquare.js';
import { toLong, twiceLong } from '../../distributions/long.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyNoncentralChisquare(s: AugState, df: number, nonc: number): number {
  if (nonc === 0) return legacyChisquare(s, df);
  if (1 < df) {
    const chi2 = legacyChisquare(s, df - 1);
    const n = legacyGauss(s) + Math.sqrt(nonc);
    return chi2 + n * n;
  }
  const i = toLong(randomPoisson(s.bitgen, nonc / 2.0));
  const out = legacyChisquare(s, df + twiceLong(i));
  return Number.isNaN(nonc) ? NaN : out;
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_NONCENTRAL_CHISQUARE = distSpec({ df: param('df', 'positive'), nonc: param('nonc', 'non_negative') });
