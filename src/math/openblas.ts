// The BLAS calls LAPACK makes inside numpy.linalg, and numpy's matrix products, in the operation
// order of the OpenBLAS kernels numpy's wheels run on x86-64 with AVX2 (the Haswell kernels:
// dgemv_t_4.c, dgemv_n_4.c, dsymv_L.c with their microkernels, ddot.c, daxpy.c under generic
// ger.c and syr2, drot.c, nrm2.S's x87 loop, dgemm_kernel_4x8_haswell.S). Rounding
// follows them step for step, so the LAPACK routines built on top take numpy's branches and
// produce numpy's bits. Matrices are column-major with explicit offsets and leading dimensions.
import { fma } from './index.js';
import { type Ext, extAdd, extSqrtToDouble, extSquare } from './x87.js';

// ---- dnrm2: nrm2.S sums the squares in x87 extended precision (x87.ts) ----

/** OpenBLAS dnrm2 (n == 1 is |x| at the interface; the x87 loop otherwise). */
export function nrm2(n: number, x: Float64Array, off: number, inc: number): number {
  if (n <= 0) return 0;
  if (n === 1) return Math.abs(x[off]!);
  // x87 arithmetic hands a NaN operand on unchanged (its sign bit included); infinities stay infinite
  let inf = false;
  for (let i = 0; i < n; i++) {
    const v = x[off + i * inc]!;
    if (Number.isNaN(v)) return v;
    if (!Number.isFinite(v)) inf = true;
  }
  if (inf) return Infinity;
  // four partial sums over blocks of eight (lane k takes elements k and k + 4), the rest into lane 0
  const lanes: Ext[] = [{ m: 0n, e: 0 }, { m: 0n, e: 0 }, { m: 0n, e: 0 }, { m: 0n, e: 0 }];
  const blocks = n >> 3;
  let i = 0;
  for (let b = 0; b < blocks; b++, i += 8) {
    for (let k = 0; k < 4; k++) lanes[k] = extAdd(lanes[k]!, extSquare(x[off + (i + k) * inc]!));
    for (let k = 0; k < 4; k++) lanes[k] = extAdd(lanes[k]!, extSquare(x[off + (i + 4 + k) * inc]!));
  }
  for (; i < n; i++) lanes[0] = extAdd(lanes[0]!, extSquare(x[off + i * inc]!));
  const sum = extAdd(extAdd(extAdd(lanes[0]!, lanes[2]!), lanes[1]!), lanes[3]!);
  return extSqrtToDouble(sum);
}

// ---- dgemv ----

/**
 * y = A^T x (alpha 1, beta 0) for the m x n matrix at a[aOff], as dgemv_t_4.c computes it: rows
 * in blocks of four, four columns at a time in four FMA lanes summed as (l0 + l2) + (l1 + l3), a
 * pair of columns in two plain lanes, a last column in two pairs of plain lanes; then the m % 4
 * remaining rows through the C tail. Rows beyond the kernel's 2048-row block (the calls here stay far
 * below it) are not split as it splits them.
 */
export function gemvT(
  m: number, n: number, a: Float64Array, aOff: number, lda: number,
  x: Float64Array, xOff: number, incx: number, y: Float64Array,
): void {
  y.fill(0, 0, n);
  if (m < 1 || n < 1) return;
  const m3 = m & 3, nb = m - m3;
  const xv = (i: number) => x[xOff + i * incx]!;
  if (nb > 0) {
    const n4 = n - (n & 3);
    let j = 0;
    for (; j < n4; j++) {
      const c = aOff + j * lda;
      let l0 = 0, l1 = 0, l2 = 0, l3 = 0;
      for (let i = 0; i < nb; i += 4) {
        l0 = fma(a[c + i]!, xv(i), l0);
        l1 = fma(a[c + i + 1]!, xv(i + 1), l1);
        l2 = fma(a[c + i + 2]!, xv(i + 2), l2);
        l3 = fma(a[c + i + 3]!, xv(i + 3), l3);
      }
      y[j] = y[j]! + ((l0 + l2) + (l1 + l3));
    }
    if ((n & 2) !== 0) {
      for (let t = 0; t < 2; t++, j++) {
        const c = aOff + j * lda;
        let p0 = 0, p1 = 0;
        for (let i = 0; i < nb; i += 2) {
          p0 += a[c + i]! * xv(i);
          p1 += a[c + i + 1]! * xv(i + 1);
        }
        y[j] = y[j]! + (p0 + p1);
      }
    }
    if ((n & 1) !== 0) {
      const c = aOff + j * lda;
      let p0 = 0, p1 = 0, q0 = 0, q1 = 0;
      for (let i = 0; i < nb; i += 4) {
        p0 += a[c + i]! * xv(i);
        p1 += a[c + i + 1]! * xv(i + 1);
        q0 += a[c + i + 2]! * xv(i + 2);
        q1 += a[c + i + 3]! * xv(i + 3);
      }
      y[j] = y[j]! + ((q0 + p0) + (q1 + p1));
    }
  }
  if (m3 === 0) return;
  const x0 = xv(nb);
  for (let j = 0; j < n; j++) {
    const c = aOff + j * lda + nb;
    if (m3 === 3) y[j] = y[j]! + fma(a[c + 2]!, xv(nb + 2), fma(a[c]!, x0, a[c + 1]! * xv(nb + 1)));
    else if (m3 === 2) y[j] = y[j]! + fma(a[c]!, x0, a[c + 1]! * xv(nb + 1));
    else y[j] = fma(a[c]!, x0, y[j]!);
  }
}

/**
 * y = A x (alpha 1, beta 0) for the m x n matrix at a[aOff], as dgemv_n_4.c computes it: rows in
 * blocks of four, columns four at a time ((a0 x0 + a2 x2) + (a1 x1 + a3 x3) with FMA, then added
 * to y), a unit-stride x's remaining pair as one rounded sum, single columns as y + a x; the last
 * m % 4 rows as plain sums over the columns.
 */
export function gemvN(
  m: number, n: number, a: Float64Array, aOff: number, lda: number,
  x: Float64Array, xOff: number, incx: number, y: Float64Array,
): void {
  y.fill(0, 0, m);
  if (m < 1 || n < 1) return;
  const m3 = m & 3, nb = m - m3;
  const xv = (j: number) => x[xOff + j * incx]!;
  if (nb > 0) {
    const n4 = n - (n & 3);
    let j = 0;
    for (; j < n4; j += 4) {
      const c0 = aOff + j * lda, c1 = c0 + lda, c2 = c1 + lda, c3 = c2 + lda;
      const x0 = xv(j), x1 = xv(j + 1), x2 = xv(j + 2), x3 = xv(j + 3);
      for (let i = 0; i < nb; i++) {
        const t = fma(a[c2 + i]!, x2, a[c0 + i]! * x0) + fma(a[c3 + i]!, x3, a[c1 + i]! * x1);
        y[i] = y[i]! + t;
      }
    }
    if (incx === 1 && (n & 2) !== 0) {
      const c0 = aOff + j * lda, c1 = c0 + lda, x0 = xv(j), x1 = xv(j + 1);
      for (let i = 0; i < nb; i++) y[i] = y[i]! + (a[c0 + i]! * x0 + a[c1 + i]! * x1);
      j += 2;
    }
    for (; j < n; j++) {
      const c = aOff + j * lda, xj = xv(j);
      for (let i = 0; i < nb; i++) y[i] = y[i]! + a[c + i]! * xj;
    }
  }
  if (m3 === 0) return;
  // the C tail, compiled without contraction: lda == m % 4 with unit x takes paired sums
  const r = aOff + nb;
  const paired = lda === m3 && incx === 1;
  if (paired && m3 === 1) {
    let t = 0, j = 0;
    for (; j + 4 <= n; j += 4) t += ((a[r + j]! * xv(j) + a[r + j + 1]! * xv(j + 1)) + a[r + j + 2]! * xv(j + 2)) + a[r + j + 3]! * xv(j + 3);
    for (; j < n; j++) t += a[r + j]! * xv(j);
    y[nb] = y[nb]! + t;
    return;
  }
  for (let k = 0; k < m3; k++) {
    let t = 0, j = 0;
    if (paired) {
      for (; j + 4 <= n; j += 4) {
        t += a[r + k + j * lda]! * xv(j) + a[r + k + (j + 1) * lda]! * xv(j + 1);
        t += a[r + k + (j + 2) * lda]! * xv(j + 2) + a[r + k + (j + 3) * lda]! * xv(j + 3);
      }
    }
    for (; j < n; j++) t += a[r + k + j * lda]! * xv(j);
    y[nb + k] = y[nb + k]! + t;
  }
}

/** daxpy, unit strides: y += da x, fused for the kernel's first n & -16 elements, the C tail unfused. */
export function axpy(n: number, da: number, x: Float64Array, xOff: number, y: Float64Array, yOff: number): void {
  const n16 = n & -16;
  let i = 0;
  for (; i < n16; i++) y[yOff + i] = fma(da, x[xOff + i]!, y[yOff + i]!);
  for (; i < n; i++) y[yOff + i] = y[yOff + i]! + da * x[xOff + i]!;
}

/** A += alpha x y^T as generic ger.c does it: per column, daxpy with alpha * y[j] over a unit-stride copy of x. */
export function ger(
  m: number, n: number, alpha: number, x: Float64Array, xOff: number, incx: number,
  y: Float64Array, yOff: number, incy: number, a: Float64Array, aOff: number, lda: number,
): void {
  if (m === 0 || n === 0 || alpha === 0) return;
  let xs = x, xo = xOff;
  if (incx !== 1) {
    xs = new Float64Array(m);
    for (let i = 0; i < m; i++) xs[i] = x[xOff + i * incx]!;
    xo = 0;
  }
  for (let j = 0; j < n; j++) axpy(m, alpha * y[yOff + j * incy]!, xs, xo, a, aOff + j * lda);
}

/** The lower triangle of A += alpha (x y^T + y x^T), unit strides, as syr2.c's small-n loop: two daxpy per column. */
export function syr2L(n: number, alpha: number, x: Float64Array, xOff: number, y: Float64Array, yOff: number, a: Float64Array, aOff: number, lda: number): void {
  if (n === 0 || alpha === 0) return;
  for (let i = 0; i < n; i++) {
    const c = aOff + i * (lda + 1);
    axpy(n - i, alpha * x[xOff + i]!, y, yOff + i, a, c);
    axpy(n - i, alpha * y[yOff + i]!, x, xOff + i, a, c);
  }
}

/**
 * ddot, unit strides: sixteen FMA lanes over the first n & -16 elements (reduced as the kernel's
 * halves, pairs and horizontal add do), then the rest added to that sum one product at a time.
 */
export function dot(n: number, x: Float64Array, xOff: number, y: Float64Array, yOff: number): number {
  const n16 = n & -16;
  let d = 0;
  if (n16 > 0) {
    const l = new Float64Array(16);
    for (let i = 0; i < n16; i++) l[i & 15] = fma(x[xOff + i]!, y[yOff + i]!, l[i & 15]!);
    const h = (v: number, k: number) => l[4 * v + k]! + l[4 * v + k + 2]!;
    d = ((h(0, 0) + h(1, 0)) + (h(2, 0) + h(3, 0))) + ((h(0, 1) + h(1, 1)) + (h(2, 1) + h(3, 1)));
  }
  for (let i = n16; i < n; i++) d = d + y[yOff + i]! * x[xOff + i]!;
  return d;
}

/** OpenBLAS ddot's loop for non-unit strides: partial sums of pairs of products, then a tail. */
export function dotStrided(v: Float64Array, xo: number, yo: number, len: number): number {
  let t1 = 0, t2 = 0, i = 0;
  for (; i + 4 <= len; i += 4) {
    const m1 = v[xo + i]! * v[yo + i]!, m2 = v[xo + i + 1]! * v[yo + i + 1]!;
    const m3 = v[xo + i + 2]! * v[yo + i + 2]!, m4 = v[xo + i + 3]! * v[yo + i + 3]!;
    t1 += m1 + m3;
    t2 += m2 + m4;
  }
  for (; i < len; i++) t1 += v[xo + i]! * v[yo + i]!;
  return t1 + t2;
}

/**
 * y = alpha A x (beta 0) for symmetric A stored in the lower triangle, unit strides, as dsymv_L.c
 * computes it: columns four at a time, the rows of a block's own triangle and the leftovers in C
 * loops, the rows between through the Haswell microkernel (y fused column by column, the dot
 * products in four lanes); the last m % 4 columns one by one.
 */
export function symvL(m: number, alpha: number, a: Float64Array, aOff: number, lda: number, x: Float64Array, xOff: number, y: Float64Array): void {
  y.fill(0, 0, m);
  if (m === 0 || alpha === 0) return;
  const at = (r: number, c: number) => a[aOff + r + c * lda]!;
  const t1 = new Float64Array(4), t2 = new Float64Array(4);
  const step = (i: number, k: number, j: number) => {
    const v = at(i, j + k);
    y[i] = y[i]! + t1[k]! * v;
    t2[k] = t2[k]! + v * x[xOff + i]!;
  };
  const m4 = m & -4;
  for (let j = 0; j < m4; j += 4) {
    for (let k = 0; k < 4; k++) { t1[k] = alpha * x[xOff + j + k]!; t2[k] = 0; }
    for (let k = 0; k < 4; k++) y[j + k] = y[j + k]! + t1[k]! * at(j + k, j + k);
    for (let k = 0; k < 3; k++) for (let i = j + k + 1; i < j + 4; i++) step(i, k, j);
    let i = j + 4;
    if (m - (j + 1) >= 12 && m4 > j + 4) {
      const lanes = new Float64Array(16);
      for (; i < m4; i++) {
        let yi = y[i]!;
        for (let k = 0; k < 4; k++) {
          const v = at(i, j + k);
          yi = fma(t1[k]!, v, yi);
          lanes[4 * k + (i & 3)] = fma(x[xOff + i]!, v, lanes[4 * k + (i & 3)]!);
        }
        y[i] = yi;
      }
      for (let k = 0; k < 4; k++) {
        t2[k] = ((lanes[4 * k]! + lanes[4 * k + 2]!) + (lanes[4 * k + 1]! + lanes[4 * k + 3]!)) + t2[k]!;
      }
    }
    for (; i < m; i++) for (let k = 0; k < 4; k++) step(i, k, j);
    for (let k = 0; k < 4; k++) y[j + k] = y[j + k]! + alpha * t2[k]!;
  }
  for (let j = m4; j < m; j++) {
    const temp1 = alpha * x[xOff + j]!;
    let temp2 = 0;
    y[j] = y[j]! + temp1 * at(j, j);
    for (let i = j + 1; i < m; i++) {
      const v = at(i, j);
      y[i] = y[i]! + temp1 * v;
      temp2 = temp2 + v * x[xOff + i]!;
    }
    y[j] = y[j]! + alpha * temp2;
  }
}

/** drot: x' = c x + s y, y' = c y - s x, each with one FMA over the other product. */
export function rot(
  n: number, v: Float64Array, xOff: number, incx: number, yOff: number, incy: number, c: number, s: number,
): void {
  for (let i = 0; i < n; i++) {
    const xi = v[xOff + i * incx]!, yi = v[yOff + i * incy]!;
    v[xOff + i * incx] = fma(c, xi, s * yi);
    v[yOff + i * incy] = fma(c, yi, -(s * xi));
  }
}

// ---- matrix products, as numpy's dot and matmul reach dgemm ----

/**
 * out[r*n + j] = sum_k x[r*n + k] w[j*n + k] for rows > 1, as numpy's row-major dgemm reaches
 * OpenBLAS (C^T = W X^T): the Haswell kernel runs one FMA chain in k order per element, except
 * for the 4x1 kernel, which takes a last odd row's components in blocks of four and, for k >= 8,
 * spreads the products over four lanes (k mod 4 in blocks of eight, the rest into lane 0).
 */
export function gemmRows(x: Float64Array, rows: number, n: number, w: Float64Array, out: Float64Array): void {
  const split = (rows & 1) === 1 && n >= 8;
  const n8 = n & -8, j4 = n & -4;
  for (let r = 0; r < rows; r++) {
    const xo = r * n;
    const lanes = split && r === rows - 1;
    for (let j = 0; j < n; j++) {
      const wo = j * n;
      if (lanes && j < j4) {
        let l0 = 0, l1 = 0, l2 = 0, l3 = 0, k = 0;
        for (; k < n8; k += 4) {
          l0 = fma(x[xo + k]!, w[wo + k]!, l0);
          l1 = fma(x[xo + k + 1]!, w[wo + k + 1]!, l1);
          l2 = fma(x[xo + k + 2]!, w[wo + k + 2]!, l2);
          l3 = fma(x[xo + k + 3]!, w[wo + k + 3]!, l3);
        }
        for (; k < n; k++) l0 = fma(x[xo + k]!, w[wo + k]!, l0);
        out[xo + j] = (l0 + l1) + (l2 + l3);
      } else {
        // fma(a, b, +0) is the rounded product, with +0 for a zero one: no software fma needed
        let acc = x[xo]! * w[wo]! + 0;
        for (let k = 1; k < n; k++) acc = fma(x[xo + k]!, w[wo + k]!, acc);
        out[xo + j] = acc;
      }
    }
  }
}
