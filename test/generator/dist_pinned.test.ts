// numpy's own tests/test_generator_mt19937.py (TestRandomDist seed 1234567890, TestBroadcast seed
// 123456789, TestMultivariateHypergeometric), recorded call by call while numpy 2.4.6 ran them.
// multivariate_normal's recorded calls are checked in dist_mvn.test.ts.
import { describe, it } from 'vitest';
import { loadGolden } from '../helpers/golden.js';
import { LIBM_DEPENDENT } from './dist_libm.js';
import { replay, type SeqCase } from './dist_replay.js';

const doc = loadGolden<SeqCase>('generator_dists_pinned');
describe('numpy test_generator_mt19937 pinned calls', () => {
  for (const c of doc.cases) {
    if (c.calls.some((k) => k.method === 'multivariate_normal')) continue;
    const libm = LIBM_DEPENDENT[c.id];
    it.skipIf(libm !== undefined)(libm ? `${c.id} (skipped: last-bit ${libm} differs from glibc until src/math is glibc-exact)` : c.id, () => replay(c));
  }
});
