// State JSON round trips and rejection of bad state input (generator left unchanged).
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SeedSequence } from '../../src/bitgen/seed_sequence.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import { bitGeneratorFromJSON } from '../../src/bitgen/state_json.js';
import { ValueError } from '../../src/core/errors.js';

const GENS = [PCG64, PCG64DXSM, Philox, SFC64, MT19937] as const;

/** A generator part-way through a block, with the uint32 half-buffer full where it has one. */
function busy(C: (typeof GENS)[number]): BitGenerator {
  const bg = new C(2 ** 40 + 17);
  bg.random_raw(5);
  bg.next_uint32();
  bg.next_double();
  return bg;
}

type Json = Record<string, unknown>;
const clone = (bg: BitGenerator) => JSON.parse(JSON.stringify(bg)) as Json;

/** Ways to break one field of each generator's JSON state (each refused by numpy's setter too). */
const BREAKS: Record<string, ((j: Json) => void)[]> = {
  PCG64: [
    (j) => { (j.state as Json).state = '340282366920938463463374607431768211456'; },
    (j) => { (j.state as Json).inc = '-5'; },
    (j) => { (j.state as Json).inc = '12a'; },
    (j) => { (j.state as Json).state = '1.5'; },
    (j) => { j.has_uint32 = '4294967296'; }, // numpy's C int (2 would pass: any non-zero int is 'set')
    (j) => { j.uinteger = '4294967296'; },
    (j) => { delete (j.state as Json).inc; },
  ],
  Philox: [
    (j) => { ((j.state as Json).counter as string[]).pop(); },
    (j) => { ((j.state as Json).key as string[])[1] = '18446744073709551616'; },
    (j) => { (j.buffer as string[]).pop(); },
    (j) => { j.buffer_pos = '2147483648'; },
    (j) => { j.buffer_pos = 'x'; },
  ],
  SFC64: [
    (j) => { ((j.state as Json).state as string[]).pop(); },
    (j) => { ((j.state as Json).state as string[])[0] = '0x10'; },
    (j) => { j.uinteger = '-1'; },
  ],
  MT19937: [
    (j) => { ((j.state as Json).key as string[]).pop(); },
    (j) => { ((j.state as Json).key as string[])[3] = '4294967296'; },
    (j) => { ((j.state as Json).key as string[])[3] = '1e3'; },
    (j) => { (j.state as Json).pos = '625'; },
  ],
};
BREAKS.PCG64DXSM = BREAKS.PCG64!;

describe.each(GENS)('%o', (C) => {
  it('toJSON/fromJSON round-trip exactly mid-block and continue the stream', () => {
    const bg = busy(C);
    const text = JSON.stringify(bg);
    const back = C.fromJSON(text);
    expect(JSON.stringify(back)).toBe(text);
    expect(bitGeneratorFromJSON(JSON.parse(text) as object).state).toEqual(back.state);
    expect(back.next_uint32()).toBe(bg.next_uint32());
    expect(back.random_raw(300)).toEqual(bg.random_raw(300));
    expect(JSON.stringify(back)).toBe(JSON.stringify(bg));
  });

  it('rejects bad JSON states and stays unchanged', () => {
    const bg = busy(C);
    const before = JSON.stringify(bg);
    const name = bg.name;
    for (const [i, brk] of BREAKS[name]!.entries()) {
      const j = clone(bg);
      brk(j);
      const target = busy(C);
      expect(() => { target.state = JSON.parse(JSON.stringify(j)) as object; }, `${name} break ${i} (raw setter)`).toThrow();
      expect(() => C.fromJSON(j), `${name} break ${i}`).toThrow(/must|dict|integer|C long|C int|out of range|out of bounds|broadcast|to convert|'inc'/);
      expect(JSON.stringify(target), `${name} break ${i} leaves state`).toBe(before);
    }
    expect(() => bitGeneratorFromJSON({ ...clone(bg), bit_generator: 'Nope' })).toThrow(ValueError);
    expect(() => bitGeneratorFromJSON('{not json')).toThrow(ValueError);
    expect(JSON.stringify(bg)).toBe(before);
  });
});

describe('SeedSequence JSON', () => {
  it('round-trips entropy, spawn_key, pool_size and n_children_spawned', () => {
    const ss = new SeedSequence([2n ** 70n, 5], { spawn_key: [3], pool_size: 6 });
    ss.spawn(2);
    const text = JSON.stringify(ss);
    expect(text).toBe('{"entropy":["1180591620717411303424","5"],"spawn_key":["3"],"pool_size":"6","n_children_spawned":"2"}');
    const back = SeedSequence.fromJSON(text);
    expect(JSON.stringify(back)).toBe(text);
    expect(back.generate_state(6)).toEqual(ss.generate_state(6));
    expect(back.spawn(1)[0]!.generate_state(4)).toEqual(ss.spawn(1)[0]!.generate_state(4));
    expect(() => SeedSequence.fromJSON({ entropy: 'x' })).toThrow(ValueError);
  });
});

describe.each(GENS.filter((C) => C !== MT19937))('%o fill_uint32', (C) => {
  it('equals next_uint32 one by one, across the half-buffer, and leaves the same state', () => {
    for (const [start, end] of [[0, 1], [0, 7], [1, 8], [3, 600], [0, 0]] as const) {
      const a = busy(C), b = busy(C);
      const out = new Uint32Array(end + 2);
      a.fill_uint32(out, start, end);
      const want = new Uint32Array(end + 2);
      for (let i = start; i < end; i++) want[i] = b.next_uint32();
      expect(out).toEqual(want);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }
  });
});
