// Instantiates randn's WebAssembly Box-Muller (scripts/build_wasm_torch.mjs) synchronously, once.
// The engine words go straight into the module's memory (the generator writes them through a view),
// the module turns them into normals in place, and the caller copies them out.
import { wasmApi } from '../../core/wasm_api.js';
import { BM_CAPACITY, NORMAL_WASM_BYTES } from './normal_wasm_bytes.js';

/** The module's memory as words (what bm reads) and as floats (what it writes), and bm itself. */
export interface BoxMullerWasm {
  readonly words: Uint32Array;
  readonly floats: Float32Array;
  /** normal_fill_16_AVX2 over the n words at words[0, n) (n a multiple of 16, at most capacity). */
  readonly bm: (n: number) => void;
  readonly capacity: number;
}

function instantiate(): BoxMullerWasm | null {
  const api = wasmApi();
  // the module reads the words little-endian, as typed arrays hold them on every host it runs on
  if (api === undefined || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return null;
  try {
    const exports = new api.Instance(new api.Module(NORMAL_WASM_BYTES)).exports;
    const buffer = (exports.mem as { buffer: ArrayBuffer }).buffer;
    return {
      words: new Uint32Array(buffer, 0, BM_CAPACITY),
      floats: new Float32Array(buffer, 0, BM_CAPACITY),
      bm: exports.bm as (n: number) => void,
      capacity: BM_CAPACITY,
    };
  } catch {
    return null; // no SIMD, or compilation refused
  }
}

let kernel: BoxMullerWasm | null | undefined;

/** The kernel, or null where WebAssembly (with SIMD) is unavailable or refused. */
export function boxMullerWasm(): BoxMullerWasm | null {
  if (kernel === undefined) kernel = instantiate();
  return kernel;
}
