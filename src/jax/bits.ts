// random_bits for threefry2x32 keys in both of JAX's layouts.
// Partitionable (default): element i hashes the counter (hi32(i), lo32(i)); 32-bit and narrower
// widths take out0 ^ out1 (truncated), 64-bit takes (out0 << 32) | out1.
// Legacy: the padded-halves hash of iota(words); 64-bit pairs word i with word n + i, and 8/16-bit
// values are the little-endian pieces of the words.
import { withShape, type NDArray } from '../core/ndarray.js';
import { config } from './config.js';
import { iotaPair, iotaXor, threefryLegacyIota } from './threefry.js';

export type BitWidth = 8 | 16 | 32 | 64;
export type UintArray = Uint8Array | Uint16Array | Uint32Array | BigUint64Array;

/** Both threefry output words for elements 0..n-1 in the partitionable layout. */
export function partitionableWords(k0: number, k1: number, n: number): [Uint32Array, Uint32Array] {
  return iotaPair(k0, k1, n);
}

/** 32-bit random bits for n elements (the common case for float32 samplers), either layout. */
export function bits32(k0: number, k1: number, n: number): Uint32Array {
  if (!config.read('jax_threefry_partitionable')) return threefryLegacyIota(k0, k1, n);
  return iotaXor(k0, k1, n);
}

/** 64-bit random bits as (hi, lo) word arrays, either layout. */
export function bits64Words(k0: number, k1: number, n: number): [Uint32Array, Uint32Array] {
  if (config.read('jax_threefry_partitionable')) return partitionableWords(k0, k1, n);
  const w = threefryLegacyIota(k0, k1, 2 * n);
  return [w.subarray(0, n), w.subarray(n, 2 * n)];
}

/** random_bits(key, width, shape) with the result in the uint dtype of that width. */
export function randomBits(k0: number, k1: number, width: BitWidth, shape: readonly number[]): NDArray<UintArray> {
  let n = 1;
  for (const d of shape) n *= d;
  if (width === 32) return withShape(bits32(k0, k1, n), shape);
  if (width === 64) {
    const [hi, lo] = bits64Words(k0, k1, n);
    const out = new BigUint64Array(n);
    const view = new Uint32Array(out.buffer);
    for (let i = 0; i < n; i++) {
      view[2 * i] = lo[i]!;
      view[2 * i + 1] = hi[i]!;
    }
    return withShape(out, shape);
  }
  const out = width === 8 ? new Uint8Array(n) : new Uint16Array(n);
  if (config.read('jax_threefry_partitionable')) {
    out.set(bits32(k0, k1, n));
  } else {
    const per = 32 / width;
    const words = threefryLegacyIota(k0, k1, Math.ceil(n / per));
    // Little-endian pieces of each word, which is what a typed-array view of the words gives.
    const bytes = new (width === 8 ? Uint8Array : Uint16Array)(words.buffer as ArrayBuffer, words.byteOffset, words.length * per);
    out.set(bytes.subarray(0, n));
  }
  return withShape(out, shape);
}
