// numpy's legacy multivariate_normal after the normals are drawn: the SVD of cov, the
// positive-semidefinite check (numpy's allclose of v.T*s @ v against cov) and x = z A + mean
// with A = sqrt(s)[:, None] * v.
import { LinAlgError, ValueError } from '../../core/errors.js';
import { RuntimeWarning, warn } from '../../core/warnings.js';
import { gemmRows, gemvN } from '../../math/openblas.js';
import { svdLapack } from '../../math/svd.js';
import { svdReconstructs } from '../../distributions/multivariate_normal.js';

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
    if (!svdReconstructs(s, vt, cov, d, tol)) {
      if (checkValid === 'warn') warn(NOT_PSD, RuntimeWarning);
      else throw new ValueError(NOT_PSD);
    }
  }
  // A = sqrt(s)[:, None] * v (row-major: A[k*d + j]) and its transpose
  const A = new Float64Array(d * d), At = new Float64Array(d * d);
  for (let k = 0; k < d; k++) {
    const r = Math.sqrt(s[k]!);
    for (let j = 0; j < d; j++) A[k * d + j] = At[j * d + k] = r * vt[k * d + j]!;
  }
  const out = new Float64Array(z.length);
  if (z.length === d) {
    // np.dot of a single row reaches BLAS as dgemv_n over A's storage read column-major
    gemvN(d, d, A, 0, d, z, 0, 1, out);
    for (let j = 0; j < d; j++) out[j] = out[j]! + mean[j]!;
    return out;
  }
  gemmRows(z, z.length / d, d, At, out);
  for (let i = 0; i < out.length; i++) out[i] = out[i]! + mean[i % d]!;
  return out;
}
