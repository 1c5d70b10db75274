// src/math/openblas.ts, svd.ts and linalg.ts against numpy's bundled OpenBLAS (Haswell kernels,
// exported by scripts/golden/openblas.py): each BLAS kernel bit for bit on random shapes, strides
// and leading dimensions, then numpy.linalg.svd and eigh on matrices whose vectors hang on every
// rounding.
import { describe, expect, it } from 'vitest';
import { eighLapack } from '../../src/math/linalg.js';
import { axpy, dot, gemvN, gemvT, ger, nrm2, rot, symvL, syr2L } from '../../src/math/openblas.js';
import { svdLapack } from '../../src/math/svd.js';
import { type Encoded, decode, expectSameValues, loadGolden } from '../helpers/golden.js';

interface KernelCase {
  kind: 'gemv_t' | 'gemv_n' | 'ger' | 'nrm2' | 'rot' | 'symv' | 'dot' | 'syr2' | 'axpy'; m: number; n: number; lda: number; inc: number;
  a?: Encoded; x: Encoded; y?: Encoded; alpha?: Encoded; c?: Encoded; s?: Encoded; out: Encoded;
}

const f64 = (e: Encoded): Float64Array => Float64Array.from(decode(e) as Float64Array);
const num = (e: Encoded): number => (decode(e) as Float64Array)[0]!;

function runKernel(c: KernelCase): Float64Array {
  switch (c.kind) {
    case 'gemv_t': case 'gemv_n': {
      const y = new Float64Array(c.kind === 'gemv_t' ? c.n : c.m);
      (c.kind === 'gemv_t' ? gemvT : gemvN)(c.m, c.n, f64(c.a!), 0, c.lda, f64(c.x), 0, c.inc, y);
      return y;
    }
    case 'ger': {
      const a = f64(c.a!);
      ger(c.m, c.n, num(c.alpha!), f64(c.x), 0, 1, f64(c.y!), 0, c.inc, a, 0, c.lda);
      return a;
    }
    case 'nrm2':
      return Float64Array.of(nrm2(c.n, f64(c.x), 0, c.inc));
    case 'symv': {
      const y = new Float64Array(c.n);
      symvL(c.n, num(c.alpha!), f64(c.a!), 0, c.lda, f64(c.x), 0, y);
      return y;
    }
    case 'syr2': {
      const a = f64(c.a!);
      syr2L(c.n, num(c.alpha!), f64(c.x), 0, f64(c.y!), 0, a, 0, c.lda);
      return a;
    }
    case 'dot':
      return Float64Array.of(dot(c.n, f64(c.x), 0, f64(c.y!), 0));
    case 'axpy': {
      const y = f64(c.y!);
      axpy(c.n, num(c.alpha!), f64(c.x), 0, y, 0);
      return y;
    }
    case 'rot': {
      const x = f64(c.x), v = new Float64Array(2 * x.length);
      v.set(x); v.set(f64(c.y!), x.length);
      rot(c.n, v, 0, c.inc, x.length, c.inc, num(c.c!), num(c.s!));
      return v;
    }
  }
}

const kernels = loadGolden<KernelCase>('math_openblas_kernels');
describe(`OpenBLAS kernels (${kernels.cases.length} calls, numpy ${kernels.numpy}'s OpenBLAS)`, () => {
  kernels.cases.forEach((c, i) => {
    it(`#${i} ${c.kind} m=${c.m} n=${c.n} lda=${c.lda} inc=${c.inc}`, () => {
      expectSameValues(runKernel(c), { ...c.out, shape: [(decode(c.out) as Float64Array).length] }, c.kind);
    });
  });
});

interface SvdCase { id: string; a: Encoded; u: Encoded; s: Encoded; vh: Encoded }

const svd = loadGolden<SvdCase>('math_svd_families');
describe(`numpy.linalg.svd bit for bit (${svd.cases.length} matrices)`, () => {
  for (const c of svd.cases) {
    const n = c.a.shape[0]!;
    it(`${c.id} (n=${n})`, () => {
      const r = svdLapack(f64(c.a), n);
      expect(r).not.toBeNull();
      expectSameValues(r!.u, { ...c.u, shape: [n * n] }, 'u');
      expectSameValues(r!.s, c.s, 's');
      expectSameValues(r!.vh, { ...c.vh, shape: [n * n] }, 'vh');
    });
  }

  it('an infinity that never converges in LAPACK (numpy hangs) is reported, not looped on', () => {
    for (const n of [3, 6]) {
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++) a[i * n + i] = 0.5 + i;
      a[0] = Infinity;
      expect(svdLapack(a, n)).toBeNull();
    }
  });
});

interface EighCase { id: string; a: Encoded; w: Encoded; v: Encoded }

const eigh = loadGolden<EighCase>('math_eigh_families');
describe(`numpy.linalg.eigh bit for bit (${eigh.cases.length} matrices)`, () => {
  for (const c of eigh.cases) {
    const n = c.a.shape[0]!;
    it(`${c.id} (n=${n})`, () => {
      const r = eighLapack(f64(c.a), n);
      expect(r).not.toBeNull();
      expectSameValues(r!.values, c.w, 'w');
      expectSameValues(r!.vectors, { ...c.v, shape: [n * n] }, 'v');
    });
  }
});
