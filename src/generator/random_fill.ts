// numpy's Generator.random: double_fill / float_fill (_common.pyx) over next_double / next_float.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { type DtypeLike, fillFloat, floatDtype } from '../core/float_fill.js';
import type { NDArray, Size } from '../core/ndarray.js';

export type RandomResult = number | NDArray<Float64Array> | NDArray<Float32Array> | Float64Array | Float32Array;

/** Floats in [0, 1): float64 from next_double, float32 from next_float; `out` is filled and returned. */
export function randomFloats(bg: BitGenerator, size: Size, dtype: DtypeLike | null, out: unknown): RandomResult {
  if ((size === undefined || size === null) && (out === undefined || out === null) && (dtype === 'float64' || dtype === null)) {
    return bg.next_double();
  }
  const o = out as Float64Array | Float32Array | null | undefined;
  if (floatDtype(dtype, 'random') === 'float64') {
    return fillFloat(size, 'float64', o, () => bg.next_double(), (a) => bg.fill_double(a as Float64Array));
  }
  return fillFloat(size, 'float32', o, () => bg.next_float(), (a) => bg.fill_float(a as Float32Array));
}
