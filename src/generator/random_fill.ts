// numpy's Generator.random: double_fill / float_fill (_common.pyx) over next_double / next_float.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { parseDtype } from '../core/dtype.js';
import { normalizeSize, shapeSize, withShape, type NDArray, type Size } from '../core/ndarray.js';
import { checkOutput } from './check_output.js';

export type RandomResult = number | NDArray<Float64Array> | NDArray<Float32Array> | Float64Array | Float32Array;

const CHUNK = 4096;
const TWO_M24 = 5.9604644775390625e-8;

/** next_float for each element, from next_uint32 words drawn in bulk. */
function fillFloat32(bg: BitGenerator, out: Float32Array): void {
  const n = out.length;
  const words = new Uint32Array(Math.min(n, CHUNK));
  for (let i = 0; i < n; i += CHUNK) {
    const k = Math.min(CHUNK, n - i);
    bg.fill_uint32(words, 0, k);
    for (let j = 0; j < k; j++) out[i + j] = (words[j]! >>> 8) * TWO_M24;
  }
}

/** A fresh array of `size` (numpy's np.empty(size)) filled by `fill`. */
function sized<T extends Float64Array | Float32Array>(Ctor: new (n: number) => T, size: Size, fill: (a: T) => void): NDArray<T> {
  const shape = normalizeSize(size)!;
  const arr = new Ctor(shapeSize(shape));
  fill(arr);
  return withShape(arr, shape);
}

/** Floats in [0, 1): float64 from next_double, float32 from next_float; `out` is filled and returned. */
export function randomFloats(bg: BitGenerator, size: Size, dtype: string | null, out: unknown): RandomResult {
  if ((size === undefined || size === null) && (out === undefined || out === null) && (dtype === 'float64' || dtype === null)) {
    return bg.next_double();
  }
  const dt = parseDtype(dtype ?? 'float64');
  const scalar = (size === null || size === undefined) && (out === null || out === undefined);
  if (dt.repr === "dtype('float64')") {
    if (scalar) return bg.next_double();
    const fill = (a: Float64Array): void => bg.fill_double(a);
    if (out === null || out === undefined) return sized(Float64Array, size, fill);
    const o = checkOutput(out, 'float64', size) as Float64Array;
    fill(o);
    return o;
  }
  if (dt.repr === "dtype('float32')") {
    if (scalar) return bg.next_float();
    const fill = (a: Float32Array): void => fillFloat32(bg, a);
    if (out === null || out === undefined) return sized(Float32Array, size, fill);
    const o = checkOutput(out, 'float32', size) as Float32Array;
    fill(o);
    return o;
  }
  throw new TypeError(`Unsupported dtype ${dt.repr} for random`);
}
