// Small dense linear algebra for multivariate_normal: one-sided Jacobi SVD, cyclic Jacobi
// symmetric eigendecomposition and an unblocked Cholesky in LAPACK potf2's operation order.
// Matrices are row-major Float64Arrays of n*n.

/** A = U diag(s) Vh with s descending (numpy.linalg.svd's order). */
export interface Svd { u: Float64Array; s: Float64Array; vh: Float64Array }

const MAX_SWEEPS = 60;

/** One-sided (Hestenes) Jacobi SVD of a general square matrix. */
export function svd(a: Float64Array, n: number): Svd {
  // work on columns of W = A (kept column-major for locality), V accumulates the rotations
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) w[j * n + i] = a[i * n + j]!;
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        let alpha = 0, beta = 0, gamma = 0;
        for (let i = 0; i < n; i++) {
          const wp = w[p * n + i]!, wq = w[q * n + i]!;
          alpha += wp * wp; beta += wq * wq; gamma += wp * wq;
        }
        if (gamma === 0 || Math.abs(gamma) <= 1e-17 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        for (let i = 0; i < n; i++) {
          const wp = w[p * n + i]!, wq = w[q * n + i]!;
          w[p * n + i] = c * wp - s * wq;
          w[q * n + i] = s * wp + c * wq;
          const vp = v[p * n + i]!, vq = v[q * n + i]!;
          v[p * n + i] = c * vp - s * vq;
          v[q * n + i] = s * vp + c * vq;
        }
      }
    }
    if (!rotated) break;
  }
  // v is stored column-major too: v[k*n + i] = V[i][k]
  const sv = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let ss = 0;
    for (let i = 0; i < n; i++) ss += w[k * n + i]! * w[k * n + i]!;
    sv[k] = Math.sqrt(ss);
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => sv[y]! - sv[x]!);
  const u = new Float64Array(n * n), s = new Float64Array(n), vh = new Float64Array(n * n);
  order.forEach((k, col) => {
    s[col] = sv[k]!;
    for (let i = 0; i < n; i++) {
      u[i * n + col] = sv[k]! > 0 ? w[k * n + i]! / sv[k]! : (i === col ? 1 : 0);
      vh[col * n + i] = v[k * n + i]!;
    }
  });
  completeBasis(u, s, n);
  return { u, s, vh };
}

/** Columns of U for zero singular values: Gram-Schmidt against the others, so U stays orthogonal. */
function completeBasis(u: Float64Array, s: Float64Array, n: number): void {
  for (let col = 0; col < n; col++) {
    if (s[col]! > 0) continue;
    for (let e = 0; e < n; e++) {
      const cand = new Float64Array(n);
      cand[e] = 1;
      for (let o = 0; o < n; o++) {
        if (o === col || (s[o]! === 0 && o > col)) continue;
        let d = 0;
        for (let i = 0; i < n; i++) d += u[i * n + o]! * cand[i]!;
        for (let i = 0; i < n; i++) cand[i] = cand[i]! - d * u[i * n + o]!;
      }
      let nrm = 0;
      for (let i = 0; i < n; i++) nrm += cand[i]! * cand[i]!;
      nrm = Math.sqrt(nrm);
      if (nrm > 1e-8) {
        for (let i = 0; i < n; i++) u[i * n + col] = cand[i]! / nrm;
        break;
      }
    }
  }
}

/** Eigenvalues ascending with eigenvectors in the columns of `vectors` (numpy.linalg.eigh, lower triangle). */
export interface Eigh { values: Float64Array; vectors: Float64Array }

export function eigh(a: Float64Array, n: number): Eigh {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      m[i * n + j] = a[i * n + j]!;
      m[j * n + i] = a[i * n + j]!;
    }
  }
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += m[p * n + q]! * m[p * n + q]!;
    if (off === 0) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q]!;
        if (apq === 0) continue;
        const app = m[p * n + p]!, aqq = m[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(1 + theta * theta));
        const c = 1 / Math.sqrt(1 + t * t), s = t * c;
        for (let k = 0; k < n; k++) {
          const mkp = m[k * n + p]!, mkq = m[k * n + q]!;
          m[k * n + p] = c * mkp - s * mkq;
          m[k * n + q] = s * mkp + c * mkq;
        }
        for (let k = 0; k < n; k++) {
          const mpk = m[p * n + k]!, mqk = m[q * n + k]!;
          m[p * n + k] = c * mpk - s * mqk;
          m[q * n + k] = s * mpk + c * mqk;
        }
        m[p * n + q] = 0; m[q * n + p] = 0;
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!, vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => m[x * n + x]! - m[y * n + y]!);
  const values = new Float64Array(n), vectors = new Float64Array(n * n);
  order.forEach((k, col) => {
    values[col] = m[k * n + k]!;
    for (let i = 0; i < n; i++) vectors[i * n + col] = v[i * n + k]!;
  });
  return { values, vectors };
}

/**
 * Lower Cholesky factor in the order of LAPACK's unblocked dpotf2 (lower): the diagonal from a
 * sequential dot product, the column below it from a matrix-vector product, then scaled by 1/ajj.
 * Returns null when the matrix is not positive definite (dpotf2's info > 0). Reads the lower triangle.
 */
export function cholesky(a: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) l[i * n + j] = a[i * n + j]!;
  for (let j = 0; j < n; j++) {
    let dot = 0;
    for (let k = 0; k < j; k++) dot += l[j * n + k]! * l[j * n + k]!;
    let ajj = l[j * n + j]! - dot;
    if (ajj <= 0 || Number.isNaN(ajj)) return null;
    ajj = Math.sqrt(ajj);
    l[j * n + j] = ajj;
    const r = 1.0 / ajj;
    for (let i = j + 1; i < n; i++) {
      let s = 0;
      for (let k = 0; k < j; k++) s += l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = (l[i * n + j]! - s) * r;
    }
  }
  return l;
}

// ---- fused multiply-add, emulated exactly ----
// numpy's matmul reaches OpenBLAS dgemm kernels that accumulate with FMA instructions, one
// product at a time in k order. fma(a, b, c) = RN(a*b + c) with one rounding, by Boldo and
// Melquiond's algorithm: an exact product (Dekker), an exact sum, an add rounded to odd, a final add.

const SPLITTER = 134217729; // 2^27 + 1
const fbuf = new DataView(new ArrayBuffer(8));

/** The next double after x (finite, non-zero) away from or toward zero. */
function nextToward(x: number, up: boolean): number {
  fbuf.setFloat64(0, x);
  const bits = fbuf.getBigUint64(0);
  fbuf.setBigUint64(0, (x > 0) === up ? bits + 1n : bits - 1n);
  return fbuf.getFloat64(0);
}

function isOddMantissa(x: number): boolean {
  fbuf.setFloat64(0, x);
  return (fbuf.getUint32(4) & 1) === 1;
}

/** x + y rounded to odd: the exact sum if representable, else the neighbour with an odd last bit. */
function addRoundOdd(x: number, y: number): number {
  const s = x + y;
  const bb = s - x;
  const err = (x - (s - bb)) + (y - bb);
  if (err === 0 || !Number.isFinite(s) || isOddMantissa(s)) return s;
  if (s === 0) return err; // |exact sum| is tiny and exactly err
  return nextToward(s, err > 0);
}

export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  if (!Number.isFinite(p) || !Number.isFinite(c) || p === 0 || c === 0) return p + c;
  // exact product p + e (Veltkamp split; values here are far from overflow)
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  // exact sum c + p = s + r
  const s = c + p;
  const bb = s - c;
  const r = (c - (s - bb)) + (p - bb);
  return s + addRoundOdd(r, e);
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
