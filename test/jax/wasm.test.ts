// The WebAssembly threefry kernel against its TypeScript twin, and every public path with the
// TypeScript fallback forced.
import { afterEach, describe, expect, it } from 'vitest';
import * as J from '../../src/jax/index.js';
import { backend, setThreefryBackend, threefryKernel } from '../../src/jax/threefry.js';
import { THREEFRY_WASM } from '../../src/jax/threefry_wasm.js';

const saved = backend.wasm;

function mismatches(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) return Infinity;
  let m = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) m++;
  return m;
}
afterEach(() => {
  backend.wasm = saved;
  J.config.reset();
});

describe.skipIf(THREEFRY_WASM === null)('WebAssembly threefry kernel', () => {
  it('equals the TypeScript kernel in every mode', () => {
    let seed = 99;
    const rnd = (): number => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
    for (let t = 0; t < 60; t++) {
      const k0 = rnd(), k1 = rnd();
      const n = t === 0 ? 0 : t < 50 ? (rnd() % 70) + 1 : 100_000 + (rnd() % 1000);
      const s0 = t % 2, a1 = rnd() % 100000;
      const [w0, w1] = THREEFRY_WASM!.iota(k0, k1, n, s0, a1, false);
      const o0 = new Uint32Array(n), o1 = new Uint32Array(n);
      threefryKernel(k0, k1, null, null, o0, o1, n, s0, a1);
      expect(mismatches(w0, o0) + mismatches(w1!, o1)).toBe(0);
      expect(w0.length).toBe(n);
      const [x] = THREEFRY_WASM!.iota(k0, k1, n, 0, 0, true);
      const ox = new Uint32Array(n);
      threefryKernel(k0, k1, null, null, ox, null, n);
      expect(mismatches(x, ox)).toBe(0);
    }
  });

  it('a single counter (0, a1) in iota mode equals the array mode', () => {
    const [o0, o1] = THREEFRY_WASM!.iota(0x13198a2e, 0x03707344, 1, 0, 0x85a308d3 | 0, false);
    const t0 = new Uint32Array(1), t1 = new Uint32Array(1);
    threefryKernel(0x13198a2e, 0x03707344, new Uint32Array(1), Uint32Array.of(0x85a308d3), t0, t1, 1);
    expect([o0[0], o1![0]]).toEqual([t0[0], t1[0]]);
  });
});

describe('TypeScript fallback gives the same results', () => {
  const L = (x: ArrayLike<number | bigint>): number[] => Array.from(x, Number);
  const draws = (): unknown[] => [
    L(J.split(J.key(3), 7)), L(J.bits(J.key(3), [33])), L(J.bits(J.key(3), [9], 'uint8')),
    L(J.uniform(J.key(3), [17])), L(J.normal(J.key(3), [5])), L(J.randint(J.key(3), [11], 0, 9)),
  ];
  it.each([true, false])('partitionable = %s', (part) => {
    J.config.update('jax_threefry_partitionable', part);
    const a = draws();
    expect(setThreefryBackend('ts')).toBe('ts');
    expect(backend.wasm).toBeNull();
    expect(draws()).toEqual(a);
    expect(setThreefryBackend('wasm')).toBe(THREEFRY_WASM === null ? 'ts' : 'wasm');
  });
});
