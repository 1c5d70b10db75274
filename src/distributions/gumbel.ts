// numpy's random_gumbel: inversion on 1 - U, rejecting U == 1.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { log } from '../math/index.js';
import { distSpec, paramOr } from '../core/constraints.js';

export function randomGumbel(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = 1.0 - bg.next_double();
    if (U < 1.0) return loc - scale * log(-log(U));
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const GUMBEL = distSpec({ loc: paramOr('loc', 'none', 0.0), scale: paramOr('scale', 'non_negative', 1.0) });
