// The WebAssembly backend's functions on their own, or null without WebAssembly (tests, the
// oracle and the benchmark drive it directly; src/math/index.ts chooses the default).
import { instantiateMathWasm } from './math_wasm.js';

export const MATH_WASM = instantiateMathWasm();
