// The public backend switch: WebAssembly or pure TypeScript for the math functions
// (src/math/wasm/backend.ts) and the bit generators' block kernels (src/bitgen/kernels.ts).
// Both give the same bits; forcing 'ts' is for comparisons, debugging, and hosts whose
// Content-Security-Policy refuses WebAssembly compilation (no 'wasm-unsafe-eval'), where
// 'wasm' already falls back to TypeScript on its own, silently.
import { kernels, setKernelBackend } from './bitgen/kernels.js';
import { getMathBackend, setMathBackend } from './math/wasm/backend.js';

export type Backend = 'wasm' | 'ts';

/** The backends in use: for `numpy-random/math`'s functions and for the bit generators. */
export interface BackendInfo {
  math: Backend;
  bit_generators: Backend;
}

/** Which backends run now ('wasm' only where WebAssembly is available and allowed). */
export function get_backend(): BackendInfo {
  return { math: getMathBackend(), bit_generators: kernels().backend };
}

/**
 * Forces the backend of both: 'ts' always takes effect, 'wasm' where WebAssembly is available
 * (otherwise TypeScript stays). Draws already made are unaffected and later draws continue
 * each generator's stream exactly. Returns what is in use after the call.
 */
export function set_backend(backend: Backend): BackendInfo {
  if (backend !== 'wasm' && backend !== 'ts') {
    throw new TypeError(`backend must be 'wasm' or 'ts', got ${typeof backend === 'string' ? `'${backend}'` : String(backend)}`);
  }
  setMathBackend(backend);
  setKernelBackend(backend);
  return get_backend();
}
