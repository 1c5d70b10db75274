// Instantiates the PCG block kernels (scripts/build_wasm.mjs) synchronously. One shared instance
// serves every generator: the caller's state is copied in, a chunk of outputs is produced in the
// module's memory and copied out, and the new state is copied back.
import type { PcgKernel, PcgKernels } from '../pcg64_kernels.js';
import { PCG_WASM_BYTES } from './pcg64_wasm_bytes.js';

/** The slice of the WebAssembly API used here (declared locally: the build targets no DOM lib). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

const OUT_WORD = 16; // byte 64
const CHUNK = 4096; // outputs per call: 32 KiB of the 64 KiB page

export function instantiatePcgWasm(): PcgKernels | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  // The module's memory is little-endian; the typed-array views here assume the host is too.
  if (api === undefined || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return null;
  let exports: Record<string, unknown>;
  try {
    exports = new api.Instance(new api.Module(PCG_WASM_BYTES), {}).exports;
  } catch {
    return null;
  }
  const mem = exports.mem as { buffer: ArrayBuffer };
  const m32 = new Uint32Array(mem.buffer);
  const wrap = (fn: (n: number) => void): PcgKernel => (st, out, off, n) => {
    m32.set(st, 0);
    let w = 2 * off;
    while (n > 0) {
      const k = n < CHUNK ? n : CHUNK;
      fn(k);
      out.set(m32.subarray(OUT_WORD, OUT_WORD + 2 * k), w);
      w += 2 * k;
      n -= k;
    }
    st[0] = m32[0]!; st[1] = m32[1]!; st[2] = m32[2]!; st[3] = m32[3]!;
  };
  return {
    backend: 'wasm',
    xslrr: wrap(exports.xslrr as (n: number) => void),
    dxsm: wrap(exports.dxsm as (n: number) => void),
  };
}
