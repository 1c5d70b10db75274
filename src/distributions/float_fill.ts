// numpy's float front end for size/dtype/out (double_fill, float_fill and check_output in _common.pyx).
import { ValueError } from '../core/errors.js';
import { type NDArray, type Size, normalizeSize, shapeSize, withShape } from '../core/ndarray.js';

export type FloatDtype = 'float64' | 'float32';
/** numpy's dtype argument as this port accepts it: a name or a typed-array constructor. */
export type DtypeLike = string | Float64ArrayConstructor | Float32ArrayConstructor;

// (numpy 2 removed the 'float_' alias)
const FLOAT64 = new Set(['float64', 'f8', '<f8', '=f8', 'd', 'double', 'float']);
const FLOAT32 = new Set(['float32', 'f4', '<f4', '=f4', 'f', 'single']);
const OTHER: Record<string, string> = {
  int8: 'int8', i1: 'int8', int16: 'int16', i2: 'int16', int32: 'int32', i4: 'int32', int64: 'int64', i8: 'int64',
  int: 'int64', uint8: 'uint8', u1: 'uint8', uint16: 'uint16', u2: 'uint16', uint32: 'uint32', u4: 'uint32',
  uint64: 'uint64', u8: 'uint64', bool: 'bool', float16: 'float16', f2: 'float16', longdouble: 'float128',
  complex128: 'complex128', complex64: 'complex64',
};

/** Resolves a float dtype, or throws numpy's 'Unsupported dtype' TypeError for `method`. */
export function floatDtype(dtype: DtypeLike | undefined, method: string): FloatDtype {
  if (dtype === undefined || dtype === Float64Array) return 'float64';
  if (dtype === Float32Array) return 'float32';
  const name = String(dtype);
  if (FLOAT64.has(name)) return 'float64';
  if (FLOAT32.has(name)) return 'float32';
  const other = OTHER[name];
  if (other === undefined) throw new TypeError(`data type '${name}' not understood`);
  throw new TypeError(`Unsupported dtype dtype('${other}') for ${method}`);
}

export type FloatArray = Float64Array | Float32Array;

/** numpy's check_output: dtype, then size against out.shape. Returns out's shape. */
export function checkOutput(out: FloatArray, dtype: FloatDtype, size: Size): number[] {
  const got = out instanceof Float64Array ? 'float64' : out instanceof Float32Array ? 'float32' : null;
  if (got === null) {
    throw new ValueError('Supplied output array must be contiguous, writable, aligned, and in machine byte-order.');
  }
  if (got !== dtype) {
    throw new TypeError(`Supplied output array has the wrong type. Expected ${dtype}, got ${got}`);
  }
  const shape = (out as Partial<NDArray<FloatArray>>).shape ?? [out.length];
  const want = normalizeSize(size);
  if (want !== null && (want.length !== shape.length || want.some((d, i) => d !== shape[i]))) {
    throw new ValueError('size must match out.shape when used together');
  }
  return shape;
}

/**
 * numpy's double_fill / float_fill: one draw without size or out, else `fill` a new array of
 * `size` (or `out`) in C order. `fill` is the method's own loop (a monomorphic call site).
 */
export function fillFloat(
  size: Size, dtype: FloatDtype, out: FloatArray | undefined | null,
  draw: () => number, fill: (out: FloatArray, n: number) => void,
): number | NDArray<FloatArray> {
  if (out !== undefined && out !== null) {
    const shape = checkOutput(out, dtype, size);
    fill(out, out.length);
    return withShape(out, shape);
  }
  const shape = normalizeSize(size, false, dtype === 'float64' ? 8 : 4, dtype);
  if (shape === null) return draw();
  const n = shapeSize(shape);
  const arr = dtype === 'float64' ? new Float64Array(n) : new Float32Array(n);
  fill(arr, n);
  return withShape(arr, shape);
}
