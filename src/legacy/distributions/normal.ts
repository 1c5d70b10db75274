// numpy's legacy normal and lognormal: affine and exp transforms of the cached polar gaussian.
import { exp } from '../../math/index.js';
import { type AugState, legacyGauss } from '../aug_state.js';
import { distSpec, paramOr } from '../../core/constraints.js';

export function legacyNormal(s: AugState, loc: number, scale: number): number {
  return loc + scale * legacyGauss(s);
}

export function legacyLognormal(s: AugState, mean: number, sigma: number): number {
  return exp(legacyNormal(s, mean, sigma));
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_NORMAL = distSpec({ loc: paramOr('loc', 'none', 0.0), scale: paramOr('scale', 'non_negative', 1.0) });
export const LEGACY_LOGNORMAL = distSpec({ mean: paramOr('mean', 'none', 0.0), sigma: paramOr('sigma', 'non_negative', 1.0) });
