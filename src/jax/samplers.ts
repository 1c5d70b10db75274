// jax.random's samplers built on uniform bits: uniform, normal, bernoulli, and the transforms of a
// single uniform (exponential, gumbel, laplace, logistic, cauchy, pareto, weibull_min) plus
// rademacher, maxwell and double_sided_maxwell. Argument order is jax.random's (key, shape, dtype,
// then the parameters where JAX puts them).
import { broadcastIndices, broadcastShapes } from '../core/broadcast.js';
import { TypeError_, ValueErrorOf } from '../core/messages.js';
import { type ArrayLike, type NDArray, pyTuple, withShape } from '../core/ndarray.js';
import { bits32, bits64Words } from './bits.js';
import { type FloatDtype, type FloatOps, floatOps } from './float_ops.js';
import { checkKey, splitKey, type Key } from './keys.js';
import { type FloatArray, type IntArray, checkShape, floatDtype, intDtype, newFloat, newIntArray, param, spread } from './params.js';
import { canonicalizeShape, type Shape } from './shape.js';
import { cos, cosf, log2, sin, sinf } from '../math/index.js';

const fr = Math.fround;

/** Floats in [0, 1) from the mantissa bits: bitcast((bits >> (w - nmant)) | one) - 1. */
export function unitFloats(k0: number, k1: number, n: number, dtype: FloatDtype): Float32Array | Float64Array {
  if (dtype === 'float32') {
    const b = bits32(k0, k1, n);
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = (b[i]! >>> 9) * 1.1920928955078125e-7;
    return out;
  }
  const [hi, lo] = bits64Words(k0, k1, n);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (hi[i]! * 1048576 + (lo[i]! >>> 12)) * 2.220446049250313e-16;
  return out;
}

/** _uniform: max(minval, f * (maxval - minval) + minval), the parameters already in the dtype. */
export function uniformRaw(k: Key, shape: readonly number[], ops: FloatOps, lo: Float64Array | number, hi: Float64Array | number): Float32Array | Float64Array {
  const n = shape.reduce((a, b) => a * b, 1);
  const out = unitFloats(k[0]!, k[1]!, n, ops.dtype);
  if (typeof lo === 'number' && typeof hi === 'number') {
    if (lo === 0 && hi === 1) return out; // f * 1 + 0 and max(0, f) change nothing
    const range = ops.r(hi - lo);
    if (isPow2(range)) {
      // f * range is exact, so fused and unfused agree: one rounding of the sum.
      for (let i = 0; i < n; i++) out[i] = floorMax(lo, ops.r(out[i]! * range + lo));
      return out;
    }
  }
  for (let i = 0; i < n; i++) {
    const a = typeof lo === 'number' ? lo : lo[i]!;
    const b = typeof hi === 'number' ? hi : hi[i]!;
    out[i] = floorMax(a, ops.madd(out[i]!, ops.r(b - a), a));
  }
  return out;
}

/** lax.max(a, v), which propagates NaN from either side. */
function floorMax(a: number, v: number): number {
  return v !== v || a !== a ? NaN : a > v ? a : v;
}

function isPow2(x: number): boolean {
  if (!(x > 0) || x === Infinity) return false;
  const e = Math.floor(log2(x));
  return x === 2 ** e || x === 2 ** (e + 1);
}

/**
 * jax.random.uniform(key, shape=(), dtype=float, minval=0, maxval=1): floats uniform on
 * [minval, maxval), computed as max(minval, f * (maxval - minval) + minval) with f uniform on [0, 1).
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @param minval - lower bound (inclusive), broadcast to shape; default 0
 * @param maxval - upper bound (exclusive), broadcast to shape; default 1
 * @example uniform(PRNGKey(0), [3], 'float32', -1, 1)
 */
export function uniform(k: Key, shape: Shape = [], dtype?: string, minval: ArrayLike = 0, maxval: ArrayLike = 1): FloatArray {
  checkKey('uniform', k);
  const dt = floatDtype('uniform', dtype);
  const s = canonicalizeShape(shape);
  const ops = floatOps(dt);
  const lp = param(minval);
  const hp = param(maxval);
  checkBroadcastTo('uniform', s, lp.shape, hp.shape);
  const lo = lp.data.length === 1 ? ops.r(lp.data[0]!) : spread(lp, s, ops.r);
  const hi = hp.data.length === 1 ? ops.r(hp.data[0]!) : spread(hp, s, ops.r);
  return withShape(uniformRaw(k, s, ops, lo, hi), s) as FloatArray;
}

/** minval/maxval must broadcast into `shape` (JAX fails in the final reshape otherwise). */
function checkBroadcastTo(name: string, s: readonly number[], ...shapes: (readonly number[])[]): void {
  for (const p of shapes) {
    if (p.length > s.length || p.some((d, i) => d !== 1 && d !== s[i + s.length - p.length])) {
      throw TypeError_(`${name}: parameter of shape ${pyTuple(p)} cannot be broadcast to shape ${pyTuple(s)}`);
    }
  }
}

/** _normal_real: sqrt(2) * erf_inv(uniform(key, shape, dtype, nextafter(-1, 0), 1)). */
export function normalRaw(k: Key, shape: readonly number[], ops: FloatOps): Float32Array | Float64Array {
  const lo = ops.dtype === 'float32' ? -0.9999999403953552 : -0.9999999999999999;
  const u = uniformRaw(k, shape, ops, lo, 1);
  const sqrt2 = ops.r(Math.SQRT2);
  for (let i = 0; i < u.length; i++) u[i] = ops.r(sqrt2 * ops.erfInv(u[i]!));
  return u;
}

/**
 * jax.random.normal(key, shape=(), dtype=float): standard normal floats, sqrt(2) * erf_inv(u) with u
 * uniform on (-1, 1) (not Box-Muller). Complex dtypes are not supported.
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example normal(PRNGKey(0), [3])
 */
export function normal(k: Key, shape: Shape = [], dtype?: string): FloatArray {
  checkKey('normal', k);
  const s = canonicalizeShape(shape);
  const d = dtype ?? 'float64';
  if (d.startsWith('complex')) throw TypeError_('complex normal is not supported by numpy-random/jax');
  const dt = floatDtypeNamed('normal', d, 'a float or complex dtype');
  return withShape(normalRaw(k, s, floatOps(dt)), s) as FloatArray;
}

function floatDtypeNamed(name: string, d: string, kind: string): FloatDtype {
  try {
    return floatDtype(name, d);
  } catch (e) {
    if (e instanceof RangeError) throw ValueErrorOf(`dtype argument to \`${name}\` must be ${kind}, got ${d}`);
    throw e;
  }
}

/**
 * jax.random.bernoulli(key, p=0.5, shape=None, mode='low'): true with probability p, as a Uint8Array
 * of 0/1 (bool); 'low' tests uniform < p, 'high' uses two uniforms for finer resolution of small p.
 * @param k - a single key
 * @param p - probability of true, broadcast to shape; default 0.5
 * @param shape - output shape; default null (p's shape)
 * @param mode - 'low' | 'high'; default 'low'
 * @example bernoulli(PRNGKey(0), 0.3, [5])
 */
export function bernoulli(k: Key, p: ArrayLike = 0.5, shape?: Shape | null, mode: 'low' | 'high' = 'low'): NDArray<Uint8Array> {
  if (mode !== 'low' && mode !== 'high') throw ValueErrorOf(`got mode='${String(mode)}', expected 'high' or 'low'`);
  checkKey('bernoulli', k);
  const pp = param(p);
  const s = shape === undefined || shape === null ? pp.shape : canonicalizeShape(shape);
  checkShape('bernoulli', s, pp.shape);
  // p's dtype: a Python float is weakly typed (float32, or float64 under x64); a Float32Array is float32.
  const dt: FloatDtype = p instanceof Float32Array ? 'float32' : floatDtype('bernoulli', 'float64');
  const ops = floatOps(dt);
  const pv = spread(pp, s, ops.r);
  const n = pv.length;
  const out = new Uint8Array(n);
  if (mode === 'low') {
    const u = uniformRaw(k, s, ops, 0, 1);
    for (let i = 0; i < n; i++) out[i] = u[i]! < pv[i]! ? 1 : 0;
  } else {
    const u = uniformRaw(k, [2, ...s], ops, 0, 1);
    const scale = 2 ** -ops.nmant;
    for (let i = 0; i < n; i++) out[i] = ops.r(u[n + i]! * scale) < ops.r(pv[i]! - u[i]!) ? 1 : 0;
  }
  return withShape(out, s);
}

/** A float sampler that maps one uniform per element. */
function transformed(
  name: string, k: Key, shape: Shape, dtype: string | undefined,
  bounds: (ops: FloatOps) => [number, number],
  f: (u: number, ops: FloatOps) => number,
): FloatArray {
  checkKey(name, k);
  const dt = floatDtype(name, dtype);
  const s = canonicalizeShape(shape);
  const ops = floatOps(dt);
  const [lo, hi] = bounds(ops);
  const u = uniformRaw(k, s, ops, ops.r(lo), ops.r(hi));
  for (let i = 0; i < u.length; i++) u[i] = f(u[i]!, ops);
  return withShape(u, s) as FloatArray;
}

const UNIT = (): [number, number] => [0, 1];

/**
 * jax.random.exponential(key, shape=(), dtype=float): standard exponential floats (rate 1), -log1p(-u).
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example exponential(PRNGKey(0), [3])
 */
export function exponential(k: Key, shape: Shape = [], dtype?: string): FloatArray {
  return transformed('exponential', k, shape, dtype, UNIT, (u, o) => -o.log1p(-u));
}

/**
 * jax.random.gumbel(key, shape=(), dtype=float, mode=None): standard Gumbel floats; mode 'low' is
 * -log(-log(uniform(tiny, 1))), 'high' draws two uniforms for more resolution near u = 1.
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @param mode - 'low' | 'high' | null; default null (= 'low')
 * @example gumbel(PRNGKey(0), [3])
 */
export function gumbel(k: Key, shape: Shape = [], dtype?: string, mode: 'low' | 'high' | null = null): FloatArray {
  const m = mode ?? 'low';
  if (m !== 'low' && m !== 'high') throw ValueErrorOf(`Must provide valid mode for gumbel got: ${String(m)}`);
  if (m === 'high') {
    checkKey('gumbel', k);
    const dt = floatDtype('gumbel', dtype);
    const s = canonicalizeShape(shape);
    const ops = floatOps(dt);
    const n = s.reduce((a, b) => a * b, 1);
    const u = uniformRaw(k, [2, ...s], ops, 0, 1);
    const out = newFloat(dt, n);
    const add = Math.max(2 ** -(2 * ops.nmant + 1), ops.tiny);
    for (let i = 0; i < n; i++) {
      const high = u[i]!;
      const x = high >= 0.5 ? high : ops.r(ops.madd(2 ** -ops.nmant, u[n + i]!, high) + add);
      out[i] = -ops.log(-ops.log1p(-x));
    }
    return withShape(out, s) as FloatArray;
  }
  return transformed('gumbel', k, shape, dtype, (o) => [o.tiny, 1], (u, o) => -o.log(-o.log(u)));
}

/**
 * jax.random.laplace(key, shape=(), dtype=float): standard Laplace floats (location 0, scale 1),
 * sign(u) * log1p(-|u|) with u uniform on [-1 + epsneg, 1).
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example laplace(PRNGKey(0), [3])
 */
export function laplace(k: Key, shape: Shape = [], dtype?: string): FloatArray {
  return transformed('laplace', k, shape, dtype, (o) => [-1 + o.epsneg, 1], (u, o) => {
    const l = o.log1p(-Math.abs(u));
    return u > 0 ? l : u < 0 ? -l : 0 * l;
  });
}

/**
 * jax.random.logistic(key, shape=(), dtype=float): standard logistic floats, log(x) - log1p(-x) with
 * x uniform on [tiny, 1).
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example logistic(PRNGKey(0), [3])
 */
export function logistic(k: Key, shape: Shape = [], dtype?: string): FloatArray {
  return transformed('logistic', k, shape, dtype, (o) => [o.tiny, 1], (x, o) => o.r(o.log(x) - o.log1p(-x)));
}

/**
 * jax.random.cauchy(key, shape=(), dtype=float): standard Cauchy floats, tan(pi * (u - 0.5)) with
 * u uniform on [eps, 1) (tan evaluated as sin/cos).
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example cauchy(PRNGKey(0), [3])
 */
export function cauchy(k: Key, shape: Shape = [], dtype?: string): FloatArray {
  return transformed('cauchy', k, shape, dtype, (o) => [o.eps, 1], (u, o) => {
    const t = o.r(o.r(Math.PI) * o.r(u - 0.5));
    // XLA emits tan as sin/cos through libm: glibc's sinf/cosf (sin/cos for float64), the same on every engine.
    return o.dtype === 'float32' ? fr(sinf(t) / cosf(t)) : sin(t) / cos(t);
  });
}

/**
 * jax.random.pareto(key, b, shape=None, dtype=float): Pareto floats with shape parameter b (support
 * x >= 1), exp(exponential / b).
 * @param k - a single key
 * @param b - the shape (tail) parameter, broadcast to shape
 * @param shape - output shape; default null (b's shape)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example pareto(PRNGKey(0), 0.5, [3])
 */
export function pareto(k: Key, b: ArrayLike, shape?: Shape | null, dtype?: string): FloatArray {
  checkKey('pareto', k);
  const dt = floatDtype('pareto', dtype);
  const bp = param(b);
  const s = shape === undefined || shape === null ? bp.shape : canonicalizeShape(shape);
  checkShape('pareto', s, bp.shape);
  const ops = floatOps(dt);
  const bv = spread(bp, s, ops.r);
  const e = exponential(k, s, dt);
  for (let i = 0; i < e.length; i++) e[i] = ops.exp(ops.r(e[i]! / bv[i]!));
  return e;
}

/**
 * jax.random.weibull_min(key, scale, concentration, shape=(), dtype=float): Weibull floats,
 * (-log1p(-u))^(1/c) * scale; the parameters broadcast with shape, so the result can be larger.
 * @param k - a single key
 * @param scale - the scale
 * @param concentration - the concentration (shape) c
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example weibull_min(PRNGKey(0), 1, 1.5, [3])
 */
export function weibull_min(k: Key, scale: ArrayLike, concentration: ArrayLike, shape: Shape = [], dtype?: string): FloatArray {
  checkKey('weibull_min', k);
  const dt = floatDtype('weibull_min', dtype);
  const s = canonicalizeShape(shape);
  const ops = floatOps(dt);
  const sp = param(scale);
  const cp = param(concentration);
  // The parameters broadcast with the draw, so the result can be larger than `shape`.
  const out = broadcastShapes([s, sp.shape, cp.shape]);
  const [iu, is, ic] = broadcastIndices([s, sp.shape, cp.shape], out);
  const u = uniformRaw(k, s, ops, 0, 1);
  const res = newFloat(dt, iu!.length);
  // A Python-number concentration gives 1.0 / c in double before the cast; an array divides in the dtype.
  const inv = typeof concentration === 'number' ? (c: number): number => ops.r(1 / c) : (c: number): number => ops.r(1 / ops.r(c));
  for (let i = 0; i < res.length; i++) {
    const e = -ops.log1p(-u[iu![i]!]!);
    res[i] = ops.r(ops.pow(e, inv(cp.data[ic![i]!]!)) * ops.r(sp.data[is![i]!]!));
  }
  return withShape(res, out) as FloatArray;
}

/**
 * jax.random.rademacher(key, shape=(), dtype=int): -1 or +1 with equal probability,
 * 2 * bernoulli(0.5) - 1.
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - an int or float dtype; default int32 (int64, a BigInt64Array, under x64)
 * @example rademacher(PRNGKey(0), [5])
 */
export function rademacher(k: Key, shape: Shape = [], dtype?: string): NDArray<IntArray> | FloatArray {
  checkKey('rademacher', k);
  const s = canonicalizeShape(shape);
  const b = bernoulli(k, 0.5, s);
  const d = dtype ?? 'int64';
  const out = d.startsWith('float') ? newFloat(floatDtype('rademacher', d), b.length) : newIntArray(intDtype(d, (x) => TypeError_(`rademacher does not support dtype ${x}`)), b.length);
  if (out instanceof BigInt64Array || out instanceof BigUint64Array) {
    for (let i = 0; i < b.length; i++) out[i] = BigInt(2 * b[i]! - 1);
  } else {
    for (let i = 0; i < b.length; i++) out[i] = 2 * b[i]! - 1;
  }
  return withShape(out, s) as NDArray<IntArray>;
}

/**
 * jax.random.maxwell(key, shape=(), dtype=float): Maxwell (chi with 3 degrees of freedom) floats,
 * the norm of 3 standard normals (jnp.linalg.norm: sqrt of the sum of squares).
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example maxwell(PRNGKey(0), [3])
 */
export function maxwell(k: Key, shape: Shape = [], dtype?: string): FloatArray {
  checkKey('maxwell', k);
  const dt = floatDtype('maxwell', dtype);
  const s = canonicalizeShape(shape);
  return withShape(maxwellRaw(k, s, floatOps(dt)), s) as FloatArray;
}

function maxwellRaw(k: Key, s: readonly number[], ops: FloatOps): Float32Array | Float64Array {
  const z = normalRaw(k, [...s, 3], ops);
  const n = z.length / 3;
  const out = newFloat(ops.dtype, n);
  for (let i = 0; i < n; i++) {
    const a = z[3 * i]!, b = z[3 * i + 1]!, c = z[3 * i + 2]!;
    // The sum of squares is a reduction: (a*a + b*b) + c*c, each square fused into its add.
    const acc = ops.madd(b, b, ops.r(a * a));
    out[i] = ops.sqrt(ops.madd(c, c, acc));
  }
  return out;
}

/**
 * jax.random.double_sided_maxwell(key, loc, scale, shape=(), dtype=float): loc + scale * (±maxwell),
 * the sign from a fair bernoulli; the result's shape is shape followed by the parameters' shape.
 * @param k - a single key
 * @param loc - the location
 * @param scale - the scale
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example double_sided_maxwell(PRNGKey(0), 1, 2, [3])
 */
export function double_sided_maxwell(k: Key, loc: ArrayLike, scale: ArrayLike, shape: Shape = [], dtype?: string): FloatArray {
  checkKey('double_sided_maxwell', k);
  const dt = floatDtype('double_sided_maxwell', dtype);
  const lp = param(loc);
  const sp = param(scale);
  const pshape = lp.shape.length >= sp.shape.length ? lp.shape : sp.shape;
  const base = canonicalizeShape(shape);
  const s = [...(base.length === 0 ? pshape : base), ...pshape];
  const ops = floatOps(dt);
  const ks = splitKey(k[0]!, k[1]!, [2]);
  const mk = ks.subarray(0, 2);
  const rk = ks.subarray(2, 4);
  const m = maxwellRaw(mk as Key, s, ops);
  const sign = bernoulli(rk as Key, 0.5, s);
  const lv = spread(lp, s, ops.r);
  const sv = spread(sp, s, ops.r);
  for (let i = 0; i < m.length; i++) {
    m[i] = ops.madd(ops.r((2 * sign[i]! - 1) * m[i]!), sv[i]!, lv[i]!);
  }
  return withShape(m, s) as FloatArray;
}


/**
 * jax.random.truncated_normal(key, lower, upper, shape=None, dtype=float): standard normals truncated
 * to (lower, upper), the inverse-erf of a uniform on [erf(l/√2), erf(u/√2)), clipped inside the bounds.
 * @param k - a single key
 * @param lower - lower bound, broadcast to shape
 * @param upper - upper bound, broadcast to shape
 * @param shape - output shape; default null (the larger of the bounds' shapes)
 * @param dtype - 'float32' | 'float64'; default float32 (float64 under x64)
 * @example truncated_normal(PRNGKey(0), -1, 2, [3])
 */
export function truncated_normal(k: Key, lower: ArrayLike, upper: ArrayLike, shape?: Shape | null, dtype?: string): FloatArray {
  checkKey('truncated_normal', k);
  const dt = floatDtype('truncated_normal', dtype);
  const lp = param(lower);
  const up = param(upper);
  let s: number[];
  if (shape === undefined || shape === null) {
    s = lp.shape.length >= up.shape.length ? lp.shape : up.shape;
  } else {
    s = canonicalizeShape(shape);
  }
  checkShape('truncated_normal', s, lp.shape, up.shape);
  const ops = floatOps(dt);
  const lo = spread(lp, s, ops.r);
  const hi = spread(up, s, ops.r);
  const sqrt2 = ops.r(Math.SQRT2);
  const a = lo.map((l) => ops.erf(ops.r(l / sqrt2)));
  const b = hi.map((h) => ops.erf(ops.r(h / sqrt2)));
  const u = uniformRaw(k, s, ops, a, b);
  for (let i = 0; i < u.length; i++) {
    const out = ops.r(sqrt2 * ops.erfInv(u[i]!));
    const min = nextafter(lo[i]!, Infinity, ops);
    const max = nextafter(hi[i]!, -Infinity, ops);
    // jnp.clip: min(max(x, lo), hi)
    const c1 = out < min ? min : out;
    u[i] = c1 > max ? max : c1;
  }
  return withShape(u, s) as FloatArray;
}

const NA32 = new Float32Array(1);
const NA32U = new Uint32Array(NA32.buffer);
const NA64 = new Float64Array(1);
const NA64U = new BigUint64Array(NA64.buffer);

/** lax.nextafter in the dtype. */
function nextafter(x: number, toward: number, ops: FloatOps): number {
  if (x !== x || toward !== toward) return NaN;
  if (x === toward) return toward;
  if (x === 0) return toward > 0 ? (ops.dtype === 'float32' ? 2 ** -149 : 5e-324) : ops.dtype === 'float32' ? -(2 ** -149) : -5e-324;
  const up = (toward > x) === (x > 0);
  if (ops.dtype === 'float32') {
    NA32[0] = x;
    NA32U[0] = up ? NA32U[0]! + 1 : NA32U[0]! - 1;
    return NA32[0]!;
  }
  NA64[0] = x;
  NA64U[0] = up ? NA64U[0]! + 1n : NA64U[0]! - 1n;
  return NA64[0]!;
}
