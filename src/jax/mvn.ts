// jax.random.multivariate_normal(key, mean, cov, shape=None, dtype=float, method='cholesky'):
// mean + L @ z with L the lower Cholesky factor and z standard normals of shape (*shape, n).
// The Cholesky factor and the matrix-vector product are computed here in the dtype's arithmetic in
// a plain left-to-right order (LAPACK/Eigen block orders are not reproduced), so values agree with
// JAX's to rounding, not bit for bit, for non-diagonal covariances.
import { ValueErrorOf } from '../core/messages.js';
import { type ArrayLike, asFloat64, pyTuple, withShape } from '../core/ndarray.js';
import { floatOps, type FloatOps } from './float_ops.js';
import { checkKey, type Key } from './keys.js';
import { checkShape, floatDtype, type FloatArray } from './params.js';
import { normalRaw } from './samplers.js';
import { canonicalizeShape, type Shape } from './shape.js';

function cholesky(c: Float64Array, n: number, ops: FloatOps): Float64Array {
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = ops.r(c[j * n + j]!);
    for (let k = 0; k < j; k++) d = ops.r(d - ops.r(L[j * n + k]! * L[j * n + k]!));
    const ljj = ops.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = ops.r(c[i * n + j]!);
      for (let k = 0; k < j; k++) s = ops.r(s - ops.r(L[i * n + k]! * L[j * n + k]!));
      L[i * n + j] = ops.r(s / ljj);
    }
  }
  return L;
}

/**
 * jax.random.multivariate_normal(key, mean, cov, shape=None, dtype=float, method='cholesky'): normal
 * vectors with the given mean and covariance, mean + L @ z (L the lower Cholesky factor of cov).
 * @param k - a single key
 * @param mean - the mean, shape [..., n]
 * @param cov - the covariance, shape [n, n] (batched covariances are not implemented)
 * @param shape - output shape; default null (mean's batch shape; the result is [...shape, n])
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @param method - only 'cholesky' ('svd' and 'eigh' are not implemented); default 'cholesky'
 * @example multivariate_normal(PRNGKey(0), [1, 1], [[1, 0], [0, 1]], [2])
 */
export function multivariate_normal(k: Key, mean: ArrayLike, cov: ArrayLike, shape?: Shape | null, dtype?: string, method = 'cholesky'): FloatArray {
  checkKey('multivariate_normal', k);
  const dt = floatDtype('multivariate_normal', dtype);
  if (method !== 'cholesky' && method !== 'svd' && method !== 'eigh') {
    throw ValueErrorOf(`method must be one of {'svd', 'eigh', 'cholesky'}, got ${method}`);
  }
  if (method !== 'cholesky') throw ValueErrorOf(`method='${method}' is not implemented by numpy-random/jax`);
  const m = asFloat64(mean);
  const c = asFloat64(cov);
  if (m.shape.length < 1) throw ValueErrorOf(`multivariate_normal requires mean.ndim >= 1, got mean.ndim == ${m.shape.length}`);
  if (c.shape.length < 2) throw ValueErrorOf(`multivariate_normal requires cov.ndim >= 2, got cov.ndim == ${c.shape.length}`);
  const n = m.shape[m.shape.length - 1]!;
  const cs = c.shape.slice(-2);
  if (cs[0] !== n || cs[1] !== n) {
    throw ValueErrorOf(`multivariate_normal requires cov.shape == (..., n, n) for n=${n}, but got cov.shape == ${pyTuple(c.shape)}.`);
  }
  if (c.shape.length > 2) throw ValueErrorOf('batched covariances are not implemented by numpy-random/jax');
  const mb = m.shape.slice(0, -1);
  const s = shape === undefined || shape === null ? mb : canonicalizeShape(shape);
  checkShape('normal', s, mb);
  const ops = floatOps(dt);
  const L = cholesky(c.data, n, ops);
  const z = normalRaw(k, [...s, n], ops);
  const rows = z.length / n;
  const mrows = m.data.length / n;
  const out = z.constructor === Float32Array ? new Float32Array(z.length) : new Float64Array(z.length);
  for (let r = 0; r < rows; r++) {
    const mr = (r % mrows) * n;
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let j = 0; j <= i; j++) acc = ops.madd(L[i * n + j]!, z[r * n + j]!, acc);
      out[r * n + i] = ops.r(ops.r(m.data[mr + i]!) + acc);
    }
  }
  return withShape(out, [...s, n]) as FloatArray;
}
