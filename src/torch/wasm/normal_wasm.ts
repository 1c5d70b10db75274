// Instantiates randn's WebAssembly Box-Muller (scripts/build_wasm_torch.mjs) synchronously, once.
// The engine words go straight into the module's memory (the generator writes them through a view),
// the module turns them into normals in place, and the caller copies them out.
// Two modules compute the same floats: 'relaxed' runs each fused step as one f32x4.relaxed_madd and
// is taken where the engine has relaxed SIMD and its probe shows the madd fused (then it is fmaf);
// 'simd' rounds each fused step through f64x2 and needs only SIMD.
import { wasmApi } from '../../core/wasm_api.js';
import { BM_CAPACITY, NORMAL_WASM_BYTES } from './normal_wasm_bytes.js';
import { NORMAL_RELAXED_WASM_BYTES } from './normal_relaxed_wasm_bytes.js';

/** The module's memory as words (what bm reads) and as floats (what it writes), and bm itself. */
export interface BoxMullerWasm {
  readonly words: Uint32Array;
  readonly floats: Float32Array;
  /** normal_fill_16_AVX2 over the n words at words[0, n) (n a multiple of 16, at most capacity). */
  readonly bm: (n: number) => void;
  readonly capacity: number;
  readonly kind: BoxMullerKind;
}

export type BoxMullerKind = 'relaxed' | 'simd';

type Probe = (a: number, b: number, c: number) => number;

/**
 * True when the probe's madd rounds once: (1 + 2^-12)^2 - (1 + 2^-11) is 2^-24 fused and 0 when the
 * product is rounded to float first; (1 + 2^-23)(1 - 2^-23) - 1 is -2^-46 fused, 0 otherwise.
 */
function fused(probe: Probe): boolean {
  return probe(1 + 2 ** -12, 1 + 2 ** -12, -(1 + 2 ** -11)) === 2 ** -24
    && probe(1 + 2 ** -23, 1 - 2 ** -23, -1) === -(2 ** -46);
}

/** One kind's kernel, or null where the engine refuses its module (or its madd is not fused). */
export function instantiateBoxMuller(kind: BoxMullerKind): BoxMullerWasm | null {
  const api = wasmApi();
  // the module reads the words little-endian, as typed arrays hold them on every host it runs on
  if (api === undefined || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return null;
  try {
    const exports = new api.Instance(new api.Module(kind === 'relaxed' ? NORMAL_RELAXED_WASM_BYTES : NORMAL_WASM_BYTES)).exports;
    if (kind === 'relaxed' && !fused(exports.probe as Probe)) return null;
    const buffer = (exports.mem as { buffer: ArrayBuffer }).buffer;
    return {
      words: new Uint32Array(buffer, 0, BM_CAPACITY),
      floats: new Float32Array(buffer, 0, BM_CAPACITY),
      bm: exports.bm as (n: number) => void,
      capacity: BM_CAPACITY,
      kind,
    };
  } catch {
    return null; // no SIMD (or no relaxed SIMD), or compilation refused
  }
}

let kernel: BoxMullerWasm | null | undefined;

/** The kernel ('relaxed' where it is exact, else 'simd'), or null where WebAssembly SIMD is unavailable or refused. */
export function boxMullerWasm(): BoxMullerWasm | null {
  if (kernel === undefined) kernel = instantiateBoxMuller('relaxed') ?? instantiateBoxMuller('simd');
  return kernel;
}
