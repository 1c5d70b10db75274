// The one dtype resolver: every spelling numpy knows (and some it refuses), on every method that
// takes a dtype, gives numpy's result dtype or numpy's error class and message.
import { describe, expect, it } from 'vitest';
import { Generator, PCG64, RandomState } from '../../src/index.js';
import { parseDtype, typedDtypeName } from '../../src/core/dtype.js';
import { floatDtype } from '../../src/core/float_fill.js';
import { intDtype } from '../../src/core/int_dtypes.js';
import { loadGolden } from '../helpers/golden.js';

interface Case { dtype: string; method: string; dtype_out?: string; error?: [string, string] }
const doc = loadGolden<Case & { dtype: string }>('dtypes');

type Call = (d: string) => unknown;
const g = new Generator(new PCG64(1));
const rs = new RandomState(1);
const CALLS: Record<string, Call> = {
  random: (d) => g.random(2, d as 'float64'),
  standard_normal: (d) => g.standard_normal(2, d as 'float64'),
  standard_exponential: (d) => g.standard_exponential(2, d as 'float64'),
  standard_exponential_inv: (d) => g.standard_exponential(2, d as 'float64', 'inv'),
  standard_gamma: (d) => g.standard_gamma(1.5, 2, d as 'float64'),
  integers: (d) => g.integers(0, 2, 2, d as 'int8'),
  randint: (d) => rs.randint(0, 2, 2, d as 'int8'),
};

/** The numpy dtype name of a result (the default int dtype returns numbers in a Float64Array). */
function resultDtype(method: string, dtype: string, v: ArrayBufferView): string {
  const name = typedDtypeName(v);
  if ((method === 'integers' || method === 'randint') && name === 'float64' && dtype === 'int') return 'int64';
  if ((method === 'integers' || method === 'randint') && name === 'uint8' && parseDtype(dtype).name === 'bool') return 'bool';
  return name;
}

describe('dtype resolution (golden: every spelling x every dtype method)', () => {
  it('has the cases', () => expect(doc.cases.length).toBeGreaterThan(800));
  for (const c of doc.cases) {
    it(`${c.method}(dtype=${JSON.stringify(c.dtype)})`, () => {
      const call = CALLS[c.method]!;
      const want = (c as unknown as { dtype: string; error?: [string, string] }).error;
      if (want) {
        let err: unknown = null;
        try { call(c.dtype); } catch (e) { err = e; }
        expect(err, 'numpy raised').toBeInstanceOf(Error);
        expect([(err as Error).name, (err as Error).message]).toEqual(want);
      } else {
        const v = call(c.dtype) as ArrayBufferView;
        expect(resultDtype(c.method, c.dtype, v)).toBe((c as unknown as Record<string, string>)['dtype_out']);
      }
    });
  }
});

describe('the resolvers share parseDtype', () => {
  it('floatDtype takes typed-array constructors and null as numpy takes np.float64/None', () => {
    expect(floatDtype(Float64Array, 'x')).toBe('float64');
    expect(floatDtype(Float32Array, 'x')).toBe('float32');
    expect(floatDtype(null, 'x')).toBe('float64');
    expect(floatDtype(undefined, 'x')).toBe('float64');
  });
  it('a non-string dtype gets np.dtype\'s TypeError', () => {
    expect(() => floatDtype(5 as unknown as string, 'random')).toThrow(new TypeError("Cannot interpret '5' as a data type"));
  });
  it("intDtype: 'int' and undefined are the default int64 returned as numbers", () => {
    expect(intDtype(undefined, 'integers').name).toBe('int');
    expect(intDtype('int', 'integers').Out).toBe(Float64Array);
    expect(intDtype('i8', 'integers').Out).toBe(BigInt64Array);
  });
  it('RandomState.randint swaps a non-native byte order where Generator.integers refuses it', () => {
    expect(intDtype('>i4', 'randint').name).toBe('int32');
    expect(() => intDtype('>i4', 'integers')).toThrow(/non-native byteorder/);
  });
});
