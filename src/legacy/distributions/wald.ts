// numpy's legacy_wald (the 1.16 formula, kept although Generator's changed in 2.4).
import { type AugState, legacyGauss } from '../aug_state.js';
import { distSpec, param } from '../../core/constraints.js';

export function legacyWald(s: AugState, mean: number, scale: number): number {
  const mu_2l = mean / (2 * scale);
  let Y = legacyGauss(s);
  Y = mean * Y * Y;
  const X = mean + mu_2l * (Y - Math.sqrt(4 * scale * Y + Y * Y));
  const U = s.bitgen.next_double();
  if (U <= mean / (mean + X)) return X;
  return (mean * mean) / X;
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_WALD = distSpec({ mean: param('mean', 'positive'), scale: param('scale', 'positive') });
