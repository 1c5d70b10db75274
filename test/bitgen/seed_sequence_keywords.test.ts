// SeedSequence(entropy, spawn_key, pool_size, n_children_spawned): numpy's keyword-only
// parameters are positional (README), or an options object; values pinned from numpy 2.4.6.
import { describe, expect, test } from 'vitest';
import { SeedSequence } from '../../src/index.js';

const words = (ss: SeedSequence, n: number) => Array.from(ss.generate_state(n) as Uint32Array);

describe('SeedSequence keyword-only parameters', () => {
  test('spawn_key positional (it was silently dropped before)', () => {
    // np.random.SeedSequence(5, spawn_key=(0,)).generate_state(4)
    const pinned = [803261128, 3645866125, 3330650148, 803443965];
    expect(words(new SeedSequence(5, [0]), 4)).toEqual(pinned);
    expect(words(new SeedSequence(5, { spawn_key: [0] }), 4)).toEqual(pinned);
    expect(new SeedSequence(5, [0]).spawn_key).toEqual([0]);
  });

  test('pool_size positional, undefined keeping the spawn_key default', () => {
    // SeedSequence(5, pool_size=8).generate_state(4)
    const pinned = [50356777, 230112981, 3119062180, 3441371439];
    expect(words(new SeedSequence(5, undefined, 8), 4)).toEqual(pinned);
    expect(words(new SeedSequence(5, [], 8), 4)).toEqual(pinned);
    expect(new SeedSequence(5, undefined, 8).pool_size).toBe(8);
  });

  test('n_children_spawned positional: the next child continues the count', () => {
    // SeedSequence(5, spawn_key=(1, 2), pool_size=5, n_children_spawned=3).spawn(1)[0]
    for (const ss of [new SeedSequence(5, [1, 2], 5, 3), new SeedSequence(5, { spawn_key: [1, 2], pool_size: 5, n_children_spawned: 3 })]) {
      const [child] = ss.spawn(1);
      expect(child!.spawn_key).toEqual([1, 2, 3]);
      expect(words(child!, 2)).toEqual([4205539214, 3969112620]);
      expect(ss.n_children_spawned).toBe(4);
    }
  });

  test("anything not understood is numpy's TypeError", () => {
    expect(() => new SeedSequence(1, { x: 2 } as object)).toThrow(new TypeError("__init__() got an unexpected keyword argument 'x'"));
    // numpy: tuple(3) / tuple(None)
    expect(() => new SeedSequence(1, 3 as unknown as number[])).toThrow(new TypeError("'int' object is not iterable"));
    expect(() => new SeedSequence(1, null as unknown as number[])).toThrow(new TypeError("'NoneType' object is not iterable"));
    expect(() => new SeedSequence(1, [], 'a' as unknown as number)).toThrow(new TypeError("'<' not supported between instances of 'str' and 'int'"));
    expect(() => new SeedSequence(1, [], 4, 1.5)).toThrow(new TypeError("'float' object cannot be interpreted as an integer"));
    expect(() => new (SeedSequence as unknown as new (...a: unknown[]) => SeedSequence)(1, [], 4, 0, 9))
      .toThrow(new TypeError('__init__() takes at most 4 positional arguments (5 given)'));
    expect(() => new SeedSequence(1, { spawn_key: [1] } as never, 4)).not.toThrow();
    expect(() => new SeedSequence(1, { pool_size: 4 } as never, 4)).toThrow(new TypeError("__init__() got multiple values for argument 'pool_size'"));
  });
});
