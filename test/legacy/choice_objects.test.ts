// RandomState.choice on non-numeric 1-d arrays: numpy's values and shapes (nested JS arrays
// carrying `shape`, README); null/undefined in p read as NaN. Pinned from numpy 2.4.6, RandomState(5).
import { describe, expect, test } from 'vitest';
import { RandomState, ValueError } from '../../src/index.js';

const r = () => new RandomState(5);
const ABC = ['a', 'b', 'c'] as never;
type Shaped = unknown[] & { shape: number[] };
const shaped = (x: unknown, values: unknown, shape: number[]) => {
  expect(x).toEqual(values);
  expect((x as Shaped).shape).toEqual(shape);
};

describe('RandomState.choice on strings and objects', () => {
  test('element, 0-d, sized, zero-sized', () => {
    expect(r().choice(ABC)).toBe('c');
    shaped(r().choice(ABC, []), ['c'], []);
    shaped(r().choice(ABC, [3, 0, 4]), [[], [], []], [3, 0, 4]);
    shaped(r().choice(['a', 'b', 'c', 'd'] as never, [2, 2], false), [['a', 'b'], ['c', 'd']], [2, 2]);
    shaped(r().choice(ABC, 4, true, [0.2, 0.3, 0.5]), ['b', 'c', 'b', 'c'], [4]);
    shaped(r().choice([{ x: 1 }, null, 'a'] as never, 2), ['a', null], [2]);
  });

  test('nested arrays are refused as numpy does', () => {
    expect(() => r().choice([['a', 'b'], ['c', 'd']] as never, 2)).toThrow(new ValueError('a must be 1-dimensional'));
  });

  test('null / undefined in p are NaN (numpy\'s ValueError), before any draw', () => {
    for (const p of [[null, 1.0], [undefined, 1.0]]) {
      const rs = r();
      expect(() => rs.choice(['a', 'b'] as never, 2, true, p as never)).toThrow(new ValueError('probabilities contain NaN'));
      expect(rs.random_sample()).toBe(r().random_sample());
    }
  });
});
