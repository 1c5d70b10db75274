// Threefry-2x32 with 20 rounds (Salmon et al., Random123), as jax.random runs it: the key schedule
// [k0, k1, k0 ^ k1 ^ 0x1BD11BDA] injected after every 4 rounds, rotations 13 15 26 6 / 17 29 16 24.
// The kernel is one tight loop over typed arrays: no allocation per element.
import { TypeError_ } from '../core/messages.js';
import { type NDArray, withShape } from '../core/ndarray.js';
import { THREEFRY_WASM, type ThreefryWasm } from './threefry_wasm.js';

/**
 * Hashes n counters under key (k0, k1) into out0/out1. Counter i is (x0[i], x1[i]) when the arrays are
 * given, else the arithmetic iota (i * s0, a1 + i): (0, i) is the partitionable layout's counter for
 * n < 2^32 and (i, n/2 + i) the legacy layout's hash of iota(n). With out1 null, out0 gets the xor
 * of the two words (the partitionable layout's 32-bit bits).
 */
export function threefryKernel(
  k0: number, k1: number,
  x0: Uint32Array | null, x1: Uint32Array | null,
  out0: Uint32Array, out1: Uint32Array | null, n: number,
  s0 = 0, a1 = 0,
): void {
  const k2 = (k0 ^ k1 ^ 0x1bd11bda) >>> 0;
  for (let i = 0; i < n; i++) {
    let a = x0 !== null ? x0[i]! : i * s0;
    let b = x1 !== null ? x1[i]! : a1 + i;
    a = (a + k0) | 0;
    b = (b + k1) | 0;
    a = (a + b) | 0; b = (b << 13) | (b >>> 19); b ^= a;
    a = (a + b) | 0; b = (b << 15) | (b >>> 17); b ^= a;
    a = (a + b) | 0; b = (b << 26) | (b >>> 6); b ^= a;
    a = (a + b) | 0; b = (b << 6) | (b >>> 26); b ^= a;
    a = (a + k1) | 0; b = (b + k2 + 1) | 0;
    a = (a + b) | 0; b = (b << 17) | (b >>> 15); b ^= a;
    a = (a + b) | 0; b = (b << 29) | (b >>> 3); b ^= a;
    a = (a + b) | 0; b = (b << 16) | (b >>> 16); b ^= a;
    a = (a + b) | 0; b = (b << 24) | (b >>> 8); b ^= a;
    a = (a + k2) | 0; b = (b + k0 + 2) | 0;
    a = (a + b) | 0; b = (b << 13) | (b >>> 19); b ^= a;
    a = (a + b) | 0; b = (b << 15) | (b >>> 17); b ^= a;
    a = (a + b) | 0; b = (b << 26) | (b >>> 6); b ^= a;
    a = (a + b) | 0; b = (b << 6) | (b >>> 26); b ^= a;
    a = (a + k0) | 0; b = (b + k1 + 3) | 0;
    a = (a + b) | 0; b = (b << 17) | (b >>> 15); b ^= a;
    a = (a + b) | 0; b = (b << 29) | (b >>> 3); b ^= a;
    a = (a + b) | 0; b = (b << 16) | (b >>> 16); b ^= a;
    a = (a + b) | 0; b = (b << 24) | (b >>> 8); b ^= a;
    a = (a + k1) | 0; b = (b + k2 + 4) | 0;
    a = (a + b) | 0; b = (b << 13) | (b >>> 19); b ^= a;
    a = (a + b) | 0; b = (b << 15) | (b >>> 17); b ^= a;
    a = (a + b) | 0; b = (b << 26) | (b >>> 6); b ^= a;
    a = (a + b) | 0; b = (b << 6) | (b >>> 26); b ^= a;
    a = (a + k2) | 0; b = (b + k0 + 5) | 0;
    if (out1 === null) {
      out0[i] = a ^ b;
    } else {
      out0[i] = a;
      out1[i] = b;
    }
  }
}

/**
 * JAX's `threefry_2x32(keypair, count)`: flatten the counts, pad an odd length with one 0, hash the
 * first half against the second half, concatenate and drop the pad. Same shape as `counts`.
 * @param key - the key pair: 2 uint32 words (a Uint32Array or an array of integers)
 * @param counts - the uint32 counters to hash
 * @example threefry2x32([0, 0], [0, 0]) // [0x6B200159, 0x99BA4EFE]
 */
export function threefry2x32(key: ArrayLike32, counts: ArrayLike32): NDArray<Uint32Array> {
  const k = toU32(key, 'key');
  if (k.length !== 2) throw TypeError_(`threefry2x32 requires a key of 2 uint32 words, got ${k.length}`);
  const c = toU32(counts, 'count');
  const shape = (counts as { shape?: number[] }).shape ?? [c.length];
  return withShape(threefryFlat(k[0]!, k[1]!, c), shape);
}

/** The padded-halves hash of a flat count array (the path every legacy operation takes). */
export function threefryFlat(k0: number, k1: number, c: Uint32Array): Uint32Array {
  const n = c.length;
  const half = (n + 1) >>> 1;
  const x0 = c.subarray(0, half);
  let x1: Uint32Array;
  if (n % 2 === 0) {
    x1 = c.subarray(half);
  } else {
    x1 = new Uint32Array(half);
    x1.set(c.subarray(half));
  }
  const out = new Uint32Array(2 * half);
  threefryKernel(k0, k1, x0, x1, out.subarray(0, half), out.subarray(half), half);
  return n % 2 === 0 ? out : out.slice(0, n);
}

/** The iota kernels' backend: the WebAssembly twin when available (about 2x faster), else TypeScript. */
export const backend: { wasm: ThreefryWasm | null } = { wasm: THREEFRY_WASM };

/** Forces TypeScript ('ts') or WebAssembly where available ('wasm'), as the library's set_backend does. */
export function setThreefryBackend(b: 'wasm' | 'ts'): 'wasm' | 'ts' {
  backend.wasm = b === 'wasm' ? THREEFRY_WASM : null;
  return backend.wasm === null ? 'ts' : 'wasm';
}

/** out0 ^ out1 for the counters (0, i), i < n: the partitionable layout's 32-bit bits. */
export function iotaXor(k0: number, k1: number, n: number): Uint32Array {
  if (backend.wasm !== null) return backend.wasm.iota(k0, k1, n, 0, 0, true)[0];
  const out = new Uint32Array(n);
  threefryKernel(k0, k1, null, null, out, null, n);
  return out;
}

/** Both words for the counters (i * s0, a1 + i), i < n. */
export function iotaPair(k0: number, k1: number, n: number, s0 = 0, a1 = 0): [Uint32Array, Uint32Array] {
  if (backend.wasm !== null) return backend.wasm.iota(k0, k1, n, s0, a1, false) as [Uint32Array, Uint32Array];
  const o0 = new Uint32Array(n);
  const o1 = new Uint32Array(n);
  threefryKernel(k0, k1, null, null, o0, o1, n, s0, a1);
  return [o0, o1];
}

/** Hash of iota(n) in the legacy layout (threefryFlat of 0..n-1), without materialising the iota. */
export function threefryLegacyIota(k0: number, k1: number, n: number): Uint32Array {
  const half = (n + 1) >>> 1;
  const out = new Uint32Array(2 * half);
  const full = n % 2 === 0 ? half : half - 1;
  const [o0, o1] = iotaPair(k0, k1, full, 1, half);
  out.set(o0, 0);
  out.set(o1, half);
  if (full < half) {
    // Odd n: the last pair is (half - 1, the pad 0).
    const x0 = Uint32Array.of(half - 1);
    const x1 = new Uint32Array(1);
    threefryKernel(k0, k1, x0, x1, out.subarray(full, half), out.subarray(half + full), 1);
  }
  return n % 2 === 0 ? out : out.subarray(0, n);
}

export type ArrayLike32 = Uint32Array | readonly number[];

function toU32(x: ArrayLike32, what: string): Uint32Array {
  if (x instanceof Uint32Array) return x;
  if (!Array.isArray(x)) throw TypeError_(`threefry_2x32 requires uint32 arguments, got ${what} of type ${typeof x}`);
  const out = new Uint32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) {
      throw TypeError_(`threefry_2x32 requires uint32 arguments, got ${what} value ${v}`);
    }
    out[i] = v;
  }
  return out;
}

