// The standard exponential ziggurat whole in WebAssembly, one module per 64-bit generator family
// but Philox (scripts/build_wasm.mjs exponentialModule): the generator's step and numpy's ziggurat in one
// loop, the wedge's exp and the tail's log1p imported from the math modules, values written as
// float64 and copied out a chunk at a time. Instantiated on first use; null where WebAssembly (or
// its math) is missing, where the fills keep their TypeScript loops.
import type { KernelFamily } from '../bitgen/block_base.js';
import {
  DXSM_EXPONENTIAL_WASM_BYTES, SFC64_EXPONENTIAL_WASM_BYTES, XSLRR_EXPONENTIAL_WASM_BYTES,
} from '../bitgen/wasm/kernels_wasm_bytes.js';
import { wasmApi } from '../core/wasm_api.js';
import { wasmExpLog1p } from '../math/wasm/backend.js';
import { fe_double, ke_double, we_double } from './ziggurat_constants.js';

const OUT_BYTE = 128;
const TABLES_BYTE = 33024;
const CHUNK = 4096;

/**
 * out[start, start + n) = scale * (standard exponential), advancing the state words st; the
 * rayleigh kernel stores mode * sqrt(2.0 * x) of the same draws instead (its scale is the mode).
 */
export type ExponentialKernel = (st: Uint32Array, out: Float64Array, start: number, n: number, scale: number) => void;
/** A family's two kernels over the same draws (one module: exp and ray). */
export interface ExponentialKernels {
  readonly exponential: ExponentialKernel;
  readonly rayleigh: ExponentialKernel;
}

// (Philox has none: its SIMD block kernel feeds the TypeScript loop faster)
const BYTES: Partial<Record<KernelFamily, Uint8Array>> = {
  xslrr: XSLRR_EXPONENTIAL_WASM_BYTES, dxsm: DXSM_EXPONENTIAL_WASM_BYTES, sfc64: SFC64_EXPONENTIAL_WASM_BYTES,
};
const loaded: Partial<Record<KernelFamily, ExponentialKernels | null>> = {};

/** The family's kernels, or null (none for it, no WebAssembly, or the math backend is TypeScript). */
export function exponentialKernel(family: KernelFamily): ExponentialKernels | null {
  const bytes = BYTES[family], math = wasmExpLog1p();
  if (bytes === undefined || math === null) return null;
  let k = loaded[family];
  if (k === undefined) loaded[family] = k = instantiate(bytes, math);
  return k;
}

function instantiate(bytes: Uint8Array, env: { exp: (x: number) => number; log1p: (x: number) => number }): ExponentialKernels | null {
  const api = wasmApi();
  if (api === undefined) return null;
  let exports: Record<string, unknown>;
  try {
    exports = new api.Instance(new api.Module(bytes), { env }).exports;
  } catch {
    return null;
  }
  const buffer = (exports.mem as { buffer: ArrayBuffer }).buffer;
  const m32 = new Uint32Array(buffer), f64 = new Float64Array(buffer);
  [ke_double, we_double, fe_double].forEach((t, j) => f64.set(t, TABLES_BYTE / 8 + 256 * j));
  const kernel = (run: (n: number, scale: number) => void): ExponentialKernel => (st, out, start, n, scale) => {
    m32.set(st, 0);
    while (n > 0) {
      const k = n < CHUNK ? n : CHUNK;
      run(k, scale);
      out.set(f64.subarray(OUT_BYTE / 8, OUT_BYTE / 8 + k), start);
      start += k;
      n -= k;
    }
    st.set(m32.subarray(0, st.length));
  };
  type Run = (n: number, scale: number) => void;
  return { exponential: kernel(exports.exp as Run), rayleigh: kernel(exports.ray as Run) };
}
