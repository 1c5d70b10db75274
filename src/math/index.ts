// Elementary functions returning, bit for bit, what the C library numpy runs on returns:
// glibc 2.36 on x86-64 with its FMA-compiled variants (Debian 12's 2.36 release branch, where
// log1p and expm1 also have FMA variants). Every sampler calls these, never Math.log & co.
// The float32 functions take float32 arguments (rounded with Math.fround, as a C float
// parameter would be) and return float32 values as numbers.
// Public entry point: `numpy-random/math`.
// log and exp run as WebAssembly twins of the TypeScript (src/math/wasm, same results bit for
// bit, about 1.5x faster) when WebAssembly is available; the TypeScript versions are the fallback.

import { exp as expTs } from './exp.js';
import { log as logTs } from './log.js';
import { MATH_WASM } from './wasm/backend.js';

export const log: (x: number) => number = MATH_WASM !== null ? MATH_WASM.log : logTs;
export const exp: (x: number) => number = MATH_WASM !== null ? MATH_WASM.exp : expTs;
export { pow } from './pow.js';
export { log1p } from './log1p.js';
export { expm1 } from './expm1.js';
export { cos } from './cos.js';
export { acos } from './acos.js';
export { logf } from './logf.js';
export { expf } from './expf.js';
export { powf } from './powf.js';
export { log1pf } from './log1pf.js';
export { fma } from './fma.js';
