// Instantiates one generator's fused bounded kernels (scripts/build_wasm.mjs; a module per
// generator, as together they pass the 4 KiB synchronous-compile limit). As with the block
// kernels, the state words are copied in, the values produced a chunk at a time in the module's
// memory and copied out, and the new state copied back.
import type { Bounded32Kernel, Bounded64Kernel, BoundedFormat } from '../kernels/types.js';
import type { WasmApi } from '../../core/wasm_api.js';

const OUT_BYTE = 128;
const CHUNK = 4096; // values per call: 32 KiB of the 64 KiB page
/** Where the 32-bit kernel leaves the last output's high half (numpy's uinteger). */
const UINT_WORD = 88 / 4;

type B32Fn = (n: number, fmt: number, masked: number, a: number, b: number, offLo: number, offHi: number, pend: number, word: number) => number;
type B64Fn = (n: number, fmt: number, masked: number, aLo: number, aHi: number, bLo: number, bHi: number, offLo: number, offHi: number) => number;

export interface BoundedPair {
  readonly bounded32: Bounded32Kernel;
  readonly bounded64: Bounded64Kernel;
}

/**
 * The module's two kernels, or null where WebAssembly refuses it; with `lemire` (the same kernels
 * with Lemire's rejection alone), the calls that are not masked run those.
 */
export function instantiateBounded(api: WasmApi, bytes: Uint8Array, lemire?: Uint8Array): BoundedPair | null {
  const generic = instantiateOne(api, bytes);
  const fast = lemire === undefined || generic === null ? null : instantiateOne(api, lemire);
  if (generic === null || fast === null) return generic;
  return {
    bounded32: (st, out, fmt, start, n, masked, a, b, offHi, offLo, carry) =>
      (masked ? generic : fast).bounded32(st, out, fmt, start, n, masked, a, b, offHi, offLo, carry),
    bounded64: (st, out, fmt, start, n, masked, aHi, aLo, bHi, bLo, offHi, offLo) =>
      (masked ? generic : fast).bounded64(st, out, fmt, start, n, masked, aHi, aLo, bHi, bLo, offHi, offLo),
  };
}

function instantiateOne(api: WasmApi, bytes: Uint8Array): BoundedPair | null {
  let exports: Record<string, unknown>;
  try {
    exports = new api.Instance(new api.Module(bytes), {}).exports;
  } catch {
    return null;
  }
  const buffer = (exports.mem as { buffer: ArrayBuffer }).buffer;
  const m32 = new Uint32Array(buffer);
  const f64 = new Float64Array(buffer);
  const b32 = exports.b32 as B32Fn, b64 = exports.b64 as B64Fn;
  const copyOut = (out: Float64Array | Uint32Array, fmt: BoundedFormat, at: number, k: number): void => {
    if (fmt === 0) out.set(f64.subarray(OUT_BYTE / 8, OUT_BYTE / 8 + k), at);
    else if (fmt === 1) out.set(m32.subarray(OUT_BYTE / 4, OUT_BYTE / 4 + k), at);
    else out.set(m32.subarray(OUT_BYTE / 4, OUT_BYTE / 4 + 2 * k), 2 * at);
  };
  const bounded32: Bounded32Kernel = (st, out, fmt, start, n, masked, a, b, offHi, offLo, carry) => {
    m32.set(st, 0);
    while (n > 0) {
      const k = n < CHUNK ? n : CHUNK;
      carry[0] = b32(k, fmt, masked ? 1 : 0, a, b, offLo, offHi, carry[0]!, carry[1]!);
      carry[1] = m32[UINT_WORD]!;
      copyOut(out, fmt, start, k);
      start += k;
      n -= k;
    }
    st.set(m32.subarray(0, st.length));
  };
  const bounded64: Bounded64Kernel = (st, out, fmt, start, n, masked, aHi, aLo, bHi, bLo, offHi, offLo) => {
    m32.set(st, 0);
    while (n > 0) {
      const k = n < CHUNK ? n : CHUNK;
      b64(k, fmt, masked ? 1 : 0, aLo, aHi, bLo, bHi, offLo, offHi);
      copyOut(out, fmt, start, k);
      start += k;
      n -= k;
    }
    st.set(m32.subarray(0, st.length));
  };
  return { bounded32, bounded64 };
}
