// numpy's check_output (_common.pyx): the `out=` argument of the float fills.
import { typedDtypeName } from './dtype.js';
import { ValueError } from './errors.js';
import { isTypedArray, typedShape, type Size, type TypedArray } from './ndarray.js';

/**
 * Validates `out` against the dtype and `size` exactly as numpy does (contiguity, then dtype, then
 * `tuple(size) == out.shape`, which does not validate size itself); returns out's shape.
 */
export function checkOutput(out: unknown, dtype: string, size: Size): number[] {
  if (!isTypedArray(out)) {
    throw new ValueError('Supplied output array must be contiguous, writable, aligned, and in machine byte-order.');
  }
  const got = typedDtypeName(out);
  if (got !== dtype) throw new TypeError(`Supplied output array has the wrong type. Expected ${dtype}, got ${got}`);
  const shape = typedShape(out);
  if (size !== null && size !== undefined) {
    const want = (typeof size === 'number' || typeof size === 'bigint' ? [size] : [...size]).map(Number);
    if (want.length !== shape.length || want.some((d, k) => d !== shape[k])) {
      throw new ValueError('size must match out.shape when used together');
    }
  }
  return shape;
}

/** checkOutput for a caller that goes on to fill `out` itself. */
export function checkedOut<T extends TypedArray>(out: unknown, dtype: string, size: Size): T {
  checkOutput(out, dtype, size);
  return out as T;
}
