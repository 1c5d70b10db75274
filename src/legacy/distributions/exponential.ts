// numpy's legacy exponential: inversion with log(1 - U) (not log1p), as RandomState has always drawn it.
import { log } from '../../math/index.js';
import type { AugState } from '../aug_state.js';
import { distSpec, paramOr } from '../../core/constraints.js';

// the bulk fill runs on log's block form with the other one-double legacy fills
export { fillLegacyExponential } from '../../distributions/legacy_fill.js';

export function legacyStandardExponential(s: AugState): number {
  return -log(1.0 - s.bitgen.next_double());
}

export function legacyExponential(s: AugState, scale: number): number {
  return scale * legacyStandardExponential(s);
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_EXPONENTIAL = distSpec({ scale: paramOr('scale', 'non_negative', 1.0) });
