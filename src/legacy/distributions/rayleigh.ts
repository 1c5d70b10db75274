// numpy's legacy_rayleigh: inversion through log1p (the 1.21 change numpy kept for RandomState).
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { log1p } from '../../math/index.js';
import { distSpec, paramOr } from '../../core/constraints.js';

export function legacyRayleigh(bg: BitGenerator, mode: number): number {
  return mode * Math.sqrt(-2.0 * log1p(-bg.next_double()));
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_RAYLEIGH = distSpec({ scale: paramOr('scale', 'non_negative', 1.0) });
