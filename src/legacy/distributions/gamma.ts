// numpy's legacy_standard_gamma: exponential for shape 1, Johnk-style rejection below 1,
// Marsaglia-Tsang with the cached polar gaussian above 1.
import { log, pow } from '../../math/index.js';
import { type AugState, legacyGauss } from '../aug_state.js';
import { legacyStandardExponential } from './exponential.js';
import { distSpec, param, paramOr } from '../../core/constraints.js';

export function legacyStandardGamma(s: AugState, shape: number): number {
  if (shape === 1.0) return legacyStandardExponential(s);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) return smallShape(s, shape);
  return marsagliaTsang(s, shape);
}

function smallShape(s: AugState, shape: number): number {
  for (;;) {
    const U = s.bitgen.next_double();
    const V = legacyStandardExponential(s);
    if (U <= 1.0 - shape) {
      const X = pow(U, 1 / shape);
      if (X <= V) return X;
    } else {
      const Y = -log((1 - U) / shape);
      const X = pow(1.0 - shape + shape * Y, 1 / shape);
      if (X <= V + Y) return X;
    }
  }
}

// NaN shapes land here too and return NaN: the first acceptance test does not involve b.
function marsagliaTsang(s: AugState, shape: number): number {
  const b = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * b);
  for (;;) {
    let X: number, V: number;
    do {
      X = legacyGauss(s);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = s.bitgen.next_double();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
  }
}

export function legacyGamma(s: AugState, shape: number, scale: number): number {
  return scale * legacyStandardGamma(s, shape);
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_STANDARD_GAMMA = distSpec({ shape: param('shape', 'non_negative') });
export const LEGACY_GAMMA = distSpec({ shape: param('shape', 'non_negative'), scale: paramOr('scale', 'non_negative', 1.0) });
