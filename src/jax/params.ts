// Dtype and parameter handling shared by the samplers: JAX's default dtypes (x32/x64), parameter
// broadcasting against `shape`, and the output arrays.
import { broadcastIndices, broadcastShapes } from '../core/broadcast.js';
import { TypeError_, ValueErrorOf } from '../core/messages.js';
import { type ArrayLike, type NDArray, asFloat64, pyTuple, shapeOf, withShape } from '../core/ndarray.js';
import { config } from './config.js';
import type { FloatDtype } from './float_ops.js';
import { checkKey, type Key } from './keys.js';
import { canonicalizeShape, type Shape } from './shape.js';

export type IntDtype = 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64';
export type FloatArray = NDArray<Float32Array> | NDArray<Float64Array>;

const FLOATS = ['float32', 'float64'];
const INTS = ['int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64'];

/** dtypes.check_and_canonicalize_user_dtype for floats: float64 becomes float32 outside x64 mode. */
export function floatDtype(name: string, dtype: string | undefined): FloatDtype {
  const d = dtype ?? 'float64';
  if (!FLOATS.includes(d)) {
    if (d === 'float16' || d === 'bfloat16') throw TypeError_(`${d} is not supported by numpy-random/jax`);
    throw ValueErrorOf(`dtype argument to \`${name}\` must be a float dtype, got ${d}`);
  }
  return d === 'float64' && config.read('jax_enable_x64') ? 'float64' : 'float32';
}

/** Integer dtypes: 64-bit ones become 32-bit outside x64 mode (as JAX canonicalizes them). */
export function intDtype(dtype: string | undefined, msg: (d: string) => Error): IntDtype {
  const d = dtype ?? 'int64';
  if (!INTS.includes(d)) throw msg(d);
  if (!config.read('jax_enable_x64')) {
    if (d === 'int64') return 'int32';
    if (d === 'uint64') return 'uint32';
  }
  return d as IntDtype;
}

export type IntArray = Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array | BigInt64Array | BigUint64Array;

export function newIntArray(d: IntDtype, n: number): IntArray {
  switch (d) {
    case 'int8': return new Int8Array(n);
    case 'int16': return new Int16Array(n);
    case 'int32': return new Int32Array(n);
    case 'uint8': return new Uint8Array(n);
    case 'uint16': return new Uint16Array(n);
    case 'uint32': return new Uint32Array(n);
    case 'int64': return new BigInt64Array(n);
    default: return new BigUint64Array(n);
  }
}

/** Indices in JAX's default int dtype: int32, or int64 (a BigInt64Array) in x64 mode. */
export function defaultInts(v: { readonly length: number; readonly [i: number]: number }): Int32Array | BigInt64Array {
  if (!config.read('jax_enable_x64')) return Int32Array.from(v);
  const out = new BigInt64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = BigInt(v[i]!);
  return out;
}

export function newFloat(dtype: FloatDtype, n: number): Float32Array | Float64Array {
  return dtype === 'float32' ? new Float32Array(n) : new Float64Array(n);
}

export function shaped<T extends Float32Array | Float64Array>(data: T, shape: readonly number[]): NDArray<T> {
  return withShape(data, shape);
}

/** The sampler's key and shape, checked as JAX checks them. */
export function keyAndShape(name: string, k: Key, shape: Shape): [Key, number[]] {
  checkKey(name, k);
  return [k, canonicalizeShape(shape)];
}

/** _check_shape: broadcasting the parameter shapes with `shape` must give `shape`. */
export function checkShape(name: string, shape: readonly number[], ...paramShapes: (readonly number[])[]): void {
  if (paramShapes.length === 0) return;
  const all = [shape, ...paramShapes];
  let got: number[];
  try {
    got = broadcastShapes(all);
  } catch {
    throw ValueErrorOf(`Incompatible shapes for broadcasting: shapes=[${all.map((x) => pyTuple(x)).join(', ')}]`);
  }
  if (got.length !== shape.length || got.some((d, i) => d !== shape[i])) {
    throw ValueErrorOf(
      `${name} parameter shapes must be broadcast-compatible with shape argument, and the result of broadcasting the shapes must equal the shape argument, but got result ${pyTuple(got)} for shape argument ${pyTuple(shape)}.`,
    );
  }
}

export interface Param {
  data: Float64Array;
  shape: number[];
}

export function param(x: ArrayLike): Param {
  const { data, shape } = asFloat64(x);
  return { data, shape };
}

/** A parameter broadcast to `shape` and rounded to `dtype`, one value per output element. */
export function spread(p: Param, shape: readonly number[], round: (x: number) => number): Float64Array {
  const n = shape.reduce((a, b) => a * b, 1);
  const out = new Float64Array(n);
  if (p.data.length === 1) {
    out.fill(round(p.data[0]!));
    return out;
  }
  const [idx] = broadcastIndices([p.shape], shape);
  for (let i = 0; i < n; i++) out[i] = round(p.data[idx![i]!]!);
  return out;
}

export { shapeOf };
