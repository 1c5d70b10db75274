// numpy's legacy exponential: inversion with log(1 - U) (not log1p), as RandomState has always drawn it.
import { MT19937 } from '../../bitgen/mt19937.js';
import { FUSED_MIN } from '../../distributions/legacy_fill.js';
import { log } from '../../math/index.js';
import type { AugState } from '../aug_state.js';
import { distSpec, paramOr } from '../../core/constraints.js';

export function legacyStandardExponential(s: AugState): number {
  return -log(1.0 - s.bitgen.next_double());
}

export function legacyExponential(s: AugState, scale: number): number {
  return scale * legacyStandardExponential(s);
}

/** n standard exponentials scaled by `scale` into out[0, n): the same doubles as n single draws. */
export function fillLegacyExponential(s: AugState, out: Float64Array, n: number, scale: number): void {
  const bg = s.bitgen;
  if (n >= FUSED_MIN && bg instanceof MT19937 && bg.fillLegacyExponential(out, n, scale)) return;
  bg.fill_double(out, 0, n);
  for (let i = 0; i < n; i++) out[i] = scale * -log(1.0 - out[i]!);
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_EXPONENTIAL = distSpec({ scale: paramOr('scale', 'non_negative', 1.0) });
