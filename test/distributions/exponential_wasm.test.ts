// The exponential ziggurat whole in WebAssembly (exponential_wasm.ts) against the TypeScript loop
// (the same fill with the TS kernels): the same values bit for bit and the same state, on PCG64,
// PCG64DXSM and SFC64, with scales, start states and enough values to reach the tail and the wedges.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { BlockBitGenerator } from '../../src/bitgen/block_base.js';
import { setKernelBackend } from '../../src/bitgen/kernels.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import { exponentialKernel } from '../../src/distributions/exponential_wasm.js';
import { fillExponential, fillRayleigh, fillStandardExponential } from '../../src/distributions/ziggurat_fill.js';

const GENS: [string, (s: number) => BlockBitGenerator][] = [
  ['PCG64', (s) => new PCG64(s)], ['PCG64DXSM', (s) => new PCG64DXSM(s)], ['SFC64', (s) => new SFC64(s)],
];
const bits = (a: Float64Array) => new Uint32Array(a.buffer.slice(0));
const ZIGGURAT_EXP_R = 7.69711747013104972;

function withTsKernels<T>(f: () => T): T {
  setKernelBackend('ts');
  try {
    return f();
  } finally {
    setKernelBackend('wasm');
  }
}

it('Philox keeps the TypeScript loop over its SIMD block kernel', () => {
  expect(exponentialKernel(new Philox(1).family)).toBeNull();
});

describe.each(GENS)('%s', (_, make) => {
  it('has the WebAssembly kernel here', () => {
    expect(exponentialKernel(make(1).family)).not.toBeNull();
  });
  for (const [how, prefix] of [
    ['fresh', () => {}], ['half buffered', (bg: BitGenerator) => { bg.next_uint32(); }],
    ['part-used block', (bg: BitGenerator) => { for (let i = 0; i < 3; i++) bg.next_uint64(); }],
  ] as const) {
    it(`${how}: the values and state of the TypeScript loop`, () => {
      for (const [n, scale] of [[64, 1], [65, 2.5], [300, 1], [4097, 1e-300], [250000, 1], [1000, Infinity], [1000, NaN]] as const) {
        const a = make(n), b = make(n);
        prefix(a); prefix(b);
        const got = new Float64Array(n + 1), want = new Float64Array(n + 1);
        if (scale === 1) fillStandardExponential(a, got, n, 1); else fillExponential(a, got.subarray(1), n, scale);
        withTsKernels(() => (scale === 1 ? fillStandardExponential(b, want, n, 1) : fillExponential(b, want.subarray(1), n, scale)));
        expect(bits(got), `n=${n} scale=${scale}`).toEqual(bits(want));
        expect(a.state).toEqual(b.state);
        if (n === 250000) expect(got.some((x) => x > ZIGGURAT_EXP_R)).toBe(true); // the tail ran
      }
    });
    it(`${how}: rayleigh's kernel gives the TypeScript loop's values and state`, () => {
      for (const [n, mode] of [[64, 1], [65, 2.5], [4097, 1e-300], [250000, 1], [1000, 0], [1000, Infinity], [1000, NaN]] as const) {
        const a = make(n), b = make(n);
        prefix(a); prefix(b);
        const got = new Float64Array(n), want = new Float64Array(n);
        fillRayleigh(a, got, n, mode);
        withTsKernels(() => fillRayleigh(b, want, n, mode));
        expect(bits(got), `n=${n} mode=${mode}`).toEqual(bits(want));
        expect(a.state).toEqual(b.state);
      }
    });
  }
});
