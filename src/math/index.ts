// Elementary functions returning, bit for bit, what the C library numpy runs on returns:
// glibc 2.36 on x86-64 with its FMA-compiled variants (Debian 12's 2.36 release branch, where
// log1p and expm1 also have FMA variants). Every sampler calls these, never Math.log & co.
// The float32 functions take float32 arguments (rounded with Math.fround, as a C float
// parameter would be) and return float32 values as numbers.
// Public entry point: `numpy-random/math`.
// log, exp, log1p, expm1, pow, cos, sin and acos run as WebAssembly twins of the TypeScript versions (src/math/wasm,
// the same results bit for bit, faster) when WebAssembly is available; the TypeScript versions
// are the fallback, and set_backend (src/backend.ts) can force them.

// Live bindings: each starts as a stub that instantiates its module on first call (wasm/backend.ts).
export { log, exp, log1p, expm1, pow, cos, sin, acos } from './wasm/backend.js';
export { logf } from './logf.js';
export { expf } from './expf.js';
export { powf } from './powf.js';
export { log1pf } from './log1pf.js';
export { fma } from './fma.js';
export { sinf } from './sinf.js';
export { cosf } from './cosf.js';
export { log2 } from './log2.js';
export { pyLgamma } from './py_lgamma.js';
export { fmaf } from './fmaf.js';
export { tan } from './tan.js';
