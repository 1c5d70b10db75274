// The bulk integer fills against numpy's one-at-a-time samplers (bounded.ts, ported from
// distributions.c and checked against numpy by the golden suites): the same values and the same
// generator state afterwards, for every width, both methods, edge and rejection-heavy ranges.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import {
  boundedBool, boundedSmall, bounded64, fillBounded32, genMask32, newIntBuffer, out64, range64,
} from '../../src/distributions/bounded.js';
import { fill16, fill64, fill8, fillBool } from '../../src/distributions/int_fill.js';

const GENS: [string, () => BitGenerator][] = [
  ['MT19937', () => new MT19937(7)], ['PCG64', () => new PCG64(8)], ['Philox', () => new Philox(9)],
  ['SFC64', () => new SFC64(10)], ['PCG64DXSM', () => new PCG64DXSM(11)],
];
/** Ranges by width: 0, 1, tiny, just above a power of two (half the candidates rejected), full. */
const RANGES: Record<number, number[]> = {
  1: [0, 1], 8: [0, 1, 2, 100, 128, 129, 254, 255], 16: [0, 1, 3, 1000, 32768, 32769, 65534, 65535],
};
const SIZES = [1, 2, 3, 5, 31, 32, 33, 1000, 2100, 20001];
const nextState = (bg: BitGenerator) => [bg.next_uint32(), bg.next_uint32(), bg.next_double()];

describe('bulk bounded-integer fills are the element-wise samplers', () => {
  for (const [gname, make] of GENS) {
    for (const bits of [1, 8, 16] as const) {
      for (const rng of RANGES[bits]!) {
        for (const masked of bits === 1 ? [true] : [true, false]) {
          it(`${gname} ${bits}-bit rng=${rng} ${masked ? 'masked' : 'Lemire'}`, () => {
            for (const n of SIZES) {
              const a = make(), b = make();
              a.next_uint32(); b.next_uint32(); // start with a buffered half where there is one
              const got = new Int32Array(n), want = new Int32Array(n);
              const off = bits === 1 ? 0 : -3;
              const view = bits === 16 ? new Int16Array(n) : new Int8Array(n);
              if (bits === 1) { const u = new Uint8Array(n); fillBool(a, u, n, off, rng); got.set(u); }
              else if (bits === 8) { fill8(a, new Uint8Array(view.buffer), n, off, rng, masked); got.set(view); }
              else { fill16(a, new Uint16Array(view.buffer), n, off, rng, masked); got.set(view); }
              const buf = newIntBuffer();
              for (let i = 0; i < n; i++) {
                const v = bits === 1 ? boundedBool(b, off, rng, buf) : off + boundedSmall(b, bits, rng, genMask32(rng), masked, buf);
                want[i] = bits === 1 ? v : bits === 8 ? (v << 24) >> 24 : (v << 16) >> 16;
              }
              expect(got).toEqual(want);
              expect(nextState(a)).toEqual(nextState(b));
            }
          });
        }
      }
    }
    for (const rng of [2n ** 32n, 2n ** 32n + 1n, 2n ** 40n - 1n, 2n ** 40n + 12345n, 2n ** 63n, 2n ** 63n + 1n, 3n * 2n ** 62n, 2n ** 64n - 2n, 2n ** 64n - 1n]) {
      for (const masked of [true, false]) {
        it(`${gname} 64-bit rng=${rng} ${masked ? 'masked' : 'Lemire'}`, () => {
          for (const n of [1, 7, 3001]) {
            const a = make(), b = make();
            a.next_uint32(); b.next_uint32();
            const got = new BigUint64Array(n);
            const off = 0xfffffff0fffffff0n;
            fill64(a, new Uint32Array(got.buffer), null, n, Number(off >> 32n), Number(off & 0xffffffffn),
              Number(rng >> 32n), Number(rng & 0xffffffffn), masked);
            const r = range64(rng);
            const want = new BigUint64Array(n);
            for (let i = 0; i < n; i++) {
              bounded64(b, r, masked);
              want[i] = BigInt.asUintN(64, off + ((BigInt(out64.hi) << 32n) | BigInt(out64.lo >>> 0)));
            }
            expect(got).toEqual(want);
            expect(nextState(a)).toEqual(nextState(b));
          }
        });
      }
    }
    it(`${gname} fill_uint64 gives next_uint64's halves`, () => {
      const a = make(), b = make();
      a.next_uint32(); b.next_uint32();
      for (const n of [1, 3, 700, 2049]) {
        const w = new Uint32Array(2 * n + 2), want = new Uint32Array(2 * n + 2);
        a.fill_uint64(w, 1, n);
        for (let i = 1; i <= n; i++) {
          b.next_uint64();
          want[2 * i] = b.lo; want[2 * i + 1] = b.hi;
        }
        expect(w).toEqual(want);
      }
      expect(nextState(a)).toEqual(nextState(b));
    });
  }
  it('fillBounded32 keeps the stream at chunk edges', () => {
    const a = new MT19937(3), b = new MT19937(3);
    const out = new Uint32Array(9000), want = new Uint32Array(9000);
    fillBounded32(a, out, out.length, 0, 0x80000000, true);
    for (let i = 0; i < out.length; i++) {
      let v: number;
      while ((v = b.next_uint32()) > 0x80000000);
      want[i] = v;
    }
    expect(out).toEqual(want);
  });
});
