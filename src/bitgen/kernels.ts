// The block kernels every generator's bulk draws go through, and the backend choice: WebAssembly
// (native i64 for the 64-bit generators, SIMD for MT19937; one shared instance each, compiled on
// first use) when the runtime has it, pure TS otherwise.
import { TS_MT19937 } from './kernels/mt19937_ts.js';
import { tsDxsm, tsXslRr } from './kernels/pcg_ts.js';
import { tsPhilox } from './kernels/philox_ts.js';
import { tsSfc64 } from './kernels/sfc64_ts.js';
import type { BlockKernel, DoubleKernel, FloatKernel, KernelPair, KernelSet } from './kernels/types.js';
import { instantiateWasmKernels } from './wasm/kernels_wasm.js';
import { instantiateMtKernel } from './wasm/mt19937_wasm.js';

export type {
  BlockKernel, FloatKernel, Bounded32Kernel, Bounded64Kernel, BoundedFormat, DoubleKernel, KernelPair, KernelSet, MtKernel,
} from './kernels/types.js';

const TWO_M53 = 1 / 9007199254740992;
const TWO_M24 = 5.9604644775390625e-8;

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
  const floats: FloatKernel = (st, out, off, n) => {
    while (n > 0) {
      const k = n < 256 ? n : 256;
      pairs(st, scratch, 0, k);
      for (let i = 0; i < 2 * k; i++) out[off + i] = (scratch[i]! >>> 8) * TWO_M24;
      off += 2 * k;
      n -= k;
    }
  };
  return { pairs, doubles, floats, bounded32: null, bounded64: null };
}

export const TS_KERNELS: KernelSet = {
  backend: 'ts',
  xslrr: viaPairs(tsXslRr),
  dxsm: viaPairs(tsDxsm),
  sfc64: viaPairs(tsSfc64),
  philox: viaPairs(tsPhilox),
  mt19937: TS_MT19937,
  lemire64: null,
  lemire16: null,
};

let wasm: KernelSet | null | undefined;

/**
 * The WebAssembly kernels, or null where WebAssembly is unavailable or refuses the module. The
 * modules are compiled on first use (a program that never makes a bulk draw never compiles them).
 */
export function wasmKernels(): KernelSet | null {
  if (wasm === undefined) {
    const k = instantiateWasmKernels();
    // MT19937's module needs SIMD: without it MT19937 keeps its TypeScript loops
    wasm = k === null ? null : { ...k, mt19937: instantiateMtKernel() ?? TS_MT19937 };
  }
  return wasm;
}

let active: KernelSet | null = null;

/** The kernels draws use now (WebAssembly unless unavailable or deselected). */
export function kernels(): KernelSet {
  return active ?? (active = wasmKernels() ?? TS_KERNELS);
}

/** Selects the backend ('wasm' falls back to 'ts' when unavailable); returns the one in use. */
export function setKernelBackend(backend: 'wasm' | 'ts'): 'wasm' | 'ts' {
  active = backend === 'wasm' ? wasmKernels() ?? TS_KERNELS : TS_KERNELS;
  return active.backend;
}
