// jax.random.gamma / loggamma (Marsaglia-Tsang with JAX's key splitting), and beta and dirichlet,
// which JAX builds on loggamma. Each element gets its own key: split(key, prod(shape))[i].
import { ValueErrorOf } from '../core/messages.js';
import { type ArrayLike, type NDArray, withShape } from '../core/ndarray.js';
import { type FloatOps, floatOps } from './float_ops.js';
import { checkKey, splitKey, type Key } from './keys.js';
import { checkShape, floatDtype, newFloat, param, spread, type FloatArray } from './params.js';
import { normalRaw, uniformRaw } from './samplers.js';
import { canonicalizeShape, type Shape } from './shape.js';

const SCALAR: readonly number[] = [];

function sub(keys: Uint32Array, i: number): Key {
  return keys.subarray(2 * i, 2 * i + 2) as Key;
}

/** _gamma_one: one Gamma(alpha) draw (or its log) from one key. */
export function gammaOne(k: Key, alpha: number, logSpace: boolean, ops: FloatOps): number {
  const r = ops.r;
  const third = r(1 / 3);
  const squeeze = r(0.0331);
  const boost = alpha >= 1;
  const a = boost ? alpha : r(alpha + 1);
  const d = r(a - third);
  const c = r(third / ops.sqrt(d));
  const ks = splitKey(k[0]!, k[1]!, [2]);
  let key = sub(ks, 0);
  const subkey = sub(ks, 1);
  let X = 0;
  let V = 1;
  let U = 2;
  // The outer loop runs while the draw is rejected (JAX's _cond_fn); the first pass always runs.
  for (;;) {
    const rejected = U >= ops.madd(-squeeze, r(X * X), 1)
      && ops.log(U) >= ops.madd(X, 0.5, r(d * r(r(1 - V) + ops.log(V))));
    if (!rejected) break;
    const k3 = splitKey(key[0]!, key[1]!, [3]);
    key = sub(k3, 0);
    let xk = sub(k3, 1);
    const uk = sub(k3, 2);
    let x = 0;
    let v = -1;
    while (v <= 0) {
      const k2 = splitKey(xk[0]!, xk[1]!, [2]);
      xk = sub(k2, 0);
      x = normalRaw(sub(k2, 1), SCALAR, ops)[0]!;
      v = ops.madd(x, c, 1);
    }
    X = r(x * x);
    V = r(r(v * v) * v);
    U = uniformRaw(uk, SCALAR, ops, 0, 1)[0]!;
  }
  if (logSpace) {
    const u = uniformRaw(subkey, SCALAR, ops, 0, 1)[0]!;
    const logSamples = ops.log1p(-u); // -exponential(subkey)
    const logBoost = boost || logSamples === 0 ? 0 : r(logSamples * r(1 / alpha));
    return r(r(ops.log(d) + ops.log(V)) + logBoost);
  }
  const samples = r(1 - uniformRaw(subkey, SCALAR, ops, 0, 1)[0]!);
  const b = boost ? 1 : ops.pow(samples, r(1 / alpha));
  return r(r(d * V) * b);
}

/** Gamma draws for alphas already broadcast to the output shape. */
export function gammaRaw(k: Key, alphas: Float64Array, logSpace: boolean, ops: FloatOps): Float32Array | Float64Array {
  const n = alphas.length;
  const keys = splitKey(k[0]!, k[1]!, [n]);
  const out = newFloat(ops.dtype, n);
  for (let i = 0; i < n; i++) out[i] = gammaOne(sub(keys, i), alphas[i]!, logSpace, ops);
  return out;
}

function gammaApi(name: string, k: Key, a: ArrayLike, shape: Shape | null | undefined, dtype: string | undefined, method: string, logSpace: boolean): FloatArray {
  checkKey(name, k);
  if (method !== 'exact') {
    if (method === 'approximate') throw ValueErrorOf(`method='approximate' is not implemented by numpy-random/jax`);
    throw ValueErrorOf(`method argument to \`${name}\` must be one of {'exact', 'approximate'}, got '${method}'`);
  }
  const dt = floatDtype('gamma', dtype);
  const ap = param(a);
  const s = shape === undefined || shape === null ? ap.shape : canonicalizeShape(shape);
  checkShape('gamma', s, ap.shape);
  const ops = floatOps(dt);
  return withShape(gammaRaw(k, spread(ap, s, ops.r), logSpace, ops), s) as FloatArray;
}

/**
 * jax.random.gamma(key, a, shape=None, dtype=float, method='exact'): Gamma(a, 1) floats by
 * Marsaglia-Tsang rejection, one key per element (boosted by u^(1/a) for a < 1).
 * @param k - a single key
 * @param a - the shape (concentration) parameter, broadcast to shape
 * @param shape - output shape; default null (a's shape)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @param method - only 'exact' ('approximate' is not implemented); default 'exact'
 * @example gamma(PRNGKey(0), 0.8, [3])
 */
export function gamma(k: Key, a: ArrayLike, shape?: Shape | null, dtype?: string, method = 'exact'): FloatArray {
  return gammaApi('gamma', k, a, shape, dtype, method, false);
}

/**
 * jax.random.loggamma(key, a, shape=None, dtype=float, method='exact'): the log of a Gamma(a, 1) draw,
 * computed in log space so small a does not underflow to -inf.
 * @param k - a single key
 * @param a - the shape (concentration) parameter, broadcast to shape
 * @param shape - output shape; default null (a's shape)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @param method - only 'exact'; default 'exact'
 * @example loggamma(PRNGKey(0), 0.8, [3])
 */
export function loggamma(k: Key, a: ArrayLike, shape?: Shape | null, dtype?: string, method = 'exact'): FloatArray {
  return gammaApi('loggamma', k, a, shape, dtype, method, true);
}

/**
 * jax.random.beta(key, a, b, shape=None, dtype=float): Beta(a, b) floats on [0, 1), from two loggamma
 * draws (split keys) scaled by their max: ga / (ga + gb).
 * @param k - a single key
 * @param a - the first shape parameter, broadcast to shape
 * @param b - the second shape parameter, broadcast to shape
 * @param shape - output shape; default null (the larger of a's and b's shapes)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example beta(PRNGKey(0), 0.8, 0.9, [3])
 */
export function beta(k: Key, a: ArrayLike, b: ArrayLike, shape?: Shape | null, dtype?: string): FloatArray {
  checkKey('beta', k);
  const dt = floatDtype('beta', dtype);
  const ap = param(a);
  const bp = param(b);
  let s: number[];
  if (shape === undefined || shape === null) {
    s = ap.shape.length >= bp.shape.length ? ap.shape : bp.shape;
    checkShape('beta', s, ap.shape, bp.shape);
  } else {
    s = canonicalizeShape(shape);
    checkShape('beta', s, ap.shape, bp.shape);
  }
  const ops = floatOps(dt);
  const ks = splitKey(k[0]!, k[1]!, [2]);
  const la = gammaRaw(sub(ks, 0), spread(ap, s, ops.r), true, ops);
  const lb = gammaRaw(sub(ks, 1), spread(bp, s, ops.r), true, ops);
  for (let i = 0; i < la.length; i++) {
    const m = la[i]! > lb[i]! || lb[i]! !== lb[i]! ? la[i]! : lb[i]!;
    const ga = ops.exp(ops.r(la[i]! - m));
    const gb = ops.exp(ops.r(lb[i]! - m));
    la[i] = ops.r(ga / ops.r(ga + gb));
  }
  return withShape(la, s) as FloatArray;
}

/**
 * jax.random.dirichlet(key, alpha, shape=None, dtype=float): Dirichlet(alpha) vectors (rows summing
 * to 1), the softmax of loggamma draws; the result's shape is [...shape, alpha's last dimension].
 * @param k - a single key
 * @param alpha - concentrations, shape [..., m] (ndim >= 1)
 * @param shape - output shape; default null (alpha's batch shape)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example dirichlet(PRNGKey(0), [0.5, 0.6, 0.7], [2])
 */
export function dirichlet(k: Key, alpha: ArrayLike, shape?: Shape | null, dtype?: string): FloatArray {
  checkKey('dirichlet', k);
  const dt = floatDtype('dirichlet', dtype);
  const ap = param(alpha);
  if (ap.shape.length < 1) throw ValueErrorOf(`dirichlet requires alpha.ndim >= 1, got alpha.ndim == ${ap.shape.length}`);
  const batch = ap.shape.slice(0, -1);
  const s = shape === undefined || shape === null ? batch : canonicalizeShape(shape);
  checkShape('dirichlet', s, batch);
  const m = ap.shape[ap.shape.length - 1]!;
  const full = [...s, m];
  const ops = floatOps(dt);
  const lg = gammaRaw(k, spread(ap, full, ops.r), true, ops);
  softmaxLast(lg, m, ops);
  return withShape(lg, full) as FloatArray;
}

/** jax.nn.softmax over the last axis: exp(x - max) / sum, the sum taken left to right. */
function softmaxLast(x: Float32Array | Float64Array, m: number, ops: FloatOps): void {
  for (let row = 0; row < x.length; row += m) {
    let mx = -Infinity;
    for (let j = 0; j < m; j++) mx = Math.max(mx, x[row + j]!);
    let sum = 0;
    for (let j = 0; j < m; j++) {
      const e = ops.exp(ops.r(x[row + j]! - mx));
      x[row + j] = e;
      sum = ops.r(sum + e);
    }
    for (let j = 0; j < m; j++) x[row + j] = ops.r(x[row + j]! / sum);
  }
}

export type { NDArray };
