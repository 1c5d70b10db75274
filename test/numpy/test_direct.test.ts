// numpy 2.4.6's numpy/random/tests/test_direct.py, test by test: the raw test sets (tests/data/*.csv,
// carried over in test/golden/bitgens), the uniforms and gaussians built from them, state handling,
// seeding errors and default_rng.
//
// Not expressible in JS (it.skip below): test_cffi, test_ctypes (C interfaces), test_benchmark (a C
// timing hook), SFC64's test_legacy_pickle (reads a Python pickle), test_non_spawnable (registers a
// duck-typed class with the ISeedSequence ABC), and in test_seedsequence the ABCs ISeedSequence /
// ISpawnableSeedSequence (TypeScript interfaces do not exist at run time). Python's pickle is ported
// as the JSON state round trip, the JS counterpart the README documents.
import { describe, expect, it } from 'vitest';
import {
  Generator, MT19937, NotImplementedError, OverflowError, PCG64, PCG64DXSM, Philox, RandomState, SFC64, SeedSequence,
  SeedlessSeedSequence, ValueError, bitGeneratorFromJSON, default_rng, get_bit_generator, mtrand, set_bit_generator,
} from '../../src/index.js';
import type { BitGenerator } from '../../src/index.js';
import { loadTestSet, type TestSet } from '../bitgen/csv.js';
import { assert_allclose, assert_array_equal, assert_equal, assert_raises, loose, nd } from './np_testing.js';

const U32 = 0xffffffffn;
const uint32ToFloat32 = (u: bigint): number => Math.fround(Number(u >> 8n) * (1.0 / 2 ** 24));

function uniform32FromUint(x: bigint[], bits: number): number[] {
  if (bits === 64) return x.flatMap((v) => [uint32ToFloat32(v & U32), uint32ToFloat32(v >> 32n)]);
  return x.map(uint32ToFloat32);
}

function uniformFromUint(x: bigint[], bits: number): number[] {
  if (bits === 64) return x.map((v) => Number(v >> 11n) * (1.0 / 9007199254740992.0));
  const out: number[] = [];
  for (let i = 0; i + 1 < x.length; i += 2) {
    const a = Number(x[i]! >> 5n), b = Number(x[i + 1]! >> 6n);
    out.push((a * 67108864.0 + b) / 9007199254740992.0);
  }
  return out;
}

/** numpy's gauss_from_uint: the polar method on the uniforms, as its test writes it. */
function gaussFromUint(x: bigint[], n: number, bits: number): number[] {
  const doubles = uniformFromUint(x, bits);
  const gauss: number[] = [];
  let loc = 0;
  while (gauss.length < n) {
    let r2 = 2, x1 = 0, x2 = 0;
    while (r2 >= 1.0 || r2 === 0.0) {
      x1 = 2.0 * doubles[loc]! - 1.0;
      x2 = 2.0 * doubles[loc + 1]! - 1.0;
      r2 = x1 * x1 + x2 * x2;
      loc += 2;
    }
    const f = Math.sqrt((-2.0 * Math.log(r2)) / r2);
    gauss.push(f * x2, f * x1);
  }
  return gauss.slice(0, n);
}

type BgClass = typeof PCG64 | typeof PCG64DXSM | typeof Philox | typeof SFC64 | typeof MT19937;

interface BaseConfig {
  name: string;
  C: BgClass;
  file: string;
  bits: 64 | 32;
  dtype: typeof BigUint64Array | typeof Uint32Array;
  invalidInitTypes: unknown[][];
  invalidInitValues: unknown[][];
}

const CONFIGS: BaseConfig[] = [
  { name: 'TestPhilox', C: Philox, file: 'philox', bits: 64, dtype: BigUint64Array, invalidInitTypes: [],
    invalidInitValues: [[1, null, 1], [-1], [null, null, 2n ** 257n + 1n]] },
  { name: 'TestPCG64', C: PCG64, file: 'pcg64', bits: 64, dtype: BigUint64Array,
    invalidInitTypes: [[3.2], [[null]]], invalidInitValues: [[-1]] },
  { name: 'TestPCG64DXSM', C: PCG64DXSM, file: 'pcg64dxsm', bits: 64, dtype: BigUint64Array,
    invalidInitTypes: [[3.2], [[null]]], invalidInitValues: [[-1]] },
  { name: 'TestMT19937', C: MT19937, file: 'mt19937', bits: 32, dtype: Uint32Array, invalidInitTypes: [],
    invalidInitValues: [[-1]] },
  { name: 'TestSFC64', C: SFC64, file: 'sfc64', bits: 64, dtype: BigUint64Array,
    invalidInitTypes: [[3.2], [[null]]], invalidInitValues: [[-1]] },
];

const make = (C: BgClass, ...args: unknown[]): BitGenerator =>
  new (C as unknown as new (...a: unknown[]) => BitGenerator)(...args);

/** A state as text, a Python int written the same whether it is a safe integer or a bigint. */
const big = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) =>
  (typeof x === 'bigint' || (typeof x === 'number' && Number.isSafeInteger(x)) ? `int ${x}` : x));

/** numpy's assert_state_equal: every key of `actual` equals `target`'s, arrays element-wise. */
function assertStateEqual(actual: Record<string, unknown>, target: Record<string, unknown>): void {
  for (const key of Object.keys(actual)) {
    const a = actual[key], t = target[key];
    if (ArrayBuffer.isView(a)) assert_array_equal(a, t, key);
    else if (a !== null && typeof a === 'object') assertStateEqual(a as Record<string, unknown>, t as Record<string, unknown>);
    else expect(a, key).toBe(t);
  }
}

it('test_seedsequence', () => {
  const s1 = new SeedSequence([...Array(10).keys()], { spawn_key: [1, 2], pool_size: 6 });
  s1.spawn(10);
  const st = s1.state;
  const s2 = new SeedSequence(st.entropy, { spawn_key: st.spawn_key, pool_size: st.pool_size, n_children_spawned: st.n_children_spawned });
  assert_equal(big(s1.state), big(s2.state));
  assert_equal(s1.n_children_spawned, s2.n_children_spawned);
  assert_array_equal(s1.generate_state(8), s2.generate_state(8));
});
it.skip('test_seedsequence: ISeedSequence / ISpawnableSeedSequence cannot be instantiated (Python ABCs; TS interfaces do not exist at run time)', () => {});
it('test_seedsequence: SeedlessSeedSequence', () => {
  const dummy = new SeedlessSeedSequence();
  assert_raises(NotImplementedError, () => dummy.generate_state(10));
  expect(dummy.spawn(10)).toHaveLength(10);
});

it('test_generator_spawning', () => {
  const rng = default_rng();
  const seq = rng.bit_generator.seed_seq!;
  const newSs = seq.spawn(5);
  expect(newSs.map((c) => c.spawn_key)).toEqual([0, 1, 2, 3, 4].map((i) => [...seq.spawn_key, i]));
  const newBgs = rng.bit_generator.spawn(5);
  expect(newBgs.map((bg) => bg.seed_seq!.spawn_key)).toEqual([5, 6, 7, 8, 9].map((i) => [...seq.spawn_key, i]));
  const newRngs = rng.spawn(5);
  expect(newRngs.map((r) => r.bit_generator.seed_seq!.spawn_key)).toEqual([10, 11, 12, 13, 14].map((i) => [...seq.spawn_key, i]));
  expect(newRngs[0]!.uniform()).not.toBe(newRngs[1]!.uniform());
});

it.skip('test_non_spawnable: registers a duck-typed class with the ISeedSequence ABC (no JS counterpart)', () => {});

for (const cfg of CONFIGS) {
  describe(cfg.name, () => {
    const { C, bits } = cfg;
    const data1: TestSet = loadTestSet(cfg.file, 1);
    const data2: TestSet = loadTestSet(cfg.file, 2);

    it('test_raw', () => {
      let uints = make(C, data1.seed).random_raw(1000);
      assert_equal(uints, data1.values);
      assert_equal(make(C, data1.seed).random_raw(), data1.values[0]);
      uints = make(C, data2.seed).random_raw(1000);
      assert_equal(uints, data2.values);
    });
    it('test_random_raw', () => {
      const bg = make(C, data1.seed);
      expect(bg.random_raw(undefined, false)).toBeNull();
      expect(bg.random_raw(1000, false)).toBeNull();
    });
    it('test_gauss_inv', () => {
      const n = 25;
      for (const data of [data1, data2]) {
        const rs = new RandomState(make(C, data.seed));
        assert_allclose(rs.standard_normal(n), gaussFromUint(data.values, n, bits));
      }
    });
    it('test_uniform_double', () => {
      for (const data of [data1, data2]) {
        const rs = new Generator(make(C, data.seed));
        const vals = uniformFromUint(data.values, bits);
        const uniforms = rs.random(vals.length);
        assert_allclose(uniforms, vals);
        assert_array_equal(uniforms, vals); // (numpy's formula is exact: the same doubles, bit for bit)
        expect(uniforms).toBeInstanceOf(Float64Array);
      }
    });
    it('test_uniform_float', () => {
      for (const data of [data1, data2]) {
        const rs = new Generator(make(C, data.seed));
        const vals = uniform32FromUint(data.values, bits);
        const uniforms = rs.random(vals.length, 'float32');
        assert_allclose(uniforms, vals);
        assert_array_equal(uniforms, vals);
        expect(uniforms).toBeInstanceOf(Float32Array);
      }
    });
    it('test_repr', () => {
      // (numpy's repr also shows the id() address, which JS objects do not have)
      expect(String(new Generator(make(C, data1.seed)))).toContain('Generator');
    });
    it('test_str', () => {
      const s = String(new Generator(make(C, data1.seed)));
      expect(s).toContain('Generator');
      expect(s).toContain(C.name);
      expect(s).not.toMatch(/0x[0-9a-fA-F]+/);
    });
    it('test_pickle', () => {
      // pickle.dumps / loads is the JSON state round trip here
      const bitGenerator = make(C, data1.seed);
      const state = bitGenerator.state as Record<string, unknown>;
      const reloaded = bitGeneratorFromJSON(JSON.stringify(bitGenerator));
      const reloadedState = reloaded.state as Record<string, unknown>;
      assert_array_equal(new Generator(bitGenerator).standard_normal(1000), new Generator(reloaded).standard_normal(1000));
      expect(reloaded).not.toBe(bitGenerator);
      assertStateEqual(reloadedState, state);
      const ss = new SeedSequence(100);
      const aa = SeedSequence.fromJSON(JSON.stringify(ss));
      assert_equal(big(ss.state), big(aa.state));
    });
    it('test_pickle_preserves_seed_sequence (pickle is __getstate__/__setstate__ here)', () => {
      const bitGenerator = make(C, data1.seed);
      const ss = bitGenerator.seed_seq!;
      const reload = (): BitGenerator => {
        const bg = make(C, 0);
        bg.__setstate__(bitGenerator.__getstate__());
        return bg;
      };
      let ssPlk = reload().seed_seq!;
      assert_equal(big(ss.state), big(ssPlk.state));
      assert_array_equal(ss.pool, ssPlk.pool);
      bitGenerator.seed_seq!.spawn(10);
      ssPlk = reload().seed_seq!;
      assert_equal(big(ss.state), big(ssPlk.state));
      assert_equal(ss.n_children_spawned, ssPlk.n_children_spawned);
    });
    it('test_invalid_state_type', () => {
      const bg = make(C, data1.seed);
      assert_raises(TypeError, () => { bg.state = new Set(['1']) as never; });
    });
    it('test_invalid_state_value', () => {
      const bg = make(C, data1.seed);
      const state = { ...(bg.state as Record<string, unknown>), bit_generator: 'otherBitGenerator' };
      assert_raises(ValueError, () => { bg.state = state as never; });
    });
    it('test_invalid_init_type', () => {
      for (const st of cfg.invalidInitTypes) assert_raises(TypeError, () => make(C, ...st));
    });
    it('test_invalid_init_type: an extra positional argument, (1, None), is a TypeError', () => {
      const max = C === Philox ? 3 : 1;
      const args = [1, null, null, null].slice(0, max + 1);
      const Ctor = C as unknown as new (...a: unknown[]) => BitGenerator;
      expect(() => new Ctor(...args)).toThrow(new TypeError(`__init__() takes at most ${max} positional argument${max === 1 ? '' : 's'} (${max + 1} given)`));
    });
    it('test_invalid_init_values', () => {
      for (const st of cfg.invalidInitValues) assert_raises([ValueError, OverflowError], () => make(C, ...st));
    });
    it.skip('test_benchmark: _benchmark is a C timing hook with no JS counterpart', () => {});
    it.skip('test_cffi: C interface (cffi)', () => {});
    it.skip('test_ctypes: C interface (ctypes)', () => {});
    it.skip('test_getstate: __getstate__ is Python\'s pickle protocol (the JSON round trip is test_pickle)', () => {});

    if (C === Philox) {
      it('test_set_key', () => {
        const bg = make(C, data1.seed) as Philox;
        const st = bg.state;
        const keyed = new Philox(null, st.state.counter, st.state.key);
        assertStateEqual(bg.state as unknown as Record<string, unknown>, keyed.state as unknown as Record<string, unknown>);
      });
    }
    if (C === PCG64 || C === PCG64DXSM) {
      it('test_advance_symmetry', () => {
        const rs = loose(new Generator(make(C, data1.seed)));
        const bg = rs.bit_generator as PCG64;
        const state = bg.state;
        const step = -0x9e3779b97f4a7c150000000000000000n;
        bg.advance(step);
        const valNeg = rs.integers(10);
        bg.state = state;
        bg.advance(2n ** 128n + step);
        const valPos = rs.integers(10);
        bg.state = state;
        bg.advance(10n * 2n ** 128n + step);
        const valBig = rs.integers(10);
        expect(valNeg).toBe(valPos);
        expect(valBig).toBe(valPos);
      });
      it('test_advange_large', () => {
        const pcg = new Generator(make(C, 38219308213743)).bit_generator as PCG64;
        expect(pcg.state.state.state).toBe(287608843259529770491897792873167516365n);
        pcg.advance([96n, 64n, 32n, 16n, 8n, 4n, 2n, 1n].reduce((a, i) => a + 2n ** i, 0n));
        expect(pcg.state.state.state).toBe(C === PCG64 ? 135275564607035429730177404003164635391n : 277778083536782149546677086420637664879n);
      });
    }
    if (C === MT19937) {
      it('test_seed_float_array', () => {
        const f = (v: number[]) => nd(Float64Array.from(v), [v.length]);
        for (const s of [f([Math.PI]), f([-Math.PI]), f([Math.PI, -Math.PI]), f([0, Math.PI]), [Math.PI], [0, Math.PI]]) {
          assert_raises(TypeError, () => new MT19937(s as never));
        }
      });
      it('test_state_tuple', () => {
        const rs = loose(new Generator(make(C, data1.seed)));
        const bg = rs.bit_generator as MT19937;
        const state = bg.state;
        const desired = rs.integers(2 ** 16);
        const tup: unknown[] = [state.bit_generator, state.state.key, state.state.pos];
        bg.state = tup as never;
        assert_equal(rs.integers(2 ** 16), desired);
        bg.state = [...tup, 0, 0.0] as never;
        assert_equal(rs.integers(2 ** 16), desired);
      });
    }
    if (C === SFC64) it.skip('test_legacy_pickle: reads a Python pickle file (sfc64_np126.pkl.gz)', () => {});
  });
}

describe('TestDefaultRNG', () => {
  it('test_seed', () => {
    for (const args of [[], [null], [1234], [[1234, 5678]]]) {
      const rg = (default_rng as (...a: unknown[]) => Generator)(...args);
      expect(rg.bit_generator).toBeInstanceOf(PCG64);
    }
  });
  it('test_passthrough', () => {
    const bg = new Philox();
    const rg = default_rng(bg);
    expect(rg.bit_generator).toBe(bg);
    const rg2 = default_rng(rg);
    expect(rg2).toBe(rg);
    expect(rg2.bit_generator).toBe(bg);
  });
  it('test_coercion_RandomState_Generator', () => {
    const rs = new RandomState(1234);
    const rg = default_rng(rs as never);
    expect(rg.bit_generator).toBeInstanceOf(MT19937);
    expect(rg.bit_generator).toBe((rs as unknown as { _bit_generator: unknown })._bit_generator);
  });
  it('test_coercion_RandomState_Generator: mtrand._rand after set_bit_generator', () => {
    const old = get_bit_generator();
    try {
      set_bit_generator(new PCG64(1));
      const rg = default_rng(mtrand._rand as never);
      expect(rg.bit_generator).toBeInstanceOf(PCG64);
      expect(rg.bit_generator).toBe(get_bit_generator());
    } finally {
      set_bit_generator(old);
    }
  });
});

describe("beyond numpy's file: argument checks numpy 2.4.6 makes", () => {
  describe.each([PCG64, PCG64DXSM, SFC64, MT19937, Philox])('%o', (C) => {
    it("random_raw(size, output=False) skips sum(size) draws, like numpy's loop", () => {
      const a = make(C, 1), b = make(C, 1);
      a.random_raw([2, 3], false);
      b.random_raw(5);
      expect(a.state).toEqual(b.state);
    });
    it('spawn: a float count truncates, a negative one overflows', () => {
      const a = make(C, 7), b = make(C, 7);
      expect(a.spawn(1.5).map((g) => JSON.stringify(g))).toEqual(b.spawn(1).map((g) => JSON.stringify(g)));
      expect(() => a.spawn(-2)).toThrow(OverflowError);
      expect(a.seed_seq!.n_children_spawned).toBe(1);
    });
  });
  it('Philox: messages of the invalid init values; keyed Philox has no seed_seq; fractional jumps', () => {
    expect(() => new Philox(1, null, 1)).toThrow(new ValueError('seed and key cannot be both used'));
    expect(() => new Philox(null, null, 2n ** 257n + 1n)).toThrow(new ValueError('key must be positive and less than 2**128.'));
    const bg = new Philox(loadTestSet('philox', 1).seed);
    const st = bg.state;
    const keyed = new Philox(null, st.state.counter, st.state.key);
    expect(keyed.seed_seq).toBeNull();
    expect(keyed.random_raw(10)).toEqual(bg.random_raw(10));
    expect(() => new Philox(1).jumped(1.5)).toThrow(TypeError);
  });
  it('SeedSequence.spawn: float TypeError, negative OverflowError, state unchanged', () => {
    const ss = new SeedSequence(1);
    expect(() => ss.spawn(1.5)).toThrow(new TypeError("'float' object cannot be interpreted as an integer"));
    expect(() => ss.spawn(-1)).toThrow(new OverflowError("can't convert negative value to uint32_t"));
    expect(ss.n_children_spawned).toBe(0);
    expect(ss.spawn(0)).toEqual([]);
    ss.spawn(3);
    expect(ss.spawn(-2)).toEqual([]);
    expect(ss.n_children_spawned).toBe(1);
    expect(() => ss.spawn(-2)).toThrow(OverflowError);
    expect(ss.n_children_spawned).toBe(1);
  });
  it('a legacy-seeded MT19937 or a keyed Philox cannot spawn', () => {
    const mt = new MT19937(1);
    mt.legacySeed(5);
    expect(() => mt.spawn(1)).toThrow(new TypeError('The underlying SeedSequence does not implement spawning.'));
    expect(() => new Philox(null, null, 5).spawn(1)).toThrow(TypeError);
  });
});
