// The singular value decomposition numpy.linalg.svd returns for a small square matrix, following
// the path LAPACK's dgesdd takes for it (n <= 25, full matrices): Householder bidiagonalization
// (dgebd2), QR iteration on the bidiagonal (dbdsqr via dbdsdc/dlasdq), then VT times the right
// reflectors (dormbr). Following the same steps gives the same singular vector signs as numpy;
// values agree to rounding (BLAS summation order differs), not bit for bit. Beyond 25 x 25
// LAPACK's dbdsdc switches to divide and conquer, which is not ported: the decomposition is still
// correct there, but some singular vectors come out with the opposite sign to numpy's.
import { bdsqr } from './bdsqr.js';
import { fsign } from './plane_rotations.js';

export interface Svd {
  /** Singular values, descending. */
  s: Float64Array;
  /** Right singular vectors as rows, n x n, row-major. */
  vt: Float64Array;
}

const SAFMIN_OVER_EPS = 2 ** -1022 / 2 ** -53;

/** SVD of the n x n row-major matrix a (not modified); null when LAPACK would not converge. */
export function svdSquare(a: Float64Array, n: number): Svd | null {
  if (n === 0) return { s: new Float64Array(0), vt: new Float64Array(0) };
  if (a.some(Number.isNaN)) return null;
  if (a.some((x) => !Number.isFinite(x))) {
    // LAPACK scales by the infinite norm and ends with NaN singular values
    const vt = new Float64Array(n * n);
    for (let i = 0; i < n; i++) vt[i * n + i] = 1;
    return { s: new Float64Array(n).fill(NaN), vt };
  }
  const A = Float64Array.from(a);
  const d = new Float64Array(n), e = new Float64Array(Math.max(0, n - 1));
  const taup = new Float64Array(n);
  bidiagonalize(A, n, d, e, taup);
  const vt = new Float64Array(n * n);
  for (let i = 0; i < n; i++) vt[i * n + i] = 1;
  if (n === 1) {
    d[0] = Math.abs(d[0]!);
  } else if (!bdsqr(d, e, vt)) {
    return null;
  }
  applyRightReflectors(A, n, taup, vt);
  return { s: d, vt };
}

function nrm2(x: number[]): number {
  let scale = 0, ssq = 1;
  for (const v of x) {
    if (v !== 0) {
      const av = Math.abs(v);
      if (scale < av) {
        ssq = 1 + ssq * (scale / av) ** 2;
        scale = av;
      } else {
        ssq += (av / scale) ** 2;
      }
    }
  }
  return scale * Math.sqrt(ssq);
}

function lapy2(x: number, y: number): number {
  const xa = Math.abs(x), ya = Math.abs(y);
  const w = Math.max(xa, ya), z = Math.min(xa, ya);
  if (z === 0 || w > Number.MAX_VALUE) return w;
  return w * Math.sqrt(1 + (z / w) ** 2);
}

/**
 * dlarfg on alpha = A[at[0]] and x = A[at[1..]]: overwrites x with the reflector's tail and
 * returns [beta, tau].
 */
function householder(A: Float64Array, at: number[]): [beta: number, tau: number] {
  let alpha = A[at[0]!]!;
  if (at.length <= 1) return [alpha, 0];
  const idx = at.slice(1);
  let xnorm = nrm2(idx.map((k) => A[k]!));
  if (xnorm === 0) return [alpha, 0];
  let beta = -fsign(lapy2(alpha, xnorm), alpha);
  let knt = 0;
  if (Math.abs(beta) < SAFMIN_OVER_EPS) {
    const rsafmn = 1 / SAFMIN_OVER_EPS;
    do {
      knt++;
      for (const k of idx) A[k] = A[k]! * rsafmn;
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (Math.abs(beta) < SAFMIN_OVER_EPS && knt < 20);
    xnorm = nrm2(idx.map((k) => A[k]!));
    beta = -fsign(lapy2(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta;
  const scal = 1 / (alpha - beta);
  for (const k of idx) A[k] = A[k]! * scal;
  for (let j = 0; j < knt; j++) beta *= SAFMIN_OVER_EPS;
  return [beta, tau];
}

/** dgebd2 for m = n: A = Q B P^T with B upper bidiagonal (d, e); reflectors left in A. */
function bidiagonalize(A: Float64Array, n: number, d: Float64Array, e: Float64Array, taup: Float64Array): void {
  const at = (i: number, j: number): number => i * n + j;
  for (let i = 0; i < n; i++) {
    const col: number[] = [];
    for (let k = i; k < n; k++) col.push(at(k, i));
    const [beta, tauq] = householder(A, col);
    d[i] = beta;
    if (i < n - 1 && tauq !== 0) {
      // H(i) from the left on A[i:, i+1:], v = (1, A[i+1:, i])
      for (let j = i + 1; j < n; j++) {
        let w = A[at(i, j)]!;
        for (let k = i + 1; k < n; k++) w += A[at(k, i)]! * A[at(k, j)]!;
        A[at(i, j)] = A[at(i, j)]! - tauq * w;
        for (let k = i + 1; k < n; k++) A[at(k, j)] = A[at(k, j)]! - tauq * A[at(k, i)]! * w;
      }
    }
    A[at(i, i)] = beta;
    if (i < n - 1) {
      const row: number[] = [];
      for (let k = i + 1; k < n; k++) row.push(at(i, k));
      const [betaP, tp] = householder(A, row);
      e[i] = betaP;
      taup[i] = tp;
      if (tp !== 0) {
        // G(i) from the right on A[i+1:, i+1:], v = (1, A[i, i+2:])
        for (let r = i + 1; r < n; r++) {
          let w = A[at(r, i + 1)]!;
          for (let k = i + 2; k < n; k++) w += A[at(r, k)]! * A[at(i, k)]!;
          A[at(r, i + 1)] = A[at(r, i + 1)]! - tp * w;
          for (let k = i + 2; k < n; k++) A[at(r, k)] = A[at(r, k)]! - tp * w * A[at(i, k)]!;
        }
      }
      A[at(i, i + 1)] = betaP;
    } else {
      taup[i] = 0;
    }
  }
}

/** dormbr('P', 'R', 'T'): vt := vt G(n-2) ... G(0) with the right reflectors kept in A. */
function applyRightReflectors(A: Float64Array, n: number, taup: Float64Array, vt: Float64Array): void {
  for (let i = n - 2; i >= 0; i--) {
    const tau = taup[i]!;
    if (tau === 0) continue;
    for (let r = 0; r < n; r++) {
      let w = vt[r * n + i + 1]!;
      for (let k = i + 2; k < n; k++) w += vt[r * n + k]! * A[i * n + k]!;
      vt[r * n + i + 1] = vt[r * n + i + 1]! - tau * w;
      for (let k = i + 2; k < n; k++) vt[r * n + k] = vt[r * n + k]! - tau * w * A[i * n + k]!;
    }
  }
}
