// Bad and extreme Generator input found by the fuzz (issue 15): numpy 2.4.6's outcome for each,
// read from numpy (class, message, and whether it drew first).
import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown.js';
import { Generator, PCG64 } from '../../src/index.js';

const gen = (): Generator => new Generator(new PCG64(5));


const call = (m: string, ...a: unknown[]) => () => (gen() as unknown as Record<string, (...a: unknown[]) => unknown>)[m]!(...a);
const RANGE_53 = /exceeds 2\*\*53/;

describe('Generator: numpy\'s reading of bad arguments', () => {
  it('integers takes endpoint by Python truth ([] and {} false, NaN and [0] true)', () => {
    expect(thrown(call('integers', 0, null, 3, 'uint8', {}))).toEqual(['ValueError', 'high <= 0']);
    const x = gen();
    expect(Number(x.integers(0n, 1.0000000000000002, [], 'int32', [] as never) as never)).toBe(0);
    expect(x.bit_generator.random_raw()).toBe(gen().bit_generator.random_raw()); // nothing drawn
    expect(thrown(call('integers', 0, 2147483648, [], 'int32', NaN))).toEqual(['ValueError', 'high is out of bounds for int32']);
    expect(gen().integers(0, 5, null, 'int64', [0] as never)).toEqual(gen().integers(0, 5, null, 'int64', true));
  });

  it('choice: an integral number beyond 2**53 stands for a float', () => {
    expect(thrown(call('choice', 2 ** 62, [2], false))).toEqual(['ValueError', "a must be a sequence or an integer, not <class 'float'>"]);
  });

  it('hypergeometric converts to int64 arrays first, then casts each 0-d one', () => {
    expect(thrown(call('hypergeometric', 1, 5, '3', 0))).toEqual(['TypeError', 'an integer is required']);
    const intArg = "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'";
    expect(thrown(call('hypergeometric', null, 5, 3))).toEqual(['TypeError', intArg]);
    expect(thrown(call('hypergeometric', [null], 5, 3))).toEqual(['TypeError', intArg]);
    expect(thrown(call('hypergeometric', 'abc', 5, 3))).toEqual(['ValueError', "invalid literal for int() with base 10: 'abc'"]);
  });

  it('binomial and multinomial: counts beyond 2**53 refused (README), after numpy\'s own checks', () => {
    expect(thrown(call('binomial', 2 ** 62, 0.5))).toEqual(['RangeError', expect.stringMatching(RANGE_53)]);
    expect(thrown(call('binomial', [5, 2 ** 62], [0.5]))).toEqual(['RangeError', expect.stringMatching(RANGE_53)]);
    expect(thrown(call('multinomial', 2 ** 62, [0.5, 0.5]))).toEqual(['RangeError', expect.stringMatching(RANGE_53)]);
    expect(thrown(call('binomial', 2 ** 62, 1.5))).toEqual(['ValueError', 'p < 0, p > 1 or p is NaN']);
    expect(thrown(call('binomial', [5, 2 ** 62], [1.5]))).toEqual(['ValueError', 'p < 0, p > 1 or p contains NaNs']);
    expect(thrown(call('multinomial', 2 ** 62, [0.5, 2]))).toEqual(['ValueError', 'pvals < 0, pvals > 1 or pvals contains NaNs']);
  });

  it('multinomial converts n to int64 before it reads pvals, then casts a 0-d n', () => {
    expect(thrown(call('multinomial', '3', [0.5, 0.5]))).toEqual(['TypeError', 'an integer is required']);
    expect(thrown(call('multinomial', 1e20, [0.5, 2]))).toEqual(['OverflowError', 'Python int too large to convert to C long']);
    expect(thrown(call('multinomial', 'abc', [0.5]))).toEqual(['ValueError', "invalid literal for int() with base 10: 'abc'"]);
    expect(thrown(call('multinomial', 2 ** 62, 'a'))).toEqual(['ValueError', "could not convert string to float: 'a'"]);
    expect(gen().multinomial(2.5, [0.5, 0.5])).toEqual(gen().multinomial(2, [0.5, 0.5]));
  });

  it('multivariate_hypergeometric: -0 makes colors a float array', () => {
    expect(thrown(call('multivariate_hypergeometric', [1, -0], 1, 0))).toEqual(['ValueError',
      'colors must be a one-dimensional sequence of nonnegative integers not exceeding 9223372036854775807.']);
  });

  it('multivariate_normal: shapes checked before conversion; a None or str mean fails at mean + x, after drawing', () => {
    expect(thrown(call('multivariate_normal', [0], 'a'))).toEqual(['ValueError', 'cov must be 2 dimensional and square']);
    expect(thrown(call('multivariate_normal', 'a', [[1]]))).toEqual(['ValueError', 'mean must be 1 dimensional']);
    const x = gen();
    expect(thrown(() => x.multivariate_normal([1, null] as never, [[1, 0], [0, 1]]))).toEqual(['TypeError', "unsupported operand type(s) for +: 'NoneType' and 'float'"]);
    const y = gen();
    y.standard_normal(2);
    expect(x.bit_generator.random_raw()).toBe(y.bit_generator.random_raw()); // numpy drew the normals
    expect((gen().multivariate_normal([null] as never, [[1]], [3, 0]) as { shape: number[] }).shape).toEqual([3, 0, 1]);
    expect(thrown(call('multivariate_normal', ['a'], [[1]]))).toEqual(['UFuncTypeError',
      "ufunc 'add' did not contain a loop with signature matching types (dtype('<U1'), dtype('float64')) -> None"]);
    expect(thrown(call('multivariate_normal', [0], [[null]]))).toEqual(['LinAlgError', 'SVD did not converge']);
  });

  it('dirichlet: len(alpha), then a 1-d array of it; a bool size is operator.index(True)', () => {
    expect(thrown(call('dirichlet', null))).toEqual(['TypeError', "object of type 'NoneType' has no len()"]);
    expect(thrown(call('dirichlet', 1.5))).toEqual(['TypeError', "object of type 'float' has no len()"]);
    expect(thrown(call('dirichlet', 'abc'))).toEqual(['ValueError', 'object of too small depth for desired array']);
    expect(thrown(call('dirichlet', {}))).toEqual(['ValueError', 'object of too small depth for desired array']);
    expect((gen().dirichlet([0.5, 1], true as never) as { shape: number[] }).shape).toEqual([1, 2]);
  });

  it("multivariate_hypergeometric 'count' refuses a buffer numpy could not allocate either", () => {
    expect(thrown(call('multivariate_hypergeometric', [1e9, 1e9], 5, 1, 'count'))).toEqual(['MemoryError',
      "Insufficient memory for multivariate_hypergeometric with method='count' and sum(colors)=2000000000"]);
    expect((gen().multivariate_hypergeometric([1e9, 1e9], 0, 1, 'count') as { shape: number[] }).shape).toEqual([1, 2]);
  });

  it('integers: a high below int64 is refused as below low, even against an empty low', () => {
    expect(thrown(call('integers', [], -(2n ** 63n) - 1n, null, 'int64'))).toEqual(['ValueError', 'high <= 0']);
    expect(thrown(call('integers', [1], -(2n ** 63n) - 1n, null, 'int64'))).toEqual(['ValueError', 'low >= high']);
    expect(thrown(call('integers', [], -(2n ** 63n), null, 'int64'))).toEqual(['none', '']);
  });
});

describe('integers compares array bounds before casting them, as numpy does', () => {
  it.each([
    [-5e-324, [100], 'uint8', false, 'low is out of bounds for uint8'],
    [[0.5], 256.5, 'uint8', false, 'high is out of bounds for uint8'],
    [[0], [256.0], 'uint8', true, 'high is out of bounds for uint8'],
    [[-128.5], [5], 'int8', false, 'low is out of bounds for int8'],
    [[0], [65536.5], 'uint16', false, 'high is out of bounds for uint16'],
    [[-1e-300], [5], 'uint32', true, 'low is out of bounds for uint32'],
  ] as const)('integers(%j, %j, null, %s, %s) throws, drawing nothing', (lo, hi, dt, ep, msg) => {
    const g = gen();
    const before = JSON.stringify(g.bit_generator.state, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    expect(thrown(() => g.integers(lo as never, hi as never, null, dt, ep))).toEqual(['ValueError', msg]);
    expect(JSON.stringify(g.bit_generator.state, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).toBe(before);
  });
  it('a float inside the bounds still draws (numpy: [255.5] closed for uint8, [-0.5] for int8)', () => {
    expect(Array.from(gen().integers([0], [255.5], null, 'uint8', true) as Uint8Array)).toHaveLength(1);
    expect(Array.from(gen().integers([-0.5], [5], null, 'int8') as Int8Array)).toHaveLength(1);
  });
});

describe('integers: bounds no int64 holds, with an empty broadcast (numpy 2.4.6)', () => {
  it.each([
    [2n ** 128n, 'int32', ['OverflowError', 'Python int too large to convert to C long']],
    [2n ** 63n, 'int32', ['none', '']],
    [2n ** 63n, 'int64', ['ValueError', 'low is out of bounds for int64']],
    [2n ** 64n, 'uint64', ['ValueError', 'low is out of bounds for uint64']],
    [2n ** 63n - 1n, 'int64', ['none', '']],
  ] as const)('integers(%s, [], null, %s)', (lo, dt, want) => {
    expect(thrown(() => gen().integers(lo, [], null, dt))).toEqual(want);
  });
});

describe("shuffle of a str draws once before its item assignment fails, as numpy's loop does", () => {
  it.each(['abc', 'ab', 'a', ''])('%j', (s) => {
    const g = gen(), g0 = gen();
    const [cls] = thrown(() => g.shuffle(s as never));
    expect(cls).toBe(s.length > 1 ? 'TypeError' : 'none');
    // numpy's random_interval(len - 1) takes one 32-bit word here (seed 5: no rejection), as integers does
    if (s.length > 1) g0.integers(0, s.length);
    expect(g.random()).toBe(g0.random());
  });
});
