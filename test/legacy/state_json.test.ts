// RandomState state JSON: Python's json.dumps(to_json(rs.get_state(...))) loads here and continues
// numpy's stream, and our toJSON() parses to the same value as Python's.
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/index.js';
import { type Encoded, expectExact, loadGolden } from '../helpers/golden.js';

const doc = loadGolden<{ dict: string; tuple?: string; after: Encoded }>('legacy_json');

describe('RandomState state JSON interchange with numpy', () => {
  doc.cases.forEach((c, i) => {
    it(`case ${i}: dict form continues numpy's stream and round-trips`, () => {
      const rs = RandomState.fromJSON(c.dict);
      expect(JSON.parse(JSON.stringify(rs))).toEqual(JSON.parse(c.dict));
      expectExact(rs.standard_normal(9), c.after, 'after');
    });
    if (c.tuple) {
      it(`case ${i}: legacy tuple form`, () => {
        expectExact(RandomState.fromJSON(c.tuple!).standard_normal(9), c.after, 'after');
      });
    }
  });
  it('rejects bad JSON clearly', () => {
    const good = JSON.parse(doc.cases[0]!.dict);
    expect(() => RandomState.fromJSON('{')).toThrow(/does not parse/);
    expect(() => RandomState.fromJSON({ ...good, bit_generator: 'XYZ' })).toThrow(/unknown bit_generator/);
    expect(() => RandomState.fromJSON({ ...good, gauss: 'abc' })).toThrow(/gauss/);
    expect(() => RandomState.fromJSON({ ...good, has_gauss: '2' })).toThrow(/has_gauss/);
    expect(() => RandomState.fromJSON({ ...good, state: { ...good.state, pos: '-1' } })).toThrow(RangeError);
    expect(() => RandomState.fromJSON(['PCG64', [], 0])).toThrow('state is not a legacy MT19937 state');
  });
});
