// The Python operations numpy's bit-generator state setters apply to the values they are given
// (subscripts, Cython's C integer casts, ndarray item and slice assignment, PCG64's `// 2**64`),
// with Python's messages, for the JS value each stands for (README: null is None, a string is
// str, a bigint or a safe integer is int, any other number is float, a plain object is a dict,
// an array is a list, a typed array an ndarray). numpy casts what these accept, so we do too.
import { IndexError, KeyError, OverflowError, ValueError } from '../core/errors.js';
import { cLong, floatToInt, pyInt, pyTypeName } from '../core/pyint.js';

const TWO64 = 1n << 64n;
const LONG_MIN = -(1n << 63n);
const ULONG_BIG = 'Python int too large to convert to C unsigned long';
const LONG_BIG = 'Python int too large to convert to C long';
const NOT_0D = 'only 0-dimensional arrays can be converted to Python scalars';

type Typed = ArrayLike<number | bigint> & { shape?: number[] };
const isTyped = (x: unknown): x is Typed => ArrayBuffer.isView(x) && !(x instanceof DataView);
const isFloatTyped = (x: unknown): boolean => x instanceof Float64Array || x instanceof Float32Array;

/** isinstance(x, dict): a plain JS object. */
export function isPyDict(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** x[key] for a str key (a missing dict key is a KeyError; an own `undefined` is None). */
export function getKey(x: unknown, key: string): unknown {
  if (isPyDict(x)) {
    if (!Object.hasOwn(x, key)) throw new KeyError(`'${key}'`);
    return x[key];
  }
  if (typeof x === 'string') throw new TypeError("string indices must be integers, not 'str'");
  if (Array.isArray(x)) throw new TypeError('list indices must be integers or slices, not str');
  if (isTyped(x)) {
    throw new IndexError('only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices');
  }
  throw new TypeError(`'${pyTypeName(x)}' object is not subscriptable`);
}

/** x[i] for a non-negative int i. */
export function getIndex(x: unknown, i: number): unknown {
  if (typeof x === 'string') {
    if (i >= x.length) throw new IndexError('string index out of range');
    return x[i];
  }
  if (Array.isArray(x)) {
    if (i >= x.length) throw new IndexError('list index out of range');
    return x[i];
  }
  if (isTyped(x)) {
    const n = x.shape?.[0] ?? x.length;
    if (i >= n) throw new IndexError(`index ${i} is out of bounds for axis 0 with size ${n}`);
    if (x.shape && x.shape.length > 1) return new Float64Array(0); // a row: an ndarray, not a scalar
    return x[i];
  }
  if (isPyDict(x)) {
    if (!Object.hasOwn(x, String(i))) throw new KeyError(String(i));
    return x[String(i)];
  }
  throw new TypeError(`'${pyTypeName(x)}' object is not subscriptable`);
}

/** The Python int a Cython integer cast sees: ints and bools as they are, floats truncated. */
function castInt(x: unknown): bigint {
  if (typeof x === 'boolean') return x ? 1n : 0n;
  if (typeof x === 'bigint') return x;
  if (typeof x === 'number') return Number.isSafeInteger(x) ? BigInt(x) : floatToInt(x);
  if (isTyped(x)) throw new TypeError(NOT_0D);
  throw new TypeError('an integer is required');
}

/** Cython's `<uint32_t>` / `<uint64_t>` cast of a Python object. */
export function cUnsigned(x: unknown, bits: 32 | 64): bigint {
  const v = castInt(x);
  if (v < 0n) throw new OverflowError(`can't convert negative value to uint${bits}_t`);
  if (v >= TWO64) throw new OverflowError(ULONG_BIG);
  if (v >> BigInt(bits) !== 0n) throw new OverflowError(`value too large to convert to uint${bits}_t`);
  return v;
}

/** Cython's conversion to a C int. */
export function cInt(x: unknown): number {
  if (isTyped(x)) throw new TypeError(NOT_0D);
  return cLong(x, 'int');
}

/** numpy's check of a Python int stored into a uint64 array element. */
function u64OfInt(v: bigint): bigint {
  if (v >= 0n && v < TWO64) return v;
  if (v < 0n && v >= LONG_MIN) throw new OverflowError(`Python integer ${v} out of bounds for uint64`);
  throw new OverflowError(LONG_BIG);
}

/** `arr[i] = x` for a uint64 array and a Python scalar x (strings parse as int() does). */
function u64Item(x: unknown): bigint {
  if (typeof x === 'number' && !Number.isSafeInteger(x)) return u64OfInt(floatToInt(x));
  if (x === null || x === undefined || typeof x === 'object') {
    throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(x)}'`);
  }
  return u64OfInt(pyInt(x));
}

/** An unsafe ndarray cast to uint64 (integers wrap; the values x86 gives for NaN and overflow). */
function u64Cast(x: number | bigint): bigint {
  if (typeof x === 'bigint') return BigInt.asUintN(64, x);
  if (!Number.isFinite(x)) return 1n << 63n;
  const t = BigInt(Math.trunc(x));
  return t >= TWO64 || t < -TWO64 ? 1n << 63n : BigInt.asUintN(64, t);
}

/** `state_vec[:] = x` for a uint64 array of n elements (SFC64's setter): scalars broadcast. */
export function assignU64Slice(x: unknown, n: number): bigint[] {
  let vals: bigint[];
  let shape: number[];
  if (isTyped(x)) {
    vals = Array.from(x, u64Cast);
    shape = x.shape ?? [x.length];
  } else if (Array.isArray(x)) {
    if (x.some((e) => Array.isArray(e) || isTyped(e))) {
      throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    vals = x.map(u64Item);
    shape = [x.length];
  } else {
    vals = [u64Item(x)];
    shape = [];
  }
  const len = shape.reduce((a, b) => a * b, 1);
  if (shape.length > 1 || (shape.length === 1 && len !== 1 && len !== n)) {
    throw new ValueError(`could not broadcast input array from shape (${shape.join(',')}${shape.length === 1 ? ',' : ''}) into shape (${n},)`);
  }
  return vals.length === n ? vals : new Array<bigint>(n).fill(vals[0]!);
}

/** PCG64's `[x // 2**64, x % 2**64]`, each stored into a uint64 array element. */
export function pcgHalves(x: unknown): [bigint, bigint] {
  if (isTyped(x)) {
    if (isFloatTyped(x)) throw new ValueError('setting an array element with a sequence.');
    throw new OverflowError(LONG_BIG);
  }
  if (typeof x === 'number' && !Number.isSafeInteger(x)) {
    // float floor division and modulo by a power of two are exact; inf // y is nan
    if (!Number.isFinite(x)) throw new ValueError('cannot convert float NaN to integer');
    const hi = Math.floor(x / 2 ** 64);
    const lo = x - hi * 2 ** 64;
    return [u64OfInt(floatToInt(hi)), u64OfInt(floatToInt(lo))];
  }
  if (typeof x !== 'bigint' && typeof x !== 'number' && typeof x !== 'boolean') {
    throw new TypeError(`unsupported operand type(s) for //: '${pyTypeName(x)}' and 'int'`);
  }
  const v = typeof x === 'boolean' ? (x ? 1n : 0n) : BigInt(x);
  const lo = ((v % TWO64) + TWO64) % TWO64;
  return [u64OfInt((v - lo) / TWO64), lo];
}
