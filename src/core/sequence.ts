// What numpy does with "a sequence or an array" arguments (choice's `a`, shuffle's `x`):
// index along the first axis of JS arrays, typed arrays and NDArrays.
import { KeyError } from './errors.js';
import { UserWarning, warn } from './warnings.js';
import { isTypedArray, shapeOf, shapeSize, withShape, type NDArray, type TypedArray } from './ndarray.js';

export type Sequence = readonly unknown[] | TypedArray | NDArray<TypedArray>;

/** Length of the first axis. */
export function firstAxisLength(x: Sequence): number {
  if (isTypedArray(x)) {
    const s = (x as NDArray<TypedArray>).shape;
    return Array.isArray(s) ? (s[0] ?? 0) : x.length;
  }
  return x.length;
}

/** Elements per first-axis row of a typed array (1 for a plain 1-d array). */
export function rowSize(x: TypedArray): number {
  const s = (x as NDArray<TypedArray>).shape;
  return Array.isArray(s) && s.length > 1 ? shapeSize(s.slice(1)) : 1;
}

/** Swaps rows i and j of x in place (x[i], x[j] = x[j], x[i]). */
export function swapRows(x: Sequence, i: number, j: number): void {
  if (isTypedArray(x)) {
    const r = rowSize(x);
    const a = x as unknown as { [k: number]: unknown };
    for (let k = 0; k < r; k++) {
      const t = a[i * r + k];
      a[i * r + k] = a[j * r + k];
      a[j * r + k] = t;
    }
  } else {
    const a = x as unknown[];
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

/**
 * `a[idx]` along the first axis with idx of shape idxShape: a typed array with shape for
 * typed input or numeric JS arrays, a (nested) JS array otherwise.
 */
export function takeRows(a: Sequence, idx: ArrayLike<number>, idxShape: readonly number[]): NDArray<TypedArray> | unknown[] {
  if (isTypedArray(a)) {
    const r = rowSize(a);
    const rest = ((a as NDArray<TypedArray>).shape ?? [a.length]).slice(1);
    const Ctor = a.constructor as new (n: number) => TypedArray;
    const out = new Ctor(idx.length * r) as unknown as { [k: number]: unknown };
    const src = a as unknown as { [k: number]: unknown };
    for (let i = 0; i < idx.length; i++) for (let k = 0; k < r; k++) out[i * r + k] = src[idx[i]! * r + k];
    return withShape(out as unknown as TypedArray, [...idxShape, ...rest]);
  }
  const arr = a as readonly unknown[];
  const shape = shapeOf(arr as never);
  if (shape.length === 1 && arr.every((v) => typeof v === 'number' || typeof v === 'boolean')) {
    const out = new Float64Array(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = Number(arr[idx[i]!]);
    return withShape(out, idxShape);
  }
  return objectArray(Array.from(idx, (i) => arr[i]), idxShape);
}

/** A numpy array of non-numeric elements: nested JS arrays carrying numpy's shape (README). */
export type ObjectArray = unknown[] & { readonly shape: number[] };

/**
 * Nested JS arrays in C order from a flat list, the outermost carrying numpy's shape as a
 * non-enumerable `shape` (JSON and deep equality see plain arrays), so shapes with a zero,
 * (3, 0, 4), keep their trailing dimensions; a 0-d array is one element with shape [].
 */
export function objectArray(flat: readonly unknown[], shape: readonly number[]): ObjectArray {
  const out = shape.length === 0 ? [flat[0]] : nestFrom(flat, shape, 0);
  Object.defineProperty(out, 'shape', { value: shape.slice(), enumerable: false, writable: true, configurable: true });
  return out as ObjectArray;
}

function nestFrom(flat: readonly unknown[], shape: readonly number[], offset: number): unknown[] {
  if (shape.length === 1) return flat.slice(offset, offset + shape[0]!);
  const step = shapeSize(shape.slice(1));
  const out: unknown[] = [];
  for (let i = 0; i < shape[0]!; i++) out.push(nestFrom(flat, shape.slice(1), offset + i * step));
  return out;
}

/**
 * numpy's untyped shuffle loop on a dict (not a Sequence, so numpy warns first): len() is its key
 * count and `x[i], x[j] = x[j], x[i]` runs with int keys for i = n-1 down to 1, one draw at a time,
 * so a missing key raises KeyError after the draws numpy made.
 */
export function shuffleDict(x: Record<string, unknown>, randomInterval: (max: number) => number): void {
  warn("you are shuffling a 'dict' object which is not a subclass of 'Sequence'; `shuffle` is not guaranteed to behave "
    + 'correctly. E.g., non-numpy array/tensor objects with view semantics may contain duplicates after shuffling.', UserWarning);
  const n = Object.keys(x).length;
  for (let i = n - 1; i >= 1; i--) {
    const j = randomInterval(i);
    // Python evaluates the right side first: x[j], then x[i]
    for (const k of [j, i]) if (!Object.hasOwn(x, k)) throw new KeyError(String(k));
    const t = x[j];
    x[j] = x[i];
    x[i] = t;
  }
}
