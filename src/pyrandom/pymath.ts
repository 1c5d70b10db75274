// CPython's float semantics around the C library: math.log/exp/cos/acos/sqrt/floor with their
// ValueError / OverflowError, float division (ZeroDivisionError), float ** (float_pow) and %.
// The elementary functions are src/math's glibc-identical ones, as CPython calls glibc.
import { OverflowError, ValueError } from '../core/errors.js';
import { acos, cos, exp, log, pow } from '../math/index.js';

/** CPython's ZeroDivisionError (an ArithmeticError in Python; a RangeError here). */
export class ZeroDivisionError extends RangeError {
  override name = 'ZeroDivisionError';
}

/** CPython's AssertionError (binomialvariate asserts its BTRS preconditions). */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

const DOMAIN = 'math domain error';

/** math.log(x) for a float. */
export function pyLog(x: number): number {
  if (x > 0) return log(x);
  if (x !== x) return x;
  throw new ValueError(DOMAIN);
}

/** math.exp(x): an infinite result from a finite argument is an OverflowError. */
export function pyExp(x: number): number {
  const r = exp(x);
  if (r === Infinity && x !== Infinity) throw new OverflowError('math range error');
  return r;
}

/** math.cos(x): infinities are a domain error. */
export function pyCos(x: number): number {
  if (x === Infinity || x === -Infinity) throw new ValueError(DOMAIN);
  return cos(x);
}

/** math.acos(x). */
export function pyAcos(x: number): number {
  if (x > 1 || x < -1) throw new ValueError(DOMAIN);
  return acos(x);
}

/** math.sqrt(x) (sqrt is correctly rounded, so Math.sqrt is glibc's). */
export function pySqrt(x: number): number {
  if (x < 0) throw new ValueError(DOMAIN);
  return Math.sqrt(x);
}

/** The float -> int conversion checks of math.floor / math.ceil / int(). */
export function checkIntegral(x: number): void {
  if (x !== x) throw new ValueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw new OverflowError('cannot convert float infinity to integer');
}

/** math.floor(x) of a float, as an (integer-valued) number. */
export function pyFloor(x: number): number {
  checkIntegral(x);
  return Math.floor(x);
}

/** math.ceil(x) of a float. */
export function pyCeil(x: number): number {
  checkIntegral(x);
  return Math.ceil(x);
}

/** Float true division a / b. */
export function fdiv(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError('float division by zero');
  return a / b;
}

/** Python float % for a positive finite divisor y (the result takes the divisor's sign). */
export function pyModPositive(x: number, y: number): number {
  const m = x % y;
  if (m === 0) return 0;
  return m < 0 ? m + y : m;
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/** Python's float ** float (floatobject.c float_pow) for float operands. */
export function pyPow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x !== x) return x === 1 ? 1 : x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1) return 1;
    return (y > 0) === (ax > 1) ? Infinity : 0;
  }
  if (x === Infinity || x === -Infinity) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Infinity;
    return odd ? (x < 0 ? -0 : 0) : 0;
  }
  if (x === 0) {
    if (y < 0) throw new ZeroDivisionError('0.0 cannot be raised to a negative power');
    return isOddInteger(y) ? x : 0;
  }
  let negate = false;
  if (x < 0) {
    if (y !== Math.floor(y)) {
      // CPython returns a complex number here; no sampler reaches this with valid parameters.
      throw new TypeError('negative number raised to a fractional power gives a complex result, which is not supported');
    }
    x = -x;
    negate = isOddInteger(y);
  }
  if (x === 1) return negate ? -1 : 1;
  const r = pow(x, y);
  if (r === Infinity) throw new OverflowError("(34, 'Numerical result out of range')");
  return negate ? -r : r;
}
