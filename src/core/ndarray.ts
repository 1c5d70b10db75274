// Value conventions shared by every front end (see README "Values, shapes and dtypes").
import { typedDtypeName } from './dtype.js';
import { MemoryError } from './errors.js';
import { TypeError_, ValueErrorOf } from './messages.js';
import { pyStrRepr, pyTypeName } from './pyint.js';
import { INT64_MAX_BIG, INT64_MIN_BIG } from './constants.js';

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
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const ax = Math.abs(x);
  if (ax >= 1e16 || ax < 1e-4) {
    // Python switches to exponent form at 1e16 and below 1e-4, with at least two exponent digits
    const [m, e] = x.toExponential().split('e') as [string, string];
    return `${m}e${e[0]}${e.slice(1).padStart(2, '0')}`;
  }
  const s = String(x);
  return s.includes('.') ? s : s + '.0';
}

/** Python's repr of a tuple of ints: (3,), (2, 3), (). */
export function pyTuple(shape: readonly (number | bigint)[]): string {
  if (shape.length === 1) return `(${shape[0]},)`;
  return `(${shape.join(', ')})`;
}

/** Python's repr of the object a JS value stands for, as numpy quotes it ('1.5', 'True', '{}'). */
export function pyRepr(x: unknown): string {
  if (x === null || x === undefined) return 'None';
  if (typeof x === 'boolean') return x ? 'True' : 'False';
  if (typeof x === 'bigint') return x.toString();
  if (typeof x === 'number') return isPyInt(x) ? String(x) : pyFloatRepr(x);
  if (typeof x === 'string') return pyStrRepr(x);
  if (x instanceof Set) return x.size ? `{${[...x].map(pyRepr).join(', ')}}` : 'set()';
  if (Array.isArray(x)) return `[${x.map(pyRepr).join(', ')}]`;
  if (typeof x === 'object' && x.constructor === Object) {
    return `{${Object.entries(x).map(([k, v]) => `'${k}': ${pyRepr(v)}`).join(', ')}}`;
  }
  if (typeof x === 'function') {
    const name = (x.name || 'type').replace(/^_/, '');
    const mod = NUMPY_MODULES[name];
    return mod ? `<class 'numpy.random.${mod}.${name}'>` : `<class '${name}'>`;
  }
  if (typeof x === 'object') {
    if (isTypedArray(x)) return ndarrayRepr(x);
    // our numpy classes give numpy's repr through toString (Generator(PCG64), SeedSequence(...))
    const name = ((x as object).constructor?.name ?? 'object').replace(/^_/, '');
    const own = (x as { toString?: unknown }).toString;
    if (NUMPY_MODULES[name] !== undefined && typeof own === 'function' && own !== Object.prototype.toString) return String(x);
    return pyDefaultRepr(x);
  }
  return String(x);
}

/** Node's util.inspect hook (a registered symbol, so no Node import): our classes show numpy's repr. */
export const INSPECT: unique symbol = Symbol.for('nodejs.util.inspect.custom') as never;

/** Python's default object repr, without the address (which no port can reproduce). */
export function pyDefaultRepr(x: object): string {
  const name = (x.constructor?.name ?? 'object').replace(/^_/, '');
  const mod = NUMPY_MODULES[name];
  return mod ? `<numpy.random.${mod}.${name} object>` : `<${name} object>`;
}

/** numpy's repr of a typed array, as SeedSequence shows its entropy: array([1, 2], dtype=uint32). */
function ndarrayRepr(x: TypedArray): string {
  const shape = (x as Partial<NDArray<TypedArray>>).shape ?? [x.length];
  const float = x instanceof Float64Array || x instanceof Float32Array;
  const vals = Array.from(x as unknown as Iterable<number | bigint>, (v) => (float ? pyFloatRepr(v as number) : String(v)));
  let k = 0;
  const nest = (d: number): string => {
    if (d === shape.length) return vals[k++]!;
    const parts: string[] = [];
    for (let i = 0; i < shape[d]!; i++) parts.push(nest(d + 1));
    return `[${parts.join(', ')}]`;
  };
  const dtype = typedDtypeName(x);
  // numpy leaves out the default dtypes (int64, float64)
  return dtype === 'int64' || dtype === 'float64' ? `array(${nest(0)})` : `array(${nest(0)}, dtype=${dtype})`;
}

/** Python's str() of the object a JS value stands for (a string unquoted, the rest as repr). */
export const pyStr = (x: unknown): string => (typeof x === 'string' ? x : pyRepr(x));

const NUMPY_MODULES: Record<string, string> = {
  MT19937: '_mt19937', PCG64: '_pcg64', PCG64DXSM: '_pcg64', Philox: '_philox', SFC64: '_sfc64',
  SeedSequence: 'bit_generator', BitGenerator: 'bit_generator', Generator: '_generator', RandomState: 'mtrand',
};

const isPyInt = (x: unknown): x is number | bigint =>
  typeof x === 'bigint' || (typeof x === 'number' && Number.isSafeInteger(x) && !Object.is(x, -0));

function sizeDim(d: unknown): bigint {
  if (typeof d === 'boolean') throw TypeError_('an integer is required');
  if (!isPyInt(d)) throw TypeError_(`'${pyTypeName(d)}' object cannot be interpreted as an integer`);
  return BigInt(d);
}

/** The most elements a JS typed array can hold (V8's limit), and the most bytes we allocate. */
const MAX_ELEMENTS = 2n ** 32n;
const MAX_BYTES = 2n ** 35n;

/** numpy's size of an allocation in a MemoryError message ('8.00 TiB', '1.00 EiB'). */
export function numpyBytesString(bytes: bigint): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
  let unit = Math.floor(Math.max(bytes.toString(2).length - 1, 1) / 10);
  let n = Number(bytes) / 2 ** (unit * 10);
  if (Math.round(n) === 1024) { unit += 1; n /= 1024; }
  if (unit >= units.length) { n *= 2 ** ((unit - units.length + 1) * 10); unit = units.length - 1; }
  if (unit === 0) return `${n.toFixed(0)} ${units[0]}`;
  if (Math.round(n) < 1000) {
    const s = n.toPrecision(3);
    return `${s.includes('.') ? s : s + '.'} ${units[unit]}`;
  }
  return `${n.toFixed(0)}. ${units[unit]}`;
}

const TOO_BIG = 'array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.';

/**
 * np.empty(shape, dtype)'s refusals: a product beyond int64 (numpy's ValueError), or more than
 * a JS engine allocates (a MemoryError with numpy's message) -- never the engine's own error.
 */
export function checkAllocation(shape: readonly (number | bigint)[], itemsize = 8, dtype = 'float64'): void {
  // numpy multiplies the nonzero dimensions (and the item size) with an overflow check, so an
  // empty shape can still be too big
  let n = 1n, empty = false;
  for (const d of shape) {
    if (BigInt(d) === 0n) empty = true;
    else n *= BigInt(d);
  }
  const bytes = n * BigInt(itemsize);
  if (bytes > INT64_MAX_BIG) {
    throw ValueErrorOf(TOO_BIG);
  }
  if (empty) return;
  if (n > MAX_ELEMENTS || bytes > MAX_BYTES) {
    throw new MemoryError(`Unable to allocate ${numpyBytesString(bytes)} for an array with shape ${pyTuple(shape as number[])} and data type ${dtype}`);
  }
}

/**
 * Validates numpy's `size` (an int or a sequence of ints, as np.empty takes it) and returns the
 * shape, or null for a size-less call. `itemsize`/`dtype` describe the array it will allocate.
 */
export function normalizeSize(size: Size | unknown, allowNegative = false, itemsize = 8, dtype = 'float64'): number[] | null {
  if (size === null || size === undefined) return null;
  let dims: bigint[];
  if (typeof size === 'bigint' || (isPyInt(size) && typeof size !== 'boolean')) dims = [BigInt(size)];
  else if (typeof size === 'string') throw TypeError_("'str' object cannot be interpreted as an integer");
  else if (Array.isArray(size) || isTypedArray(size)) dims = Array.from(size as globalThis.ArrayLike<unknown>, sizeDim);
  else throw TypeError_(`expected a sequence of integers or a single integer, got '${pyRepr(size)}'`);
  for (const d of dims) if (d > INT64_MAX_BIG || d < INT64_MIN_BIG) throw ValueErrorOf('Maximum allowed dimension exceeded');
  if (!allowNegative) {
    // numpy's order, dimension by dimension: a negative one, or a running byte count past int64
    let bytes = BigInt(itemsize);
    for (const d of dims) {
      if (d === 0n) continue;
      if (d < 0n) throw ValueErrorOf('negative dimensions are not allowed');
      bytes *= d;
      if (bytes > INT64_MAX_BIG) throw ValueErrorOf(TOO_BIG);
    }
  }
  if (!allowNegative) checkAllocation(dims, itemsize, dtype);
  return dims.map(Number);
}

export function isTypedArray(x: unknown): x is TypedArray {
  return ArrayBuffer.isView(x) && !(x instanceof DataView);
}

/** A typed array's shape: its `shape` property, else 1-d. */
export function typedShape(x: TypedArray): number[] {
  const s = (x as NDArray<TypedArray>).shape;
  return Array.isArray(s) ? s.slice() : [x.length];
}

/** The shape numpy would give `np.asarray(x)`. Ragged input throws numpy's error. */
export function shapeOf(x: ArrayLike): number[] {
  if (isTypedArray(x)) return typedShape(x);
  if (!Array.isArray(x)) return [];
  const st: Discovery = { max: MAX_DIMS, reached: false, ragged: false, shape: [] };
  st.max = discover(x, 0, st);
  const shape = st.shape.slice(0, st.max);
  if (st.ragged) {
    throw ValueErrorOf(
      `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${st.max} dimensions. The detected shape was ${pyTuple(shape)} + inhomogeneous part.`,
    );
  }
  return shape;
}

const MAX_DIMS = 64;

/** numpy's shape discovery state (array_coercion.c): the deepest usable depth and the shape so far. */
interface Discovery { max: number; reached: boolean; ragged: boolean; shape: number[] }

/**
 * numpy's depth-first discovery of nested sequences: each element's dimensions are checked against
 * those found first, and a mismatch cuts the usable depth to where the shapes still agree (which
 * the error reports). Returns the usable depth.
 */
function discover(x: unknown, depth: number, st: Discovery): number {
  if (!Array.isArray(x)) {
    if (!updateShape(st, depth, isTypedArray(x) ? typedShape(x) : [], false)) st.ragged = true;
    return st.max;
  }
  if (!updateShape(st, depth, [x.length], true)) { st.ragged = true; return st.max; }
  if (x.length === 0) { st.reached = true; st.max = depth + 1; return st.max; }
  for (const item of x) st.max = discover(item, depth + 1, st);
  return st.max;
}

/** numpy's update_shape: false when the dimensions at `depth` disagree with those found first. */
function updateShape(st: Discovery, depth: number, dims: readonly number[], sequence: boolean): boolean {
  let ok = true, nd = dims.length;
  const reached = st.reached;
  if (depth + nd > st.max) {
    ok = false;
    nd = st.max - depth;
  } else if (!sequence && st.max !== depth + nd) {
    st.max = depth + nd;
    if (reached) ok = false;
  }
  for (let i = 0; i < nd; i++) {
    if (!reached) st.shape[depth + i] = dims[i]!;
    else if (dims[i] !== st.shape[depth + i]) {
      ok = false;
      st.max = sequence ? depth : st.max - (nd - i);
      break;
    }
  }
  if (!sequence) st.reached = true;
  return ok;
}

/** Flattens an array-like into C order, converting each element with `conv`. */
export function flatten<T>(x: ArrayLike, conv: (v: number | bigint | boolean) => T, out: T[] = []): T[] {
  // (elements may be any JS value: conv gives numpy's conversion or error)
  if (isTypedArray(x)) {
    for (let i = 0; i < x.length; i++) out.push(conv(x[i] as number | bigint));
  } else if (Array.isArray(x)) {
    for (const v of x) flatten(v as ArrayLike, conv, out);
  } else {
    out.push(conv(x as number | bigint | boolean));
  }
  return out;
}

/** Python's float(s) for a numeric string, or null when it is not one. */
function parsePyFloat(s: string): number | null {
  const t = s.trim().replace(/(\d)_(?=\d)/g, '$1');
  if (/^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?)$/.test(t)) return Number(t);
  const m = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (!m) return null;
  if (m[2]!.toLowerCase() === 'nan') return NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}

/**
 * An element of np.asarray(x, dtype=float64): None (null/undefined) is NaN, a numeric string
 * converts, anything else gets numpy's error.
 */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'string') {
    const f = parsePyFloat(v);
    if (f === null) throw ValueErrorOf(`could not convert string to float: '${v}'`);
    return f;
  }
  throw TypeError_(`float() argument must be a string or a real number, not '${pyTypeName(v)}'`);
}

/**
 * A scalar parameter as numpy's cont()/disc() read it: np.asarray(x, float64) must succeed, then
 * PyFloat_AsDouble(x), which takes only real numbers.
 */
export function toScalarDouble(v: unknown): number {
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return toNumber(v);
  toNumber(v);
  throw TypeError_(`must be real number, not ${pyTypeName(v)}`);
}

/** `np.asarray(x, dtype=float64)`: data in C order plus shape. */
export function asFloat64(x: ArrayLike): { data: Float64Array; shape: number[] } {
  const shape = shapeOf(x);
  if (shape.length === 0) return { data: Float64Array.of(isTypedArray(x) ? toNumber(x[0]!) : toNumber(x)), shape };
  if (x instanceof Float64Array) return { data: x, shape };
  return { data: Float64Array.from(flatten(x, toNumber)), shape };
}
