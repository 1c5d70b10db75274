// numpy's legacy_beta: Johnk's algorithm when both parameters are at most 1 (with the legacy
// log-space fallback when both powers underflow), otherwise a ratio of legacy gammas.
import { exp, log, pow } from '../../math/index.js';
import type { AugState } from '../aug_state.js';
import { legacyStandardGamma } from './gamma.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyBeta(s: AugState, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) return johnk(s, a, b);
  const Ga = legacyStandardGamma(s, a);
  const Gb = legacyStandardGamma(s, b);
  return Ga / (Ga + Gb);
}

function johnk(s: AugState, a: number, b: number): number {
  const bg = s.bitgen;
  for (;;) {
    const U = bg.next_double();
    const V = bg.next_double();
    const X = pow(U, 1.0 / a);
    const Y = pow(V, 1.0 / b);
    if (X + Y <= 1.0) {
      if (X + Y > 0) return X / (X + Y);
      let logX = log(U) / a;
      let logY = log(V) / b;
      const logM = logX > logY ? logX : logY;
      logX -= logM;
      logY -= logM;
      return exp(logX - log(exp(logX) + exp(logY)));
    }
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_BETA = distSpec({ a: param('a', 'positive'), b: param('b', 'positive') });
