// Which implementation src/math's log, exp, log1p, expm1, pow, cos, sin and acos run: the WebAssembly
// twin (the same bits, faster) or the TypeScript version. Each export is a live binding that
// starts as a stub: the first call instantiates that function's module (or finds WebAssembly
// unavailable or refused) and rebinds the export to the chosen function, so importers call it
// directly from then on and a bundle that never calls cos never compiles cos.
import { acos as acosTs } from '../acos.js';
import { cos as cosTs } from '../cos.js';
import { exp as expTs } from '../exp.js';
import { expm1 as expm1Ts } from '../expm1.js';
import { log as logTs } from '../log.js';
import { log1p as log1pTs } from '../log1p.js';
import { pow as powTs } from '../pow.js';
import { sin as sinTs } from '../sin.js';
import {
  type Binary, type Block, type Loaded, type ModuleKind, type Unary, affineLoop, loadAcos, loadCos, loadExp, loadExpm1, loadLog,
  loadLog1p, loadPow, loadSin,
} from './math_wasm.js';

export type { Block } from './math_wasm.js';

export type Backend = 'wasm' | 'ts';

let wanted: Backend = 'wasm';

/** A loader that runs once; null (WebAssembly missing or refused) is remembered too. */
function once<F>(load: () => F | null): () => F | null {
  let done = false, fn: F | null = null;
  return () => {
    if (!done) {
      fn = load();
      done = true;
    }
    return fn;
  };
}

const wasmLog = /* @__PURE__ */ once(loadLog);
const wasmExp = /* @__PURE__ */ once(loadExp);
const wasmLog1p = /* @__PURE__ */ once(loadLog1p);
const wasmExpm1 = /* @__PURE__ */ once(loadExpm1);
const wasmPow = /* @__PURE__ */ once(loadPow);
const wasmCos = /* @__PURE__ */ once(loadCos);
const wasmSin = /* @__PURE__ */ once(loadSin);
const wasmAcos = /* @__PURE__ */ once(loadAcos);

const pick = <F>(ts: F, wasm: () => F | null): F => (wanted === 'wasm' ? wasm() ?? ts : ts);
/** The scalar function of a loaded module. */
const fnOf = <F>(load: () => { readonly fn: F } | null) => (): F | null => load()?.fn ?? null;

const logStub: Unary = (x) => (log = pick(logTs, fnOf(wasmLog)))(x);
const expStub: Unary = (x) => (exp = pick(expTs, fnOf(wasmExp)))(x);
const log1pStub: Unary = (x) => (log1p = pick(log1pTs, fnOf(wasmLog1p)))(x);
const expm1Stub: Unary = (x) => (expm1 = pick(expm1Ts, fnOf(wasmExpm1)))(x);
const powStub: Binary = (x, y) => (pow = pick(powTs, fnOf(wasmPow)))(x, y);
const cosStub: Unary = (x) => (cos = pick(cosTs, fnOf(wasmCos)))(x);
const sinStub: Unary = (x) => (sin = pick(sinTs, fnOf(wasmSin)))(x);
const acosStub: Unary = (x) => (acos = pick(acosTs, fnOf(wasmAcos)))(x);

// ---- block forms: the same functions over many doubles per call (math_wasm.ts Block). Fills
// that apply one function to a whole span use them, so the span crosses into WebAssembly once.
const BLOCK_LENGTH = 4096;
/** The TypeScript block of a function: a loop over the scalar one (a unary one ignores y). */
function tsBlock(f: Binary): Block {
  const buf = new Float64Array(BLOCK_LENGTH);
  return { buf, run: (n, y) => { for (let i = 0; i < n; i++) buf[i] = f(buf[i]!, y); }, affine: affineLoop(buf) };
}
// (one binding each, so that a bundle keeps only the TypeScript functions whose blocks it uses)
const tsLogBlock = /* @__PURE__ */ once(() => tsBlock(logTs));
const tsExpBlock = /* @__PURE__ */ once(() => tsBlock(expTs));
const tsLog1pBlock = /* @__PURE__ */ once(() => tsBlock(log1pTs));
const tsExpm1Block = /* @__PURE__ */ once(() => tsBlock(expm1Ts));
const tsCosBlock = /* @__PURE__ */ once(() => tsBlock(cosTs));
const tsSinBlock = /* @__PURE__ */ once(() => tsBlock(sinTs));
const tsPowBlock = /* @__PURE__ */ once(() => tsBlock(powTs));
const blockOf = (ts: () => Block | null, wasm: () => Loaded<unknown> | null): Block =>
  (wanted === 'wasm' ? wasm()?.block : undefined) ?? ts()!;

/** log on many doubles per call, on the backend in use (fills take it once per fill). */
export const logBlock = (): Block => blockOf(tsLogBlock, wasmLog);
/** exp on many doubles per call, on the backend in use. */
export const expBlock = (): Block => blockOf(tsExpBlock, wasmExp);
/** log1p on many doubles per call, on the backend in use. */
export const log1pBlock = (): Block => blockOf(tsLog1pBlock, wasmLog1p);
/** expm1 on many doubles per call, on the backend in use. */
export const expm1Block = (): Block => blockOf(tsExpm1Block, wasmExpm1);
/** pow(x, y) on many doubles x per call with one exponent y, on the backend in use. */
export const powBlock = (): Block => blockOf(tsPowBlock, wasmPow);
/** cos on many doubles per call, on the backend in use. */
export const cosBlock = (): Block => blockOf(tsCosBlock, wasmCos);
/** sin on many doubles per call, on the backend in use. */
export const sinBlock = (): Block => blockOf(tsSinBlock, wasmSin);

/**
 * glibc 2.36's log(x) (the natural logarithm, FMA variant), bit for bit.
 * @param x - the argument (log of a negative is NaN, log(0) is -Infinity).
 * @example log(2); // 0.6931471805599453
 */
export let log: Unary = logStub;
/**
 * glibc 2.36's exp(x) (e**x, FMA variant), bit for bit.
 * @param x - the exponent.
 * @example exp(1); // 2.718281828459045
 */
export let exp: Unary = expStub;
/**
 * glibc 2.36's log1p(x) (log(1 + x), accurate near 0; FMA variant), bit for bit.
 * @param x - the argument, > -1.
 * @example log1p(1e-10);
 */
export let log1p: Unary = log1pStub;
/**
 * glibc 2.36's expm1(x) (e**x - 1, accurate near 0; FMA variant), bit for bit.
 * @param x - the exponent.
 * @example expm1(1e-10);
 */
export let expm1: Unary = expm1Stub;
/**
 * glibc 2.36's pow(x, y) (x**y with C99's special cases), bit for bit.
 * @param x - the base.
 * @param y - the exponent.
 * @example pow(2, 0.5); // 1.4142135623730951
 */
export let pow: Binary = powStub;
/**
 * glibc 2.36's cos(x) (x in radians; IBM Accurate Mathematical Library, FMA variant), bit for bit.
 * @param x - the angle in radians.
 * @example cos(1);
 */
export let cos: Unary = cosStub;
/**
 * glibc 2.36's sin(x) (x in radians; IBM Accurate Mathematical Library, FMA variant), bit for bit.
 * @param x - the angle in radians.
 * @example sin(1);
 */
export let sin: Unary = sinStub;
/**
 * glibc 2.36's acos(x) (the arc cosine in [0, pi]; FMA variant), bit for bit.
 * @param x - the argument in [-1, 1] (NaN outside).
 * @example acos(0); // 1.5707963267948966
 */
export let acos: Unary = acosStub;

/**
 * Chooses the backend for all eight functions ('wasm' still falls back to TypeScript per function
 * where WebAssembly is unavailable or refused); returns the one in use after the call.
 */
export function setMathBackend(backend: Backend): Backend {
  wanted = backend;
  log = logStub; exp = expStub; log1p = log1pStub; expm1 = expm1Stub; pow = powStub; cos = cosStub; sin = sinStub; acos = acosStub;
  return getMathBackend();
}

/** The backend the functions run on: 'wasm' only when asked for and the modules instantiate. */
export function getMathBackend(): Backend {
  return wanted === 'wasm' && wasmLog() !== null ? 'wasm' : 'ts';
}

/**
 * Which WebAssembly module each function runs ('relaxed': true fused multiply-adds; 'plain': the
 * emulated ones), or null for one that runs TypeScript (tests and the benchmark report it).
 */
export function mathWasmKinds(): Record<'log' | 'exp' | 'log1p' | 'expm1' | 'pow' | 'cos' | 'acos', ModuleKind | null> {
  return {
    log: wasmLog()?.kind ?? null, exp: wasmExp()?.kind ?? null, log1p: wasmLog1p()?.kind ?? null, expm1: wasmExpm1()?.kind ?? null,
    pow: wasmPow()?.kind ?? null, cos: wasmCos()?.kind ?? null, acos: wasmAcos()?.kind ?? null,
  };
}

/**
 * The WebAssembly exp and log1p themselves while the backend is 'wasm' (null otherwise), for the
 * kernels that import them (the fused exponential ziggurat).
 */
export function wasmExpLog1p(): { exp: Unary; log1p: Unary } | null {
  if (wanted !== 'wasm') return null;
  const e = wasmExp()?.fn, l = wasmLog1p()?.fn;
  return e && l ? { exp: e, log1p: l } : null;
}

/** The eight WebAssembly functions themselves, or null without WebAssembly (tests and the benchmark drive them). */
export function mathWasm(): { log: Unary; exp: Unary; log1p: Unary; expm1: Unary; pow: Binary; cos: Unary; sin: Unary; acos: Unary } | null {
  const fns = {
    log: wasmLog()?.fn, exp: wasmExp()?.fn, log1p: wasmLog1p()?.fn, expm1: wasmExpm1()?.fn, pow: wasmPow()?.fn,
    cos: wasmCos()?.fn, sin: wasmSin()?.fn, acos: wasmAcos()?.fn,
  };
  return Object.values(fns).some((f) => f == null) ? null : fns as ReturnType<typeof mathWasm> & object;
}
