// Bit generators' and SeedSequence's numpy repr, __getstate__/__setstate__ (numpy's pickle
// content: state and seed_seq) and SeedlessSeedSequence, pinned from numpy 2.4.6.
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import {
  MT19937, NotImplementedError, PCG64, PCG64DXSM, Philox, SFC64, SeedSequence, SeedlessSeedSequence,
} from '../../src/index.js';

describe('repr', () => {
  test.each([
    [MT19937, '_mt19937'], [PCG64, '_pcg64'], [PCG64DXSM, '_pcg64'], [Philox, '_philox'], [SFC64, '_sfc64'],
  ] as const)('%o is numpy\'s default repr without the address', (B, mod) => {
    const text = `<numpy.random.${mod}.${B.name} object>`;
    expect(String(new B(1))).toBe(text);
    expect(inspect(new B(1))).toBe(text);
  });

  test('SeedSequence: numpy\'s multi-line repr, defaults left out', () => {
    expect(String(new SeedSequence(1))).toBe('SeedSequence(\n    entropy=1,\n)');
    expect(String(new SeedSequence(1, [1, 2], 8, 3)))
      .toBe('SeedSequence(\n    entropy=1,\n    spawn_key=(1, 2),\n    pool_size=8,\n    n_children_spawned=3,\n)');
    expect(String(new SeedSequence([1, 2, 3]))).toBe('SeedSequence(\n    entropy=[1, 2, 3],\n)');
    expect(String(new SeedSequence(new Uint32Array([1, 2])))).toBe('SeedSequence(\n    entropy=array([1, 2], dtype=uint32),\n)');
    expect(String(new SeedSequence(2n ** 100n))).toBe('SeedSequence(\n    entropy=1267650600228229401496703205376,\n)');
    expect(String(new SeedSequence(1).spawn(1)[0])).toBe('SeedSequence(\n    entropy=1,\n    spawn_key=(0,),\n)');
    expect(inspect(new SeedSequence(1))).toBe('SeedSequence(\n    entropy=1,\n)');
  });
});

describe('__getstate__ / __setstate__', () => {
  test('[state, seed_seq]; restoring both keeps the stream and the SeedSequence', () => {
    const bg = new PCG64(12345);
    bg.random_raw(3);
    bg.seed_seq!.spawn(2);
    const [state, ss] = bg.__getstate__();
    expect(state).toEqual(bg.state);
    expect(ss).toBe(bg.seed_seq);
    const other = new PCG64(1);
    other.__setstate__(bg.__getstate__());
    expect(other.seed_seq).toBe(bg.seed_seq);
    expect(other.random_raw()).toBe(bg.random_raw());
    const third = new PCG64(2);
    third.__setstate__(bg.state);
    expect(third.random_raw()).toBe(bg.random_raw());
    expect(() => third.__setstate__([bg.state, 5 as never])).toThrow(TypeError);
  });
});

describe('SeedlessSeedSequence', () => {
  test("generate_state is numpy's NotImplementedError; spawn repeats itself", () => {
    const s = new SeedlessSeedSequence();
    expect(() => s.generate_state(10)).toThrow(new NotImplementedError('seedless SeedSequences cannot generate state'));
    const kids = s.spawn(10);
    expect(kids).toHaveLength(10);
    expect(kids.every((k) => k === s)).toBe(true);
    expect(s.spawn(-1)).toEqual([]);
    expect(() => s.spawn(1.5)).toThrow("can't multiply sequence by non-int of type 'float'");
    expect(String(s)).toBe('<numpy.random.bit_generator.SeedlessSeedSequence object>');
  });

  test('a bit generator seeded with it fails as numpy\'s does', () => {
    for (const B of [PCG64, MT19937, SFC64]) {
      expect(() => new B(new SeedlessSeedSequence() as never)).toThrow(NotImplementedError);
    }
  });
});
