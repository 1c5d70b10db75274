// The WebAssembly and pure-TS kernels produce identical outputs and states, for every generator,
// in both output forms, across chunk boundaries and odd offsets.
import { describe, expect, it } from 'vitest';
import { TS_KERNELS, wasmKernels, type KernelSet } from '../../src/bitgen/kernels.js';

const WASM_KERNELS = wasmKernels();

const KINDS = ['xslrr', 'dxsm', 'sfc64', 'philox'] as const;
const WORDS = { xslrr: 8, dxsm: 8, sfc64: 8, philox: 21 } as const;

/** A reproducible pseudo-random word stream for states (xorshift32). */
function words(seed: number, n: number): Uint32Array {
  const out = new Uint32Array(n);
  let x = seed | 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    out[i] = x;
  }
  return out;
}

function randomState(kind: (typeof KINDS)[number], seed: number): Uint32Array {
  const st = words(seed, WORDS[kind]);
  if (kind === 'philox') {
    st[20] = seed % 5; // buffer_pos 0..4
    if (seed % 3 === 0) st.fill(0xffffffff, 0, 8); // counter about to wrap
  }
  return st;
}

/** Index of the first differing element (-1 when equal): cheap on long typed arrays. */
function firstDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

it('WebAssembly kernels load under Node', () => {
  expect(WASM_KERNELS).not.toBeNull();
});

describe.each(KINDS)('%s', (kind) => {
  const wasm = WASM_KERNELS as KernelSet;
  it('pairs: same outputs and state', () => {
    for (let seed = 1; seed < 13; seed++) {
      const n = [1, 3, 4, 5, 255, 4095, 4096, 4097, 9000][seed % 9]!;
      const a = randomState(kind, seed), b = a.slice();
      const oa = new Uint32Array(2 * (n + 3)), ob = new Uint32Array(2 * (n + 3));
      TS_KERNELS[kind].pairs(a, oa, 3, n);
      wasm[kind].pairs(b, ob, 3, n);
      expect(firstDiff(ob, oa)).toBe(-1);
      expect(b).toEqual(a);
    }
  });

  it('doubles: same values and state, equal to next_double of the pairs', () => {
    for (let seed = 1; seed < 7; seed++) {
      const n = [2, 64, 300, 5000, 8192, 17][seed % 6]!;
      const a = randomState(kind, seed), b = a.slice(), c = a.slice();
      const da = new Float64Array(n + 1), db = new Float64Array(n + 1), pc = new Uint32Array(2 * n);
      TS_KERNELS[kind].doubles(a, da, 1, n);
      wasm[kind].doubles(b, db, 1, n);
      wasm[kind].pairs(c, pc, 0, n);
      expect(firstDiff(db, da)).toBe(-1);
      expect(b).toEqual(a);
      expect(c).toEqual(a);
      const want = new Float64Array(n + 1);
      for (let i = 0; i < n; i++) want[i + 1] = (pc[2 * i + 1]! * 2 ** 21 + (pc[2 * i]! >>> 11)) / 2 ** 53;
      expect(firstDiff(da, want)).toBe(-1);
    }
  });
});

it('the WebAssembly module stays under 4 KiB (Chrome refuses larger synchronous compiles on the main thread)', async () => {
  const { KERNELS_WASM_BYTES } = await import('../../src/bitgen/wasm/kernels_wasm_bytes.js');
  expect(KERNELS_WASM_BYTES.length).toBeLessThan(4096);
});

it('the committed bytes are what scripts/build_wasm.mjs assembles', async () => {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync('node', ['scripts/build_wasm.mjs', '--check'], { encoding: 'utf8' });
  expect(r.stdout.trim()).toBe('up to date');
  expect(r.status).toBe(0);
});
