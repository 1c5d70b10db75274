import { describe, expect, it } from 'vitest';
import { MT19937 } from '../../src/bitgen/mt19937.js';

// numpy's own test_jumped data is checked in test/numpy/test_generator_mt19937.test.ts.
describe('MT19937.jumped', () => {
  it('jumped(2) is jumped().jumped(); jumped(0) copies', () => {
    const bg = new MT19937(5);
    expect(bg.jumped(2).state).toEqual(bg.jumped().jumped().state);
    expect(bg.jumped(0).state).toEqual(bg.state);
    expect(bg.jumped(1.5).state).toEqual(bg.jumped(1).state);
    expect(bg.jumped(-2).state).toEqual(bg.state);
  });
});
