// get_state/set_state round trips, the module-level facade and with_seed.
import { describe, expect, it } from 'vitest';
import * as np from '../../src/index.js';
import { MT19937, RandomState, type LegacyStateTuple } from '../../src/index.js';

const sameArray = (a: ArrayLike<number>, b: ArrayLike<number>): boolean =>
  a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

describe('RandomState state', () => {
  it('tuple round trip keeps the cached gaussian', () => {
    const rs = new RandomState(1234567890);
    rs.standard_normal(); // leaves the second polar value cached
    const st = rs.get_state() as LegacyStateTuple;
    expect(st[0]).toBe('MT19937');
    expect(st[3]).toBe(1);
    const a = rs.standard_normal(5) as Float64Array;
    rs.set_state(st);
    expect(sameArray(rs.standard_normal(5) as Float64Array, a)).toBe(true);
  });
  it('dict round trip, and a 3-tuple resets the gauss cache', () => {
    const rs = new RandomState(7);
    rs.standard_normal();
    const d = rs.get_state(false);
    expect(d.bit_generator).toBe('MT19937');
    expect(d.has_gauss).toBe(1);
    const a = rs.random_sample(3) as Float64Array;
    rs.set_state(d);
    expect(sameArray(rs.random_sample(3) as Float64Array, a)).toBe(true);
    const t = rs.get_state() as LegacyStateTuple;
    rs.set_state([t[0], t[1], t[2]]);
    expect(rs.get_state(false).has_gauss).toBe(0);
  });
  it('bad states throw numpy\'s errors and change nothing', () => {
    const rs = new RandomState(3);
    const before = rs.get_state(false);
    const key = (before.state as { key: Uint32Array }).key;
    expect(() => rs.set_state(['PCG64', key, 0])).toThrow('set_state can only be used with legacy MT19937 state instances.');
    expect(() => rs.set_state({ state: {} })).toThrow('state dictionary is not valid.');
    expect(() => rs.set_state(5 as never)).toThrow('state must be a dict or a tuple.');
    expect(() => rs.set_state(['MT19937', key.slice(0, 100), 0])).toThrow(RangeError);
    expect(() => rs.set_state(['MT19937', key, 625])).toThrow(RangeError);
    const badKey = Array.from(key);
    badKey[5] = 2 ** 32;
    expect(() => rs.set_state(['MT19937', badKey as never, 0])).toThrow(RangeError);
    expect(() => rs.set_state({ bit_generator: 'PCG64', state: { key, pos: 0 } })).toThrow('state must be for a MT19937 PRNG');
    const after = rs.get_state(false);
    expect(after.state.pos).toBe(before.state.pos);
    expect(sameArray((after.state as { key: Uint32Array }).key, key)).toBe(true);
  });
  it('seed() resets the gauss cache and reseeding restarts the stream', () => {
    const rs = new RandomState(5);
    const a = rs.randn(3) as Float64Array;
    rs.seed(5);
    expect(sameArray(rs.randn(3) as Float64Array, a)).toBe(true);
    expect(rs.get_state(false).has_gauss).toBe(1);
    rs.seed(5);
    expect(rs.get_state(false).has_gauss).toBe(0);
  });
  it('an unseeded RandomState draws from fresh entropy', () => {
    const a = new RandomState().random_sample(4) as Float64Array;
    const b = new RandomState().random_sample(4) as Float64Array;
    expect(sameArray(a, b)).toBe(false);
  });
  it('RandomState over a SeedSequence-seeded MT19937 cannot be reseeded with another bit generator type', () => {
    const rs = new RandomState(new MT19937(5));
    expect(rs.toString()).toBe('RandomState(MT19937)');
    rs.seed(1); // MT19937 can be reseeded
    expect(rs.randint(0, 100)).toBe(new RandomState(1).randint(0, 100));
  });
});

describe('module-level facade', () => {
  it('np.seed(42); np.rand(3) gives numpy\'s numbers', () => {
    np.seed(42);
    expect(Array.from(np.rand(3) as Float64Array)).toEqual([0.3745401188473625, 0.9507143064099162, 0.7319939418114051]);
  });
  it('facade functions share one global stream, like numpy\'s _rand', () => {
    np.seed(1);
    const x = [np.random_sample(), np.randint(10), np.randn(), np.ranf(), np.sample(), np.random(), np.standard_normal()];
    const rs = new RandomState(1);
    const y = [rs.random_sample(), rs.randint(10), rs.randn(), rs.random_sample(), rs.random_sample(), rs.random(), rs.standard_normal()];
    expect(x).toEqual(y);
    expect(np.get_bit_generator()).toBeInstanceOf(MT19937);
  });
  it('get_state/set_state on the global stream', () => {
    np.seed(9);
    const st = np.get_state();
    const a = np.choice(100, 5);
    np.set_state(st);
    expect(np.choice(100, 5)).toEqual(a);
  });
  it('set_bit_generator swaps the generator and resets the gauss cache', () => {
    const saved = np.get_bit_generator();
    const mt = new MT19937(2024);
    np.set_bit_generator(mt);
    expect(np.get_bit_generator()).toBe(mt);
    expect(np.random_sample()).toBe(new MT19937(2024).next_double());
    np.set_bit_generator(saved);
  });
});

describe('with_seed', () => {
  it('leaves the outer stream exactly as if the call never happened', () => {
    np.seed(123);
    np.randn(); // odd count: a gaussian is cached in the outer state
    const expected = [np.rand(4), np.randn(3), np.randint(0, 50, 6)];
    np.seed(123);
    np.randn();
    const inner = np.with_seed(7, () => [np.rand(2), np.randn()]);
    const got = [np.rand(4), np.randn(3), np.randint(0, 50, 6)];
    expect(got).toEqual(expected);
    np.seed(7);
    expect(inner).toEqual([np.rand(2), np.randn()]);
  });
  it('restores the state when fn throws, and returns fn\'s result', () => {
    np.seed(11);
    const st = np.get_state() as LegacyStateTuple;
    expect(() => np.with_seed(1, () => { np.rand(10); throw new Error('boom'); })).toThrow('boom');
    const now = np.get_state() as LegacyStateTuple;
    expect(now[2]).toBe(st[2]);
    expect(sameArray(now[1], st[1])).toBe(true);
    expect(np.with_seed(1, () => 42)).toBe(42);
  });
});

describe('bad input leaves the state unchanged', () => {
  const snapshot = (rs: RandomState): string => {
    const s = rs.get_state() as LegacyStateTuple;
    return `${Buffer.from(s[1].buffer).toString('hex')}/${s[2]}/${s[3]}/${s[4]}`;
  };
  const cases: [string, (rs: RandomState) => unknown, string | RegExp][] = [
    ['seed -1', (rs) => rs.seed(-1), 'Seed must be between 0 and 2**32 - 1'],
    ['seed 2**32', (rs) => rs.seed(2 ** 32), 'Seed must be between 0 and 2**32 - 1'],
    ['seed 1.5', (rs) => rs.seed(1.5), "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'"],
    ['seed NaN', (rs) => rs.seed(NaN), "Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'"],
    ['seed []', (rs) => rs.seed([]), 'Seed must be non-empty'],
    ['seed 2-D', (rs) => rs.seed([[1, 2], [3, 4]] as never), 'Seed array must be 1-d'],
    ['size -1', (rs) => rs.random_sample(-1), 'negative dimensions are not allowed'],
    ['size 2.5', (rs) => rs.random_sample(2.5), "expected a sequence of integers or a single integer, got '2.5'"],
    ['low >= high', (rs) => rs.randint(5, 5), 'low >= high'],
    ['high <= 0', (rs) => rs.randint(0), 'high <= 0'],
    ['unknown dtype', (rs) => rs.randint(0, 5, 3, 'foo' as never), "data type 'foo' not understood"],
    ['float dtype', (rs) => rs.randint(0, 5, 3, 'float64' as never), "Unsupported dtype dtype('float64') for randint"],
    ['high out of bounds', (rs) => rs.randint(0, 257, 3, 'uint8'), 'high is out of bounds for uint8'],
    ['p negative', (rs) => rs.choice(3, 2, true, [0.5, 0.6, -0.1]), 'probabilities are not non-negative'],
    ['p not summing to 1', (rs) => rs.choice(3, 2, true, [0.2, 0.2, 0.2]), 'probabilities do not sum to 1'],
    ['empty population', (rs) => rs.choice([], 2), "'a' cannot be empty unless no samples are taken"],
    ['sample > population', (rs) => rs.choice(3, 4, false), "Cannot take a larger sample than population when 'replace=False'"],
    ['range beyond 2**53 with the default dtype', (rs) => rs.randint(0, 2 ** 60), /dtype 'int64'/],
  ];
  for (const [name, fn, msg] of cases) {
    it(name, () => {
      const rs = new RandomState(99);
      rs.standard_normal();
      const before = snapshot(rs);
      expect(() => fn(rs)).toThrow(msg);
      expect(snapshot(rs)).toBe(before);
    });
  }
});
