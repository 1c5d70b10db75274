// The module surface and the documented choices that the golden vectors cannot show.
import { describe, expect, it } from 'vitest';
import * as pr from '../../src/pyrandom/index.js';
import { Random, ValueError, range } from '../../src/pyrandom/index.js';

// CPython 3.11's random.__all__ minus the classes, plus 3.12's binomialvariate.
const FUNCTIONS = [
  'betavariate', 'binomialvariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss', 'getrandbits',
  'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange',
  'sample', 'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate',
];

describe('module-level functions', () => {
  it('exist for every public function and share one hidden instance', () => {
    for (const f of FUNCTIONS) expect(typeof (pr as unknown as Record<string, unknown>)[f], f).toBe('function');
    pr.seed(42);
    const a = [pr.random(), pr.gauss(), pr.randint(1, 10)];
    const r = new Random(42);
    expect(a).toEqual([r.random(), r.gauss(), r.randint(1, 10)]);
    expect(pr.getstate()).toEqual(r.getstate());
  });

  it('seed(42); random() is CPython\'s 0.6394267984578837', () => {
    pr.seed(42);
    expect(pr.random()).toBe(0.6394267984578837);
  });
});

describe('seeding from entropy', () => {
  it('draws a fresh 624-word key (two generators differ) and clears gauss_next', () => {
    const a = new Random(), b = new Random();
    expect(a.getstate()[1]).not.toEqual(b.getstate()[1]);
    expect(a.getstate()[1][624]).toBe(624);
    a.gauss();
    expect(a.gauss_next).not.toBeNull();
    a.seed();
    expect(a.gauss_next).toBeNull();
  });
});

describe('documented JS mappings', () => {
  it('getrandbits: a number up to 32 bits, a bigint beyond', () => {
    const r = new Random(1);
    expect(typeof r.getrandbits(32)).toBe('number');
    expect(typeof r.getrandbits(33)).toBe('bigint');
    expect(r.getrandbits(0)).toBe(0);
  });

  it('randrange: bigint in, bigint out; numbers beyond 2**53 must be bigints', () => {
    const r = new Random(1);
    expect(typeof r.randrange(10n)).toBe('bigint');
    expect(typeof r.randrange(10)).toBe('number');
    const before = r.getstate();
    expect(() => r.randrange(1e20)).toThrow(RangeError);
    expect(() => r.randint(0, 2 ** 60)).toThrow(/bigint/);
    expect(r.getstate()).toEqual(before);
    expect(r.randrange(2 ** 53)).toBeLessThan(2 ** 53);
  });

  it('integer-valued numbers seed as ints (abs), others as floats (hash)', () => {
    expect(new Random(-5).random()).toBe(new Random(5).random());
    expect(new Random(5n).random()).toBe(new Random(5).random());
    expect(new Random(true).random()).toBe(new Random(1).random());
    expect(() => new Random(NaN)).toThrow(ValueError);
    expect(() => new Random({} as never)).toThrow('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
  });

  it('refuses the parameters on which CPython loops forever, before any draw', () => {
    const r = new Random(3);
    const before = r.getstate();
    expect(() => r.vonmisesvariate(0, NaN)).toThrow(ValueError);
    expect(() => r.gammavariate(NaN, 1)).toThrow(ValueError);
    expect(() => r.gammavariate(1e308, 1)).toThrow(ValueError);
    expect(() => r.betavariate(NaN, 1)).toThrow(ValueError);
    expect(r.getstate()).toEqual(before);
    expect(r.gammavariate(1e300, 1)).toBeGreaterThan(0);
  });

  it('range() is a lazy sequence for choice, choices and sample', () => {
    const rg = range(5, 50, 3);
    expect(rg.length).toBe(15);
    expect(rg.at(14)).toBe(47);
    expect(range(10, 0, -3).length).toBe(4);
    expect(range(0).length).toBe(0);
    expect(() => range(0, 10, 0)).toThrow(RangeError);
    const r = new Random(9);
    expect(r.sample<number>(range(10 ** 9), 3).every((v) => v >= 0 && v < 10 ** 9)).toBe(true);
  });

  it('state JSON: toJSON is getstate(); fromJSON accepts text or the parsed value', () => {
    const r = new Random('state');
    r.gauss();
    const text = JSON.stringify(r);
    expect(JSON.parse(text)).toEqual(r.getstate());
    expect(Random.fromJSON(text).random()).toBe(Random.fromJSON(JSON.parse(text)).random());
    const copy = Random.fromJSON(text);
    expect([copy.gauss(), copy.random()]).toEqual([r.gauss(), r.random()]);
  });
});
