// numpy's check_output (_common.pyx): the `out=` argument of the float fills.
import { typedDtypeName } from '../core/dtype.js';
import { ValueError } from '../core/errors.js';
import { isTypedArray, type Size, type TypedArray } from '../core/ndarray.js';
import { typedShape } from './nd.js';

/** Validates `out` against the dtype and `size` exactly as numpy does; returns it typed. */
export function checkOutput(out: unknown, dtype: string, size: Size): TypedArray {
  if (!isTypedArray(out)) {
    throw new ValueError('Supplied output array must be contiguous, writable, aligned, and in machine byte-order.');
  }
  const got = typedDtypeName(out);
  if (got !== dtype) throw new TypeError(`Supplied output array has the wrong type. Expected ${dtype}, got ${got}`);
  if (size !== null && size !== undefined) {
    const want = (typeof size === 'number' || typeof size === 'bigint' ? [size] : [...size]).map(Number);
    const shape = typedShape(out);
    if (want.length !== shape.length || want.some((d, k) => d !== shape[k])) {
      throw new ValueError('size must match out.shape when used together');
    }
  }
  return out;
}
