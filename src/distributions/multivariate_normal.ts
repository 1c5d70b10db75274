// numpy's Generator.multivariate_normal: standard normals drawn first (shape size + (n,)),
// then a factor of cov (svd, eigh or cholesky) applied as mean + x @ factor.T.
import { normalizeSize } from '../core/ndarray.js';
import { mvnSizePrefix } from '../core/pyint.js';
import { LinAlgError, UFuncTypeError, ValueError } from '../core/errors.js';
import { RuntimeWarning, warn } from '../core/warnings.js';
import { type ArrayLike, type NDArray, type Size, asFloat64, shapeOf, withShape } from '../core/ndarray.js';
import { gemmRows, gemvT } from '../math/openblas.js';
import { cholesky, eighLapack } from '../math/linalg.js';
import { svdLapack } from '../math/svd.js';

export type MvnMethod = 'svd' | 'eigh' | 'cholesky';


/** np.allclose(a, b, rtol, atol): |a - b| <= atol + rtol*|b|, NaN never close. */
function allclose(a: Float64Array, b: Float64Array, rtol: number, atol: number): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!, y = b[i]!;
    if (x === y) continue;
    if (!(Math.abs(x - y) <= atol + rtol * Math.abs(y))) return false;
  }
  return true;
}

/**
 * numpy's positive-semidefinite test after an SVD, np.allclose(np.dot(vh.T * s, vh), cov, tol, tol),
 * with the product rounded as np.dot's dgemm does (RandomState and Generator share it).
 */
export function svdReconstructs(s: Float64Array, vh: Float64Array, cov: Float64Array, n: number, tol: number): boolean {
  const scaled = new Float64Array(n * n), v = new Float64Array(n * n), rec = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < n; k++) { scaled[i * n + k] = vh[k * n + i]! * s[k]!; v[i * n + k] = vh[k * n + i]!; }
  }
  gemmRows(scaled, n, n, v, rec);
  return allclose(rec, cov, tol, tol);
}

function sizeShape(size: Size): number[] {
  return mvnSizePrefix(size) as number[];
}

/** The n x n factor F with cov ~= F F^T, checking validity as numpy does. */
export function mvnFactor(cov: Float64Array, n: number, method: string, checkValid: string, tol: number): Float64Array {
  // LAPACK on non-finite input, as numpy reports it: gesdd rejects NaN ('did not converge') but
  // turns an infinity into NaNs; syevd gives NaNs for both; potf2 stops only on ajj <= 0.
  const nonFinite = cov.some((v) => !Number.isFinite(v));
  let factor: Float64Array;
  let psd = true;
  if (method === 'cholesky') {
    const l = cholesky(cov, n);
    if (l === null) throw new LinAlgError('Matrix is not positive definite');
    return l;
  }
  if (method === 'svd') {
    const dec = svdLapack(cov, n);
    if (dec === null) throw new LinAlgError('SVD did not converge');
    const { u, s, vh } = dec;
    if (checkValid !== 'ignore') psd = svdReconstructs(s, vh, cov, n, tol);
    factor = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) factor[i * n + k] = u[i * n + k]! * Math.sqrt(s[k]!);
  } else {
    const eig = nonFinite ? { values: new Float64Array(n).fill(NaN), vectors: new Float64Array(n * n).fill(NaN) }
      : eighLapack(cov, n);
    if (eig === null) throw new LinAlgError('Eigenvalues did not converge');
    const { values, vectors } = eig;
    psd = !values.some((v) => v < -tol);
    factor = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < n; k++) factor[i * n + k] = vectors[i * n + k]! * Math.sqrt(Math.abs(values[k]!));
    }
  }
  if (checkValid !== 'ignore') {
    if (checkValid !== 'warn' && checkValid !== 'raise') {
      throw new ValueError("check_valid must equal 'warn', 'raise', or 'ignore'");
    }
    if (!psd) {
      const msg = 'covariance is not symmetric positive-semidefinite.';
      if (checkValid === 'warn') warn(msg, RuntimeWarning);
      else throw new ValueError(msg);
    }
  }
  return factor;
}

/**
 * numpy's `np.array(mean)`, `np.array(cov)` and their shape checks, which come before any
 * conversion to float; returns the dtype numpy gives a mean that is not numeric ('O' with a
 * None in it, '<Un' for strings), whose addition to the draws fails only after they are drawn.
 */
export function mvnShapes(mean: ArrayLike, cov: ArrayLike, sizeFirst?: () => void): string | null {
  const ms = shapeOf(mean), cs = shapeOf(cov);
  sizeFirst?.();
  if (ms.length !== 1) throw new ValueError('mean must be 1 dimensional');
  if (cs.length !== 2 || cs[0] !== cs[1]) throw new ValueError('cov must be 2 dimensional and square');
  if (ms[0] !== cs[0]) throw new ValueError('mean and cov must have same length');
  if (!Array.isArray(mean)) return null;
  if (mean.some((v) => v === null || v === undefined)) return 'O';
  if (!mean.some((v) => typeof v === 'string')) return null;
  // numpy's string width for each element kind (int: 21, float: 32, bool: 5)
  const width = (v: unknown): number => (typeof v === 'string' ? v.length : typeof v === 'boolean' ? 5
    : typeof v === 'bigint' || (typeof v === 'number' && Number.isSafeInteger(v) && !Object.is(v, -0)) ? 21 : 32);
  return `<U${Math.max(1, ...mean.map(width))}`;
}

/** The error of `mean + x` (Generator) or `x += mean` (legacy) for a mean of dtype `dt`. */
export function mvnMeanError(dt: string, legacy: boolean): TypeError {
  if (dt === 'O') {
    return legacy
      ? new UFuncTypeError("Cannot cast ufunc 'add' output from dtype('O') to dtype('float64') with casting rule 'same_kind'")
      : new TypeError("unsupported operand type(s) for +: 'NoneType' and 'float'");
  }
  const types = legacy ? `dtype('float64'), dtype('${dt}')` : `dtype('${dt}'), dtype('float64')`;
  return new UFuncTypeError(`ufunc 'add' did not contain a loop with signature matching types (${types}) -> None`);
}

export function multivariateNormal(
  standardNormal: (shape: number[]) => NDArray<Float64Array>,
  mean: ArrayLike, cov: ArrayLike, size: Size, checkValid: string, tol: number, method: string,
): NDArray<Float64Array> {
  if (method !== 'eigh' && method !== 'svd' && method !== 'cholesky') {
    throw new ValueError("method must be one of {'eigh', 'svd', 'cholesky'}");
  }
  const dt = mvnShapes(mean, cov);
  const c = asFloat64(cov);
  const m = dt === null ? asFloat64(mean) : { data: new Float64Array(c.shape[0]!), shape: [c.shape[0]!] };
  const shape = sizeShape(size);
  const n = m.shape[0]!;
  const finalShape = normalizeSize([...shape, n])!;
  const x = standardNormal(finalShape);
  const factor = mvnFactor(c.data, n, method, checkValid, tol);
  const rows = n === 0 ? 0 : x.length / n;
  const out = new Float64Array(x.length);
  // x @ factor.T as numpy's matmul reaches OpenBLAS: dgemv_t over factor's storage for one row, dgemm otherwise
  if (rows === 1) gemvT(n, n, factor, 0, n, x, 0, 1, out);
  else gemmRows(x, rows, n, factor, out);
  for (let i = 0; i < out.length; i++) out[i] = m.data[i % n]! + out[i]!;
  // an object-array mean adds element by element (nothing to add when the sample is empty)
  if (dt !== null && (dt !== 'O' || out.length > 0)) throw mvnMeanError(dt, false);
  return withShape(out, finalShape);
}
