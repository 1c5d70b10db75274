// shuffle of a dict (a plain object): numpy's untyped path, len() = key count and int-key swaps
// drawn one at a time; values pinned from numpy 2.4.6 (python3 -W ignore, seeds below).
import { describe, expect, it } from 'vitest';
import { KeyError, NotImplementedError, RandomState, default_rng } from '../../src/index.js';

const seven = (): Record<number, number> => ({ 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6 });

describe('shuffle(dict)', () => {
  it('RandomState swaps the values of keys 0..n-1 as numpy does', () => {
    const d = seven();
    new RandomState(1234567890).shuffle(d as never);
    expect(d).toEqual({ 0: 6, 1: 0, 2: 5, 3: 1, 4: 3, 5: 4, 6: 2 });
  });
  it('Generator swaps them as numpy does, and refuses an axis', () => {
    const d = seven();
    default_rng(1234567890).shuffle(d);
    expect(d).toEqual({ 0: 5, 1: 3, 2: 6, 3: 1, 4: 4, 5: 0, 6: 2 });
    expect(() => default_rng(0).shuffle({ 0: 0, 1: 1 }, 1)).toThrow(NotImplementedError);
  });
  it('a missing int key is a KeyError after the draw numpy made; one key draws nothing', () => {
    const rs = new RandomState(5);
    const d = { a: 1, b: 2 };
    expect(() => rs.shuffle(d as never)).toThrow(new KeyError('1'));
    expect(d).toEqual({ a: 1, b: 2 });
    expect(rs.randint(1000)).toBe(206);
    const one = new RandomState(5);
    one.shuffle({ a: 1 } as never);
    expect(one.randint(1000)).toBe(867);
  });
});
