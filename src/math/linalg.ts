// Cholesky and eigh for multivariate_normal, bit for bit with numpy.linalg (OpenBLAS's LAPACK):
// Cholesky in dpotf2's operation order (n <= 32), eigh along dsyevd's path for n <= 25 over the
// BLAS kernels in openblas.ts (svd is in svd.ts). Inputs and outputs are row-major n*n arrays.
import { fma } from './index.js';
import { EPS, PRECISION, SAFMIN, lapy2, larf, larfg, lartg, lascl, lasrRV, sign } from './lapack_aux.js';
import { axpy, dot, dotStrided, symvL, syr2L } from './openblas.js';

/** Eigenvalues ascending with eigenvectors in the columns of `vectors` (numpy.linalg.eigh). */
export interface Eigh { values: Float64Array; vectors: Float64Array }

/**
 * Lower Cholesky factor as numpy computes it through OpenBLAS's dpotf2 (used for n <= 32), whose
 * BLAS calls fix the rounding: the diagonal's dot product (ddot's strided loop: two partial sums
 * over pairs of products), then the column below from dgemv_n with alpha = -1 (rows in blocks of
 * four: four columns at a time with FMA, remaining columns one by one; the last n % 4 rows by a
 * plain sum), scaled by 1/ajj. Bit-exact with numpy for n <= 32. Returns null when a pivot is <= 0
 * (dpotf2's info > 0; a NaN goes on and spreads, as there). Reads the lower triangle.
 */
export function cholesky(a: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) l[i * n + j] = a[i * n + j]!;
  for (let j = 0; j < n; j++) {
    const rj = j * n;
    let ajj = l[rj + j]! - dotStrided(l, rj, rj, j);
    if (ajj <= 0) return null;
    ajj = Math.sqrt(ajj);
    l[rj + j] = ajj;
    const m = n - j - 1;
    if (m > 0 && j > 0) {
      const blockRows = m - (m & 3);
      for (let t = 0; t < m; t++) {
        const ri = (j + 1 + t) * n;
        let y = l[ri + j]!;
        if (t < blockRows) {
          let k = 0;
          for (; k + 4 <= j; k += 4) {
            const s = fma(l[ri + k + 2]!, l[rj + k + 2]!, l[ri + k]! * l[rj + k]!) +
              fma(l[ri + k + 3]!, l[rj + k + 3]!, l[ri + k + 1]! * l[rj + k + 1]!);
            y = y - s;
          }
          for (; k < j; k++) y = y + l[ri + k]! * -l[rj + k]!;
        } else {
          let s = 0;
          for (let k = 0; k < j; k++) s += l[ri + k]! * l[rj + k]!;
          y = y - s;
        }
        l[ri + j] = y;
      }
    }
    const r = 1.0 / ajj;
    for (let i = j + 1; i < n; i++) l[i * n + j] = l[i * n + j]! * r;
  }
  return l;
}

// ---- numpy.linalg.eigh in LAPACK's order (dsyevd -> dsytd2 'L', dsteqr via dstedc, dormtr) ----

/** dlaev2: eigen decomposition of [[a, b], [b, c]]: rt1, rt2, cs1, sn1. */
function laev2(a: number, b: number, c: number): [number, number, number, number] {
  const sm = a + c, df = a - c, adf = Math.abs(df), tb = b + b, ab = Math.abs(tb);
  const [acmx, acmn] = Math.abs(a) > Math.abs(c) ? [a, c] : [c, a];
  let rt: number;
  if (adf > ab) rt = adf * Math.sqrt(1 + (ab / adf) ** 2);
  else if (adf < ab) rt = ab * Math.sqrt(1 + (adf / ab) ** 2);
  else rt = ab * Math.SQRT2;
  let rt1: number, rt2: number, sgn1: number;
  if (sm < 0) {
    rt1 = 0.5 * (sm - rt); sgn1 = -1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else if (sm > 0) {
    rt1 = 0.5 * (sm + rt); sgn1 = 1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = 0.5 * rt; rt2 = -0.5 * rt; sgn1 = 1;
  }
  let cs: number, sgn2: number;
  if (df >= 0) { cs = df + rt; sgn2 = 1; } else { cs = df - rt; sgn2 = -1; }
  let cs1: number, sn1: number;
  if (Math.abs(cs) > ab) {
    const ct = -tb / cs;
    sn1 = 1 / Math.sqrt(1 + ct * ct); cs1 = ct * sn1;
  } else if (ab === 0) {
    cs1 = 1; sn1 = 0;
  } else {
    const tn = -cs / tb;
    cs1 = 1 / Math.sqrt(1 + tn * tn); sn1 = tn * cs1;
  }
  if (sgn1 === sgn2) {
    const tn = cs1;
    cs1 = -sn1; sn1 = tn;
  }
  return [rt1, rt2, cs1, sn1];
}

const SSFMAX = Math.sqrt(1 / SAFMIN) / 3, SSFMIN = Math.sqrt(SAFMIN) / (EPS * EPS);

/** dsteqr with COMPZ='I': eigenvalues (ascending) of the tridiagonal (d, e), vectors in z. */
function steqr(n: number, d: Float64Array, e: Float64Array, z: Float64Array): boolean {
  for (let i = 0; i < n; i++) z[i * n + i] = 1;
  if (n <= 1) return true;
  const eps2 = EPS * EPS;
  const nmaxit = n * 30;
  let jtot = 0;
  const work = new Float64Array(2 * n);
  const cw = work.subarray(0, n), sw = work.subarray(n - 1);
  let l1 = 0;
  outer: for (;;) {
    if (l1 > n - 1) break;
    if (l1 > 0) e[l1 - 1] = 0;
    let m = n - 1;
    for (let mm = l1; mm < n - 1; mm++) {
      const tst = Math.abs(e[mm]!);
      if (tst === 0) { m = mm; break; }
      if (tst <= Math.sqrt(Math.abs(d[mm]!)) * Math.sqrt(Math.abs(d[mm + 1]!)) * EPS) {
        e[mm] = 0; m = mm; break;
      }
    }
    let l = l1;
    const lsv = l;
    let lend = m;
    const lendsv = lend;
    l1 = m + 1;
    if (lend === l) continue;
    // the block is scaled into [SSFMIN, SSFMAX] while it iterates, as dsteqr does
    let anorm = 0;
    for (let i = l; i <= lend; i++) anorm = Math.max(anorm, Math.abs(d[i]!));
    for (let i = l; i < lend; i++) anorm = Math.max(anorm, Math.abs(e[i]!));
    if (anorm === 0) continue;
    const scaleTo = anorm > SSFMAX ? SSFMAX : anorm < SSFMIN ? SSFMIN : 0;
    if (scaleTo !== 0) {
      lascl(anorm, scaleTo, d.subarray(l, lend + 1));
      lascl(anorm, scaleTo, e.subarray(l, lend));
    }
    if (Math.abs(d[lend]!) < Math.abs(d[l]!)) { lend = lsv; l = lendsv; }
    if (lend > l) {
      // QL iteration
      for (;;) {
        let mq = lend;
        for (let k = l; k < lend; k++) {
          if (Math.abs(e[k]!) ** 2 <= eps2 * Math.abs(d[k]!) * Math.abs(d[k + 1]!) + SAFMIN) { mq = k; break; }
        }
        m = mq;
        if (m < lend) e[m] = 0;
        let p = d[l]!;
        if (m === l) {
          d[l] = p; l++;
          if (l <= lend) continue;
          break;
        }
        if (m === l + 1) {
          const [rt1, rt2, c, s] = laev2(d[l]!, e[l]!, d[l + 1]!);
          cw[l] = c; sw[l] = s;
          lasrRV(false, n, 2, cw, sw, l, z, l);
          d[l] = rt1; d[l + 1] = rt2; e[l] = 0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l + 1]! - p) / (2 * e[l]!);
        let r = lapy2(g, 1);
        g = d[m]! - p + e[l]! / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m - 1; i >= l; i--) {
          const f = s * e[i]!, b = c * e[i]!;
          [c, s, r] = lartg(g, f);
          if (i !== m - 1) e[i + 1] = r;
          g = d[i + 1]! - p;
          r = (d[i]! - g) * s + 2 * c * b;
          p = s * r;
          d[i + 1] = g + p;
          g = c * r - b;
          cw[i] = c; sw[i] = -s;
        }
        lasrRV(false, n, m - l + 1, cw, sw, l, z, l);
        d[l] = d[l]! - p;
        e[l] = g;
      }
    } else {
      // QR iteration
      for (;;) {
        let mq = lend;
        for (let k = l; k > lend; k--) {
          if (Math.abs(e[k - 1]!) ** 2 <= eps2 * Math.abs(d[k]!) * Math.abs(d[k - 1]!) + SAFMIN) { mq = k; break; }
        }
        m = mq;
        if (m > lend) e[m - 1] = 0;
        let p = d[l]!;
        if (m === l) {
          d[l] = p; l--;
          if (l >= lend) continue;
          break;
        }
        if (m === l - 1) {
          const [rt1, rt2, c, s] = laev2(d[l - 1]!, e[l - 1]!, d[l]!);
          cw[m] = c; sw[m] = s;
          lasrRV(true, n, 2, cw, sw, m, z, l - 1);
          d[l - 1] = rt1; d[l] = rt2; e[l - 1] = 0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot === nmaxit) break;
        jtot++;
        let g = (d[l - 1]! - p) / (2 * e[l - 1]!);
        let r = lapy2(g, 1);
        g = d[m]! - p + e[l - 1]! / (g + sign(r, g));
        let s = 1, c = 1;
        p = 0;
        for (let i = m; i <= l - 1; i++) {
          const f = s * e[i]!, b = c * e[i]!;
          [c, s, r] = lartg(g, f);
          if (i !== m) e[i - 1] = r;
          g = d[i]! - p;
          r = (d[i + 1]! - g) * s + 2 * c * b;
          p = s * r;
          d[i] = g + p;
          g = c * r - b;
          cw[i] = c; sw[i] = s;
        }
        lasrRV(true, n, l - m + 1, cw, sw, m, z, m);
        d[l] = d[l]! - p;
        e[l - 1] = g;
      }
    }
    if (scaleTo !== 0) {
      lascl(scaleTo, anorm, d.subarray(lsv, lendsv + 1));
      lascl(scaleTo, anorm, e.subarray(lsv, lendsv));
    }
    if (jtot >= nmaxit) break outer;
  }
  if (jtot >= nmaxit) {
    for (let i = 0; i < n - 1; i++) if (e[i] !== 0) return false;
  }
  // selection sort, ascending, swapping vectors
  for (let i = 0; i < n - 1; i++) {
    let k = i, p = d[i]!;
    for (let j = i + 1; j < n; j++) if (d[j]! < p) { k = j; p = d[j]!; }
    if (k !== i) {
      d[k] = d[i]!; d[i] = p;
      for (let r = 0; r < n; r++) {
        const t = z[i * n + r]!; z[i * n + r] = z[k * n + r]!; z[k * n + r] = t;
      }
    }
  }
  return true;
}

/** dsytd2('L'): the lower triangle of A (column-major) to tridiagonal d, e; reflectors left in A, tau. */
function sytd2Lower(n: number, A: Float64Array, d: Float64Array, e: Float64Array, tau: Float64Array): void {
  const w = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) {
    const v = (i + 1) + i * n, m = n - i - 1, a22 = (i + 1) * (n + 1);
    const taui = larfg(m, A, v, v + 1, 1);
    e[i] = A[v]!;
    if (taui !== 0) {
      A[v] = 1;
      symvL(m, taui, A, a22, n, A, v, w);
      const alpha = -0.5 * taui * dot(m, w, 0, A, v);
      axpy(m, alpha, A, v, w, 0);
      syr2L(m, -1, A, v, w, 0, A, a22, n);
      A[v] = e[i]!;
    }
    d[i] = A[i + i * n]!;
    tau[i] = taui;
  }
  d[n - 1] = A[n * n - 1]!;
}

const SYEVD_SMLNUM = SAFMIN / PRECISION, RMIN = Math.sqrt(SYEVD_SMLNUM), RMAX = Math.sqrt(1 / SYEVD_SMLNUM);

/**
 * numpy.linalg.eigh (UPLO='L') along dsyevd's path for n <= 25: scaling, dsytd2, dsteqr (through
 * dstedc), dormtr, with OpenBLAS's kernels. Returns null when dsteqr fails to converge.
 */
export function eighLapack(a: Float64Array, n: number): Eigh | null {
  // column-major copy of the lower triangle (A(i, j) at i + j*n)
  const A = new Float64Array(n * n);
  let anrm = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) { A[i + j * n] = a[i * n + j]!; anrm = Math.max(anrm, Math.abs(a[i * n + j]!)); }
  }
  if (n === 1) return { values: Float64Array.of(A[0]!), vectors: Float64Array.of(1) };
  const sigma = anrm > 0 && anrm < RMIN ? RMIN / anrm : anrm > RMAX ? RMAX / anrm : 0;
  if (sigma !== 0) lascl(1, sigma, A);
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 1)), tau = new Float64Array(Math.max(n - 1, 1));
  sytd2Lower(n, A, d, e, tau);
  const z = new Float64Array(n * n);
  if (!steqr(n, d, e, z)) return null;
  // dormtr('L', 'L', 'N'): Z = Q Z by dorm2r over Z's rows 2..n, H(n-1) first
  const work = new Float64Array(n);
  for (let i = n - 2; i >= 0; i--) {
    const v = (i + 1) + i * n, saved = A[v]!;
    A[v] = 1;
    larf(true, n - 1 - i, n, A, v, 1, tau[i]!, z, i + 1, n, work);
    A[v] = saved;
  }
  if (sigma !== 0) {
    const r = 1 / sigma;
    for (let i = 0; i < n; i++) d[i] = d[i]! * r;
  }
  const vectors = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) vectors[i * n + k] = z[i + k * n]!;
  return { values: d, vectors };
}
