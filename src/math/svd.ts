// Singular value decomposition of a small dense square matrix by one-sided (Hestenes) Jacobi
// rotations: accurate to a few ulps of the largest singular value, with numpy's output layout
// (s descending, vt holding the right singular vectors as rows).

export interface Svd {
  /** Singular values, descending. */
  s: Float64Array;
  /** Right singular vectors as rows, n x n, row-major. */
  vt: Float64Array;
}

const EPS = 2.220446049250313e-16;
const MAX_SWEEPS = 60;

/** SVD of the n x n row-major matrix a (not modified). */
export function svdSquare(a: Float64Array, n: number): Svd {
  const w = Float64Array.from(a); // columns of w converge to u * s
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        if (rotatePair(w, v, n, p, q)) rotated = true;
      }
    }
    if (!rotated) break;
  }
  return finish(w, v, n);
}

/** Orthogonalises columns p and q of w (and applies the rotation to v); false if already orthogonal. */
function rotatePair(w: Float64Array, v: Float64Array, n: number, p: number, q: number): boolean {
  let alpha = 0, beta = 0, gamma = 0;
  for (let i = 0; i < n; i++) {
    const x = w[i * n + p]!, y = w[i * n + q]!;
    alpha += x * x;
    beta += y * y;
    gamma += x * y;
  }
  if (gamma === 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) return false;
  const zeta = (beta - alpha) / (2 * gamma);
  const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
  const c = 1 / Math.sqrt(1 + t * t);
  const s = c * t;
  for (const m of [w, v]) {
    for (let i = 0; i < n; i++) {
      const x = m[i * n + p]!, y = m[i * n + q]!;
      m[i * n + p] = c * x - s * y;
      m[i * n + q] = s * x + c * y;
    }
  }
  return true;
}

function finish(w: Float64Array, v: Float64Array, n: number): Svd {
  const norms = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let ss = 0;
    for (let i = 0; i < n; i++) ss += w[i * n + j]! * w[i * n + j]!;
    norms[j] = Math.sqrt(ss);
  }
  const order = Array.from({ length: n }, (_, j) => j).sort((x, y) => norms[y]! - norms[x]! || x - y);
  const s = new Float64Array(n), vt = new Float64Array(n * n);
  order.forEach((j, k) => {
    s[k] = norms[j]!;
    for (let i = 0; i < n; i++) vt[k * n + i] = v[i * n + j]!;
  });
  return { s, vt };
}
