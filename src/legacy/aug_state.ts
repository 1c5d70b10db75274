// RandomState's augmented state (numpy's aug_bitgen_t): the bit generator plus the
// cached second value of the polar gaussian, shared by every legacy normal-based sampler.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { log } from '../math/index.js';

export interface AugState {
  bitgen: BitGenerator;
  has_gauss: number;
  gauss: number;
}

/** numpy's legacy_gauss: Marsaglia's polar method, caching the second value. */
export function legacyGauss(s: AugState): number {
  if (s.has_gauss) {
    const t = s.gauss;
    s.has_gauss = 0;
    s.gauss = 0.0;
    return t;
  }
  const bg = s.bitgen;
  let x1: number, x2: number, r2: number;
  do {
    x1 = 2.0 * bg.next_double() - 1.0;
    x2 = 2.0 * bg.next_double() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 === 0.0);
  const f = Math.sqrt((-2.0 * log(r2)) / r2);
  s.gauss = f * x1;
  s.has_gauss = 1;
  return f * x2;
}
