// multivariate_normal against numpy, bit for bit: numpy factors cov with LAPACK's dgesdd and
// multiplies with np.dot, both reproduced in OpenBLAS's operation order (src/math/svd.ts,
// openblas.ts); the state after each call is checked too. Also unit tests of svdLapack.
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/index.js';
import { svdLapack } from '../../src/math/svd.js';
import { expectSameValues, loadGolden } from '../helpers/golden.js';
import { type Case, checkCall } from './dists_call.js';

const doc = loadGolden<Case>('legacy_dists_mvn');

describe(`multivariate_normal vs numpy ${doc.numpy} (${doc.cases.length} cases, values and state exact)`, () => {
  doc.cases.forEach((c, k) => {
    const label = `#${k} ${c.tag} seed=${JSON.stringify(c.seed)} ${JSON.stringify(c.calls[0]!.params)} size=${JSON.stringify(c.calls[0]!.size)} ${JSON.stringify(c.calls[0]!.extra ?? {})}`;
    it(label, () => {
      const rs = new RandomState(c.seed);
      c.calls.forEach((call, j) => checkCall(rs, call, `${label} call ${j}`, expectSameValues));
    });
  });

  it('draws all its standard normals before the SVD (state as numpy even when cov is refused)', () => {
    const rs = new RandomState(5);
    const ref = new RandomState(5);
    expect(() => rs.multivariate_normal([0, 0], [[1, 2], [2, 1]], 3, 'raise'))
      .toThrow('covariance is not symmetric positive-semidefinite.');
    ref.standard_normal([3, 2]);
    expect(rs.get_state(false)).toEqual(ref.get_state(false));
  });
});

function matmulCheck(a: number[][], rel = 1e-13): void {
  const n = a.length;
  const { s, vh: vt } = svdLapack(Float64Array.from(a.flat()), n)!;
  for (let k = 1; k < n; k++) expect(s[k - 1]! >= s[k]!).toBe(true);
  // rows of vt orthonormal
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let d = 0;
      for (let k = 0; k < n; k++) d += vt[i * n + k]! * vt[j * n + k]!;
      expect(Math.abs(d - (i === j ? 1 : 0))).toBeLessThan(1e-14 * n);
    }
  }
  // a^T a = v diag(s^2) v^T
  let scale = 0;
  for (const row of a) for (const x of row) scale = Math.max(scale, Math.abs(x));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let ata = 0, rec = 0;
      for (let k = 0; k < n; k++) ata += a[k]![i]! * a[k]![j]!;
      for (let k = 0; k < n; k++) rec += vt[k * n + i]! * s[k]! * s[k]! * vt[k * n + j]!;
      expect(Math.abs(ata - rec)).toBeLessThanOrEqual(rel * scale * scale * n);
    }
  }
}

describe('LAPACK-path SVD (svdLapack in src/math/linalg.ts)', () => {
  it('identity and diagonal matrices: singular values sorted, vectors a permutation', () => {
    const { s, vh: vt } = svdLapack(Float64Array.from([1, 0, 0, 0, 3, 0, 0, 0, 2]), 3)!;
    expect(Array.from(s)).toEqual([3, 2, 1]);
    expect(Array.from(vt, Math.abs)).toEqual([0, 1, 0, 0, 0, 1, 1, 0, 0]);
    const id = svdLapack(Float64Array.from([1, 0, 0, 1]), 2)!;
    expect(Array.from(id.s)).toEqual([1, 1]);
    expect(Array.from(id.vh)).toEqual([1, 0, 0, 1]);
  });
  it('known 2x2: [[2, 1], [1, 2]] has singular values 3 and 1', () => {
    const { s } = svdLapack(Float64Array.from([2, 1, 1, 2]), 2)!;
    expect(Math.abs(s[0]! - 3)).toBeLessThan(1e-15 * 3);
    expect(Math.abs(s[1]! - 1)).toBeLessThan(1e-15 * 3);
  });
  it('random symmetric PSD and general matrices reconstruct to rounding', () => {
    let seed = 7;
    const rnd = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32 - 0.5;
    };
    for (const n of [1, 2, 3, 5, 8]) {
      for (let rep = 0; rep < 5; rep++) {
        const b = Array.from({ length: n }, () => Array.from({ length: n }, rnd));
        matmulCheck(b);
        const psd = b.map((_, i) => b.map((_, j) => b[i]!.reduce((acc, x, k) => acc + x * b[j]![k]!, 0)));
        matmulCheck(psd);
      }
    }
  });
  it('rank-deficient and zero matrices', () => {
    matmulCheck([[1, 2], [2, 4]]);
    const z = svdLapack(new Float64Array(4), 2)!;
    expect(Array.from(z.s)).toEqual([0, 0]);
  });
  it('NaN gives null (numpy: LinAlgError), infinity gives NaN singular values like LAPACK', () => {
    expect(svdLapack(Float64Array.from([NaN, 0, 0, 1]), 2)).toBeNull();
    expect(Array.from(svdLapack(Float64Array.from([Infinity, 0, 0, 1]), 2)!.s)).toEqual([NaN, NaN]);
  });
});
