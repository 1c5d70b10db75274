// How numpy's Cython front ends turn a Python object into a C integer (long, int, ssize_t), with
// the messages Python gives, for the JS value a numpy user's argument corresponds to (README:
// null is None, a string is str, a bigint or a safe integer is int, any other number is float).
import { OverflowError, UFuncTypeError, ValueError } from './errors.js';
import { checkAllocation, normalizeSize } from './ndarray.js';
import { INT64_MAX_BIG, INT64_MIN_BIG, TWO_63 } from './constants.js';

const LONG_MIN = INT64_MIN_BIG, LONG_MAX = INT64_MAX_BIG;
const INT_MIN = -(2n ** 31n), INT_MAX = 2n ** 31n - 1n;

/** Python's type name of the value a JS argument stands for ('NoneType', 'str', 'float', ...). */
export function pyTypeName(x: unknown): string {
  if (x === null || x === undefined) return 'NoneType';
  if (typeof x === 'string') return 'str';
  if (typeof x === 'boolean') return 'bool';
  if (typeof x === 'bigint') return 'int';
  if (typeof x === 'number') return Number.isSafeInteger(x) && !Object.is(x, -0) ? 'int' : 'float';
  if (Array.isArray(x)) return 'list';
  if (ArrayBuffer.isView(x)) return 'numpy.ndarray';
  if (typeof x === 'function') return 'type';
  if (x instanceof Set) return 'set';
  const name = (x as object).constructor?.name;
  return name && name !== 'Object' ? name : 'dict';
}

/** True when x is what Python would see as an int (bool included). */
export function isPyInt(x: unknown): x is number | bigint | boolean {
  return typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'number' && Number.isSafeInteger(x) && !Object.is(x, -0));
}

/** int(x) for a Python float (NaN and infinities raise as Python does). */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new ValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new OverflowError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

const inRange = (v: bigint, lo: bigint, hi: bigint): boolean => v >= lo && v <= hi;

/**
 * Cython's conversion of an argument typed `long` or `int`: ints and bools pass, floats go
 * through int() (truncation), anything else is "an integer is required".
 */
export function cLong(x: unknown, ctype: 'long' | 'int' = 'long'): number {
  const v = cLongBig(x);
  if (ctype === 'int' && !inRange(v, INT_MIN, INT_MAX)) throw new OverflowError('value too large to convert to int');
  return Number(v);
}

/** cLong's conversion with the exact bigint kept (for arguments whose full 64-bit value matters). */
export function cLongBig(x: unknown): bigint {
  let v: bigint;
  if (typeof x === 'boolean') v = x ? 1n : 0n;
  else if (typeof x === 'bigint') v = x;
  else if (typeof x === 'number') v = Number.isSafeInteger(x) ? BigInt(x) : floatToInt(x);
  else throw new TypeError('an integer is required');
  if (!inRange(v, LONG_MIN, LONG_MAX)) throw new OverflowError('Python int too large to convert to C long');
  return v;
}

/**
 * operator.index(x) then a C ssize_t: only ints (and bools) are accepted; a float is
 * "'float' object cannot be interpreted as an integer".
 */
export function pyIndex(x: unknown, ctype: 'ssize_t' | 'long' = 'ssize_t'): bigint {
  if (!isPyInt(x)) throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
  const v = typeof x === 'boolean' ? (x ? 1n : 0n) : BigInt(x);
  if (!inRange(v, LONG_MIN, LONG_MAX)) throw new OverflowError(`Python int too large to convert to C ${ctype}`);
  return v;
}

/** A base-10 int literal as Python's int() reads a str (after stripping whitespace). */
const INT_LITERAL = /^[+-]?\d(_?\d)*$/;

/** Python's repr of a str: single quotes unless it holds one and no double quote, escapes as Python writes them. */
export function pyStrRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
  return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
}

/** Python's int(x) builtin (strings parsed as base-10 literals). */
export function pyInt(x: unknown): bigint {
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1n : 0n;
  if (typeof x === 'number') return Number.isSafeInteger(x) ? BigInt(x) : floatToInt(x);
  if (typeof x === 'string') {
    const t = x.trim();
    if (INT_LITERAL.test(t)) return BigInt(t.replace(/_/g, ''));
    throw new ValueError(`invalid literal for int() with base 10: ${pyStrRepr(x)}`);
  }
  throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(x)}'`);
}

/** Python's truth value of the object a JS value stands for (an empty list or dict is false). */
export function pyTruthy(x: unknown): boolean {
  if (x === null || x === undefined) return false;
  if (typeof x === 'number') return x !== 0;
  if (typeof x === 'bigint') return x !== 0n;
  if (typeof x === 'string' || Array.isArray(x)) return x.length > 0;
  if (x instanceof Set) return x.size > 0;
  if (typeof x === 'object' && (x as object).constructor === Object) return Object.keys(x).length > 0;
  return Boolean(x);
}

/**
 * bytes(length)'s word count as numpy computes it for an npy_intp length with C division:
 * ((length - 1) / 4 + 1) uint32 draws (so bytes(-1) still draws one word and keeps 3 bytes).
 */
export function bytesWordCount(length: unknown): { length: bigint; words: bigint } {
  const len = cLongBig(length);
  const q = (len - 1n) / 4n; // bigint division truncates toward zero like C
  return { length: len, words: q + 1n };
}

/** Python's bytes[:length]: the kept prefix of n bytes. */
export function sliceLength(n: number, length: bigint): number {
  if (length >= 0n) return Number(length < BigInt(n) ? length : BigInt(n));
  return Math.max(0, n + Number(length));
}

/** Philox.jumped's `jumps * 2**128` in Python: only an int (or bool) gives a valid advance. */
export function philoxJumpCheck(jumps: unknown): void {
  if (isPyInt(jumps)) return;
  if (typeof jumps === 'number') throw new TypeError("unsupported operand type(s) for &: 'float' and 'int'");
  if (typeof jumps === 'string' || Array.isArray(jumps)) throw new OverflowError("cannot fit 'int' into an index-sized integer");
  throw new TypeError(`unsupported operand type(s) for *: '${pyTypeName(jumps)}' and 'int'`);
}

/** len(x) for shuffle's argument: only a sequence (array, typed array, string) has one. */
export function checkSequence(x: unknown): boolean {
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return true;
  // an empty dict has len() 0: numpy's shuffle loop does nothing
  if (typeof x === 'object' && x !== null && x.constructor === Object && Object.keys(x).length === 0) return false;
  if (typeof x === 'string') return true; // len() works; the first swap fails (strSwapFails)
  throw new TypeError(`object of type '${pyTypeName(x)}' has no len()`);
}

/** numpy's shuffle loop on a str: it draws j for i = len - 1, then the item assignment fails. */
export function strSwapFails(x: string, randomInterval: (max: number) => number): void {
  if (x.length < 2) return;
  randomInterval(x.length - 1);
  throw new TypeError("'str' object does not support item assignment");
}

/**
 * multivariate_normal's `size` as numpy uses it: an int becomes [size], anything else is sliced
 * (list(size[:])) and extended by the dimension; the result then goes to standard_normal.
 */
export function mvnSizePrefix(size: unknown): unknown[] {
  if (size === null || size === undefined) return [];
  if (isPyInt(size)) return [size];
  if (typeof size === 'number') throw new TypeError("'float' object is unsliceable");
  if (typeof size === 'string') return [...size];
  if (Array.isArray(size) || ArrayBuffer.isView(size)) return Array.from(size as ArrayLike<unknown>);
  if (typeof size === 'object' && (size as object).constructor === Object) throw new TypeError("unhashable type: 'slice'");
  throw new TypeError(`'${pyTypeName(size)}' object is not subscriptable`);
}

/** len(np.arange(n)) for an int n, refused as np.arange refuses what it cannot allocate. */
export function arangeLength(n: number | bigint | boolean): number {
  const v = BigInt(n);
  if (v <= 0n) return 0;
  if (v > INT64_MAX_BIG) throw new OverflowError('Python int too large to convert to C long');
  checkAllocation([v], 8, 'int64');
  return Number(v);
}

/**
 * The README's 2**53 rule for a count parameter given as a bigint: one a JS number cannot hold
 * exactly would change the draws, so it is refused (before drawing) with a RangeError. With
 * `refuse` false only numpy's own int64 conversion error is checked (the refusal comes later,
 * once numpy's checks of the other arguments and of `size` have passed).
 */
export function exactCounts(x: unknown, name: string, refuse = true): void {
  const visit = (v: unknown): void => {
    if (typeof v === 'bigint') {
      if (v < INT64_MIN_BIG || v > INT64_MAX_BIG) throw new OverflowError('Python int too large to convert to C long');
      if (refuse && BigInt(Number(v)) !== v) {
        throw new RangeError(`integer parameter ${name} = ${v} exceeds 2**53: pass a smaller value (results would not be exact in a JS number)`);
      }
    } else if (Array.isArray(v) || v instanceof BigInt64Array || v instanceof BigUint64Array) {
      for (const e of v as Iterable<unknown>) visit(e);
    }
  };
  visit(x);
}

/**
 * The same rule for counts numpy has already converted to int64 (a float such as 2**62 is exact
 * there): refused once numpy's own checks of them have passed, before anything is drawn.
 */
export function refuseInexactCounts(values: ArrayLike<number>, name: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Math.abs(v) > 2 ** 53) {
      throw new RangeError(`integer parameter ${name} = ${BigInt(v)} exceeds 2**53: pass a smaller value (results would not be exact in a JS number)`);
    }
  }
}

/**
 * numpy's `np.prod(size) == 0` test (integers' early return for an empty size, after which
 * np.empty(size) validates it). The product of int64 dimensions wraps modulo 2^64, so a size like
 * (2**32, 2**32) also takes that return (and np.empty then finds it too big).
 */
export function sizeProductIsZero(size: unknown): boolean {
  if (size === null || size === undefined) return false;
  refuseStringProduct(size);
  if (typeof size === 'number' || typeof size === 'bigint' || typeof size === 'boolean') return Number(size) === 0;
  if (Array.isArray(size) || ArrayBuffer.isView(size)) {
    const xs = Array.from(size as ArrayLike<unknown>);
    if (!xs.every((d) => typeof d === 'number' || typeof d === 'bigint' || typeof d === 'boolean')) return false;
    if (xs.some((d) => Number(d) === 0)) return true;
    const int64 = xs.every((d) => typeof d !== 'number' || (Number.isInteger(d) && Math.abs(d) < 2 ** 63))
      && xs.every((d) => typeof d !== 'bigint' || (d >= -(2n ** 63n) && d < 2n ** 63n));
    return int64 && xs.reduce<bigint>((p, d) => BigInt.asIntN(64, p * BigInt(d as number | bigint | boolean)), 1n) === 0n;
  }
  return false;
}

/**
 * np.prod of a str size (or a list holding one) finds no multiply loop for the str dtype numpy
 * gives it: '<U' and the longest element's length (an int element counts 21 characters).
 */
function refuseStringProduct(size: unknown): void {
  const xs = typeof size === 'string' ? [size] : Array.isArray(size) ? size : null;
  if (xs === null || !xs.some((d) => typeof d === 'string')) return;
  if (!xs.every((d) => typeof d === 'string' || Number.isSafeInteger(d))) return;
  const width = Math.max(...xs.map((d) => (typeof d === 'string' ? d.length : 21)));
  const t = `dtype('<U${width}')`;
  throw new UFuncTypeError(`ufunc 'multiply' did not contain a loop with signature matching types (${t}, ${t}) -> None`);
}

/**
 * np.prod(size, dtype=np.intp), the sample count choice compares with its population: each
 * element through int() (a str parsed, a float truncated), the product wrapping modulo 2^64.
 */
export function intpProduct(size: unknown): number {
  const xs = Array.isArray(size) || ArrayBuffer.isView(size) ? Array.from(size as ArrayLike<unknown>) : [size];
  let p = 1n;
  for (const d of xs) {
    const v = typeof d === 'string' ? intOfStr(d) : typeof d === 'number' && !Number.isInteger(d) && Number.isFinite(d) ? BigInt(Math.trunc(d)) : pyInt(d);
    // an int that fits uint64 wraps into intp; beyond, numpy's object array cannot convert
    if (v < INT64_MIN_BIG || v >= 2n ** 64n) throw new OverflowError('Python int too large to convert to C long');
    p = BigInt.asIntN(64, p * v);
  }
  return Number(p);
}

/** int(np.str_(s)): Python's int() of a numpy str, whose repr its error shows. */
export function intOfStr(s: string): bigint {
  if (!INT_LITERAL.test(s.trim())) throw new ValueError(`invalid literal for int() with base 10: np.str_(${pyStrRepr(s)})`);
  return pyInt(s);
}

/** int(x) where x may also be an ndarray (only a 0-d one converts). */
export function pyIntOfScalar(x: unknown): bigint {
  if (ArrayBuffer.isView(x)) {
    const a = x as unknown as ArrayLike<number | bigint> & { shape?: number[] };
    // numpy 2 converts only a 0-d array (a typed array with shape [])
    if (a.shape?.length !== 0 || a.length !== 1) throw new TypeError('only 0-dimensional arrays can be converted to Python scalars');
    return pyInt(a[0]);
  }
  return pyInt(x);
}

/** PyFloat_AsDouble: a real number (int, float, bool) or numpy's TypeError. */
export function pyFloatAsDouble(x: unknown): number {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return Number(x);
  throw new TypeError(`must be real number, not ${pyTypeName(x)}`);
}

/** Python's `x != 0` for an axis argument (0, 0.0, -0, False and 0n equal 0). */
export function pyNotZero(x: unknown): boolean {
  if (typeof x === 'number' || typeof x === 'bigint' || typeof x === 'boolean') return Number(x) !== 0;
  return true;
}

/**
 * The shape of a sample of k-vectors (dirichlet, multinomial): numpy tries operator.index(size)
 * and falls back to tuple(size), then appends k.
 */
export function rowsShapeOf(size: unknown, k: number, dtype = 'float64'): number[] {
  if (size === null || size === undefined) return [k];
  let dims: unknown[];
  if (isPyInt(size)) dims = [typeof size === 'boolean' ? Number(size) : size]; // operator.index(True) is 1
  else if (typeof size === 'number') throw new TypeError("'float' object is not iterable");
  else if (typeof size === 'string') dims = [...size];
  else if (Array.isArray(size) || ArrayBuffer.isView(size)) dims = Array.from(size as ArrayLike<unknown>);
  else if (typeof size === 'object' && (size as object).constructor === Object) dims = Object.keys(size);
  else throw new TypeError(`'${pyTypeName(size)}' object is not iterable`);
  return normalizeSize([...dims, k], false, 8, dtype)!;
}

/**
 * multivariate_hypergeometric's shape (int64): numpy's `(size, k)` when np.isscalar(size) (then np.zeros
 * rejects a non-integer scalar as one dimension), else `tuple(size) + (k,)`.
 */
export function scalarRowsShapeOf(size: unknown, k: number): number[] {
  const scalar = typeof size === 'number' || typeof size === 'boolean' || typeof size === 'string' || typeof size === 'bigint';
  return scalar ? normalizeSize([size, k], false, 8, 'int64')! : rowsShapeOf(size, k, 'int64');
}

/** numpy's cast of a double to int64 (truncation toward zero; NaN/overflow give INT64_MIN). */
export function toInt64(v: number): number {
  if (!(Math.abs(v) < TWO_63)) return -TWO_63;
  return Math.trunc(v);
}
