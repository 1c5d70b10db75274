// numpy int64 results of methods that take no dtype in numpy (geometric, random_integers): where a
// value lies beyond +-2**53, where a JS number would no longer be exact, the README's way out is
// a bigint (a sized result: a BigInt64Array, all of it); otherwise the usual number/Float64Array.
import { type NDArray, withShape } from './ndarray.js';

const LIMIT = 2 ** 53;
const INT64_MAX = 2n ** 63n - 1n;
/** 2**63 as a double: only numpy's clamp to INT64_MAX produces it (no int64 is that large). */
const TWO_63 = 2 ** 63;

export type Int64Result = number | bigint | NDArray<Float64Array> | NDArray<BigInt64Array>;

function big(v: number | bigint): bigint {
  if (typeof v === 'bigint') return v;
  return v >= TWO_63 ? INT64_MAX : BigInt(v);
}

const beyond = (v: number | bigint): boolean => (typeof v === 'bigint' ? v > 2n ** 53n || v < -(2n ** 53n) : Math.abs(v) > LIMIT);

/**
 * The README's form of an int64 result: numbers while every value is exact as a double, bigints
 * (a BigInt64Array) once one is not. A double 2**63 stands for numpy's INT64_MAX clamp.
 * @param x - a scalar or a sized result, as doubles (integral) or int64s
 */
export function int64Result(x: number | bigint | NDArray<Float64Array> | NDArray<BigInt64Array>): Int64Result {
  if (typeof x === 'number' || typeof x === 'bigint') return beyond(x) ? big(x) : Number(x);
  const values = x as ArrayLike<number | bigint>;
  let wide = false;
  for (let i = 0; i < values.length && !wide; i++) wide = beyond(values[i]!);
  if (wide === (x instanceof BigInt64Array)) return x;
  if (wide) return withShape(BigInt64Array.from(x as Float64Array, big), x.shape);
  return withShape(Float64Array.from(x as BigInt64Array, Number), x.shape);
}
