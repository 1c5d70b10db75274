// Instantiates the WebAssembly twins of log and exp (scripts/build_wasm_math.mjs) synchronously
// and copies their tables in from the TypeScript data modules, so the tables have one source.
// Returns null when WebAssembly is unavailable; src/math/index.ts then keeps the TS versions.
import { SBITS, TAIL } from '../exp_data.js';
import { splitTable } from '../fma.js';
import { T } from '../log_data.js';
import { MATH_WASM_BYTES } from './math_wasm_bytes.js';

/** The slice of the WebAssembly API used here (declared locally: the build targets no DOM lib). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

/** Byte offsets of the tables in the module's memory (LAYOUT in scripts/build_wasm_math.mjs). */
const LOG_T = 0, LOG_SPLIT = 2048, EXP_TAIL = 4096, EXP_SBITS = 5120;

export interface MathWasm {
  log: (x: number) => number;
  exp: (x: number) => number;
}

export function instantiateMathWasm(): MathWasm | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  // The module reads its tables as little-endian words; the views here assume the host is too
  // (bits.ts already refuses a big-endian host).
  if (api === undefined) return null;
  let exports: Record<string, unknown>;
  try {
    exports = new api.Instance(new api.Module(MATH_WASM_BYTES), {}).exports;
  } catch {
    return null;
  }
  const buffer = (exports.mem as { buffer: ArrayBuffer }).buffer;
  new Float64Array(buffer, LOG_T, T.length).set(T);
  new Float64Array(buffer, LOG_SPLIT, T.length).set(splitTable(T, 2));
  new Float64Array(buffer, EXP_TAIL, TAIL.length).set(TAIL);
  new Uint32Array(buffer, EXP_SBITS, SBITS.length).set(SBITS);
  return { log: exports.log as MathWasm['log'], exp: exports.exp as MathWasm['exp'] };
}
