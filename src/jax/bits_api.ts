// jax.random.bits(key, shape=(), dtype=None): unsigned random bits of a given width.
import { ValueErrorOf } from '../core/messages.js';
import type { NDArray } from '../core/ndarray.js';
import { randomBits, type BitWidth, type UintArray } from './bits.js';
import { config } from './config.js';
import { checkKey, type Key } from './keys.js';
import { canonicalizeShape, type Shape } from './shape.js';

const WIDTH: Record<string, BitWidth> = { uint8: 8, uint16: 16, uint32: 32, uint64: 64 };

/**
 * jax.random.bits(key, shape=(), dtype=None): uniform random unsigned integers of the dtype's width.
 * @param k - a single key
 * @param shape - output shape; default [] (a 0-d array)
 * @param dtype - 'uint8' | 'uint16' | 'uint32' | 'uint64'; default uint32 (uint64 under x64);
 *   uint64 falls back to uint32 outside x64 mode
 * @example bits(key(0), [5], 'uint8')
 */
export function bits(k: Key, shape: Shape = [], dtype?: string): NDArray<UintArray> {
  checkKey('bits', k);
  const x64 = config.read('jax_enable_x64');
  let d = dtype ?? (x64 ? 'uint64' : 'uint32');
  if (d === 'uint64' && !x64) d = 'uint32';
  const w = WIDTH[d];
  if (w === undefined) throw ValueErrorOf(`dtype argument to \`bits\` must be an unsigned int dtype, got ${d}`);
  const s = canonicalizeShape(shape);
  return randomBits(k[0]!, k[1]!, w, s);
}
