// The one rule for numpy's keyword-only parameters: positional in numpy's order, or an options
// object in the first keyword-only slot; anything not understood is numpy's TypeError.
import { describe, expect, test } from 'vitest';
import { checkArgCount, givenCount, isOptionsObject, keywordOnly } from '../../src/core/keywords.js';

describe('keywordOnly', () => {
  const names = ['axis', 'out'] as const;

  test('positional values in order; undefined keeps the default', () => {
    expect(keywordOnly('permuted', names, [1, 'o'], 1)).toEqual({ axis: 1, out: 'o' });
    expect(keywordOnly('permuted', names, [undefined, 'o'], 1)).toEqual({ out: 'o' });
    expect(keywordOnly('permuted', names, [], 1)).toEqual({});
    // null is Python's None, a value, not "use the default"
    expect(keywordOnly('permuted', names, [null], 1)).toEqual({ axis: null });
  });

  test('an options object in the first slot, merged with later positionals', () => {
    expect(keywordOnly('permuted', names, [{ axis: 0, out: 'o' }], 1)).toEqual({ axis: 0, out: 'o' });
    expect(keywordOnly('permuted', names, [{ axis: 0 }, 'o'], 1)).toEqual({ axis: 0, out: 'o' });
    expect(keywordOnly('permuted', names, [Object.assign(Object.create(null) as object, { out: 2 })], 1)).toEqual({ out: 2 });
  });

  test("numpy's TypeErrors: unknown name, a name twice, too many arguments", () => {
    expect(() => keywordOnly('permuted', names, [{ x: 2 }], 1)).toThrow(new TypeError("permuted() got an unexpected keyword argument 'x'"));
    expect(() => keywordOnly('permuted', names, [{ out: 1 }, 2], 1)).toThrow(new TypeError("permuted() got multiple values for argument 'out'"));
    expect(() => keywordOnly('permuted', names, [0, 1, 2], 1)).toThrow(new TypeError('permuted() takes at most 3 positional arguments (4 given)'));
    expect(() => keywordOnly('f', [], [{ method: 'svd' }], 5)).toThrow(new TypeError("f() got an unexpected keyword argument 'method'"));
    expect(() => keywordOnly('f', [], ['svd'], 5)).toThrow(new TypeError('f() takes at most 5 positional arguments (6 given)'));
    expect(keywordOnly('f', [], [{}], 5)).toEqual({});
  });

  test('what counts as an options object', () => {
    expect(isOptionsObject({})).toBe(true);
    for (const x of [null, [], new Uint8Array(1), new Set(), new Map(), new (class A {})(), 'a', 1]) expect(isOptionsObject(x)).toBe(false);
    expect(givenCount([1, undefined, 2, undefined, undefined])).toBe(3);
    expect(() => checkArgCount('g', [1, 2], 1)).toThrow('g() takes at most 1 positional argument (2 given)');
  });
});
