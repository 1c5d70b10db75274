// numpy's Generator.random: double_fill / float_fill (_common.pyx) over next_double / next_float.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { type DtypeLike, fillFloat, floatDtype } from '../core/float_fill.js';
import type { NDArray, Size } from '../core/ndarray.js';

export type RandomResult = number | NDArray<Float64Array> | NDArray<Float32Array> | Float64Array | Float32Array;

const CHUNK = 4096;
// (a literal, as in the other hot loops: V8 loads an imported binding on every use; core/constants.ts has the shared value)
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

/** Floats in [0, 1): float64 from next_double, float32 from next_float; `out` is filled and returned. */
export function randomFloats(bg: BitGenerator, size: Size, dtype: DtypeLike | null, out: unknown): RandomResult {
  if ((size === undefined || size === null) && (out === undefined || out === null) && (dtype === 'float64' || dtype === null)) {
    return bg.next_double();
  }
  const o = out as Float64Array | Float32Array | null | undefined;
  if (floatDtype(dtype, 'random') === 'float64') {
    return fillFloat(size, 'float64', o, () => bg.next_double(), (a) => bg.fill_double(a as Float64Array));
  }
  return fillFloat(size, 'float32', o, () => bg.next_float(), (a) => fillFloat32(bg, a as Float32Array));
}
