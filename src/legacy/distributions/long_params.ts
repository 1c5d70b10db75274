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
    return Number(v);
  }
  if (Number.isNaN(v)) throw new ValueError('cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw new OverflowError('cannot convert float infinity to integer');
  const t = Math.trunc(v) + 0; // a C long has no -0
  if (t >= TWO_63 || t < -TWO_63) throw new OverflowError('Python int too large to convert to C long');
  return t;
}

/**
 * The README's 2**53 rule for long parameters, after numpy's own checks of the call have passed
 * and before anything is drawn: a count a JS number cannot hold exactly (a bigint the double
 * rounds, 2**53 + 1 -> 2**53, or any value beyond 2**53) is refused.
 */
export function refuseInexactLongs(x: ArrayLike): void {
  const check = (e: unknown): void => {
    if (typeof e === 'bigint' && BigInt(Number(e)) !== e) {
      throw new RangeError(`integer parameter ${e} exceeds 2**53: pass a smaller value (results would not be exact in a JS number)`);
    }
    const t = typeof e === 'number' ? Math.trunc(e) : typeof e === 'bigint' ? Number(e) : 0;
    if (Math.abs(t) > TWO_53) {
      throw new RangeError(`integer parameter ${t} exceeds 2**53: pass a smaller value (results would not be exact in a JS number)`);
    }
  };
  if (isTypedArray(x)) x.forEach((e: number | bigint) => check(e));
  else flatten(x, (e) => e).forEach(check);
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
