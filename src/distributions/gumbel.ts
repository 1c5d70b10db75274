// numpy's random_gumbel: inversion on 1 - U, rejecting U == 1.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { log } from '../math/index.js';

export function randomGumbel(bg: BitGenerator, loc: number, scale: number): number {
  for (;;) {
    const U = 1.0 - bg.next_double();
    if (U < 1.0) return loc - scale * log(-log(U));
  }
}
