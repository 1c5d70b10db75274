// How RandomState turns integer parameters (binomial's n, hypergeometric's counts,
// multinomial's n) into C longs: a JS number converts like a Python float or int (truncated;
// NaN, infinities and values beyond int64 raise Python's errors); a float typed array is
// refused like a float64 ndarray under numpy's 'safe' casting rule.
import { OverflowError, ValueError } from '../../core/errors.js';
import { type ArrayLike, flatten, isTypedArray, shapeOf } from '../../core/ndarray.js';
import { TWO_53, TWO_63 } from '../../core/constants.js';
import { pyInt } from '../../core/pyint.js';
import { unsafeCast } from '../../core/param_checks.js';

function pyLong(x: unknown): number {
  // anything but a number goes through Python's int() (a str parses, None is refused), as numpy's
  // conversion to a long array does
  const v = typeof x === 'number' || typeof x === 'boolean' || typeof x === 'bigint' ? x : pyInt(x);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    if (v >= BigInt(TWO_63) || v < -BigInt(TWO_63)) throw new OverflowError('Python int too large to convert to C long');
    // a bigint the double rounds (2**53 + 1 -> 2**53) is beyond 2**53 too
    if (BigInt(Number(v)) !== v) {
      throw new RangeError(`integer parameter ${v} exceeds 2**53: pass a smaller value (results would not be exact in a JS number)`);
    }
    return checkExact(Number(v));
  }
  if (Number.isNaN(v)) throw new ValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw new OverflowError('cannot convert float infinity to integer');
  const t = Math.trunc(v) + 0; // a C long has no -0
  if (t >= TWO_63 || t < -TWO_63) throw new OverflowError('Python int too large to convert to C long');
  return checkExact(t);
}

function checkExact(t: number): number {
  if (Math.abs(t) > TWO_53) {
    throw new RangeError(`integer parameter ${t} exceeds 2**53: pass a smaller value (results would not be exact in a JS number)`);
  }
  return t;
}

/** A long parameter as values in C order plus its shape. */
export function asLongs(x: ArrayLike): { data: Float64Array; shape: number[] } {
  if (x instanceof Float64Array || x instanceof Float32Array) throw unsafeCast(x, x instanceof Float64Array ? 'float64' : 'float32');
  const shape = shapeOf(x);
  if (shape.length === 0 && !isTypedArray(x)) return { data: Float64Array.of(pyLong(x)), shape };
  return { data: Float64Array.from(flatten(x, pyLong)), shape };
}

/** A scalar long parameter (multinomial's n). */
export function asLong(x: number | bigint | boolean): number {
  return pyLong(x);
}
