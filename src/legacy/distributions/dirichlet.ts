// numpy's legacy dirichlet: one legacy standard gamma per component, scaled by the reciprocal
// of their sum (always this path, whatever the alphas).
import type { AugState } from '../aug_state.js';
import { legacyStandardGamma } from './gamma.js';

/** Fills out[i .. i+k) with one draw. */
export function legacyDirichletRow(s: AugState, alpha: Float64Array, out: Float64Array, i: number): void {
  const k = alpha.length;
  let acc = 0.0;
  for (let j = 0; j < k; j++) {
    const g = legacyStandardGamma(s, alpha[j]!);
    out[i + j] = g;
    acc = acc + g;
  }
  const invacc = 1 / acc;
  for (let j = 0; j < k; j++) out[i + j] = out[i + j]! * invacc;
}
