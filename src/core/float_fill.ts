// numpy's float front end for size/dtype/out (double_fill, float_fill and check_output in _common.pyx).
import { checkOutput } from '../core/check_output.js';
import { parseDtype } from './dtype.js';
import { type NDArray, type Size, normalizeSize, shapeSize, withShape } from './ndarray.js';

export type FloatDtype = 'float64' | 'float32';
/** numpy's dtype argument as this port accepts it: a name or a typed-array constructor. */
export type DtypeLike = string | Float64ArrayConstructor | Float32ArrayConstructor;

export type FloatArray = Float64Array | Float32Array;

/**
 * The float methods' `np.dtype(dtype)` then `== np.float64 / np.float32` test: any spelling numpy
 * resolves to native float64 or float32, else numpy's 'Unsupported dtype' TypeError for `method`
 * (or np.dtype's own TypeError for a string numpy does not understand).
 */
export function floatDtype(dtype: DtypeLike | null | undefined, method: string): FloatDtype {
  if (dtype === undefined || dtype === null || dtype === Float64Array) return 'float64';
  if (dtype === Float32Array) return 'float32';
  const info = parseDtype(dtype as string);
  if (info.native && info.name === 'float64') return 'float64';
  if (info.native && info.name === 'float32') return 'float32';
  throw new TypeError(`Unsupported dtype ${info.repr} for ${method}`);
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
