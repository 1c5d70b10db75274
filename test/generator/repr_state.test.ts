// Generator's numpy-style repr, JSON state (what numpy pickles: the bit generator's state and
// seed_seq), __getstate__/__setstate__ and the private hooks numpy's tests use. Pinned from numpy
// 2.4.6 (default_rng(7) after random(3) and seed_seq.spawn(2)).
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { Generator, MT19937, PCG64, PCG64DXSM, RandomState, default_rng } from '../../src/index.js';

const PY_JSON = '{"state":{"bit_generator":"PCG64","state":{"state":"81406307902243305125023329882819567071",'
  + '"inc":"261136684632268670825940853076396136793"},"has_uint32":"0","uinteger":"0"},'
  + '"seed_seq":{"entropy":"7","spawn_key":[],"pool_size":"4","n_children_spawned":"2"}}';

describe('repr / str', () => {
  test('String(), template literals and util.inspect give numpy\'s str', () => {
    const g = default_rng(1);
    expect(String(g)).toBe('Generator(PCG64)');
    expect(`${new Generator(new MT19937(1))}`).toBe('Generator(MT19937)');
    expect(inspect(g)).toBe('Generator(PCG64)');
    expect(inspect([g])).toBe('[ Generator(PCG64) ]');
  });
});

describe('toJSON / fromJSON', () => {
  test('the JSON equals Python\'s to_json of (bit_generator.state, seed_seq.state)', () => {
    const g = default_rng(7);
    g.random(3);
    g.bit_generator.seed_seq!.spawn(2);
    expect(JSON.stringify(g)).toBe(PY_JSON);
  });

  test('fromJSON continues the stream and keeps seed_seq (spawn continues too)', () => {
    const g = Generator.fromJSON(PY_JSON);
    expect(g.bit_generator).toBeInstanceOf(PCG64);
    expect(g.random()).toBe(0.22520718999059186);
    const [child] = g.spawn(1);
    expect(child!.random()).toBe(0.6320442355695731);
    expect(g.bit_generator.seed_seq!.n_children_spawned).toBe(3);
  });

  test('round trip on every bit generator; a bare bit generator state is accepted (numpy\'s pre-2.0 pickles)', () => {
    const g = new Generator(new PCG64DXSM(20240411));
    g.standard_normal(3);
    const copy = Generator.fromJSON(JSON.parse(JSON.stringify(g)) as object);
    expect(copy.bit_generator).toBeInstanceOf(PCG64DXSM);
    expect(JSON.stringify(copy.bit_generator.seed_seq)).toBe(JSON.stringify(g.bit_generator.seed_seq));
    expect(Array.from(copy.bit_generator.seed_seq!.pool)).toEqual(Array.from(g.bit_generator.seed_seq!.pool));
    expect(copy.standard_normal()).toBe(g.standard_normal());
    const bare = Generator.fromJSON(JSON.stringify(g.bit_generator));
    expect(bare.random()).toBe(g.random());
  });

  test('a legacy-seeded MT19937 has no seed_seq: JSON null and back', () => {
    const rs = new RandomState(5);
    const g = new Generator(rs.bit_generator);
    expect(g.toJSON().seed_seq).toBeNull();
    const copy = Generator.fromJSON(JSON.stringify(g));
    expect(copy.bit_generator.seed_seq).toBeNull();
    expect(copy.integers(0, 100, 3)).toEqual(g.integers(0, 100, 3));
  });

  test('bad JSON: not a dict is TypeError, an unknown key ValueError', () => {
    expect(() => Generator.fromJSON('[1]')).toThrow(TypeError);
    expect(() => Generator.fromJSON('{"state": {}, "x": 1}')).toThrow("unknown key 'x' in Generator state JSON");
    expect(() => Generator.fromJSON('{')).toThrow(/does not parse/);
  });
});

describe("numpy's pickling hooks and private attributes", () => {
  test('__getstate__ is null; __setstate__ of a dict sets the bit generator state', () => {
    const g = default_rng(1);
    expect(g.__getstate__()).toBeNull();
    const other = default_rng(2);
    other.__setstate__(g.bit_generator.state);
    expect(other.random()).toBe(g.random());
    other.__setstate__(null);
  });

  test('_poisson_lam_max on the class and on instances (numpy: 9.223372006484771e+18)', () => {
    expect(Generator._poisson_lam_max).toBe(9.223372006484771e18);
    expect(default_rng(1)._poisson_lam_max).toBe(9.223372006484771e18);
  });
});
