// Value conventions shared by every front end (see README "Values, shapes and dtypes").
import { TypeError_, ValueErrorOf } from './messages.js';

export type TypedArray =
  | Float64Array | Float32Array
  | Int8Array | Int16Array | Int32Array
  | Uint8Array | Uint16Array | Uint32Array
  | BigInt64Array | BigUint64Array;

/** A typed array in C order that carries numpy's shape. */
export type NDArray<T extends TypedArray = Float64Array> = T & { shape: number[] };

/** numpy's `size` argument: nothing, one dimension, or a shape. */
export type Size = number | bigint | readonly (number | bigint)[] | null | undefined;

/** A `size` that asks for an array: one dimension or a shape (what the sized overloads take). */
export type Shape = number | bigint | readonly (number | bigint)[];

// ---- dtype strings, by what a call returns (numpy's names, one-letter codes and aliases, with an
// optional byte-order prefix; src/core/dtype.ts parses them at run time) ----
type Spelled<T extends string> = T | `${'<' | '>' | '=' | '|'}${T}`;
export type BoolDtype = Spelled<'bool' | 'bool_' | '?' | 'b1'>;
export type Int8Dtype = Spelled<'int8' | 'i1' | 'byte' | 'b'>;
export type Int16Dtype = Spelled<'int16' | 'i2' | 'short' | 'h'>;
export type Int32Dtype = Spelled<'int32' | 'i4' | 'intc' | 'i'>;
export type Int64Dtype =
  | Spelled<'int64' | 'i8' | 'long' | 'l' | 'longlong' | 'q' | 'intp' | 'p' | 'int_'> | `${'<' | '>' | '=' | '|'}int`;
export type Uint8Dtype = Spelled<'uint8' | 'u1' | 'ubyte' | 'B'>;
export type Uint16Dtype = Spelled<'uint16' | 'u2' | 'ushort' | 'H'>;
export type Uint32Dtype = Spelled<'uint32' | 'u4' | 'uintc' | 'I'>;
export type Uint64Dtype = Spelled<'uint64' | 'u8' | 'ulong' | 'L' | 'ulonglong' | 'Q' | 'uintp' | 'P' | 'uint'>;
/** An integer dtype; `'int'` (the default) is numpy's int64 returned as JS numbers. */
export type IntegerDtype =
  | 'int' | BoolDtype | Int8Dtype | Int16Dtype | Int32Dtype | Int64Dtype
  | Uint8Dtype | Uint16Dtype | Uint32Dtype | Uint64Dtype;
export type Float64Name = Spelled<'float64' | 'f8' | 'd' | 'double' | 'float'>;
export type Float32Name = Spelled<'float32' | 'f4' | 'f' | 'single'>;
export type Float64Dtype = Float64Name | Float64ArrayConstructor;
export type Float32Dtype = Float32Name | Float32ArrayConstructor;
/** A floating dtype: a name or the typed array constructor. */
export type FloatingDtype = Float64Dtype | Float32Dtype;

/** The typed array a sized call with integer dtype D returns. */
export type IntegerArray<D> =
  D extends BoolDtype ? Uint8Array : D extends Int8Dtype ? Int8Array : D extends Int16Dtype ? Int16Array
    : D extends Int32Dtype ? Int32Array : D extends Int64Dtype ? BigInt64Array : D extends Uint8Dtype ? Uint8Array
      : D extends Uint16Dtype ? Uint16Array : D extends Uint32Dtype ? Uint32Array
        : D extends Uint64Dtype ? BigUint64Array : Float64Array;
/** The value a size-less call with integer dtype D returns. */
export type IntegerScalar<D> =
  D extends BoolDtype ? boolean : D extends Int64Dtype | Uint64Dtype ? bigint : number;
/** The typed array a sized call with floating dtype D returns. */
export type FloatingArray<D> = D extends Float32Dtype ? Float32Array : Float64Array;

/** One element of a typed array as a value (bigint for the 64-bit integer arrays). */
export type ElementOf<T extends TypedArray> = T extends BigInt64Array | BigUint64Array ? bigint : number;

/** Nested arrays of numbers, typed arrays and NDArrays: what numpy's array_like means here. */
export type ArrayLike = number | boolean | bigint | TypedArray | NDArray<TypedArray> | readonly ArrayLike[];

export function withShape<T extends TypedArray>(data: T, shape: readonly number[]): NDArray<T> {
  const arr = data as NDArray<T>;
  arr.shape = shape.slice();
  return arr;
}

export function shapeSize(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Python's repr of a float, as numpy quotes it in messages ('2.0', '1e+20'). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  const s = String(x);
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

/** Python's repr of a tuple of ints: (3,), (2, 3), (). */
export function pyTuple(shape: readonly number[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(', ')})`;
}

function sizeDim(d: number | bigint, allowNegative = false): number {
  if (typeof d === 'bigint') d = Number(d);
  if (typeof d !== 'number' || !Number.isInteger(d)) {
    throw new TypeError(`'${typeof d === 'number' ? 'float' : typeof d}' object cannot be interpreted as an integer`);
  }
  if (d < 0 && !allowNegative) throw ValueErrorOf('negative dimensions are not allowed');
  return d;
}

/** Validates numpy's `size` and returns the shape, or null for a size-less call. */
export function normalizeSize(size: Size, allowNegative = false): number[] | null {
  if (size === null || size === undefined) return null;
  if (typeof size === 'number' || typeof size === 'bigint') {
    if (typeof size === 'number' && !Number.isInteger(size)) {
      throw TypeError_(`expected a sequence of integers or a single integer, got '${pyFloatRepr(size)}'`);
    }
    return [sizeDim(size, allowNegative)];
  }
  if (!Array.isArray(size)) throw TypeError_('expected a sequence of integers or a single integer');
  return size.map((d) => sizeDim(d, allowNegative));
}

export function isTypedArray(x: unknown): x is TypedArray {
  return ArrayBuffer.isView(x) && !(x instanceof DataView);
}

/** The shape numpy would give `np.asarray(x)`. Ragged input throws numpy's error. */
export function shapeOf(x: ArrayLike): number[] {
  if (isTypedArray(x)) {
    const s = (x as NDArray<TypedArray>).shape;
    return Array.isArray(s) ? s.slice() : [x.length];
  }
  if (!Array.isArray(x)) return [];
  const shape: number[] = [x.length];
  if (x.length > 0) {
    const inner = shapeOf(x[0] as ArrayLike);
    for (let i = 1; i < x.length; i++) {
      const s = shapeOf(x[i] as ArrayLike);
      if (s.length !== inner.length || s.some((d, k) => d !== inner[k])) {
        throw ValueErrorOf(
          `setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was ${pyTuple([x.length])} + inhomogeneous part.`,
        );
      }
    }
    shape.push(...inner);
  }
  return shape;
}

/** Flattens an array-like into C order, converting each element with `conv`. */
export function flatten<T>(x: ArrayLike, conv: (v: number | bigint | boolean) => T, out: T[] = []): T[] {
  if (isTypedArray(x)) {
    for (let i = 0; i < x.length; i++) out.push(conv(x[i] as number | bigint));
  } else if (Array.isArray(x)) {
    for (const v of x) flatten(v as ArrayLike, conv, out);
  } else {
    out.push(conv(x as number | bigint | boolean));
  }
  return out;
}

export function toNumber(v: number | bigint | boolean): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new TypeError(`could not convert ${typeof v} to float`);
}

/** `np.asarray(x, dtype=float64)`: data in C order plus shape. */
export function asFloat64(x: ArrayLike): { data: Float64Array; shape: number[] } {
  const shape = shapeOf(x);
  if (shape.length === 0) return { data: Float64Array.of(toNumber(x as number)), shape };
  if (x instanceof Float64Array) return { data: x, shape };
  return { data: Float64Array.from(flatten(x, toNumber)), shape };
}
