// randn's WebAssembly Box-Muller (src/torch/wasm, built by scripts/build_wasm_torch.mjs) against
// its TypeScript twin boxMullerAvx2, bit for bit: random chunks of engine words of every length
// the kernel takes, words at the edges of the uniform grid and of sincos's octants, and the
// whole normalFillAvx2 (chunking, the redrawn last block, mean/std) with the generator left in
// the same state. The exhaustive 2^24 check is scripts/check_torch_box_muller.mjs; the golden
// files tie both to torch. Each of the two kernels ('simd', and 'relaxed' where the engine has
// relaxed SIMD with a fused madd) is checked; on an engine without relaxed SIMD by default
// (Node 20), a child process with V8's flag checks the relaxed one. Skipped where WebAssembly SIMD
// is missing (the `ts` project).
import { afterEach, describe, expect, it } from 'vitest';
import { boxMullerAvx2, normalFillAvx2 } from '../../src/torch/normal.js';
import { type BoxMullerWasm, boxMullerWasm, instantiateBoxMuller } from '../../src/torch/wasm/normal_wasm.js';
import { Generator } from '../../src/torch/generator.js';
import { getMathBackend, setMathBackend } from '../../src/math/wasm/backend.js';
import { RELAXED_FLAG, inRelaxedChild, runRelaxedChild } from '../helpers/relaxed_child.js';

const kernel = boxMullerWasm();

/** The first index where the two float arrays differ in bits (or -1). */
function firstDiff(a: Float32Array, b: Float32Array): number {
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length), y = new Uint32Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return i;
  return x.length === y.length ? -1 : Math.min(x.length, y.length);
}

/** The kernel's output on `words` (length a multiple of 16) and the TypeScript batch's. */
function both(k: BoxMullerWasm, words: Uint32Array): [Float32Array, Float32Array] {
  k.words.set(words);
  k.bm(words.length);
  const wasm = k.floats.slice(0, words.length);
  const ts = new Float32Array(words.length);
  for (let i = 0; i < words.length; i++) ts[i] = (words[i]! & 0xffffff) * 2 ** -24;
  boxMullerAvx2(ts, 0, ts.length, 0, 1, true);
  return [wasm, ts];
}

for (const kind of ['simd', 'relaxed'] as const) {
  const k = instantiateBoxMuller(kind);
  if (k === null) console.log(`the ${kind} Box-Muller kernel is unavailable here: its checks skip`);
  describe.skipIf(k === null)(`WebAssembly Box-Muller (${kind}) = boxMullerAvx2`, () => {
  it('random chunks of every kernel length', () => {
    const g = new Generator().manual_seed(20261203);
    const cap = k!.capacity;
    for (let c = 0; c < 96; c++) {
      const n = c < 32 ? 16 * (c + 1) : c < 64 ? cap - 16 * (c - 32) : 16 * (1 + (g.random() % (cap / 16)));
      const words = new Uint32Array(n);
      g.fillRandom(words, n);
      const [wasm, ts] = both(k!, words);
      const i = firstDiff(wasm, ts);
      expect(i === -1 ? '' : `chunk ${c} (n=${n}) word ${words[i]}: ${wasm[i]} vs ${ts[i]}`).toBe('');
    }
  });

  it('the ends of the grid and the octant boundaries of 2 pi u2', () => {
    const special: number[] = [0, 1, 2, 0xffffff, 0xfffffe, 0x800000, 0x7fffff, 0x400000, 0xc00000, 0xff000000, 0xffffffff];
    // u2 words whose 2 pi u2 * 4/pi lands next to an integer (the octant switches)
    for (let q = 1; q < 8; q++) {
      const k = Math.round((q / 8) * 2 ** 24);
      for (let d = -3; d <= 3; d++) special.push(k + d);
    }
    const n = 16 * Math.ceil(special.length / 8);
    const words = new Uint32Array(n);
    // every special word as u1 and as u2
    for (let i = 0; i < n / 2; i++) {
      const w = special[i % special.length]!;
      const b = (i >> 3) * 16, l = i & 7;
      words[b + l] = w;
      words[b + l + 8] = special[(i * 7 + 3) % special.length]!;
    }
    const [wasm, ts] = both(k!, words);
    expect(firstDiff(wasm, ts)).toBe(-1);
  });
  });
}

describe.skipIf(kernel === null || instantiateBoxMuller('relaxed') !== null || inRelaxedChild)('the relaxed kernel under V8\'s flag', () => {
  it(`a child vitest with ${RELAXED_FLAG} checks it against boxMullerAvx2`, () => {
    const { status, out } = runRelaxedChild(['test/torch/normal_wasm.test.ts'], 120_000);
    if (/relaxed Box-Muller kernel is unavailable/.test(out)) {
      console.log(`the relaxed kernel is unavailable even with ${RELAXED_FLAG} (no fused madd here): not checked`);
      return;
    }
    expect(status, out.slice(-2000)).toBe(0);
    expect(out).toMatch(/✓ .*WebAssembly Box-Muller \(relaxed\) = boxMullerAvx2 > random chunks/);
  }, 150_000);
});

describe.skipIf(kernel === null)('normalFillAvx2 through the WebAssembly kernel', () => {
  const backend = getMathBackend();
  afterEach(() => { setMathBackend(backend); });

  it('normalFillAvx2 gives the same values and generator state on both backends', () => {
    const sizes = [16, 17, 31, 32, 100, 8191, 8192, 8193, 8208, 20000, 65536 + 9];
    const params: [number, number][] = [[0, 1], [1.5, 0.75], [-3.25, 1e-3], [0, 1e30]];
    for (const n of sizes) {
      for (const [j, [mean, std]] of params.entries()) {
        const out: Float32Array[] = [], next: number[] = [];
        for (const b of ['wasm', 'ts'] as const) {
          setMathBackend(b);
          const g = new Generator().manual_seed(n * 31 + j);
          const d = new Float32Array(n);
          normalFillAvx2(g, d, mean, std);
          out.push(d);
          next.push(g.random());
        }
        expect(`${n} ${mean} ${std}: ${firstDiff(out[0]!, out[1]!)} ${next[0] === next[1]}`).toBe(`${n} ${mean} ${std}: -1 true`);
      }
    }
  });
});
