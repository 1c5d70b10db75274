// MT19937's block loops in TypeScript: regeneration (numpy's mt19937_gen), tempering, and the
// bulk outputs over the key words. The WebAssembly kernel (src/bitgen/wasm/mt19937_wasm.ts) is
// their twin; each loop takes the position and returns the new one, so callers keep it in a local.
import type { MtKernel } from './types.js';

const N = 624;
const M = 397;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df | 0;
/** 2^-53: (a * 2^26 + b) / 2^53 as an exact multiplication. */
const TWO_M53 = 1.1102230246251565e-16;

// Tempering happens as words are read, not in the regeneration pass: measured in V8, a twist loop
// that also tempers and stores a second array runs over twice as slow as the two apart.

/** Regenerates the block (numpy's mt19937_gen). */
export function regenerate(k: Int32Array): void {
  let i = 0, y = 0;
  for (; i < N - M; i++) {
    y = (k[i]! & UPPER) | (k[i + 1]! & LOWER);
    k[i] = k[i + M]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  for (; i < N - 1; i++) {
    y = (k[i]! & UPPER) | (k[i + 1]! & LOWER);
    k[i] = k[i + M - N]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  }
  y = (k[N - 1]! & UPPER) | (k[0]! & LOWER);
  k[N - 1] = k[M - 1]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
}

/** MT19937's output tempering of one state word, as a uint32. */
export function temper(y: number): number {
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  return (y ^ (y >>> 18)) >>> 0;
}

/** numpy's next_double into out[start, end); returns the new position. */
function fillDoubles(k: Int32Array, pos: number, out: Float64Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    if (pos >= N) { regenerate(k); pos = 0; }
    if (pos === N - 1) {
      // the pair straddles a regeneration
      const a = temper(k[pos]!) >>> 5;
      regenerate(k);
      out[i++] = (a * 67108864.0 + (temper(k[0]!) >>> 6)) * TWO_M53;
      pos = 1;
      continue;
    }
    const stop = Math.min(end, i + ((N - pos) >> 1));
    for (; i < stop; i++, pos += 2) {
      let a = k[pos]!;
      a ^= a >>> 11; a ^= (a << 7) & 0x9d2c5680; a ^= (a << 15) & 0xefc60000; a ^= a >>> 18;
      let b = k[pos + 1]!;
      b ^= b >>> 11; b ^= (b << 7) & 0x9d2c5680; b ^= (b << 15) & 0xefc60000; b ^= b >>> 18;
      out[i] = ((a >>> 5) * 67108864.0 + (b >>> 6)) * TWO_M53;
    }
  }
  return pos;
}

/** Raw outputs into out[start, end) every `step` entries; returns the new position. */
function fillWords(k: Int32Array, pos: number, out: Uint32Array, start: number, end: number, step = 1): number {
  let i = start;
  while (i < end) {
    if (pos >= N) { regenerate(k); pos = 0; }
    const stop = Math.min(end, i + step * (N - pos));
    for (; i < stop; i += step, pos++) {
      let y = k[pos]!;
      y ^= y >>> 11; y ^= (y << 7) & 0x9d2c5680; y ^= (y << 15) & 0xefc60000;
      out[i] = y ^ (y >>> 18);
    }
  }
  return pos;
}

/** next_uint64 pairs (lo = second word, hi = first) into out[start, end); returns the new position. */
function fillPairs(k: Int32Array, pos: number, out: Uint32Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    if (pos >= N) { regenerate(k); pos = 0; }
    if (pos === N - 1) {
      out[i + 1] = temper(k[pos]!);
      regenerate(k);
      out[i] = temper(k[0]!);
      i += 2;
      pos = 1;
      continue;
    }
    const stop = Math.min(end, i + ((N - pos) & ~1));
    for (; i < stop; i += 2, pos += 2) {
      let a = k[pos]!;
      a ^= a >>> 11; a ^= (a << 7) & 0x9d2c5680; a ^= (a << 15) & 0xefc60000;
      out[i + 1] = a ^ (a >>> 18);
      let b = k[pos + 1]!;
      b ^= b >>> 11; b ^= (b << 7) & 0x9d2c5680; b ^= (b << 15) & 0xefc60000;
      out[i] = b ^ (b >>> 18);
    }
  }
  return pos;
}

/** The TypeScript MT19937 kernel (no fused samplers: callers run their own loops over these). */
export const TS_MT19937: MtKernel = {
  regenerate, doubles: fillDoubles, words: fillWords, pairs: fillPairs, bounded: null, boundedF64: null,
};
