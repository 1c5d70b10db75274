// Elementary functions returning, bit for bit, what the C library numpy runs on returns:
// glibc 2.36 on x86-64 with its FMA-compiled variants (Debian 12's 2.36 release branch, where
// log1p and expm1 also have FMA variants). Every sampler calls these, never Math.log & co.
// The float32 functions take float32 arguments (rounded with Math.fround, as a C float
// parameter would be) and return float32 values as numbers.
// Public entry point: `numpy-random/math`.
// log, exp, log1p, expm1, pow, cos and acos run as WebAssembly twins of the TypeScript versions (src/math/wasm,
// the same results bit for bit, faster) when WebAssembly is available; the TypeScript versions
// are the fallback.

import { acos as acosTs } from './acos.js';
import { cos as cosTs } from './cos.js';
import { exp as expTs } from './exp.js';
import { expm1 as expm1Ts } from './expm1.js';
import { log as logTs } from './log.js';
import { log1p as log1pTs } from './log1p.js';
import { pow as powTs } from './pow.js';
import { MATH_WASM } from './wasm/backend.js';

export const log: (x: number) => number = MATH_WASM !== null ? MATH_WASM.log : logTs;
export const exp: (x: number) => number = MATH_WASM !== null ? MATH_WASM.exp : expTs;
export const log1p: (x: number) => number = MATH_WASM !== null ? MATH_WASM.log1p : log1pTs;
export const expm1: (x: number) => number = MATH_WASM !== null ? MATH_WASM.expm1 : expm1Ts;
export const pow: (x: number, y: number) => number = MATH_WASM !== null ? MATH_WASM.pow : powTs;
export const cos: (x: number) => number = MATH_WASM !== null ? MATH_WASM.cos : cosTs;
export const acos: (x: number) => number = MATH_WASM !== null ? MATH_WASM.acos : acosTs;
export { logf } from './logf.js';
export { expf } from './expf.js';
export { powf } from './powf.js';
export { log1pf } from './log1pf.js';
export { fma } from './fma.js';
export { sin } from './sin.js';
export { sinf } from './sinf.js';
export { cosf } from './cosf.js';
export { log2 } from './log2.js';
export { pyLgamma } from './py_lgamma.js';
export { fmaf } from './fmaf.js';
