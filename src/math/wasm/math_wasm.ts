// Instantiates the WebAssembly twins of log, exp, log1p, expm1, pow, cos, sin and acos (scripts/build_wasm_math.mjs,
// one module each) synchronously and copies their tables in from the TypeScript data modules, so
// the tables have one source. One loader per function, so a bundle keeps only the modules of the
// functions it uses; each returns null when WebAssembly is unavailable or refuses the module
// (a Content-Security-Policy without 'wasm-unsafe-eval' does), and backend.ts keeps TypeScript.
// Each function but acos comes with its block form (Block), sharing the instance. Each tries its
// relaxed module first (every fused multiply-add one f64x2.relaxed_madd), kept only when relaxed
// SIMD compiles and the module's fmaProbe rounds once.
import { ASNCS, INROOT, POWTWO } from '../acos_data.js';
import { cos as cosTs } from '../cos.js';
import { sin as sinTs } from '../sin.js';
import { SBITS, TAIL } from '../exp_data.js';
import { splitTable } from '../fma.js';
import { T } from '../log_data.js';
import { T as POW_T } from '../pow_data.js';
import { SINCOSTAB } from '../sincos_data.js';
import { ACOS_RELAXED_WASM_BYTES } from './acos_relaxed_wasm_bytes.js';
import { ACOS_WASM_BYTES, ACOS_WASM_TABLES } from './acos_wasm_bytes.js';
import { COS_RELAXED_WASM_BYTES } from './cos_relaxed_wasm_bytes.js';
import { EXP_RELAXED_WASM_BYTES } from './exp_relaxed_wasm_bytes.js';
import { EXPM1_RELAXED_WASM_BYTES } from './expm1_relaxed_wasm_bytes.js';
import { LOG1P_RELAXED_WASM_BYTES } from './log1p_relaxed_wasm_bytes.js';
import { LOG_RELAXED_WASM_BYTES } from './log_relaxed_wasm_bytes.js';
import { POW_RELAXED_WASM_BYTES } from './pow_relaxed_wasm_bytes.js';
import { COS_WASM_BLOCK, COS_WASM_BYTES, COS_WASM_TABLES } from './cos_wasm_bytes.js';
import { EXP_WASM_BLOCK, EXP_WASM_BYTES, EXP_WASM_TABLES } from './exp_wasm_bytes.js';
import { EXPM1_WASM_BLOCK, EXPM1_WASM_BYTES } from './expm1_wasm_bytes.js';
import { LOG1P_WASM_BLOCK, LOG1P_WASM_BYTES } from './log1p_wasm_bytes.js';
import { LOG_WASM_BLOCK, LOG_WASM_BYTES, LOG_WASM_TABLES } from './log_wasm_bytes.js';
import { LOG_SIMD_RELAXED_WASM_BYTES, LOG_SIMD_WASM_BYTES } from './log_simd_wasm_bytes.js';
import { EXPM1_SIMD_RELAXED_WASM_BYTES, EXPM1_SIMD_WASM_BYTES } from './expm1_simd_wasm_bytes.js';
import { POW_SIMD_RELAXED_WASM_BYTES, POW_SIMD_WASM_BYTES } from './pow_simd_wasm_bytes.js';
import { EXP_SIMD_RELAXED_WASM_BYTES, EXP_SIMD_WASM_BYTES } from './exp_simd_wasm_bytes.js';
import { LOG1P_SIMD_RELAXED_WASM_BYTES, LOG1P_SIMD_WASM_BYTES } from './log1p_simd_wasm_bytes.js';
import { POW_WASM_BLOCK, POW_WASM_BYTES, POW_WASM_TABLES } from './pow_wasm_bytes.js';
import { wasmApi } from '../../core/wasm_api.js';


export type Unary = (x: number) => number;
export type Binary = (x: number, y: number) => number;

/**
 * A function applied to many doubles with one call: write up to buf.length arguments into buf,
 * then run(n, y) replaces buf[0, n) with their results, bit for bit those of the scalar
 * function (pow's with exponent y; the unary functions ignore y).
 */
export interface Block {
  readonly buf: Float64Array;
  readonly run: (n: number, y: number) => void;
  /** buf[0, n) = buf[i] * a + b, a multiply then an add (in WebAssembly where the SIMD module has it). */
  readonly affine: (n: number, a: number, b: number) => void;
}

/** Block.affine as a loop over buf. */
export const affineLoop = (buf: Float64Array) => (n: number, a: number, b: number): void => {
  for (let i = 0; i < n; i++) buf[i] = buf[i]! * a + b;
};

/** A module's scalar function and its block form. */
export interface Loaded<F> {
  readonly fn: F;
  readonly block: Block;
  readonly kind: ModuleKind;
}

interface BlockPlace { readonly AT: number; readonly LENGTH: number }

/** Which module a function runs: the relaxed one (true fmas) or the one emulating them. */
export type ModuleKind = 'relaxed' | 'plain';

interface Instance { readonly exports: Record<string, unknown>; readonly buffer: ArrayBuffer; readonly kind: ModuleKind }

type Probe = (a: number, b: number, c: number) => number;

/**
 * True when the module's madd rounds once: (1 + 2^-30)(1 - 2^-30) - 1 is -2^-60 fused and 0 when
 * the product is rounded first; (1 + 2^-27)^2 - (1 + 2^-26) is 2^-54 fused, 0 otherwise.
 */
const fused = (probe: Probe): boolean => probe(1 + 2 ** -30, 1 - 2 ** -30, -1) === -(2 ** -60)
  && probe(1 + 2 ** -27, 1 + 2 ** -27, -(1 + 2 ** -26)) === 2 ** -54;

/**
 * Instantiates one module and fills its memory; `tables` are [byte offset, typed array] pairs
 * (the offsets come with the bytes, from LAYOUT in scripts/build_wasm_math.mjs). The module
 * reads them as little-endian words, as the typed arrays here are written on every host this
 * library runs on (bits.ts checks). With `relaxed`, that module first, kept when it compiles and
 * its madd is fused. Null when WebAssembly is missing or refuses to compile.
 */
function instantiate(
  bytes: () => Uint8Array, tables: () => Tables, imports: object = {},
  relaxed?: () => Uint8Array,
): Instance | null {
  const api = wasmApi();
  if (api === undefined) return null;
  const make = (b: Uint8Array, kind: ModuleKind): Instance | null => {
    try {
      const exports = new api.Instance(new api.Module(b), imports).exports;
      if (kind === 'relaxed' && !fused(exports.fmaProbe as Probe)) return null;
      return { exports, buffer: fillTables(exports, tables()), kind };
    } catch {
      return null;
    }
  };
  return (relaxed === undefined ? null : make(relaxed(), 'relaxed')) ?? make(bytes(), 'plain');
}

type Tables = Array<[number, Float64Array | Uint32Array]>;

/** Copies the tables into an instance's memory; returns the memory's buffer. */
function fillTables(exports: Record<string, unknown>, tables: Tables): ArrayBuffer {
  const buffer = (exports.mem as { buffer: ArrayBuffer }).buffer;
  for (const [offset, table] of tables) {
    if (table instanceof Float64Array) new Float64Array(buffer, offset, table.length).set(table);
    else new Uint32Array(buffer, offset, table.length).set(table);
  }
  return buffer;
}

/** The block form `${name}Block` of an instance, over its memory. */
function blockOf(exports: Record<string, unknown>, buffer: ArrayBuffer, name: string, place: BlockPlace): Block {
  const buf = new Float64Array(buffer, place.AT, place.LENGTH);
  const affine = (exports.affine as Block['affine'] | undefined) ?? affineLoop(buf);
  return { buf, run: exports[`${name}Block`] as Block['run'], affine };
}

/** Where a function has a SIMD block module: its bytes (plain and relaxed) and its tables. */
interface Simd { readonly plain: () => Uint8Array; readonly relaxed: () => Uint8Array; readonly tables: () => Tables }

/**
 * The SIMD block of a function beside its instance m: the relaxed variant beside a relaxed m
 * (whose probe showed the madd fused), calling m's scalar function for the lanes it leaves.
 * Null where the engine has no SIMD: m's own block then serves.
 */
function simdBlock(m: Instance, name: string, simd: Simd, place: BlockPlace): Block | null {
  const api = wasmApi()!;
  try {
    const bytes = m.kind === 'relaxed' ? simd.relaxed() : simd.plain();
    const exports = new api.Instance(new api.Module(bytes), { env: { [name]: m.exports[name] } }).exports;
    return blockOf(exports, fillTables(exports, simd.tables()), name, place);
  } catch {
    return null;
  }
}

/** The function `name` of an instance and its block form (the SIMD module's, where there is one). */
function pick<F>(m: Instance | null, name: string, place: BlockPlace, simd?: Simd): Loaded<F> | null {
  if (m === null) return null;
  const block = (simd === undefined ? null : simdBlock(m, name, simd, place)) ?? blockOf(m.exports, m.buffer, name, place);
  return { fn: m.exports[name] as F, block, kind: m.kind };
}

const logTables = (): Tables => [[LOG_WASM_TABLES.T, T], [LOG_WASM_TABLES.SPLIT, splitTable(T, 2)]];
export const loadLog = (): Loaded<Unary> | null =>
  pick(instantiate(() => LOG_WASM_BYTES, logTables, {}, () => LOG_RELAXED_WASM_BYTES), 'log', LOG_WASM_BLOCK,
    { plain: () => LOG_SIMD_WASM_BYTES, relaxed: () => LOG_SIMD_RELAXED_WASM_BYTES, tables: logTables });
const expTables = (): Tables => [[EXP_WASM_TABLES.TAIL, TAIL], [EXP_WASM_TABLES.SBITS, SBITS]];
export const loadExp = (): Loaded<Unary> | null =>
  pick(instantiate(() => EXP_WASM_BYTES, expTables, {}, () => EXP_RELAXED_WASM_BYTES), 'exp', EXP_WASM_BLOCK,
    { plain: () => EXP_SIMD_WASM_BYTES, relaxed: () => EXP_SIMD_RELAXED_WASM_BYTES, tables: expTables });
export const loadLog1p = (): Loaded<Unary> | null =>
  pick(instantiate(() => LOG1P_WASM_BYTES, () => [], {}, () => LOG1P_RELAXED_WASM_BYTES), 'log1p', LOG1P_WASM_BLOCK,
    { plain: () => LOG1P_SIMD_WASM_BYTES, relaxed: () => LOG1P_SIMD_RELAXED_WASM_BYTES, tables: () => [] });
export const loadExpm1 = (): Loaded<Unary> | null =>
  pick(instantiate(() => EXPM1_WASM_BYTES, () => [], {}, () => EXPM1_RELAXED_WASM_BYTES), 'expm1', EXPM1_WASM_BLOCK,
    { plain: () => EXPM1_SIMD_WASM_BYTES, relaxed: () => EXPM1_SIMD_RELAXED_WASM_BYTES, tables: () => [] });
const powTables = (): Tables => [[POW_WASM_TABLES.T, POW_T], [POW_WASM_TABLES.SPLIT, splitTable(POW_T, 3)],
  [POW_WASM_TABLES.TAIL, TAIL], [POW_WASM_TABLES.SBITS, SBITS]];
export const loadPow = (): Loaded<Binary> | null =>
  pick(instantiate(() => POW_WASM_BYTES, powTables, {}, () => POW_RELAXED_WASM_BYTES), 'pow', POW_WASM_BLOCK,
    { plain: () => POW_SIMD_WASM_BYTES, relaxed: () => POW_SIMD_RELAXED_WASM_BYTES, tables: powTables });
// cos and sin share a module (one instance for both); |x| >= 105414350 (branred's reduction,
// rare) calls back into the TypeScript cos or sin
let sinCosModule: Instance | null | undefined;
const loadSinCos = (name: 'cos' | 'sin'): Loaded<Unary> | null => {
  if (sinCosModule === undefined) sinCosModule = instantiate(() => COS_WASM_BYTES, () => [[COS_WASM_TABLES.TAB, SINCOSTAB]], { env: { cosBig: cosTs, sinBig: sinTs } },
    () => COS_RELAXED_WASM_BYTES);
  return pick(sinCosModule, name, COS_WASM_BLOCK);
};
export const loadCos = (): Loaded<Unary> | null => loadSinCos('cos');
export const loadSin = (): Loaded<Unary> | null => loadSinCos('sin');
export const loadAcos = (): { fn: Unary; kind: ModuleKind } | null => {
  const m = instantiate(() => ACOS_WASM_BYTES, () => [[ACOS_WASM_TABLES.ASNCS, ASNCS], [ACOS_WASM_TABLES.INROOT, INROOT],
    [ACOS_WASM_TABLES.POWTWO, POWTWO]], {}, () => ACOS_RELAXED_WASM_BYTES);
  return m === null ? null : { fn: m.exports.acos as Unary, kind: m.kind };
};
