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
