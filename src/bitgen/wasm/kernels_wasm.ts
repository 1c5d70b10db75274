// Instantiates the block kernels (scripts/build_wasm.mjs) synchronously: one module for PCG64,
// PCG64DXSM and SFC64 (with lemire64), and, where SIMD compiles, PCG64's, PCG64DXSM's and Philox's
// own modules (else Philox's plain one). The caller's state words are copied in, a chunk of outputs is produced
// in the module's memory and copied out, and the new state words are copied back.
import type { BlockKernel, Bounded64Kernel, DoubleKernel, FloatKernel, KernelPair, KernelSet, Lemire16 } from '../kernels/types.js';
import { instantiateBounded } from './bounded_wasm.js';
import {
  KERNELS_WASM_BYTES, DXSM_BOUNDED_WASM_BYTES, DXSM_SIMD_WASM_BYTES, DXSM_LEMIRE_WASM_BYTES, PHILOX_BLOCK_WASM_BYTES, PHILOX_BOUNDED_WASM_BYTES,
  PHILOX_SIMD_BOUNDED_WASM_BYTES, PHILOX_SIMD_LEMIRE_WASM_BYTES, PHILOX_SIMD_WASM_BYTES, SFC64_BOUNDED_WASM_BYTES,
  SFC64_LEMIRE_WASM_BYTES, XSLRR_BOUNDED_WASM_BYTES, XSLRR_LEMIRE_WASM_BYTES, XSLRR_SIMD_WASM_BYTES,
} from './kernels_wasm_bytes.js';
import { wasmApi } from '../../core/wasm_api.js';


const OUT_BYTE = 128;
const L16_BYTE = 49152;
type Block = (n: number, mode: number) => void;
const CHUNK = 4096; // outputs per call: 32 KiB of the 64 KiB page

/**
 * The unmasked 64-bit bounded draws of a SIMD module with a vector Lemire (`lemire`, PCG64's): each
 * chunk of k outputs drawn by the block kernel `fn`, then filtered in place in the module (k
 * outputs for the n - done values still wanted: never past numpy's draws); masked draws and the
 * uint32 format go to `other`, the generator's fused kernel.
 */
function blockLemire64(fn: Block, lemire: (k: number) => number, m32: Uint32Array, f64: Float64Array, other: Bounded64Kernel): Bounded64Kernel {
  const at = OUT_BYTE / 4;
  return (st, out, fmt, start, n, masked, aHi, aLo, bHi, bLo, offHi, offLo) => {
    if (masked || fmt === 1) { other(st, out, fmt, start, n, masked, aHi, aLo, bHi, bLo, offHi, offLo); return; }
    m32.set(st, 0);
    // K1 = [e lo, e lo, e hi, e hi], K2 = [e hi, e hi, e lo, e lo], thr with its sign flipped, off
    const th = (bHi ^ 0x80000000) >>> 0;
    m32.set([aLo, aLo, aHi, aHi, aHi, aHi, aLo, aLo, bLo, th, bLo, th, offLo, offHi, offLo, offHi], 8);
    for (let i = start, left = n; left > 0;) {
      const k = left < CHUNK ? left : CHUNK;
      fn(k, 0);
      const m = lemire(k);
      if (fmt === 2) (out as Uint32Array).set(m32.subarray(at, at + 2 * m), 2 * i);
      else for (let j = 0; j < m; j++) out[i + j] = (m32[at + 2 * j + 1]! | 0) * 4294967296 + m32[at + 2 * j]!;
      i += m;
      left -= m;
    }
    st.set(m32.subarray(0, st.length));
  };
}

/** `simd` false keeps Philox, PCG64 and PCG64DXSM on the plain modules' kernels even where SIMD is (for the tests). */
export function instantiateWasmKernels(simd = true): Omit<KernelSet, 'mt19937'> | null {
  // (k <= CHUNK candidates per lemire64 call)
  const api = wasmApi();
  // The module's memory is little-endian; the typed-array views here assume the host is too.
  if (api === undefined || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return null;
  let exports: Record<string, unknown>;
  try {
    exports = new api.Instance(new api.Module(KERNELS_WASM_BYTES), {}).exports;
  } catch {
    return null;
  }
  const pair = (fn: Block, bounded: Uint8Array, own: Record<string, unknown> = exports, lemire?: Uint8Array): KernelPair => {
    const buffer = (own.mem as { buffer: ArrayBuffer }).buffer;
    const m32 = new Uint32Array(buffer);
    type View = Uint32Array | Float64Array | Float32Array;
    /**
     * A kernel over `view`'s elements: each chunk of k outputs is drawn (mode 0 raw, 1 doubles),
     * rewritten in place by `after` if given, and its per * k elements copied to out from index
     * offScale * off.
     */
    const chunked = (view: View, per: number, offScale: number, mode: number, after?: (k: number) => void) =>
      (st: Uint32Array, out: View, off: number, n: number): void => {
        const at = OUT_BYTE / view.BYTES_PER_ELEMENT;
        m32.set(st, 0);
        let w = offScale * off;
        while (n > 0) {
          const k = n < CHUNK ? n : CHUNK;
          fn(k, mode);
          after?.(k);
          (out as Float64Array).set(view.subarray(at, at + per * k), w);
          w += per * k;
          n -= k;
        }
        st.set(m32.subarray(0, st.length));
      };
    const pairs: BlockKernel = chunked(m32, 2, 2, 0);
    const doubles: DoubleKernel = chunked(new Float64Array(buffer), 1, 1, 1);
    // floats: each output's two halves as numpy's next_float, written in place by the module
    const floats: FloatKernel = chunked(new Float32Array(buffer), 2, 1, 0, own.floats as (n: number) => void);
    // (without its fused module a generator's bounded draws reduce the block outputs in TS)
    const fused = instantiateBounded(api, bounded, lemire);
    const vector = own.lemire as ((k: number) => number) | undefined;
    const bounded64 = fused === null || vector === undefined ? fused?.bounded64 ?? null
      : blockLemire64(fn, vector, m32, new Float64Array(buffer), fused.bounded64);
    return { pairs, doubles, floats, bounded32: fused?.bounded32 ?? null, bounded64 };
  };
  const fn = (name: string, own = exports) => own[name] as Block;
  // The SIMD modules, where the engine has SIMD: Philox's block kernel and its fused bounded ones,
  // PCG64's and PCG64DXSM's block kernels (the same outputs and state as the plain modules')
  const simdModule = (bytes: Uint8Array): Record<string, unknown> | null => {
    try {
      return simd ? new api.Instance(new api.Module(bytes), {}).exports : null;
    } catch {
      return null;
    }
  };
  const philoxSimd = simdModule(PHILOX_SIMD_WASM_BYTES), pcgSimd = simdModule(XSLRR_SIMD_WASM_BYTES);
  const dxsmSimd = simdModule(DXSM_SIMD_WASM_BYTES);
  // Philox's block kernel: the SIMD module's, else the plain one in a module of its own
  let philox: Record<string, unknown>;
  try {
    philox = philoxSimd ?? new api.Instance(new api.Module(PHILOX_BLOCK_WASM_BYTES), {}).exports;
  } catch {
    return null;
  }
  const memory = (exports.mem as { buffer: ArrayBuffer }).buffer;
  const m32 = new Uint32Array(memory);
  const lemire = exports.lemire64 as (k: number) => number;
  const LEMIRE = 96 / 4; // e and thr as (lo, hi) words
  const lemire16: Lemire16 = {
    // (past the block outputs: the block kernels of this module write there while filling `words`)
    words: new Uint32Array(memory, L16_BYTE, 4096),
    halves: new Uint16Array(memory, L16_BYTE, 8192),
    run: exports.lemire16 as Lemire16['run'],
  };
  return {
    backend: 'wasm',
    lemire16,
    xslrr: pair(fn('xslrr', pcgSimd ?? exports), XSLRR_BOUNDED_WASM_BYTES, pcgSimd ?? exports, XSLRR_LEMIRE_WASM_BYTES),
    dxsm: pair(fn('dxsm', dxsmSimd ?? exports), DXSM_BOUNDED_WASM_BYTES, dxsmSimd ?? exports, DXSM_LEMIRE_WASM_BYTES),
    sfc64: pair(fn('sfc64'), SFC64_BOUNDED_WASM_BYTES, exports, SFC64_LEMIRE_WASM_BYTES),
    philox: philoxSimd === null ? pair(fn('philox', philox), PHILOX_BOUNDED_WASM_BYTES, philox)
      : pair(fn('philox', philox), PHILOX_SIMD_BOUNDED_WASM_BYTES, philox, PHILOX_SIMD_LEMIRE_WASM_BYTES),
    lemire64(words, k, eHi, eLo, thrHi, thrLo) {
      m32[LEMIRE] = eLo; m32[LEMIRE + 1] = eHi; m32[LEMIRE + 2] = thrLo; m32[LEMIRE + 3] = thrHi;
      m32.set(words.subarray(0, 2 * k), OUT_BYTE / 4);
      const m = lemire(k);
      words.set(m32.subarray(OUT_BYTE / 4, OUT_BYTE / 4 + 2 * m));
      return m;
    },
  };
}
