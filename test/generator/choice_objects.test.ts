// Generator.choice on non-numeric arrays (strings, objects, nested arrays): numpy's values and
// shapes for every size, () and shapes with a zero included (nested JS arrays carrying `shape`,
// README); null/undefined in p read as NaN. Pinned from numpy 2.4.6 with default_rng(5).
import { describe, expect, test } from 'vitest';
import { ValueError, default_rng } from '../../src/index.js';

const g = () => default_rng(5);
const ABC = ['a', 'b', 'c'] as never;
const NESTED = [['a', 'b'], ['c', 'd'], ['e', 'f']] as never;
type Shaped = unknown[] & { shape: number[] };
const shaped = (x: unknown, values: unknown, shape: number[]) => {
  expect(Array.isArray(x)).toBe(true);
  expect(x).toEqual(values);
  expect((x as Shaped).shape).toEqual(shape);
  // the shape is not an element: JSON and spreading see the plain nested arrays
  expect(JSON.stringify(x)).toBe(JSON.stringify(values));
};

describe('choice on strings and objects', () => {
  test('size omitted is the element; size=() a 0-d array (one element, shape [])', () => {
    expect(g().choice(ABC)).toBe('c');
    shaped(g().choice(ABC, []), ['c'], []);
  });

  test('sized draws, with and without replacement', () => {
    shaped(g().choice(ABC, 2), ['c', 'c'], [2]);
    shaped(g().choice(['a', 'b', 'c', 'd'] as never, [2, 2], false), [['a', 'c'], ['b', 'd']], [2, 2]);
    shaped(g().choice([{ x: 1 }, null, 'a'] as never, 2), ['a', 'a'], [2]);
  });

  test('a shape with a zero keeps every dimension: (3, 0, 4)', () => {
    shaped(g().choice(ABC, [3, 0, 4]), [[], [], []], [3, 0, 4]);
    shaped(g().choice(ABC, [0]), [], [0]);
  });

  test('nested arrays: rows along axis 0, columns along axis 1', () => {
    shaped(g().choice(NESTED), ['e', 'f'], [2]);
    shaped(g().choice(NESTED, []), ['e', 'f'], [2]);
    shaped(g().choice(NESTED, [2, 0]), [[], []], [2, 0, 2]);
    shaped(g().choice(NESTED, 3, true, undefined, 1), [['b', 'b', 'a'], ['d', 'd', 'c'], ['f', 'f', 'e']], [3, 3]);
  });

  test("null / undefined in p are NaN: numpy's ValueError, before any draw", () => {
    for (const p of [[null, 1.0], [undefined, 1.0], [0.5, null]]) {
      const rng = g();
      expect(() => rng.choice(['a', 'b'] as never, 2, true, p as never)).toThrow(new ValueError('Probabilities contain NaN'));
      expect(rng.random()).toBe(default_rng(5).random());
    }
  });

  test('permutation of strings carries the shape too', () => {
    const out = default_rng(1).permutation(["a", "b", "c"] as never) as unknown as Shaped;
    expect(out.shape).toEqual([3]);
    expect([...out].sort()).toEqual(['a', 'b', 'c']);
  });
});
