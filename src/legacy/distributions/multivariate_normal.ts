// numpy's legacy multivariate_normal after the normals are drawn: the SVD of cov, the
// positive-semidefinite check (numpy's allclose of v.T*s @ v against cov) and x = z A + mean
// with A = sqrt(s)[:, None] * v.
import { LinAlgError, ValueError } from '../../core/errors.js';
import { svdLapack } from '../../math/linalg.js';

export type CheckValid = 'warn' | 'raise' | 'ignore';


const NOT_PSD = 'covariance is not symmetric positive-semidefinite.';

/** Maps z (rows of d standard normals) to rows of multivariate normals. */
export function multivariateNormalTransform(
  z: Float64Array, mean: Float64Array, cov: Float64Array, checkValid: CheckValid, tol: number,
): Float64Array {
  const d = mean.length;
  const svd = svdLapack(cov, d);
  if (svd === null) throw new LinAlgError('SVD did not converge');
  const { s, vh: vt } = svd;
  if (checkValid !== 'ignore') {
    if (checkValid !== 'warn' && checkValid !== 'raise') {
      throw new ValueError("check_valid must equal 'warn', 'raise', or 'ignore'");
    }
    if (!reconstructs(s, vt, cov, d, tol)) {
      if (checkValid === 'warn') warn(NOT_PSD);
      else throw new ValueError(NOT_PSD);
    }
  }
  const A = new Float64Array(d * d);
  for (let k = 0; k < d; k++) {
    const r = Math.sqrt(s[k]!);
    for (let j = 0; j < d; j++) A[k * d + j] = r * vt[k * d + j]!;
  }
  const out = new Float64Array(z.length);
  for (let row = 0; row < z.length; row += d) {
    for (let j = 0; j < d; j++) {
      let acc = 0;
      for (let k = 0; k < d; k++) acc += z[row + k]! * A[k * d + j]!;
      out[row + j] = acc + mean[j]!;
    }
  }
  return out;
}

/** numpy's allclose(dot(v.T * s, v), cov, rtol=tol, atol=tol) (NaN is never close). */
function reconstructs(s: Float64Array, vt: Float64Array, cov: Float64Array, d: number, tol: number): boolean {
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      let acc = 0;
      for (let k = 0; k < d; k++) acc += vt[k * d + i]! * s[k]! * vt[k * d + j]!;
      const b = cov[i * d + j]!;
      if (!(Math.abs(acc - b) <= tol + tol * Math.abs(b))) return false;
    }
  }
  return true;
}

function warn(message: string): void {
  const c = (globalThis as { console?: { warn(m: string): void } }).console;
  c?.warn(`RuntimeWarning: ${message}`);
}
