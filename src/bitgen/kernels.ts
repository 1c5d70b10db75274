// The block kernels every 64-bit generator draws through, and the backend choice: WebAssembly
// (native i64; one shared instance) when the runtime has it, pure TS otherwise.
import { tsDxsm, tsXslRr } from './kernels/pcg_ts.js';
import { tsPhilox } from './kernels/philox_ts.js';
import { tsSfc64 } from './kernels/sfc64_ts.js';
import type { BlockKernel, DoubleKernel, KernelPair, KernelSet } from './kernels/types.js';
import { instantiateWasmKernels } from './wasm/kernels_wasm.js';

export type { BlockKernel, DoubleKernel, KernelPair, KernelSet } from './kernels/types.js';

const TWO_M53 = 1 / 9007199254740992;

/** numpy's next_double over a pair kernel, through a small scratch block. */
function viaPairs(pairs: BlockKernel): KernelPair {
  const scratch = new Uint32Array(512);
  const doubles: DoubleKernel = (st, out, off, n) => {
    while (n > 0) {
      const k = n < 256 ? n : 256;
      pairs(st, scratch, 0, k);
      for (let i = 0; i < k; i++) out[off + i] = (scratch[2 * i + 1]! * 2097152 + (scratch[2 * i]! >>> 11)) * TWO_M53;
      off += k;
      n -= k;
    }
  };
  return { pairs, doubles };
}

export const TS_KERNELS: KernelSet = {
  backend: 'ts',
  xslrr: viaPairs(tsXslRr),
  dxsm: viaPairs(tsDxsm),
  sfc64: viaPairs(tsSfc64),
  philox: viaPairs(tsPhilox),
};

/** The WebAssembly kernels, or null where WebAssembly is unavailable or refuses the module. */
export const WASM_KERNELS: KernelSet | null = instantiateWasmKernels();

let active: KernelSet = WASM_KERNELS ?? TS_KERNELS;

/** The kernels draws use now. */
export function kernels(): KernelSet {
  return active;
}

/** Selects the backend ('wasm' falls back to 'ts' when unavailable); returns the one in use. */
export function setKernelBackend(backend: 'wasm' | 'ts'): 'wasm' | 'ts' {
  active = backend === 'wasm' && WASM_KERNELS !== null ? WASM_KERNELS : TS_KERNELS;
  return active.backend;
}
