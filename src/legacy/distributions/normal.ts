// numpy's legacy normal and lognormal: affine and exp transforms of the cached polar gaussian.
import { exp } from '../../math/index.js';
import { type AugState, legacyGauss } from '../aug_state.js';

export function legacyNormal(s: AugState, loc: number, scale: number): number {
  return loc + scale * legacyGauss(s);
}

export function legacyLognormal(s: AugState, mean: number, sigma: number): number {
  return exp(legacyNormal(s, mean, sigma));
}
