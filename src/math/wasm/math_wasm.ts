// Instantiates the WebAssembly twins of log, exp, log1p, expm1, pow, cos and acos (scripts/build_wasm_math.mjs,
// one module each) synchronously and copies their tables in from the TypeScript data modules, so
// the tables have one source. Returns null when WebAssembly is unavailable or refuses a module; then
// src/math/index.ts keeps the TypeScript versions.
import { ASNCS, INROOT, POWTWO } from '../acos_data.js';
import { cos as cosTs } from '../cos.js';
import { SBITS, TAIL } from '../exp_data.js';
import { splitTable } from '../fma.js';
import { T } from '../log_data.js';
import { T as POW_T } from '../pow_data.js';
import { SINCOSTAB } from '../sincos_data.js';
import { ACOS_WASM_BYTES, ACOS_WASM_TABLES } from './acos_wasm_bytes.js';
import { COS_WASM_BYTES, COS_WASM_TABLES } from './cos_wasm_bytes.js';
import { EXP_WASM_BYTES, EXP_WASM_TABLES } from './exp_wasm_bytes.js';
import { EXPM1_WASM_BYTES } from './expm1_wasm_bytes.js';
import { LOG1P_WASM_BYTES } from './log1p_wasm_bytes.js';
import { LOG_WASM_BYTES, LOG_WASM_TABLES } from './log_wasm_bytes.js';
import { POW_WASM_BYTES, POW_WASM_TABLES } from './pow_wasm_bytes.js';

/** The slice of the WebAssembly API used here (declared locally: the build targets no DOM lib). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

export interface MathWasm {
  log: (x: number) => number;
  exp: (x: number) => number;
  log1p: (x: number) => number;
  expm1: (x: number) => number;
  pow: (x: number, y: number) => number;
  cos: (x: number) => number;
  acos: (x: number) => number;
}

type Fn = (x: number, y?: number) => number;

/**
 * Instantiates one module and fills its memory; `tables` are [byte offset, typed array] pairs
 * (the offsets come with the bytes, from LAYOUT in scripts/build_wasm_math.mjs). The module
 * reads them as little-endian words, as the typed arrays here are written on every host this
 * library runs on (bits.ts checks).
 */
function load(
  api: WasmApi, bytes: Uint8Array, name: string, tables: Array<[number, Float64Array | Uint32Array]>, imports: object = {},
): Fn {
  const exports = new api.Instance(new api.Module(bytes), imports).exports;
  const buffer = (exports.mem as { buffer: ArrayBuffer }).buffer;
  for (const [offset, table] of tables) {
    if (table instanceof Float64Array) new Float64Array(buffer, offset, table.length).set(table);
    else new Uint32Array(buffer, offset, table.length).set(table);
  }
  return exports[name] as Fn;
}

export function instantiateMathWasm(): MathWasm | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return null;
  try {
    return {
      log: load(api, LOG_WASM_BYTES, 'log', [[LOG_WASM_TABLES.T, T], [LOG_WASM_TABLES.SPLIT, splitTable(T, 2)]]),
      exp: load(api, EXP_WASM_BYTES, 'exp', [[EXP_WASM_TABLES.TAIL, TAIL], [EXP_WASM_TABLES.SBITS, SBITS]]),
      log1p: load(api, LOG1P_WASM_BYTES, 'log1p', []),
      expm1: load(api, EXPM1_WASM_BYTES, 'expm1', []),
      pow: load(api, POW_WASM_BYTES, 'pow', [[POW_WASM_TABLES.T, POW_T], [POW_WASM_TABLES.SPLIT, splitTable(POW_T, 3)],
        [POW_WASM_TABLES.TAIL, TAIL], [POW_WASM_TABLES.SBITS, SBITS]]) as (x: number, y: number) => number,
      // |x| >= 105414350 (branred's reduction, rare) calls back into the TypeScript cos
      cos: load(api, COS_WASM_BYTES, 'cos', [[COS_WASM_TABLES.TAB, SINCOSTAB]], { env: { cosBig: cosTs } }),
      acos: load(api, ACOS_WASM_BYTES, 'acos', [[ACOS_WASM_TABLES.ASNCS, ASNCS], [ACOS_WASM_TABLES.INROOT, INROOT],
        [ACOS_WASM_TABLES.POWTWO, POWTWO]]),
    };
  } catch {
    return null;
  }
}
