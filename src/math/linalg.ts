// Small dense linear algebra for multivariate_normal, following LAPACK's own algorithms so that
// results match numpy's (OpenBLAS/LAPACK) ones: Cholesky in OpenBLAS dpotf2's operation order (bit
// for bit for n <= 32), eigh along dsyevd's small-n path and svd along dgesdd's (same vector signs, values
// to rounding), with src/math's exact fma where BLAS's kernels fuse. Matrices are row-major n*n arrays.
import { fma } from './index.js';

/** A = U diag(s) Vh with s descending (numpy.linalg.svd's order); row-major n x n. */
export interface Svd { u: Float64Array; s: Float64Array; vh: Float64Array }

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
    let ajj = l[rj + j]! - ddotStrided(l, rj, rj, j);
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

/** OpenBLAS ddot's loop for non-unit strides: partial sums of pairs of products, then a tail. */
function ddotStrided(v: Float64Array, xo: number, yo: number, len: number): number {
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

// ---- numpy.linalg.eigh in LAPACK's order (dsyevd -> dsytd2 'L', dsteqr via dstedc, dormtr) ----
// The Householder signs, QL/QR choices, rotations and the final selection sort follow LAPACK so
// that eigenvector signs come out as numpy's; values agree to rounding, not bit for bit.

const EPS = 1.1102230246251565e-16; // dlamch('E')
const SAFMIN = 2.2250738585072014e-308; // dlamch('S')

const sign = (a: number, b: number): number => (b >= 0 && !Object.is(b, -0) ? Math.abs(a) : -Math.abs(a));
const lapy2 = (x: number, y: number): number => {
  const xa = Math.abs(x), ya = Math.abs(y);
  const w = Math.max(xa, ya), z = Math.min(xa, ya);
  return z === 0 || w > 1.7976931348623157e308 ? w : w * Math.sqrt(1 + (z / w) * (z / w));
};

/** dlartg (LAPACK 3.10+): c, s, r with r = sign(f) * hypot(f, g). */
function lartg(f: number, g: number): [number, number, number] {
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, sign(1, g), Math.abs(g)];
  const d = Math.sqrt(f * f + g * g);
  const r = sign(d, f);
  return [Math.abs(f) / d, g / r, r];
}

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

/** dlasr('R', 'V', direct): rotations on column pairs (j, j+1) of z (column-major n x n) from column `off`. */
function lasrRV(forward: boolean, n: number, mm: number, c: Float64Array, s: Float64Array, cOff: number, z: Float64Array, off: number): void {
  const step = (j: number) => {
    const ct = c[cOff + j]!, st = s[cOff + j]!;
    if (ct === 1 && st === 0) return;
    const c0 = (off + j) * n, c1 = (off + j + 1) * n;
    for (let i = 0; i < n; i++) {
      const t = z[c1 + i]!;
      z[c1 + i] = ct * t - st * z[c0 + i]!;
      z[c0 + i] = st * t + ct * z[c0 + i]!;
    }
  };
  if (forward) for (let j = 0; j < mm - 1; j++) step(j);
  else for (let j = mm - 2; j >= 0; j--) step(j);
}

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
    // scaling of the block is skipped: covariance entries are far from over/underflow
    let anorm = 0;
    for (let i = l; i <= lend; i++) anorm = Math.max(anorm, Math.abs(d[i]!));
    for (let i = l; i < lend; i++) anorm = Math.max(anorm, Math.abs(e[i]!));
    if (anorm === 0) continue;
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

/** dlarfg on x[0] = alpha and x[1..m-1]: returns tau and leaves beta in x[0], v's tail in x[1..]. */
function larfg(x: Float64Array, off: number, m: number, stride: number): number {
  if (m <= 1) return 0;
  let ss = 0, scale = 0;
  for (let i = 1; i < m; i++) scale = Math.max(scale, Math.abs(x[off + i * stride]!));
  if (scale === 0) return 0;
  for (let i = 1; i < m; i++) ss += (x[off + i * stride]! / scale) ** 2;
  const xnorm = scale * Math.sqrt(ss);
  const alpha = x[off]!;
  const beta = -sign(lapy2(alpha, xnorm), alpha);
  const tau = (beta - alpha) / beta;
  const sc = 1 / (alpha - beta);
  for (let i = 1; i < m; i++) x[off + i * stride] = x[off + i * stride]! * sc;
  x[off] = beta;
  return tau;
}

/** numpy.linalg.eigh (UPLO='L'), LAPACK's path for small n. Returns null when dsteqr fails to converge. */
export function eighLapack(a: Float64Array, n: number): Eigh | null {
  // column-major copy of the lower triangle (A(i, j) at i + j*n)
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) A[i + j * n] = a[i * n + j]!;
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 1)), tau = new Float64Array(Math.max(n - 1, 1));
  const w = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) {
    const taui = larfg(A, (i + 1) + i * n, n - i - 1, 1);
    e[i] = A[(i + 1) + i * n]!;
    if (taui !== 0) {
      A[(i + 1) + i * n] = 1;
      const m = n - i - 1, o = i + 1;
      // w = taui * A22 * v (A22 symmetric, lower stored)
      for (let r = 0; r < m; r++) {
        let acc = 0;
        for (let k = 0; k < m; k++) {
          const rr = o + r, kk = o + k;
          const av = rr >= kk ? A[rr + kk * n]! : A[kk + rr * n]!;
          acc += av * A[kk + i * n]!;
        }
        w[r] = taui * acc;
      }
      let dot = 0;
      for (let r = 0; r < m; r++) dot += w[r]! * A[o + r + i * n]!;
      const alpha = -0.5 * taui * dot;
      for (let r = 0; r < m; r++) w[r] = w[r]! + alpha * A[o + r + i * n]!;
      for (let cidx = 0; cidx < m; cidx++) {
        for (let r = cidx; r < m; r++) {
          A[(o + r) + (o + cidx) * n] = A[(o + r) + (o + cidx) * n]! -
            A[o + r + i * n]! * w[cidx]! - w[r]! * A[o + cidx + i * n]!;
        }
      }
      A[(i + 1) + i * n] = e[i]!;
    }
    d[i] = A[i + i * n]!;
    tau[i] = taui;
  }
  d[n - 1] = A[(n - 1) + (n - 1) * n]!;
  const z = new Float64Array(n * n);
  if (!steqr(n, d, e, z)) return null;
  // eigenvectors = Q z with Q = H(1) ... H(n-1); H(i) acts on rows i+1.., v = [1, A(i+2:, i)]
  for (let i = n - 2; i >= 0; i--) {
    const t = tau[i]!;
    if (t === 0) continue;
    for (let col = 0; col < n; col++) {
      let s = z[(i + 1) + col * n]!;
      for (let r = i + 2; r < n; r++) s += A[r + i * n]! * z[r + col * n]!;
      s *= t;
      z[(i + 1) + col * n] = z[(i + 1) + col * n]! - s;
      for (let r = i + 2; r < n; r++) z[r + col * n] = z[r + col * n]! - s * A[r + i * n]!;
    }
  }
  const vectors = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) vectors[i * n + k] = z[i + k * n]!;
  return { values: d, vectors };
}

// ---- numpy.linalg.svd in LAPACK's order (dgesdd path 5a: dgebd2, dbdsdc -> dbdsqr, dormbr) ----
// As for eigh: LAPACK's sequence of reflections and rotations, so the singular vectors' signs
// come out as numpy's; values agree to rounding.

/** dlas2: singular values of [[f, g], [0, h]]: [ssmin, ssmax]. */
function las2(f: number, g: number, h: number): [number, number] {
  const fa = Math.abs(f), ga = Math.abs(g), ha = Math.abs(h);
  const fhmn = Math.min(fa, ha), fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    if (fhmx === 0) return [0, ga];
    return [0, Math.max(fhmx, ga) * Math.sqrt(1 + (Math.min(fhmx, ga) / Math.max(fhmx, ga)) ** 2)];
  }
  if (ga < fhmx) {
    const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx, au = (ga / fhmx) ** 2;
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    return [fhmn * c, fhmx / c];
  }
  const au = fhmx / ga;
  if (au === 0) return [(fhmn * fhmx) / ga, ga];
  const as = 1 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx;
  const c = 1 / (Math.sqrt(1 + (as * au) ** 2) + Math.sqrt(1 + (at * au) ** 2));
  const ssmin = (fhmn * c) * au;
  return [ssmin + ssmin, ga / (c + c)];
}

/** dlasv2: SVD of [[f, g], [0, h]]: [ssmin, ssmax, snr, csr, snl, csl]. */
function lasv2(f: number, g: number, h: number): [number, number, number, number, number, number] {
  let ft = f, fa = Math.abs(ft), ht = h, ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g, ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha; ssmax = fa; clt = 1; crt = 1; slt = 0; srt = 0;
  } else {
    let gasmal = true;
    ssmin = 0; ssmax = 0; clt = 0; crt = 0; slt = 0; srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < EPS) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1; slt = ht / gt; srt = 1; crt = ft / gt;
      }
    }
    if (gasmal) {
      const dd = fa - ha;
      let l = dd === fa ? 1 : dd / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m, tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a; ssmax = fa * a;
      if (mm === 0) {
        t = l === 0 ? sign(2, ft) * sign(1, gt) : gt / sign(dd, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1 + a);
      }
      l = Math.sqrt(t * t + 4);
      crt = 2 / l; srt = t / l;
      clt = (crt + srt * m) / a;
      slt = (ht / ft) * srt / a;
    }
  }
  let csl: number, snl: number, csr: number, snr: number;
  if (swap) { csl = srt; snl = crt; csr = slt; snr = clt; } else { csl = clt; snl = slt; csr = crt; snr = srt; }
  let tsign = 1;
  if (pmax === 1) tsign = sign(1, csr) * sign(1, csl) * sign(1, f);
  if (pmax === 2) tsign = sign(1, snr) * sign(1, csl) * sign(1, g);
  if (pmax === 3) tsign = sign(1, snr) * sign(1, snl) * sign(1, h);
  ssmax = sign(ssmax, tsign);
  ssmin = sign(ssmin, tsign * sign(1, f) * sign(1, h));
  return [ssmin, ssmax, snr, csr, snl, csl];
}

/** Rotates rows p, q (vt, row-major access on column-major n x n) or columns (u) as drot does. */
function rotRows(a: Float64Array, n: number, p: number, q: number, c: number, s: number): void {
  for (let j = 0; j < n; j++) {
    const x = a[p + j * n]!, y = a[q + j * n]!;
    a[p + j * n] = c * x + s * y;
    a[q + j * n] = c * y - s * x;
  }
}
function rotCols(a: Float64Array, n: number, p: number, q: number, c: number, s: number): void {
  for (let i = 0; i < n; i++) {
    const x = a[i + p * n]!, y = a[i + q * n]!;
    a[i + p * n] = c * x + s * y;
    a[i + q * n] = c * y - s * x;
  }
}

/** dlasr('L', 'V', dir) on rows off.. of vt (n columns). */
function lasrLV(forward: boolean, mm: number, c: ArrayLike<number>, s: ArrayLike<number>, a: Float64Array, n: number, off: number): void {
  const step = (j: number) => {
    const ct = c[j]!, st = s[j]!;
    if (ct === 1 && st === 0) return;
    for (let i = 0; i < n; i++) {
      const t = a[off + j + 1 + i * n]!;
      a[off + j + 1 + i * n] = ct * t - st * a[off + j + i * n]!;
      a[off + j + i * n] = st * t + ct * a[off + j + i * n]!;
    }
  };
  if (forward) for (let j = 0; j < mm - 1; j++) step(j);
  else for (let j = mm - 2; j >= 0; j--) step(j);
}

/** dbdsqr('U') with vectors: d, e upper bidiagonal; vt (n x n) and u (n x n), column-major. */
function bdsqr(n: number, d: Float64Array, e: Float64Array, vt: Float64Array, u: Float64Array): boolean {
  if (n > 1) {
    const maxitr = 6;
    const tol = Math.max(10, Math.min(100, EPS ** -0.125)) * EPS;
    let smax = 0;
    for (let i = 0; i < n; i++) smax = Math.max(smax, Math.abs(d[i]!));
    for (let i = 0; i < n - 1; i++) smax = Math.max(smax, Math.abs(e[i]!));
    let sminoa = Math.abs(d[0]!);
    if (sminoa !== 0) {
      let mu = sminoa;
      for (let i = 1; i < n; i++) {
        mu = Math.abs(d[i]!) * (mu / (mu + Math.abs(e[i - 1]!)));
        sminoa = Math.min(sminoa, mu);
        if (sminoa === 0) break;
      }
    }
    sminoa = sminoa / Math.sqrt(n);
    const thresh = Math.max(tol * sminoa, maxitr * (n * (n * SAFMIN)));
    const cR = new Float64Array(n), sR = new Float64Array(n), cL = new Float64Array(n), sL = new Float64Array(n);
    const maxitdivn = maxitr * n;
    let iterdivn = 0, iter = -1, oldll = -1, oldm = -1, idir = 0;
    let m = n - 1; // 0-based index of the last row of the active block
    let smin = 0;
    main: for (;;) {
      if (m <= 0) break;
      if (iter >= n) {
        iter -= n;
        iterdivn++;
        if (iterdivn >= maxitdivn) return false;
      }
      smax = Math.abs(d[m]!);
      let ll = -1;
      let split = false;
      for (let lll = 1; lll <= m; lll++) {
        const l0 = m - lll;
        const abss = Math.abs(d[l0]!), abse = Math.abs(e[l0]!);
        if (abse <= thresh) { ll = l0; split = true; break; }
        smax = Math.max(smax, abss, abse);
      }
      if (split) {
        e[ll] = 0;
        if (ll === m - 1) { m -= 1; continue; }
      }
      ll += 1;
      if (ll === m - 1) {
        const [sigmn, sigmx, sinr, cosr, sinl, cosl] = lasv2(d[m - 1]!, e[m - 1]!, d[m]!);
        d[m - 1] = sigmx; e[m - 1] = 0; d[m] = sigmn;
        rotRows(vt, n, m - 1, m, cosr, sinr);
        rotCols(u, n, m - 1, m, cosl, sinl);
        m -= 2;
        continue;
      }
      if (ll > oldm || m < oldll) idir = Math.abs(d[ll]!) >= Math.abs(d[m]!) ? 1 : 2;
      if (idir === 1) {
        if (Math.abs(e[m - 1]!) <= Math.abs(tol) * Math.abs(d[m]!)) { e[m - 1] = 0; continue; }
        let mu = Math.abs(d[ll]!);
        smin = mu;
        for (let lll = ll; lll <= m - 1; lll++) {
          if (Math.abs(e[lll]!) <= tol * mu) { e[lll] = 0; continue main; }
          mu = Math.abs(d[lll + 1]!) * (mu / (mu + Math.abs(e[lll]!)));
          smin = Math.min(smin, mu);
        }
      } else {
        if (Math.abs(e[ll]!) <= Math.abs(tol) * Math.abs(d[ll]!)) { e[ll] = 0; continue; }
        let mu = Math.abs(d[m]!);
        smin = mu;
        for (let lll = m - 1; lll >= ll; lll--) {
          if (Math.abs(e[lll]!) <= tol * mu) { e[lll] = 0; continue main; }
          mu = Math.abs(d[lll]!) * (mu / (mu + Math.abs(e[lll]!)));
          smin = Math.min(smin, mu);
        }
      }
      oldll = ll; oldm = m;
      let shift: number;
      if (n * tol * (smin / smax) <= Math.max(EPS, 0.01 * tol)) {
        shift = 0;
      } else {
        let sll: number;
        if (idir === 1) { sll = Math.abs(d[ll]!); shift = las2(d[m - 1]!, e[m - 1]!, d[m]!)[0]; } else { sll = Math.abs(d[m]!); shift = las2(d[ll]!, e[ll]!, d[ll + 1]!)[0]; }
        if (sll > 0 && (shift / sll) ** 2 < EPS) shift = 0;
      }
      iter += m - ll;
      const len = m - ll + 1;
      if (shift === 0) {
        if (idir === 1) {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0, r = 0;
          for (let i = ll; i <= m - 1; i++) {
            [cs, sn, r] = lartg(d[i]! * cs, e[i]!);
            if (i > ll) e[i - 1] = oldsn * r;
            let di: number;
            [oldcs, oldsn, di] = lartg(oldcs * r, d[i + 1]! * sn);
            d[i] = di;
            cR[i - ll] = cs; sR[i - ll] = sn; cL[i - ll] = oldcs; sL[i - ll] = oldsn;
          }
          const h = d[m]! * cs;
          d[m] = h * oldcs; e[m - 1] = h * oldsn;
          lasrLV(true, len, cR, sR, vt, n, ll);
          lasrRV(true, n, len, cL, sL, 0, u, ll);
          if (Math.abs(e[m - 1]!) <= thresh) e[m - 1] = 0;
        } else {
          let cs = 1, oldcs = 1, sn = 0, oldsn = 0, r = 0;
          for (let i = m; i >= ll + 1; i--) {
            [cs, sn, r] = lartg(d[i]! * cs, e[i - 1]!);
            if (i < m) e[i] = oldsn * r;
            let di: number;
            [oldcs, oldsn, di] = lartg(oldcs * r, d[i - 1]! * sn);
            d[i] = di;
            cR[i - ll - 1] = cs; sR[i - ll - 1] = -sn; cL[i - ll - 1] = oldcs; sL[i - ll - 1] = -oldsn;
          }
          const h = d[ll]! * cs;
          d[ll] = h * oldcs; e[ll] = h * oldsn;
          lasrLV(false, len, cL, sL, vt, n, ll);
          lasrRV(false, n, len, cR, sR, 0, u, ll);
          if (Math.abs(e[ll]!) <= thresh) e[ll] = 0;
        }
      } else if (idir === 1) {
        let f = (Math.abs(d[ll]!) - shift) * (sign(1, d[ll]!) + shift / d[ll]!);
        let g = e[ll]!;
        for (let i = ll; i <= m - 1; i++) {
          let [cosr, sinr, r] = lartg(f, g);
          if (i > ll) e[i - 1] = r;
          f = cosr * d[i]! + sinr * e[i]!;
          e[i] = cosr * e[i]! - sinr * d[i]!;
          g = sinr * d[i + 1]!;
          d[i + 1] = cosr * d[i + 1]!;
          let cosl: number, sinl: number;
          [cosl, sinl, r] = lartg(f, g);
          d[i] = r;
          f = cosl * e[i]! + sinl * d[i + 1]!;
          d[i + 1] = cosl * d[i + 1]! - sinl * e[i]!;
          if (i < m - 1) {
            g = sinl * e[i + 1]!;
            e[i + 1] = cosl * e[i + 1]!;
          }
          cR[i - ll] = cosr; sR[i - ll] = sinr; cL[i - ll] = cosl; sL[i - ll] = sinl;
        }
        e[m - 1] = f;
        lasrLV(true, len, cR, sR, vt, n, ll);
        lasrRV(true, n, len, cL, sL, 0, u, ll);
        if (Math.abs(e[m - 1]!) <= thresh) e[m - 1] = 0;
      } else {
        let f = (Math.abs(d[m]!) - shift) * (sign(1, d[m]!) + shift / d[m]!);
        let g = e[m - 1]!;
        for (let i = m; i >= ll + 1; i--) {
          let [cosr, sinr, r] = lartg(f, g);
          if (i < m) e[i] = r;
          f = cosr * d[i]! + sinr * e[i - 1]!;
          e[i - 1] = cosr * e[i - 1]! - sinr * d[i]!;
          g = sinr * d[i - 1]!;
          d[i - 1] = cosr * d[i - 1]!;
          let cosl: number, sinl: number;
          [cosl, sinl, r] = lartg(f, g);
          d[i] = r;
          f = cosl * e[i - 1]! + sinl * d[i - 1]!;
          d[i - 1] = cosl * d[i - 1]! - sinl * e[i - 1]!;
          if (i > ll + 1) {
            g = sinl * e[i - 2]!;
            e[i - 2] = cosl * e[i - 2]!;
          }
          cR[i - ll - 1] = cosr; sR[i - ll - 1] = -sinr; cL[i - ll - 1] = cosl; sL[i - ll - 1] = -sinl;
        }
        e[ll] = f;
        if (Math.abs(e[ll]!) <= thresh) e[ll] = 0;
        lasrLV(false, len, cL, sL, vt, n, ll);
        lasrRV(false, n, len, cR, sR, 0, u, ll);
      }
    }
  }
  // make singular values positive (negating rows of vt), then sort descending
  for (let i = 0; i < n; i++) {
    if (d[i]! < 0) {
      d[i] = -d[i]!;
      for (let j = 0; j < n; j++) vt[i + j * n] = -vt[i + j * n]!;
    }
  }
  for (let i = 0; i < n - 1; i++) {
    let k = i, p = d[i]!;
    for (let j = i + 1; j < n; j++) if (d[j]! > p) { k = j; p = d[j]!; }
    if (k !== i) {
      d[k] = d[i]!; d[i] = p;
      for (let r = 0; r < n; r++) {
        let t = u[r + i * n]!; u[r + i * n] = u[r + k * n]!; u[r + k * n] = t;
        t = vt[i + r * n]!; vt[i + r * n] = vt[k + r * n]!; vt[k + r * n] = t;
      }
    }
  }
  return true;
}

/** numpy.linalg.svd (full_matrices) of a square matrix by LAPACK's small-n dgesdd path; null if it fails to converge. */
export function svdLapack(a: Float64Array, n: number): Svd | null {
  const A = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) A[i + j * n] = a[i * n + j]!;
  const d = new Float64Array(n), e = new Float64Array(Math.max(n - 1, 1));
  const tauq = new Float64Array(n), taup = new Float64Array(n);
  const work = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // H(i) annihilates A(i+1:n, i)
    tauq[i] = larfg(A, i + i * n, n - i, 1);
    d[i] = A[i + i * n]!;
    if (i < n - 1 && tauq[i] !== 0) {
      A[i + i * n] = 1;
      for (let c = i + 1; c < n; c++) {
        let s = 0;
        for (let r = i; r < n; r++) s += A[r + i * n]! * A[r + c * n]!;
        s *= tauq[i]!;
        for (let r = i; r < n; r++) A[r + c * n] = A[r + c * n]! - s * A[r + i * n]!;
      }
      A[i + i * n] = d[i]!;
    }
    if (i < n - 1) {
      // G(i) annihilates A(i, i+2:n)
      taup[i] = larfg(A, i + (i + 1) * n, n - i - 1, n);
      e[i] = A[i + (i + 1) * n]!;
      if (taup[i] !== 0) {
        A[i + (i + 1) * n] = 1;
        for (let r = i + 1; r < n; r++) {
          let s = 0;
          for (let c = i + 1; c < n; c++) s += A[r + c * n]! * A[i + c * n]!;
          work[r] = s * taup[i]!;
        }
        for (let r = i + 1; r < n; r++) {
          for (let c = i + 1; c < n; c++) A[r + c * n] = A[r + c * n]! - work[r]! * A[i + c * n]!;
        }
        A[i + (i + 1) * n] = e[i]!;
      }
    } else {
      taup[i] = 0;
    }
  }
  const u = new Float64Array(n * n), vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) { u[i + i * n] = 1; vt[i + i * n] = 1; }
  if (n === 1) {
    u[0] = sign(1, d[0]!);
    d[0] = Math.abs(d[0]!);
  } else if (!bdsqr(n, d, e, vt, u)) {
    return null;
  }
  // U = Q U_B with Q = H(1) ... H(n): apply H(n) first
  for (let i = n - 1; i >= 0; i--) {
    const t = tauq[i]!;
    if (t === 0) continue;
    for (let c = 0; c < n; c++) {
      let s = u[i + c * n]!;
      for (let r = i + 1; r < n; r++) s += A[r + i * n]! * u[r + c * n]!;
      s *= t;
      u[i + c * n] = u[i + c * n]! - s;
      for (let r = i + 1; r < n; r++) u[r + c * n] = u[r + c * n]! - s * A[r + i * n]!;
    }
  }
  // VT = VT_B P^T with P = G(1) ... G(n-1): VT G(n-1) ... G(1)
  for (let i = n - 2; i >= 0; i--) {
    const t = taup[i]!;
    if (t === 0) continue;
    for (let r = 0; r < n; r++) {
      let s = vt[r + (i + 1) * n]!;
      for (let c = i + 2; c < n; c++) s += vt[r + c * n]! * A[i + c * n]!;
      s *= t;
      vt[r + (i + 1) * n] = vt[r + (i + 1) * n]! - s;
      for (let c = i + 2; c < n; c++) vt[r + c * n] = vt[r + c * n]! - s * A[i + c * n]!;
    }
  }
  const U = new Float64Array(n * n), VH = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) { U[i * n + k] = u[i + k * n]!; VH[i * n + k] = vt[i + k * n]!; }
  }
  return { u: U, s: d, vh: VH };
}
