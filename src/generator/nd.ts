// np.asarray for the array arguments of choice/shuffle/permutation/permuted: a flat C-order
// buffer plus shape, and the way back (a typed array with `shape`, or nested JS arrays).
import { typedDtypeName } from '../core/dtype.js';
import { type ArrayLike as NumpyArrayLike, isTypedArray, shapeOf, shapeSize, typedShape, withShape, type TypedArray } from '../core/ndarray.js';
import { objectArray } from '../core/sequence.js';

/** A flat buffer in C order: a typed array for numeric data, a JS array for anything else. */
export type FlatData = TypedArray | unknown[];

export interface Arr {
  data: FlatData;
  shape: number[];
  /** numpy's dtype name the data would have ('int64' for integral JS numbers, 'object', ...). */
  dtype: string;
}

export { typedShape };

function leaves(x: unknown, out: unknown[]): unknown[] {
  if (isTypedArray(x)) for (let i = 0; i < x.length; i++) out.push(x[i]);
  else if (Array.isArray(x)) for (const v of x) leaves(v, out);
  else out.push(x);
  return out;
}

/** np.asarray(x) without copying typed arrays. */
export function asArray(x: unknown): Arr {
  if (isTypedArray(x)) return { data: x, shape: typedShape(x), dtype: typedDtypeName(x) };
  const shape = shapeOf(x as NumpyArrayLike);
  const flat = leaves(x, []);
  if (flat.length === 0) return { data: new Float64Array(0), shape, dtype: 'float64' };
  if (flat.every((v) => typeof v === 'bigint')) return { data: BigInt64Array.from(flat as bigint[]), shape, dtype: 'int64' };
  if (flat.every((v) => typeof v === 'boolean')) return { data: flat, shape, dtype: 'bool' };
  if (flat.every((v) => typeof v === 'number' || typeof v === 'boolean')) {
    const data = Float64Array.from(flat as number[], Number);
    return { data, shape, dtype: data.every(Number.isInteger) ? 'int64' : 'float64' };
  }
  return { data: flat, shape, dtype: 'object' };
}

/** An empty buffer of the same kind as `like`. */
export function emptyLike(like: FlatData, n: number): FlatData {
  if (Array.isArray(like)) return new Array<unknown>(n);
  return new (like.constructor as new (n: number) => TypedArray)(n);
}

/** The user-facing value of a buffer: a typed array with shape, or nested arrays carrying it (objectArray). */
export function finish(data: FlatData, shape: readonly number[]): unknown {
  if (Array.isArray(data)) return objectArray(data, shape);
  return withShape(data, shape);
}

/** Sizes around an axis: elements before it (outer), along it, and after it (inner). */
export function axisSplit(shape: readonly number[], axis: number): { outer: number; len: number; inner: number } {
  return { outer: shapeSize(shape.slice(0, axis)), len: shape[axis]!, inner: shapeSize(shape.slice(axis + 1)) };
}

/** a.take(idx, axis): idx holds indices along `axis`. */
export function takeAlong(src: FlatData, shape: readonly number[], axis: number, idx: ArrayLike<number>): FlatData {
  const { outer, len, inner } = axisSplit(shape, axis);
  const k = idx.length;
  const out = emptyLike(src, outer * k * inner) as { [i: number]: unknown };
  const s = src as unknown as { [i: number]: unknown };
  let w = 0;
  for (let o = 0; o < outer; o++) {
    const base = o * len * inner;
    for (let t = 0; t < k; t++) {
      const from = base + idx[t]! * inner;
      for (let q = 0; q < inner; q++) out[w++] = s[from + q];
    }
  }
  return out as FlatData;
}
