// RandomState's repr, __getstate__/__setstate__, _poisson_lam_max and the facade's mtrand._rand.
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { PCG64, RandomState, mtrand, rand, seed, set_bit_generator, MT19937 } from '../../src/index.js';

describe('RandomState hooks', () => {
  test("repr is numpy's str", () => {
    expect(String(new RandomState(1))).toBe('RandomState(MT19937)');
    expect(inspect(new RandomState(new PCG64(1)))).toBe('RandomState(PCG64)');
  });

  test('__getstate__ is get_state(false); __setstate__ restores it (gauss cache included)', () => {
    const rs = new RandomState(0);
    rs.random_sample(100);
    rs.standard_normal();
    const st = rs.__getstate__();
    expect(st.has_gauss).toBe(1);
    const a = rs.standard_normal(3);
    rs.__setstate__(st);
    expect(rs.standard_normal(3)).toEqual(a);
  });

  test('_poisson_lam_max on the class and instances', () => {
    expect(RandomState._poisson_lam_max).toBe(9.223372006484771e18);
    expect(new RandomState(1)._poisson_lam_max).toBe(9.223372006484771e18);
  });

  test('mtrand._rand is the RandomState behind the module-level functions', () => {
    expect(mtrand._rand).toBeInstanceOf(RandomState);
    seed(42);
    const viaRand = mtrand._rand.random_sample();
    seed(42);
    expect(rand()).toBe(viaRand);
    set_bit_generator(new PCG64(1));
    expect(String(mtrand._rand)).toBe('RandomState(PCG64)');
    set_bit_generator(new MT19937(1));
    expect(mtrand._rand).toBe(mtrand._rand);
  });
});
