// Generator's constructor, default_rng and the integer bounds' conversion against numpy 2.4.6's
// error classes and texts (pinned from numpy). numpy's AttributeError ("has no attribute
// 'capsule'") is a TypeError here, JS's error for a missing member.
import { describe, expect, test } from 'vitest';
import { Generator, MT19937, PCG64, RandomState, ValueError, default_rng } from '../../src/index.js';

function caught(run: () => unknown): Error {
  try { run(); } catch (e) { return e as Error; }
  throw new Error('did not throw');
}
const ENTROPY = 'SeedSequence expects int or sequence of ints for entropy not ';
class object_ {}

describe('Generator and default_rng', () => {
  test('Generator(a BitGenerator class) is the ValueError, anything else numpy\'s "no attribute capsule"', () => {
    const e = caught(() => new Generator(MT19937 as never));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe('Invalid bit generator. The bit generator must be instantiated.');
    for (const [v, t] of [[1, 'int'], [null, 'NoneType'], [new RandomState(1), 'RandomState']] as const) {
      const err = caught(() => new Generator(v as never));
      expect(err).toBeInstanceOf(TypeError);
      expect(err.message).toBe(`'${t}' object has no attribute 'capsule'`);
    }
  });

  test('default_rng(MT19937) names the class as Python does, not its JS source', () => {
    const e = caught(() => default_rng(MT19937 as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe(`${ENTROPY}<class 'numpy.random._mt19937.MT19937'>`);
    expect(e.message).not.toContain('{');
    expect(caught(() => default_rng('a' as never)).message).toBe(`${ENTROPY}a`);
    expect(caught(() => default_rng(1.5)).message).toBe(`${ENTROPY}1.5`);
    expect(caught(() => default_rng({} as never)).message).toBe(`${ENTROPY}{}`);
    expect(default_rng(new RandomState(1))).toBeInstanceOf(Generator);
    expect(default_rng(new PCG64(1)).bit_generator).toBeInstanceOf(PCG64);
  });
});

describe("integers / randint bounds go through Python's int()", () => {
  const fronts: [string, (low: unknown, high?: unknown) => unknown][] = [
    ['integers', (l, h) => default_rng(1).integers(l as never, h as never)],
    ['randint', (l, h) => new RandomState(1).randint(l as never, h as never)],
  ];
  test.each(fronts)('%s: an object is TypeError, a bad string ValueError, a numeric string an int', (_n, call) => {
    const e = caught(() => call(new object_()));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("int() argument must be a string, a bytes-like object or a real number, not 'object_'");
    expect(caught(() => call({})).message).toBe("int() argument must be a string, a bytes-like object or a real number, not 'dict'");
    expect(caught(() => call(0, {})).message).toBe("int() argument must be a string, a bytes-like object or a real number, not 'dict'");
    expect(caught(() => call(null)).message).toBe("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    const bad = caught(() => call('1e3'));
    expect(bad).toBeInstanceOf(ValueError);
    expect(bad.message).toBe("invalid literal for int() with base 10: '1e3'");
  });

  test("numeric strings: numpy's values (integers('5') = 2, randint('5') = 3, integers(' 7 ') = 3)", () => {
    expect(default_rng(1).integers('5' as never)).toBe(2);
    expect(new RandomState(1).randint('5' as never)).toBe(3);
    expect(default_rng(1).integers(' 7 ' as never)).toBe(3);
  });
});
