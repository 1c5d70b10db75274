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

describe("SeedSequence against numpy's test_seed_sequence.py", () => {
  const inputs = [
    [3735928559, 195939070, 229505742, 305419896], [3668361503, 4165561550, 1661411377, 3634257570],
    [164546577, 4166754639, 1765190214, 1303880213], [446610472, 3941463886, 522937693, 1882353782],
    [1864922766, 1719732118, 3882010307, 1776744564], [4141682960, 3310988675, 553637289, 902896340],
    [1134851934, 2352871630, 3699409824, 2648159817], [1240956131, 3107113773, 1283198141, 1924506131],
    [2669565031, 579818610, 3042504477, 2774880435], [2766103236, 2883057919, 4029656435, 862374500],
  ];
  const outputs = [
    [3914649087, 576849849, 3593928901, 2229911004], [2240804226, 3691353228, 1365957195, 2654016646],
    [3562296087, 3191708229, 1147942216, 3726991905], [1403443605, 3591372999, 1291086759, 441919183],
    [1086200464, 2191331643, 560336446, 3658716651], [3249937430, 2346751812, 847844327, 2996632307],
    [2584285912, 4034195531, 3523502488, 169742686], [959045797, 3875435559, 1886309314, 359682705],
    [3978441347, 432478529, 3223635119, 138903045], [296367413, 4262059219, 13109864, 3283683422],
  ];
  const outputs64 = [
    [2477551240072187391n, 9577394838764454085n], [15854241394484835714n, 11398914698975566411n],
    [13708282465491374871n, 16007308345579681096n], [15424829579845884309n, 1898028439751125927n],
    [9411697742461147792n, 15714068361935982142n], [10079222287618677782n, 12870437757549876199n],
    [17326737873898640088n, 729039288628699544n], [16644868984619524261n, 1544825456798124994n],
    [1857481142255628931n, 596584038813451439n], [18305404959516669237n, 14103312907920476776n],
  ];
  it.each(inputs.map((x, i) => [i, x] as const))('reference vector %i', (i, x) => {
    const ss = new SeedSequence(x);
    expect(Array.from(ss.generate_state(4) as Uint32Array)).toEqual(outputs[i]);
    expect(Array.from(ss.generate_state(2, 'uint64') as BigUint64Array)).toEqual(outputs64[i]);
  });

  it('zero padding and spawn keys', () => {
    const expected42 = [3444837047, 2669555309, 2046530742, 3581440988];
    expect(Array.from(new SeedSequence(42).generate_state(4) as Uint32Array)).toEqual(expected42);
    expect(Array.from(new SeedSequence(42n << 32n).generate_state(4) as Uint32Array)).not.toEqual(expected42);
    expect(Array.from(new SeedSequence(42, { spawn_key: [0] }).generate_state(4) as Uint32Array)).not.toEqual(expected42);
    expect(Array.from(new SeedSequence(1).generate_state(4) as Uint32Array)).toEqual([1835504127, 1731038949, 1320224556, 2330041505]);
    // numpy 2.4.6 flattens nested sequences (the 'does not accept nested sequences' error came later)
    expect(new SeedSequence([[1, 2], [3]]).generate_state(4)).toEqual(new SeedSequence([1, 2, 3]).generate_state(4));
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
