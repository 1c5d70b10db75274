// Instantiates the MT19937 kernel (scripts/build_wasm_mt.mjs) synchronously. One shared instance
// serves every MT19937: a call copies the 624 key words and pos in, produces the outputs a chunk
// at a time in the module's memory, copies each chunk into the caller's array, and copies the
// state back. Short runs stay in TypeScript, where the two state copies would cost more than
// the draws.
import type { MtKernel } from '../kernels/types.js';
import { TS_MT19937 } from '../kernels/mt19937_ts.js';
import { MT19937_WASM_BYTES, MT_LAYOUT } from './mt19937_wasm_bytes.js';
import { wasmApi } from '../../core/wasm_api.js';

const N = 624;
/** Below this many words drawn, the TypeScript loops are faster than two state copies. */
const MIN_WORDS = 128;

type Fn = (n: number, a: number, b: number) => void;

export function instantiateMtKernel(): MtKernel | null {
  const api = wasmApi();
  if (api === undefined || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return null;
  let exports: Record<string, unknown>;
  try {
    exports = new api.Instance(new api.Module(MT19937_WASM_BYTES)).exports;
  } catch {
    return null; // no SIMD, or compilation refused
  }
  const buffer = (exports.mem as { buffer: ArrayBuffer }).buffer;
  const i32 = new Int32Array(buffer);
  const u32 = new Uint32Array(buffer);
  const f64 = new Float64Array(buffer);
  const POS = MT_LAYOUT.pos >> 2;
  const W0 = MT_LAYOUT.out >> 2, D0 = MT_LAYOUT.out >> 3;
  const WORDS = MT_LAYOUT.outBytes >> 2, DOUBLES = MT_LAYOUT.outBytes >> 3;
  const fn = (name: string) => exports[name] as Fn;
  const doublesFn = fn('doubles'), wordsFn = fn('words'), pairsFn = fn('pairs'), maskedFn = fn('masked'), lemireFn = fn('lemire');
  const maskedF64 = fn('maskedF64'), lemireF64 = fn('lemireF64');
  const SCALE = MT_LAYOUT.scale >> 3;

  const load = (key: Int32Array, pos: number): void => {
    i32.set(key, 0);
    i32[POS] = pos;
  };
  const save = (key: Int32Array): number => {
    key.set(i32.subarray(0, N));
    return i32[POS]!;
  };
  /** Runs a float64 output function over out[start, start + n) in chunks; returns the new pos. */
  const runF64 = (f: Fn, key: Int32Array, pos: number, out: Float64Array, start: number, n: number, a: number, b: number): number => {
    load(key, pos);
    for (let i = start, end = start + n; i < end;) {
      const k = Math.min(DOUBLES, end - i);
      f(k, a, b);
      out.set(f64.subarray(D0, D0 + k), i);
      i += k;
    }
    return save(key);
  };

  const twistFn = exports.twist as () => void;
  return {
    regenerate(key) {
      // the SIMD twist with both copies is several times faster than the TypeScript loop
      i32.set(key, 0);
      twistFn();
      key.set(i32.subarray(0, N));
    },
    doubles(key, pos, out, start, end) {
      if (end - start < MIN_WORDS >> 1) return TS_MT19937.doubles(key, pos, out, start, end);
      return runF64(doublesFn, key, pos, out, start, end - start, 0, 0);
    },
    words(key, pos, out, start, end, step = 1) {
      const n = Math.ceil((end - start) / step);
      if (n < MIN_WORDS) return TS_MT19937.words(key, pos, out, start, end, step);
      load(key, pos);
      for (let i = start, left = n; left > 0;) {
        const k = Math.min(WORDS, left);
        wordsFn(k, 0, 0);
        if (step === 1) out.set(u32.subarray(W0, W0 + k), i);
        else if (step === 2) for (let j = 0, o = i; j < k; j++, o += 2) out[o] = u32[W0 + j]!;
        else for (let j = 0; j < k; j++) out[i + j * step] = u32[W0 + j]!;
        i += k * step;
        left -= k;
      }
      return save(key);
    },
    pairs(key, pos, out, start, end) {
      if (end - start < MIN_WORDS) return TS_MT19937.pairs(key, pos, out, start, end);
      load(key, pos);
      for (let i = start; i < end;) {
        const k = Math.min(WORDS, end - i);
        pairsFn(k >> 1, 0, 0);
        out.set(u32.subarray(W0, W0 + k), i);
        i += k;
      }
      return save(key);
    },
    bounded(key, pos, out, n, masked, a, b) {
      load(key, pos);
      const f = masked ? maskedFn : lemireFn;
      for (let i = 0; i < n;) {
        const k = Math.min(WORDS, n - i);
        f(k, a, b);
        out.set(u32.subarray(W0, W0 + k), i);
        i += k;
      }
      return save(key);
    },
    boundedF64(key, pos, out, n, masked, a, b, off) {
      f64[SCALE] = off;
      return runF64(masked ? maskedF64 : lemireF64, key, pos, out, 0, n, a, b);
    },
  };
}
