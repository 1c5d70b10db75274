// The WebAssembly and pure-TS kernels produce identical outputs and states, for every generator,
// in both output forms, across chunk boundaries and odd offsets.
import { describe, expect, it } from 'vitest';
import { TS_KERNELS, wasmKernels, type KernelSet } from '../../src/bitgen/kernels.js';
import { instantiateWasmKernels } from '../../src/bitgen/wasm/kernels_wasm.js';

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

  // doubles: numpy's next_double of each output; floats: next_float of each output's two halves
  const FORMS = [
    ['doubles', 1, () => (n: number) => new Float64Array(n),
      (pc: Uint32Array, n: number) => Float64Array.from({ length: n }, (_, i) => (pc[2 * i + 1]! * 2 ** 21 + (pc[2 * i]! >>> 11)) / 2 ** 53)],
    ['floats', 2, () => (n: number) => new Float32Array(n), (pc: Uint32Array) => Float32Array.from(pc, (w) => (w >>> 8) / 2 ** 24)],
  ] as const;
  it.each(FORMS)('%s: same values and state as the TS twin, numpy\'s conversion of the pairs', (form, per, alloc, want) => {
    for (let seed = 1; seed < 7; seed++) {
      const n = [2, 64, 300, 5000, 8192, 17][seed % 6]!;
      const a = randomState(kind, seed), b = a.slice(), c = a.slice();
      const oa = alloc()(per * n + 1), ob = alloc()(per * n + 1), pc = new Uint32Array(2 * n);
      (TS_KERNELS[kind][form] as (st: Uint32Array, out: typeof oa, off: number, n: number) => void)(a, oa, 1, n);
      (wasm[kind][form] as (st: Uint32Array, out: typeof ob, off: number, n: number) => void)(b, ob, 1, n);
      wasm[kind].pairs(c, pc, 0, n);
      expect(firstDiff(ob, oa)).toBe(-1);
      expect(b).toEqual(a);
      expect(c).toEqual(a);
      expect(firstDiff(oa.subarray(1), want(pc, n))).toBe(-1);
    }
  });
});

// Philox's SIMD kernel takes sixteen outputs (four counters) at a time once the buffer is used up:
// every start position, lengths around its batches, and counters that carry inside a batch.
describe('Philox: the SIMD kernel, the plain WebAssembly one and the TS one agree', () => {
  const plain = instantiateWasmKernels(false)!.philox, simd = (WASM_KERNELS as KernelSet).philox;
  const LENGTHS = [1, 4, 15, 16, 17, 19, 20, 21, 31, 32, 33, 47, 48, 100, 4095, 4096, 4097];
  const start = (seed: number, bp: number, low: number): Uint32Array => {
    const st = words(seed, 21);
    st[20] = bp;
    // counter word 0 a few steps below 2^64 (carries into word 1, 2 or 3 inside the first batch)
    if (low >= 0) { st[0] = 0xffffffff - low; st[1] = 0xffffffff; if (low % 2 === 0) st.fill(0xffffffff, 2, 8); }
    return st;
  };
  it('is the SIMD module here', () => {
    expect(simd).not.toBe(plain);
  });
  for (const bp of [0, 1, 3, 4]) {
    it(`buffer_pos ${bp}`, () => {
      for (const [c, n] of LENGTHS.entries()) {
        for (const low of [-1, 0, 1, 2, 3, 5]) {
          const a = start(c + 3 * bp, bp, low), b = a.slice(), d = a.slice();
          const oa = new Uint32Array(2 * n), ob = new Uint32Array(2 * n), od = new Uint32Array(2 * n);
          TS_KERNELS.philox.pairs(a, oa, 0, n);
          simd.pairs(b, ob, 0, n);
          plain.pairs(d, od, 0, n);
          expect([firstDiff(ob, oa), firstDiff(od, oa)]).toEqual([-1, -1]);
          expect(b).toEqual(a);
          expect(d).toEqual(a);
          const fa = new Float64Array(n), fb = new Float64Array(n), sa = start(c + 3 * bp, bp, low), sb = sa.slice();
          TS_KERNELS.philox.doubles(sa, fa, 0, n);
          simd.doubles(sb, fb, 0, n);
          expect(firstDiff(fb, fa)).toBe(-1);
          expect(sb).toEqual(sa);
        }
      }
    });
  }
});

// PCG64's and PCG64DXSM's SIMD kernels run four leapfrogged chains (two scalar, two as vector
// lanes) while four outputs remain: lengths around that, in all three forms, against the plain
// module and the TS twin.
for (const [name, family] of [['PCG64', 'xslrr'], ['PCG64DXSM', 'dxsm']] as const) {
  describe(`${name}: the SIMD kernel, the plain WebAssembly one and the TS one agree`, () => {
    const plain = instantiateWasmKernels(false)![family], simd = (WASM_KERNELS as KernelSet)[family], ts = TS_KERNELS[family];
    it('is the SIMD module here', () => {
      expect(simd).not.toBe(plain);
    });
    it('pairs, doubles and floats over lengths around the four-output turns', () => {
      for (const [c, n] of [1, 3, 4, 5, 7, 8, 9, 31, 32, 33, 35, 36, 37, 1000, 4095, 4096, 4097, 8195].entries()) {
        const a = words(c + 101, 8), b = a.slice(), d = a.slice();
        const oa = new Uint32Array(2 * n), ob = new Uint32Array(2 * n), od = new Uint32Array(2 * n);
        ts.pairs(a, oa, 0, n);
        simd.pairs(b, ob, 0, n);
        plain.pairs(d, od, 0, n);
        expect([firstDiff(ob, oa), firstDiff(od, oa)]).toEqual([-1, -1]);
        expect([b, d]).toEqual([a, a]);
        const sa = words(c + 101, 8), sb = sa.slice(), sc = sa.slice(), sd = sa.slice();
        const fa = new Float64Array(n), fb = new Float64Array(n), ga = new Float32Array(2 * n), gb = new Float32Array(2 * n);
        ts.doubles(sa, fa, 0, n);
        simd.doubles(sb, fb, 0, n);
        ts.floats(sc, ga, 0, n);
        simd.floats(sd, gb, 0, n);
        expect([firstDiff(fb, fa), firstDiff(gb, ga)]).toEqual([-1, -1]);
        expect([sb, sd]).toEqual([sa, sc]);
      }
    });
  });
}

// Philox's fused bounded kernels in the SIMD module take blocks from the batch and put the counter
// back by what the batch ran ahead: against the plain module's, with counters that wrap (and so
// borrow when put back) inside a batch, every start position and lengths around the batches.
describe('Philox: the SIMD module\'s fused bounded kernels and the plain module\'s agree', () => {
  const plain = instantiateWasmKernels(false)!.philox, simd = (WASM_KERNELS as KernelSet).philox;
  const start = (seed: number, bp: number, low: number): Uint32Array => {
    const st = words(seed, 21);
    st[20] = bp;
    if (low >= 0) { st[0] = 0xffffffff - low; st[1] = 0xffffffff; if (low % 2 === 0) st.fill(0xffffffff, 2, 8); }
    return st;
  };
  for (const bp of [0, 2, 4]) {
    it(`buffer_pos ${bp}`, () => {
      for (const [c, n] of [1, 5, 15, 16, 17, 33, 64, 100, 4097].entries()) {
        for (const low of [-1, 0, 1, 2, 3, 6]) {
          for (const masked of [true, false]) {
            const a = start(c + 7 * bp, bp, low), b = a.slice();
            const oa = new Float64Array(n), ob = new Float64Array(n);
            const ca = new Uint32Array([c % 2, 12345]), cb = ca.slice();
            plain.bounded32!(a, oa, 0, 0, n, masked, masked ? 1023 : 1000, masked ? 999 : 296, 0, 5, ca);
            simd.bounded32!(b, ob, 0, 0, n, masked, masked ? 1023 : 1000, masked ? 999 : 296, 0, 5, cb);
            expect(firstDiff(ob, oa)).toBe(-1);
            expect([...b, ...cb]).toEqual([...a, ...ca]);
            const a64 = start(c + 7 * bp, bp, low), b64 = a64.slice();
            const pa = new Uint32Array(2 * n), pb = new Uint32Array(2 * n);
            // 64-bit Lemire over 0..2^40 (rng + 1 = 2^40 + 1: threshold (2^64 - 1 - rng) % (rng + 1))
            const [aHi, aLo] = masked ? [0xff, 0xffffffff] : [0x100, 1];
            const thr = ((2n ** 64n - 1n - 2n ** 40n) % (2n ** 40n + 1n));
            const [bHi, bLo] = masked ? [0x100, 0] : [Number(thr >> 32n), Number(thr & 0xffffffffn)];
            plain.bounded64!(a64, pa, 2, 0, n, masked, aHi, aLo, bHi, bLo, 0, 0);
            simd.bounded64!(b64, pb, 2, 0, n, masked, aHi, aLo, bHi, bLo, 0, 0);
            expect(firstDiff(pb, pa)).toBe(-1);
            expect(b64).toEqual(a64);
          }
        }
      }
    });
  }
});

it('the WebAssembly modules stay under 4 KiB (Chrome refuses larger synchronous compiles on the main thread)', async () => {
  const { KERNELS_WASM_BYTES } = await import('../../src/bitgen/wasm/kernels_wasm_bytes.js');
  const { MT19937_WASM_BYTES } = await import('../../src/bitgen/wasm/mt19937_wasm_bytes.js');
  expect(KERNELS_WASM_BYTES.length).toBeLessThan(4096);
  expect(MT19937_WASM_BYTES.length).toBeLessThan(4096);
  const bounded = await import('../../src/bitgen/wasm/kernels_wasm_bytes.js');
  for (const bytes of [bounded.XSLRR_BOUNDED_WASM_BYTES, bounded.DXSM_BOUNDED_WASM_BYTES, bounded.SFC64_BOUNDED_WASM_BYTES,
    bounded.PHILOX_BOUNDED_WASM_BYTES, bounded.PHILOX_BLOCK_WASM_BYTES, bounded.PHILOX_SIMD_WASM_BYTES, bounded.PHILOX_SIMD_BOUNDED_WASM_BYTES,
    bounded.XSLRR_SIMD_WASM_BYTES, bounded.XSLRR_LEMIRE_WASM_BYTES, bounded.DXSM_LEMIRE_WASM_BYTES, bounded.SFC64_LEMIRE_WASM_BYTES,
    bounded.PHILOX_SIMD_LEMIRE_WASM_BYTES,
    bounded.XSLRR_EXPONENTIAL_WASM_BYTES,
    bounded.DXSM_EXPONENTIAL_WASM_BYTES, bounded.SFC64_EXPONENTIAL_WASM_BYTES]) expect(bytes.length).toBeLessThan(4096);
});

it.each(['build_wasm.mjs', 'build_wasm_mt.mjs'])('the committed bytes are what scripts/%s assembles', async (script) => {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync('node', [`scripts/${script}`, '--check'], { encoding: 'utf8' });
  expect(r.stdout.trim()).toBe('up to date');
  expect(r.status).toBe(0);
});

describe('MT19937', () => {
  const ts = TS_KERNELS.mt19937, wasm = (WASM_KERNELS as KernelSet).mt19937;
  // positions around regenerations: fresh block, mid-block, the pair straddling one, used up
  const POSITIONS = [0, 1, 311, 622, 623, 624];
  const COUNTS = [1, 63, 64, 127, 128, 129, 623, 624, 1000, 8191, 8192, 8193, 16384, 16385, 40001];
  const cases = COUNTS.map((n, c) => ({ n, pos: POSITIONS[c % POSITIONS.length]!, off: c % 3, seed: 7 + c }));
  const key = (seed: number) => new Int32Array(words(seed, 624).buffer);

  it('is the WebAssembly module (this runtime has SIMD)', () => {
    expect(wasm).not.toBe(ts);
    expect([wasm.bounded, wasm.boundedF64].every((f) => f !== null)).toBe(true);
  });

  it('regenerate: the same key words, many times over', () => {
    for (const seed of [1, 2, 99]) {
      const ka = key(seed), kb = ka.slice();
      for (let r = 0; r < 5; r++) {
        ts.regenerate(ka);
        wasm.regenerate(kb);
        expect(kb).toEqual(ka);
      }
    }
  });

  it.each(cases)('doubles: same values and state (n $n, pos $pos)', ({ n, pos, off, seed }) => {
    const ka = key(seed), kb = ka.slice();
    const a = new Float64Array(n + off), b = new Float64Array(n + off);
    expect(wasm.doubles(kb, pos, b, off, off + n)).toBe(ts.doubles(ka, pos, a, off, off + n));
    expect(firstDiff(b, a)).toBe(-1);
    expect(kb).toEqual(ka);
  });

  it.each(cases)('words and pairs: same outputs and state (n $n, pos $pos)', ({ n, pos, off, seed }) => {
    for (const step of [1, 2]) {
      const ka = key(seed), kb = ka.slice();
      const a = new Uint32Array(step * n + off), b = new Uint32Array(step * n + off);
      expect(wasm.words(kb, pos, b, off, off + step * n, step)).toBe(ts.words(ka, pos, a, off, off + step * n, step));
      expect(firstDiff(b, a)).toBe(-1);
      expect(kb).toEqual(ka);
    }
    const ka = key(seed), kb = ka.slice();
    const a = new Uint32Array(2 * (n + off)), b = new Uint32Array(2 * (n + off));
    expect(wasm.pairs(kb, pos, b, 2 * off, 2 * (off + n))).toBe(ts.pairs(ka, pos, a, 2 * off, 2 * (off + n)));
    expect(firstDiff(b, a)).toBe(-1);
    expect(kb).toEqual(ka);
  });

  // the fused filter against the TS words filtered one at a time, as numpy's loops do
  const RANGES = [1, 2, 999, 1000, 1023, 65535, 0x7fffffff, 0x80000000, 0xfffffffe];
  it.each(cases)('bounded: masked and Lemire values and state (n $n, pos $pos)', ({ n, pos, seed }) => {
    const rng = RANGES[seed % RANGES.length]!;
    let mask = rng;
    for (let s = 1; s < 32; s <<= 1) mask |= mask >>> s;
    const excl = rng + 1, thr = (0xffffffff - rng) % excl;
    for (const masked of [true, false]) {
      const ka = key(seed), kb = ka.slice();
      const want = new Uint32Array(n), w = new Uint32Array(1);
      let p = pos;
      for (let i = 0; i < n;) {
        p = ts.words(ka, p, w, 0, 1);
        const x = w[0]!;
        if (masked) {
          const v = (x & mask) >>> 0;
          if (v <= rng) want[i++] = v;
        } else {
          const m = BigInt(x) * BigInt(excl);
          if (Number(m & 0xffffffffn) >= thr) want[i++] = Number(m >> 32n);
        }
      }
      const got = new Uint32Array(n);
      expect(wasm.bounded!(kb, pos, got, n, masked, masked ? mask : excl, masked ? rng : thr)).toBe(p);
      expect(firstDiff(got, want)).toBe(-1);
      expect(kb).toEqual(ka);
      // the float64 form: off + value, with offsets that keep the sums exact
      const off = [0, -5, 2 ** 52, -(2 ** 40) - 3][seed % 4]!, kc = key(seed);
      const gotF = new Float64Array(n);
      expect(wasm.boundedF64!(kc, pos, gotF, n, masked, masked ? mask : excl, masked ? rng : thr, off)).toBe(p);
      expect(firstDiff(gotF, Float64Array.from(want, (v) => off + v))).toBe(-1);
      expect(kc).toEqual(ka);
    }
  });
});
