import { describe, expect, it } from 'vitest';
import { isMT19937, isRandomState } from '../../src/core/brands.js';
import { MT19937, PCG64, RandomState, default_rng } from '../../src/index.js';

describe('class brands (instanceof without importing the class)', () => {
  it('isMT19937 agrees with instanceof, subclasses included', () => {
    class MyMT extends MT19937 {}
    for (const x of [new MT19937(1), new MyMT(2), new PCG64(3), {}, null, 5, new RandomState(1)]) {
      expect(isMT19937(x)).toBe(x instanceof MT19937);
    }
    expect(isMT19937(new MyMT(2))).toBe(true);
  });
  it('isRandomState agrees with instanceof, and default_rng lends a RandomState its bit generator', () => {
    const rs = new RandomState(7);
    for (const x of [rs, new MT19937(1), default_rng(1), {}, undefined]) expect(isRandomState(x)).toBe(x instanceof RandomState);
    const g = default_rng(rs);
    expect(g.bit_generator).toBe(rs.bit_generator);
  });
});
