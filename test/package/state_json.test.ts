// get_state() results through JSON.stringify and back with RandomState.fromJSON: the tuple and
// the dict forms, with and without a cached gauss, and the error for a damaged key object.
import { describe, expect, it } from 'vitest';
import { RandomState, ValueError } from '../../src/index.js';

const bits = (a: Float64Array): string => Array.from(new Uint32Array(a.buffer)).join(',');

describe('JSON.stringify(rs.get_state()) -> RandomState.fromJSON', () => {
  for (const legacy of [true, false]) {
    for (const gaussCached of [false, true]) {
      it(`${legacy ? 'tuple' : 'dict'} form, gauss ${gaussCached ? 'cached' : 'empty'}`, () => {
        const rs = new RandomState(20260512);
        rs.random_sample(5);
        if (gaussCached) rs.standard_normal(3); // odd count: one gauss left in the cache
        const json = JSON.stringify(legacy ? rs.get_state() : rs.get_state(false));
        expect(json).toContain('{"0":'); // the typed array's JSON form, the case this covers
        const back = RandomState.fromJSON(json);
        expect(back.get_state(false).has_gauss).toBe(gaussCached ? 1 : 0);
        const a = rs.standard_normal(7) as Float64Array, b = back.standard_normal(7) as Float64Array;
        expect(bits(b)).toBe(bits(a));
        expect(Array.from(back.get_state()[1] as Uint32Array)).toEqual(Array.from(rs.get_state()[1] as Uint32Array));
      });
    }
  }

  it('also takes the parsed object', () => {
    const rs = new RandomState(3);
    const back = RandomState.fromJSON(JSON.parse(JSON.stringify(rs.get_state())) as object);
    expect(back.randint(0, 1000, 4)).toEqual(rs.randint(0, 1000, 4));
  });

  it('refuses an indexed key object with a gap, and says which form to use', () => {
    const rs = new RandomState(3);
    const doc = JSON.parse(JSON.stringify(rs.get_state())) as [string, Record<string, number>, number];
    delete doc[1]['5'];
    expect(() => RandomState.fromJSON(doc)).toThrow(ValueError);
    expect(() => RandomState.fromJSON(doc)).toThrow(/every index in order.*rs\.toJSON\(\)/);
  });
});
