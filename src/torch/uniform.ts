// uniform_ (and rand): at::uniform_real_distribution per dtype. float32, float16 and bfloat16
// take one 32-bit draw masked to 24, 11 or 8 bits; float64 takes a 64-bit draw masked to 53.
import type { Generator } from './generator.js';
import { RuntimeError } from './errors.js';
import { cppDouble } from './format.js';
import { type Dtype, type TorchArray, type Float16ArrayT, halfBits, f32ToHalfBits, f32ToBf16Bits, roundTo, scalarTypeName, typeMetaName, isFloating } from './dtype.js';
import { scratchWords, SCRATCH_BLOCK } from './scratch.js';
import { fmaf } from '../math/fmaf.js';
import { fma as fmaD } from '../math/fma.js';

const TWO_M53 = 1.1102230246251565e-16;

/** std::numeric_limits<T>::max() for the floating dtypes. */
export function floatMax(d: Dtype): number {
  switch (d) {
    case 'float32': return 3.4028234663852886e38;
    case 'float64': return Number.MAX_VALUE;
    case 'float16': return 65504;
    default: return 3.3895313892515355e38;
  }
}

/** One double uniform in [0, 1): a 64-bit draw (high word first) masked to 53 bits. */
export function uniformDouble(g: Generator): number {
  const hi = g.random(), lo = g.random();
  return ((hi & 0x1fffff) * 4294967296 + lo) * TWO_M53;
}

/** uniform_'s checks (torch's messages), then the bounds clamped as torch clamps them. */
export function checkUniform(d: Dtype, from: number, to: number): [number, number] {
  if (!isFloating(d)) throw new RuntimeError(`"check_uniform_bounds" not implemented for '${scalarTypeName(d)}'`);
  const max = floatMax(d), min = -max;
  if (!(from >= min && from <= max)) throw new RuntimeError(`from is out of bounds for ${typeMetaName(d)}`);
  if (!(to >= min && to <= max)) throw new RuntimeError(`to is out of bounds for ${typeMetaName(d)}`);
  if (!(from <= to)) throw new RuntimeError(`uniform_ expects to return a [from, to) range, but found from=${cppDouble(from)} > to=${cppDouble(to)}`);
  if (!(to - from <= max)) {
    throw new RuntimeError(`uniform_ expects to-from <= std::numeric_limits<${scalarTypeName(d)}>::max(), but found to=${cppDouble(to)} and from=${cppDouble(from)} which result in to-from to exceed the limit`);
  }
  return [Math.min(Math.max(from, min), max), Math.max(Math.min(to, max), min)];
}

/** Fills `out` (dtype d) with uniform values in [from, to) after torch's checks. */
export function uniformFill(g: Generator, out: TorchArray, d: Dtype, from: number, to: number, fused = true): void {
  [from, to] = checkUniform(d, from, to);
  const n = out.length;
  if (d === 'float64') {
    const o = out as Float64Array;
    const range = to - from;
    // x * range + from: the AVX2 build contracts it to an FMA, the default build does not
    if (from === 0 && range === 1) {
      fillUniform53(g, o, n);
    } else {
      if (fused) for (let i = 0; i < n; i++) o[i] = fmaD(uniformDouble(g), range, from);
      else for (let i = 0; i < n; i++) o[i] = uniformDouble(g) * range + from;
    }
    return;
  }
  const f = roundTo(d, from), t = roundTo(d, to);
  const range = roundTo(d, t - f);
  const bits = d === 'float32' ? 24 : d === 'float16' ? 11 : 8;
  const mask = 2 ** bits - 1, scale = 2 ** -bits;
  const w = scratchWords(SCRATCH_BLOCK);
  const plain = f === 0 && range === 1;
  const store = d === 'float32' ? null : d === 'float16' ? halfBits(out as Float16ArrayT) : (out as Uint16Array);
  const toBits = d === 'float16' ? f32ToHalfBits : f32ToBf16Bits;
  for (let i = 0; i < n; i += SCRATCH_BLOCK) {
    const m = Math.min(SCRATCH_BLOCK, n - i);
    g.fillRandom(w, m);
    if (store === null) {
      const o = out as Float32Array;
      if (plain) for (let k = 0; k < m; k++) o[i + k] = (w[k]! & mask) * scale;
      else if (fused) for (let k = 0; k < m; k++) o[i + k] = fmaf((w[k]! & mask) * scale, range, f);
      else for (let k = 0; k < m; k++) o[i + k] = Math.fround((w[k]! & mask) * scale * range) + f;
    } else {
      for (let k = 0; k < m; k++) store[i + k] = toBits(plain ? (w[k]! & mask) * scale : mulAdd((w[k]! & mask) * scale, range, f, fused));
    }
  }
}

/** n 53-bit uniforms (two words each, as uniformDouble) into o[start, start + n). */
export function fillUniform53(g: Generator, o: Float64Array, n: number, start = 0): void {
  const w = scratchWords(SCRATCH_BLOCK);
  const pairs = SCRATCH_BLOCK >> 1;
  for (let i = 0; i < n; i += pairs) {
    const m = Math.min(pairs, n - i);
    g.fillRandom(w, 2 * m);
    for (let k = 0; k < m; k++) o[start + i + k] = ((w[2 * k]! & 0x1fffff) * 4294967296 + w[2 * k + 1]!) * TWO_M53;
  }
}


/** x * y + z in float32: fused (the AVX2 build) or two roundings (the default build). */
export function mulAdd(x: number, y: number, z: number, fused: boolean): number {
  return fused ? fmaf(x, y, z) : Math.fround(Math.fround(x * y) + z);
}
