// Python int handling for randrange and friends: JS numbers that are integers act as Python
// ints, bigints as ints of any size, other numbers as floats; exact integer helpers.
import { OverflowError, ValueError } from '../core/errors.js';
import { checkIntegral } from './pymath.js';

/** An integer argument or result: a number (safe integer) or a bigint. */
export type PyInt = number | bigint;

/** Python's type name of a JS value, for TypeError messages: every integral number is an int here, a Uint8Array is bytes. */
export function pyTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'NoneType';
  if (v instanceof Uint8Array) return 'bytes';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'function') return 'function';
  return 'dict';
}

const INT_LITERAL = /^\s*[+-]?(\d+(_\d+)*)\s*$/;

/**
 * randrange's conversion of one argument: operator.index for ints, else int(x), which must
 * equal x ("non-integer arg 1 for randrange()" and the like). `what` names the argument.
 */
export function randrangeIndex(v: unknown, what: string): PyInt {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') {
    checkIntegral(v);
    if (!Number.isInteger(v)) throw new ValueError(`non-integer ${what} for randrange()`);
    return v === 0 ? 0 : v;
  }
  if (typeof v === 'string') {
    if (INT_LITERAL.test(v)) throw new ValueError(`non-integer ${what} for randrange()`);
    throw new ValueError(`invalid literal for int() with base 10: ${pyRepr(v)}`);
  }
  throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(v)}'`);
}

function pyRepr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Conversion to a C int (Argument Clinic `int`), e.g. getrandbits(k). */
export function cInt(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    if (v > 2147483647n || v < -2147483648n) throw new OverflowError('Python int too large to convert to C int');
    return Number(v);
  }
  if (typeof v === 'number' && Number.isInteger(v)) {
    if (v > 2147483647 || v < -2147483648) throw new OverflowError('Python int too large to convert to C int');
    return v === 0 ? 0 : v;
  }
  throw new TypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** operator.index(v) as a safe-integer number (a count such as k), else TypeError. */
export function indexCount(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('count beyond 2**53 is not supported');
    return Number(v);
  }
  if (typeof v === 'number' && Number.isInteger(v)) {
    if (!Number.isSafeInteger(v)) throw new RangeError('count beyond 2**53 is not supported');
    return v === 0 ? 0 : v;
  }
  throw new TypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
}

/** ceil(a / b) for safe integers a, b (b != 0), exactly. */
export function ceilDiv(a: number, b: number): number {
  const r = a % b;
  const q = (a - r) / b;
  return r !== 0 && (a > 0) === (b > 0) ? q + 1 : q;
}

/** Python's int.bit_length of a non-negative safe integer. */
export function bitLength(n: number): number {
  if (n < 4294967296) return 32 - Math.clz32(n);
  return 64 - Math.clz32(Math.floor(n / 4294967296));
}

/** int.bit_length of a non-negative bigint. */
export function bitLengthBig(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}
