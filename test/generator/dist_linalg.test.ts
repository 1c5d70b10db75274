// src/math/svd.ts and linalg.ts against numpy.linalg (OpenBLAS/LAPACK) on covariance-like
// matrices, bit for bit: svd and eigh up to 25x25 (beyond, LAPACK divides and conquers) and
// cholesky up to 32x32 (dpotf2).
import { describe, expect, it } from 'vitest';
import { cholesky, eighLapack } from '../../src/math/linalg.js';
import { svdLapack } from '../../src/math/svd.js';
import { decode, expectExact, loadGolden, type Encoded } from '../helpers/golden.js';

interface Case {
  id: string; a: Encoded; svd: [Encoded, Encoded, Encoded]; eigh: [Encoded, Encoded];
  cholesky?: Encoded; cholesky_error?: string;
}

/** Above this size LAPACK switches to divide and conquer (dbdsdc/dstedc), which is not ported. */
const SMLSIZ = 25;

describe('linalg vs numpy.linalg', () => {
  for (const c of loadGolden<Case>('generator_dists_linalg').cases) {
    const a = new Float64Array(decode(c.a) as Float64Array);
    const n = c.a.shape[0]!;
    const dc = n > SMLSIZ ? ` (skipped: n > ${SMLSIZ} takes LAPACK's divide and conquer, not ported)` : '';
    it.skipIf(dc !== '')(`${c.id} (n=${n}) svd${dc}`, () => {
      const r = svdLapack(a, n)!;
      expectExact(r.u, { ...c.svd[0], shape: [n * n] }, 'u');
      expectExact(r.s, c.svd[1], 's');
      expectExact(r.vh, { ...c.svd[2], shape: [n * n] }, 'vh');
    });
    it.skipIf(dc !== '')(`${c.id} (n=${n}) eigh${dc}`, () => {
      const r = eighLapack(a, n)!;
      expectExact(r.values, c.eigh[0], 'w');
      expectExact(r.vectors, { ...c.eigh[1], shape: [n * n] }, 'v');
    });
    it(`${c.id} (n=${n}) cholesky`, () => {
      const l = cholesky(a, n);
      if (c.cholesky_error) expect(l).toBeNull();
      else expectExact(l, { ...c.cholesky!, shape: [n * n] }, 'L');
    });
  }
});
