// Every Generator distribution against numpy 2.4.6: 5 seeds x parameter sets reaching each
// branch x sizes None / 40 / (3, 4), float32 paths, broadcasting, out= and bad parameters;
// and a slice of them on PCG64 (native 64-bit draws, buffered uint32 halves).
import { describe, it } from 'vitest';
import { loadGolden } from '../helpers/golden.js';
import { replay, type SeqCase } from './dist_replay.js';
import { LIBM_DEPENDENT } from './dist_libm.js';

for (const file of ['generator_dists', 'generator_dists_misc', 'generator_dists_pcg64']) {
  const doc = loadGolden<SeqCase>(file);
  describe(file, () => {
    for (const c of doc.cases) {
      const libm = LIBM_DEPENDENT[c.id];
      it.skipIf(libm !== undefined)(libm ? `${c.id} (skipped: last-bit ${libm} differs from glibc until src/math is glibc-exact)` : c.id, () => replay(c));
    }
  });
}
