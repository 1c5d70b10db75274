// The bounded-integer fills on the 64-bit generators (with WebAssembly, the fused WebAssembly kernels; in the `ts`
// project, the TypeScript loops) against numpy's one-at-a-time samplers: the same values, the
// same state dict (has_uint32/uinteger included) and the same next draws, for every dtype, both
// methods, from a fresh generator, a buffered half, a part-used block, or both.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { kernels } from '../../src/bitgen/kernels.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import { boundedBool, boundedSmall, bounded64, genMask32, newIntBuffer, out64, range64 } from '../../src/distributions/bounded.js';
import { intDtype, type IntDtypeName } from '../../src/core/int_dtypes.js';
import { boundedIntegers } from '../../src/core/integers.js';

const GENS: [string, (s: number) => BitGenerator][] = [
  ['PCG64', (s) => new PCG64(s)], ['PCG64DXSM', (s) => new PCG64DXSM(s)], ['Philox', (s) => new Philox(s)],
  ['SFC64', (s) => new SFC64(s)],
];
const DTYPES: IntDtypeName[] = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'int'];
const TWO32 = 2n ** 32n;
/** 0, 1, small, half the candidates rejected, the 32-bit edges, 2^40 (+1), 2^63 + 1 and the 64-bit edges. */
const RANGES = [0n, 1n, 100n, 129n, 32769n, 100000n, 2n ** 31n + 1n, TWO32 - 2n, TWO32 - 1n, TWO32, TWO32 + 1n,
  2n ** 40n, 2n ** 40n + 1n, 2n ** 63n + 1n, 2n ** 64n - 2n, 2n ** 64n - 1n];
/** Sizes from every prefix, then with the last prefix only (LARGE: past the wasm wrapper's 4096-value chunks). */
const SIZES = [1, 2, 3, 65];
const LARGE = 2 * 4096 + 3;
const MORE_SIZES = [0, 63, 64, 255, 256, 1001, 4096, 4097, LARGE];
/** Draws before the call: none, a buffered half, a part-used block, both. */
const PREFIXES: [string, (bg: BitGenerator) => void][] = [
  ['fresh', () => {}],
  ['half', (bg) => { bg.next_uint32(); }],
  ['block', (bg) => { bg.next_double(); }],
  ['both', (bg) => { bg.next_double(); bg.next_uint32(); bg.next_uint32(); bg.next_uint32(); }],
];

/** The lowest of -3, 5 and the dtype's lower bound that leaves low + rng in range (null: none). */
function lowFor(name: IntDtypeName, rng: bigint): bigint | null {
  const dt = intDtype(name, 'integers');
  const ub = name === 'int' ? 2n ** 53n : dt.ub, lb = name === 'int' ? -(2n ** 53n) : dt.lb;
  for (const low of [-3n, 5n, lb]) if (low >= lb && low + rng <= ub) return low;
  return null;
}

/** numpy's random_bounded_<dtype>_fill one value at a time (the 8/16-bit and bool buffer per call). */
function oneByOne(bg: BitGenerator, name: IntDtypeName, n: number, low: bigint, rng: bigint, masked: boolean): Int32Array {
  const dt = intDtype(name, 'integers');
  const out = new dt.Out(n);
  const buf = newIntBuffer();
  if (dt.bits === 64) {
    const r = range64(rng);
    for (let i = 0; i < n; i++) {
      bounded64(bg, r, masked);
      const v = low + ((BigInt(out64.hi) << 32n) | BigInt(out64.lo >>> 0));
      if (out instanceof Float64Array) out[i] = Number(v);
      else (out as BigInt64Array)[i] = BigInt.asIntN(64, v);
    }
    return out as Int32Array;
  }
  const r = Number(rng), off = Number(low);
  for (let i = 0; i < n; i++) {
    (out as Int32Array)[i] = dt.bits === 1 ? boundedBool(bg, off, r, buf) : off + boundedSmall(bg, dt.bits, r, genMask32(r), masked, buf);
  }
  return out as Int32Array;
}

const nextDraws = (bg: BitGenerator) => {
  const a = [bg.next_uint32(), bg.next_uint32(), bg.next_double()];
  bg.next_uint64();
  return [...a, bg.hi, bg.lo, bg.next_uint32()];
};

function check(make: (s: number) => BitGenerator, name: IntDtypeName, rng: bigint, masked: boolean, prefix: (bg: BitGenerator) => void, n: number): void {
  const low = lowFor(name, rng)!;
  const a = make(n + 11), b = make(n + 11);
  prefix(a); prefix(b);
  const got = boundedIntegers(a, low, low + rng, [n], intDtype(name, 'integers'), masked, true) as Int32Array;
  const want = oneByOne(b, name, n, low, rng, masked);
  expect(got.constructor).toBe(want.constructor);
  expect(got.length).toBe(n);
  // (element by element: toEqual on long typed arrays is slow)
  const bad = got.findIndex((v, i) => v !== want[i]);
  expect(bad === -1 ? null : [bad, got[bad], want[bad]]).toBeNull();
  expect(a.state).toEqual(b.state);
  expect(nextDraws(a)).toEqual(nextDraws(b));
}

describe('bounded-integer fills on every generator are numpy\'s one-at-a-time draws', () => {
  it('the wasm backend has fused bounded kernels for the 64-bit generators', () => {
    const k = kernels();
    for (const g of [k.xslrr, k.dxsm, k.philox, k.sfc64]) {
      expect(g.bounded32 === null).toBe(k.backend === 'ts');
      expect(g.bounded64 === null).toBe(k.backend === 'ts');
    }
  });
  for (const [gname, make] of GENS) {
    for (const name of DTYPES) {
      for (const masked of [true, false]) {
        it(`${gname} ${name} ${masked ? 'masked' : 'Lemire'}`, () => {
          for (const rng of RANGES) {
            if (lowFor(name, rng) === null) continue;
            for (const [, prefix] of PREFIXES) for (const n of SIZES) check(make, name, rng, masked, prefix, n);
            for (const n of MORE_SIZES) check(make, name, rng, masked, PREFIXES[3]![1], n);
          }
        });
      }
    }
  }
});
