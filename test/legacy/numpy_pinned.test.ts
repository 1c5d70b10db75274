// Values pinned in numpy's own tests (numpy/random/tests/test_random.py, test_randomstate.py)
// for the RandomState core methods; numbers are numpy's, carried over as data.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/index.js';
import * as np from '../../src/index.js';
import type { IntegerDtype } from '../../src/core/ndarray.js';

const SEED = 1234567890;
const bits = (x: ArrayLike<number>): string[] => Array.from(x, (v) => Object.is(v, -0) ? '-0' : v.toString());

describe('numpy TestRandomDist (seed 1234567890)', () => {
  const uniform = [0.61879477158567997, 0.59162362775974664, 0.88868358904449662, 0.89165480011560816, 0.4575674820298663, 0.7781880808593471];
  it('rand / random / random_sample', () => {
    expect(bits(new RandomState(SEED).rand(3, 2) as Float64Array)).toEqual(bits(uniform));
    expect(bits(new RandomState(SEED).random([3, 2]) as Float64Array)).toEqual(bits(uniform));
    expect((new RandomState(SEED).rand(3, 2) as np.NDArray).shape).toEqual([3, 2]);
  });
  it('randn (polar method; pinned to 15 decimals by numpy)', () => {
    const desired = [1.34016345771863121, 1.73759122771936081, 1.498988344300628, -0.2286433324536169, 2.031033998682787, 2.17032494605655257];
    const actual = new RandomState(SEED).randn(3, 2) as Float64Array;
    actual.forEach((v, i) => expect(Math.abs(v - desired[i]!)).toBeLessThan(1e-15));
  });
  it('randint and random_integers', () => {
    expect(Array.from(new RandomState(SEED).randint(-99, 99, [3, 2]) as Float64Array)).toEqual([31, 3, -52, 41, -48, -66]);
    expect(Array.from(new RandomState(SEED).random_integers(-99, 99, [3, 2]) as Float64Array)).toEqual([31, 3, -52, 41, -48, -66]);
  });
  it('choice variants', () => {
    expect(Array.from(new RandomState(SEED).choice(4, 4) as Float64Array)).toEqual([2, 3, 2, 3]);
    expect(Array.from(new RandomState(SEED).choice(4, 4, true, [0.4, 0.4, 0.1, 0.1]) as Float64Array)).toEqual([1, 1, 2, 2]);
    expect(Array.from(new RandomState(SEED).choice(4, 3, false) as Float64Array)).toEqual([0, 1, 3]);
    expect(Array.from(new RandomState(SEED).choice(4, 3, false, [0.1, 0.3, 0.5, 0.1]) as Float64Array)).toEqual([2, 3, 1]);
    expect(new RandomState(SEED).choice(['a', 'b', 'c', 'd'], 4)).toEqual(['c', 'd', 'c', 'd']);
  });
  it('choice return shapes and empty draws', () => {
    const rs = new RandomState(1);
    expect(typeof rs.choice(2, undefined, true)).toBe('number');
    expect(typeof rs.choice(2, undefined, false, [0.5, 0.5])).toBe('number');
    expect(rs.choice([null], undefined, true)).toBe(null);
    expect((rs.choice(6, [3, 0, 4], false) as np.NDArray).shape).toEqual([3, 0, 4]);
    expect((rs.choice(0, 0) as np.NDArray).shape).toEqual([0]);
    expect((rs.randint(0, 0, [3, 0, 4]) as np.NDArray).shape).toEqual([3, 0, 4]);
    expect((rs.randint(10, 10, 0) as np.NDArray).shape).toEqual([0]);
    expect(() => rs.choice([], 10)).toThrow("'a' cannot be empty unless no samples are taken");
  });
  it('choice exceptions', () => {
    const rs = new RandomState(1);
    expect(() => rs.choice(-1, 3)).toThrow(RangeError);
    expect(() => rs.choice(3.5, 3)).toThrow('a must be 1-dimensional or an integer');
    expect(() => rs.choice([[1, 2], [3, 4]], 3)).toThrow('a must be 1-dimensional');
    expect(() => rs.choice([1, 2], 3, true, [0.4, 0.4, 0.2])).toThrow("'a' and 'p' must have same size");
    expect(() => rs.choice([1, 2], 3, true, [1.1, -0.1])).toThrow('probabilities are not non-negative');
    expect(() => rs.choice([1, 2], 3, true, [0.4, 0.4])).toThrow('probabilities do not sum to 1');
    expect(() => rs.choice([1, 2, 3], 4, false)).toThrow("Cannot take a larger sample than population when 'replace=False'");
    expect(() => rs.choice([1, 2, 3], -2, false)).toThrow('Negative dimensions are not allowed');
    expect(() => rs.choice([1, 2, 3], 2, false, [1, 0, 0])).toThrow('Fewer non-zero entries in p than size');
    expect(() => rs.choice([1, 2, 3], undefined, true, [NaN, 0.5, 0.5])).toThrow('probabilities contain NaN');
  });
  it('bytes', () => {
    expect(Buffer.from(new RandomState(SEED).bytes(10))).toEqual(Buffer.from('\x82Ui\x9e\xff\x97+Wf\xa5', 'latin1'));
  });
  it('shuffle of lists, typed arrays and rows', () => {
    const desired = [0, 1, 9, 6, 2, 4, 5, 8, 7, 3];
    const src = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0];
    const list = src.slice();
    new RandomState(SEED).shuffle(list);
    expect(list).toEqual(desired);
    for (const Ctor of [Int8Array, Float32Array, Float64Array, BigInt64Array] as const) {
      const x = new (Ctor as Float64ArrayConstructor)(src.map((v) => (Ctor === BigInt64Array ? BigInt(v) : v)) as unknown as number[]);
      new RandomState(SEED).shuffle(x);
      expect(Array.from(x, Number)).toEqual(desired);
    }
    const pairs = src.map((i) => [i, i]);
    new RandomState(SEED).shuffle(pairs);
    expect(pairs).toEqual(desired.map((i) => [i, i]));
    const rows = Object.assign(new Float64Array(src.flatMap((i) => [i, i])), { shape: [10, 2] });
    new RandomState(SEED).shuffle(rows);
    expect(Array.from(rows)).toEqual(desired.flatMap((i) => [i, i]));
    const empty = new Float64Array(0);
    new RandomState(SEED).shuffle(empty);
    expect(empty.length).toBe(0);
  });
  it('permutation', () => {
    const a = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0];
    expect(Array.from(new RandomState(SEED).permutation(new Float64Array(a)) as Float64Array)).toEqual([0, 1, 9, 6, 2, 4, 5, 8, 7, 3]);
    const rows = Object.assign(new Float64Array([1, 2, 3, 4, 5, 6]), { shape: [3, 2] });
    const p = new RandomState(SEED).permutation(rows) as np.NDArray;
    expect(p.shape).toEqual([3, 2]);
    expect(() => new RandomState(SEED).permutation(1.5)).toThrow('x must be an integer or at least 1-dimensional');
  });
});

describe('numpy TestRandint.test_repeatability (seed 1234, sha256 of 1000 draws)', () => {
  const tgt: Record<string, string> = {
    bool: '509aea74d792fb931784c4b0135392c65aec64beee12b0cc167548a2c3d31e71',
    int16: '7b07f1a920e46f6d0fe02314155a2330bcfd7635e708da50e536c5ebb631a7d4',
    int32: 'e577bfed6c935de944424667e3da285012e741892dcb7051a8f1ce68ab05c92f',
    int64: '0fbead0b06759df2cfb55e43148822d4a1ff953c7eb19a5b08445a63bb64fa9e',
    int8: '001aac3a5acb935a9b186cbe14a1ca064b8bb2dd0b045d48abeacf74d0203404',
    uint16: '7b07f1a920e46f6d0fe02314155a2330bcfd7635e708da50e536c5ebb631a7d4',
    uint32: 'e577bfed6c935de944424667e3da285012e741892dcb7051a8f1ce68ab05c92f',
    uint64: '0fbead0b06759df2cfb55e43148822d4a1ff953c7eb19a5b08445a63bb64fa9e',
    uint8: '001aac3a5acb935a9b186cbe14a1ca064b8bb2dd0b045d48abeacf74d0203404',
  };
  for (const [dt, hash] of Object.entries(tgt)) {
    it(dt, () => {
      const v = new RandomState(1234).randint(0, dt === 'bool' ? 2 : 6, 1000, dt as IntegerDtype) as unknown as ArrayBufferView;
      expect(createHash('sha256').update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).digest('hex')).toBe(hash);
    });
  }
});
