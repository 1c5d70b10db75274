// numpy's legacy Cauchy: a ratio of two cached-polar gaussians, numerator drawn first.
import { type AugState, legacyGauss } from '../aug_state.js';

export function legacyStandardCauchy(s: AugState): number {
  const num = legacyGauss(s);
  return num / legacyGauss(s);
}
