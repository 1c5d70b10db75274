// Bad RandomState input found by the fuzz (issue 15): numpy 2.4.6's outcome for each.
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown.js';
import { RandomState } from '../../src/index.js';


const call = (m: string, ...a: unknown[]) => () => (new RandomState(1) as unknown as Record<string, (...a: unknown[]) => unknown>)[m]!(...a);

describe('RandomState: numpy\'s reading of bad arguments', () => {
  it('uniform and triangular read 0-d parameters with PyFloat_AsDouble, whatever the size', () => {
    expect(thrown(call('uniform', '3', 1, [2, 3]))).toEqual(['TypeError', 'must be real number, not str']);
    expect(thrown(call('uniform', null, 1))).toEqual(['TypeError', 'must be real number, not NoneType']);
    expect(thrown(call('triangular', 0, 0.5, '1.5', 0))).toEqual(['TypeError', 'must be real number, not str']);
    expect(new RandomState(1).uniform([0], 1, 2)).toEqual(new RandomState(1).uniform(0, 1, 2));
  });

  it('multivariate_normal: a None or str mean fails at x += mean, after drawing', () => {
    const rs = new RandomState(1);
    expect(thrown(() => rs.multivariate_normal([null] as never, [[1]], [3, 0]))).toEqual(['UFuncTypeError',
      "Cannot cast ufunc 'add' output from dtype('O') to dtype('float64') with casting rule 'same_kind'"]);
    expect(rs.random_sample()).toBe(0.417022004702574); // numpy's next draw: nothing drawn for an empty sample
    const r2 = new RandomState(1);
    expect(thrown(() => r2.multivariate_normal([null] as never, [[1]], 1))[0]).toBe('UFuncTypeError');
    expect(r2.random_sample()).toBe(0.00011437481734488664); // one normal drawn first, as numpy does
    expect(thrown(call('multivariate_normal', ['a'], [[1]]))).toEqual(['UFuncTypeError',
      "ufunc 'add' did not contain a loop with signature matching types (dtype('float64'), dtype('<U1')) -> None"]);
    expect(thrown(call('multivariate_normal', [0], null))).toEqual(['ValueError', 'cov must be 2 dimensional and square']);
  });

  it('vonmises wraps an infinite mu into numpy\'s NaN, sign bit included', () => {
    const bits = (x: number): string => new BigUint64Array(Float64Array.of(x).buffer)[0]!.toString(16);
    expect(bits(new RandomState(1).vonmises(-Infinity, 3))).toBe('7ff8000000000000');
    expect(bits(new RandomState(1).vonmises(Infinity, 3))).toBe('fff8000000000000');
  });

  it('multinomial refuses an n beyond 2**53 (README), after numpy\'s checks', () => {
    expect(thrown(call('multinomial', 2n ** 62n, [0.5, 0.5]))).toEqual(['RangeError', expect.stringMatching(/exceeds 2\*\*53/)]);
    expect(thrown(call('multinomial', 2n ** 62n, [0.5, 2]))).toEqual(['ValueError', 'pvals < 0, pvals > 1 or pvals contains NaNs']);
  });

  it('dirichlet: len(alpha), then a 1-d array of it; a bool size is operator.index(True)', () => {
    expect(thrown(call('dirichlet', null))).toEqual(['TypeError', "object of type 'NoneType' has no len()"]);
    expect(thrown(call('dirichlet', 1.5))).toEqual(['TypeError', "object of type 'float' has no len()"]);
    expect(thrown(call('dirichlet', 'abc'))).toEqual(['ValueError', 'object of too small depth for desired array']);
    expect(thrown(call('dirichlet', {}))).toEqual(['ValueError', 'object of too small depth for desired array']);
    expect((new RandomState(1).dirichlet([0.5, 1], true as never) as { shape: number[] }).shape).toEqual([1, 2]);
  });

  it('binomial: an n of -0 is the C long 0', () => {
    const r = new RandomState(1).binomial([10, -0, 20], 0.9) as unknown as Float64Array;
    expect(Object.is(r[1], 0)).toBe(true);
  });

  it('binomial refuses a bigint n that a double would round (2**53 + 1)', () => {
    expect(thrown(call('binomial', 2n ** 53n + 1n, [1], [2, 3]))[0]).toBe('RangeError');
  });

  it('random_integers: int(high) of a 1-d array is a TypeError in numpy 2', () => {
    expect(thrown(call('random_integers', 5n, Float32Array.of(10), 3))).toEqual(['TypeError', 'only 0-dimensional arrays can be converted to Python scalars']);
  });
});
