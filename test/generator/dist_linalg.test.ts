// src/math/svd.ts and linalg.ts against numpy.linalg (OpenBLAS/LAPACK) on covariance-like
// matrices: svd and cholesky bit-exact (n <= 25 and n <= 32, the sizes LAPACK's small paths
// cover); eigh's vectors (signs included) within a relative 1e-12 of the matrix scale (the
// tolerance issue 5 names).
import { describe, expect, it } from 'vitest';
import { cholesky, eighLapack } from '../../src/math/linalg.js';
import { svdLapack } from '../../src/math/svd.js';
import { decode, expectExact, loadGolden, type Encoded } from '../helpers/golden.js';

interface Case {
  id: string; a: Encoded; svd: [Encoded, Encoded, Encoded]; eigh: [Encoded, Encoded];
  cholesky?: Encoded; cholesky_error?: string;
}

const TOL = 1e-12;
/** Above this size LAPACK switches to divide and conquer (dbdsdc/dstedc), which is not ported. */
const SMLSIZ = 25;

function close(got: Float64Array, want: Encoded, scale: number, label: string): void {
  const w = decode(want) as Float64Array;
  expect(got.length, label).toBe(w.length);
  for (let i = 0; i < w.length; i++) {
    expect(Math.abs(got[i]! - w[i]!), `${label}[${i}] ${got[i]} vs ${w[i]}`).toBeLessThanOrEqual(TOL * scale);
  }
}

describe('linalg vs numpy.linalg', () => {
  for (const c of loadGolden<Case>('generator_dists_linalg').cases) {
    const a = new Float64Array(decode(c.a) as Float64Array);
    const n = c.a.shape[0]!;
    const norm = Math.max(1e-300, ...Array.from(a, Math.abs));
    const dc = n > SMLSIZ ? ` (skipped: n > ${SMLSIZ} takes LAPACK's divide and conquer, not ported)` : '';
    it.skipIf(dc !== '')(`${c.id} (n=${n}) svd${dc}`, () => {
      const r = svdLapack(a, n)!;
      expectExact(r.u, { ...c.svd[0], shape: [n * n] }, 'u');
      expectExact(r.s, c.svd[1], 's');
      expectExact(r.vh, { ...c.svd[2], shape: [n * n] }, 'vh');
    });
    it.skipIf(dc !== '')(`${c.id} (n=${n}) eigh${dc}`, () => {
      const r = eighLapack(a, n)!;
      close(r.values, c.eigh[0], norm, 'w');
      const w = decode(c.eigh[0]) as Float64Array, v = decode(c.eigh[1]) as Float64Array;
      for (let k = 0; k < n; k++) {
        // eigenvectors of (nearly) repeated eigenvalues are not unique
        const gap = Math.min(k > 0 ? w[k]! - w[k - 1]! : Infinity, k < n - 1 ? w[k + 1]! - w[k]! : Infinity);
        if (gap < 1e-6 * norm) continue;
        for (let i = 0; i < n; i++) expect(Math.abs(r.vectors[i * n + k]! - v[i * n + k]!), `v[${i},${k}]`).toBeLessThanOrEqual(1e-9);
      }
    });
    it(`${c.id} (n=${n}) cholesky`, () => {
      const l = cholesky(a, n);
      if (c.cholesky_error) expect(l).toBeNull();
      else expectExact(l, { ...c.cholesky!, shape: [n * n] }, 'L');
    });
  }
});
