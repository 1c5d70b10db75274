// multivariate_normal end to end, RandomState and Generator (svd, eigh, cholesky), bit for bit with
// numpy on covariances up to 25x25 (scripts/golden/openblas.py): one row goes through dgemv,
// several through dgemm, whose 4x1 kernel sums a last odd row's products in four lanes.
import { describe, it } from 'vitest';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { Generator } from '../../src/generator/generator.js';
import { RandomState } from '../../src/index.js';
import { type Encoded, decode, expectSameValues, loadGolden } from '../helpers/golden.js';

interface MvnCase {
  id: string; seed: number; mean: Encoded; cov: Encoded; size: number | number[] | null;
  legacy: Encoded; svd: Encoded; eigh: Encoded; cholesky: Encoded;
}

const doc = loadGolden<MvnCase>('mvn_blas');
describe(`multivariate_normal through OpenBLAS's kernels (${doc.cases.length} cases)`, () => {
  for (const c of doc.cases) {
    const n = c.cov.shape[0]!;
    const mean = Array.from(decode(c.mean) as Float64Array);
    const flat = Array.from(decode(c.cov) as Float64Array);
    const cov = Array.from({ length: n }, (_, i) => flat.slice(i * n, (i + 1) * n));
    const size = c.size ?? undefined;
    it(`${c.id} n=${n} size=${JSON.stringify(c.size)}`, () => {
      expectSameValues(new RandomState(c.seed).multivariate_normal(mean, cov, size, 'ignore'), c.legacy, 'RandomState');
      for (const method of ['svd', 'eigh', 'cholesky'] as const) {
        const g = new Generator(new MT19937(c.seed));
        expectSameValues(g.multivariate_normal(mean, cov, size, 'ignore', 1e-8, method), c[method], method);
      }
    });
  }
});
