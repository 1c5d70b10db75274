// numpy's random_logistic: inversion, rejecting U == 0.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { log } from '../math/index.js';
import { distSpec, paramOr } from '../core/constraints.js';

export function randomLogistic(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = bg.next_double();
    if (U > 0.0) return loc + scale * log(U / (1.0 - U));
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const LOGISTIC = distSpec({ loc: paramOr('loc', 'none', 0.0), scale: paramOr('scale', 'non_negative', 1.0) });
