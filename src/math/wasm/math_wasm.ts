// Instantiates the WebAssembly twins of log, exp, log1p, expm1, pow, cos, sin and acos (scripts/build_wasm_math.mjs,
// one module each) synchronously and copies their tables in from the TypeScript data modules, so
// the tables have one source. One loader per function, so a bundle keeps only the modules of the
// functions it uses; each returns null when WebAssembly is unavailable or refuses the module
// (a Content-Security-Policy without 'wasm-unsafe-eval' does), and backend.ts keeps TypeScript.
import { ASNCS, INROOT, POWTWO } from '../acos_data.js';
import { cos as cosTs } from '../cos.js';
import { sin as sinTs } from '../sin.js';
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
import { wasmApi } from '../../core/wasm_api.js';


export type Unary = (x: number) => number;
export type Binary = (x: number, y: number) => number;

/**
 * Instantiates one module and fills its memory; `tables` are [byte offset, typed array] pairs
 * (the offsets come with the bytes, from LAYOUT in scripts/build_wasm_math.mjs). The module
 * reads them as little-endian words, as the typed arrays here are written on every host this
 * library runs on (bits.ts checks). Null when WebAssembly is missing or refuses to compile.
 */
function load<F>(
  bytes: () => Uint8Array, name: string, tables: () => Array<[number, Float64Array | Uint32Array]>, imports: object = {},
): F | null {
  const api = wasmApi();
  if (api === undefined) return null;
  try {
    const exports = new api.Instance(new api.Module(bytes()), imports).exports;
    const buffer = (exports.mem as { buffer: ArrayBuffer }).buffer;
    for (const [offset, table] of tables()) {
      if (table instanceof Float64Array) new Float64Array(buffer, offset, table.length).set(table);
      else new Uint32Array(buffer, offset, table.length).set(table);
    }
    return exports[name] as F;
  } catch {
    return null;
  }
}

export const loadLog = (): Unary | null =>
  load(() => LOG_WASM_BYTES, 'log', () => [[LOG_WASM_TABLES.T, T], [LOG_WASM_TABLES.SPLIT, splitTable(T, 2)]]);
export const loadExp = (): Unary | null =>
  load(() => EXP_WASM_BYTES, 'exp', () => [[EXP_WASM_TABLES.TAIL, TAIL], [EXP_WASM_TABLES.SBITS, SBITS]]);
export const loadLog1p = (): Unary | null => load(() => LOG1P_WASM_BYTES, 'log1p', () => []);
export const loadExpm1 = (): Unary | null => load(() => EXPM1_WASM_BYTES, 'expm1', () => []);
export const loadPow = (): Binary | null =>
  load(() => POW_WASM_BYTES, 'pow', () => [[POW_WASM_TABLES.T, POW_T], [POW_WASM_TABLES.SPLIT, splitTable(POW_T, 3)],
    [POW_WASM_TABLES.TAIL, TAIL], [POW_WASM_TABLES.SBITS, SBITS]]);
// cos and sin share a module; |x| >= 105414350 (branred's reduction, rare) calls back into the
// TypeScript cos or sin
const loadSinCos = (name: 'cos' | 'sin'): Unary | null =>
  load(() => COS_WASM_BYTES, name, () => [[COS_WASM_TABLES.TAB, SINCOSTAB]], { env: { cosBig: cosTs, sinBig: sinTs } });
export const loadCos = (): Unary | null => loadSinCos('cos');
export const loadSin = (): Unary | null => loadSinCos('sin');
export const loadAcos = (): Unary | null =>
  load(() => ACOS_WASM_BYTES, 'acos', () => [[ACOS_WASM_TABLES.ASNCS, ASNCS], [ACOS_WASM_TABLES.INROOT, INROOT],
    [ACOS_WASM_TABLES.POWTWO, POWTWO]]);
