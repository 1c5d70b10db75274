// numpy's random_laplace: inversion, rejecting U == 0.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { log } from '../math/index.js';
import { distSpec, paramOr } from '../core/constraints.js';

export function randomLaplace(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = bg.next_double();
    if (U >= 0.5) return loc - scale * log(2.0 - U - U);
    if (U > 0.0) return loc + scale * log(U + U);
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const LAPLACE = distSpec({ loc: paramOr('loc', 'none', 0.0), scale: paramOr('scale', 'non_negative', 1.0) });
