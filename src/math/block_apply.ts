// A function's block form (wasm/backend.ts) applied in place to a span of a result: the span goes
// through the block's buffer a buffer at a time, so a fill calls into WebAssembly once per 4096
// values instead of once per value.
import type { Block } from './wasm/backend.js';

/** o[s, e) = f(o[s, e)), f the block's function (pow's with exponent y). */
export function applyBlock(b: Block, o: Float64Array, s: number, e: number, y = 0): void {
  const buf = b.buf, cap = buf.length;
  for (let i = s; i < e; i += cap) {
    const m = Math.min(cap, e - i);
    buf.set(o.subarray(i, i + m));
    b.run(m, y);
    o.set(m === cap ? buf : buf.subarray(0, m), i);
  }
}
