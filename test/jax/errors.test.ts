// Bad input: JAX's error classes and messages, thrown before anything is drawn.
import { afterEach, describe, expect, it } from 'vitest';
import { IndexError, OverflowError, ValueError } from '../../src/core/errors.js';
import * as J from '../../src/jax/index.js';

const { key, config } = J;
afterEach(() => config.reset());

const k = key(0);
const keys = J.split(k, 2);

describe('keys given to samplers', () => {
  const fns: [string, (kk: J.Key) => unknown][] = [
    ['uniform', (kk) => J.uniform(kk)], ['normal', (kk) => J.normal(kk)], ['bits', (kk) => J.bits(kk)],
    ['randint', (kk) => J.randint(kk, [2], 0, 3)], ['bernoulli', (kk) => J.bernoulli(kk)],
    ['permutation', (kk) => J.permutation(kk, 3)], ['choice', (kk) => J.choice(kk, 3)],
    ['gamma', (kk) => J.gamma(kk, 1)], ['poisson', (kk) => J.poisson(kk, 1)], ['fold_in', (kk) => J.fold_in(kk, 1)],
    ['split', (kk) => J.split(kk)], ['exponential', (kk) => J.exponential(kk)], ['truncated_normal', (kk) => J.truncated_normal(kk, 0, 1)],
  ];
  it.each(fns)('%s rejects a batch of keys and non-uint32 data', (name, f) => {
    expect(() => f(keys)).toThrow(new ValueError(`${name} accepts a single key, but was given a key array of shape (2,) != (). Use jax.vmap for batching.`));
    expect(() => f(Int32Array.of(0, 0) as never)).toThrow(
      new TypeError('JAX encountered invalid PRNG key data: expected key_data.dtype = uint32; got dtype=int32'));
    expect(() => f(Uint32Array.of(0, 0, 0, 0) as never)).toThrow(TypeError);
  });

  it('key_data accepts batches', () => {
    expect(J.key_data(keys).shape).toEqual([2, 2]);
    expect(() => J.key_data(Uint32Array.of(1) as never)).toThrow('expected key_data.shape to end with (2,); got shape=(1,)');
  });
});

describe('shapes and dtypes', () => {
  it('negative and non-integer shape entries', () => {
    expect(() => J.uniform(k, [2, -1])).toThrow(new TypeError('iota shape must have every element be nonnegative, got (2, -1).'));
    expect(() => J.normal(k, [-3])).toThrow(TypeError);
    expect(() => J.split(k, -2)).toThrow(TypeError);
    expect(() => J.uniform(k, [2.5])).toThrow(new TypeError('Shapes must be 1D sequences of concrete values of integer type, got (2.5,).'));
    expect(() => J.uniform(k, 'a' as never)).toThrow('Shapes must be 1D sequences of concrete values of integer type, got a.');
  });

  it('dtype checks', () => {
    expect(() => J.uniform(k, [2], 'int32')).toThrow(new ValueError('dtype argument to `uniform` must be a float dtype, got int32'));
    expect(() => J.normal(k, [2], 'int32')).toThrow(new ValueError('dtype argument to `normal` must be a float or complex dtype, got int32'));
    expect(() => J.exponential(k, [2], 'uint8')).toThrow('dtype argument to `exponential` must be a float dtype, got uint8');
    expect(() => J.randint(k, [2], 0, 3, 'float32')).toThrow(new TypeError('randint only accepts integer dtypes, got float32'));
    expect(() => J.gamma(k, 1, [2], 'int32')).toThrow('dtype argument to `gamma` must be a float dtype, got int32');
  });

  it('parameter shapes must broadcast to shape', () => {
    expect(() => J.bernoulli(k, [[0.1, 0.2], [0.3, 0.4]], [2])).toThrow(new ValueError(
      'bernoulli parameter shapes must be broadcast-compatible with shape argument, and the result of broadcasting the shapes must equal the shape argument, but got result (2, 2) for shape argument (2,).'));
    expect(() => J.bernoulli(k, [0.1, 0.2, 0.3], [2])).toThrow(new ValueError('Incompatible shapes for broadcasting: shapes=[(2,), (3,)]'));
    expect(() => J.randint(k, [2], [0, 0, 0], 5)).toThrow(ValueError);
    expect(() => J.gamma(k, [1, 2, 3], [2])).toThrow(ValueError);
    expect(() => J.uniform(k, [2], undefined, [0, 0, 0])).toThrow(TypeError);
  });

  it('modes and methods', () => {
    expect(() => J.bernoulli(k, 0.5, [2], 'mid' as never)).toThrow(new ValueError("got mode='mid', expected 'high' or 'low'"));
    expect(() => J.gumbel(k, [2], undefined, 'mid' as never)).toThrow('Must provide valid mode for gumbel got: mid');
    expect(() => J.gamma(k, 1, [2], undefined, 'fast')).toThrow("method argument to `gamma` must be one of {'exact', 'approximate'}, got 'fast'");
    expect(() => J.poisson(k, 1, [2], undefined, 'fast')).toThrow("method argument to `poisson` must be one of {'exact', 'approximate'}, got 'fast'");
  });
});

describe('choice, permutation, dirichlet, multivariate_normal', () => {
  it('choice', () => {
    expect(() => J.choice(k, 3, [2], true, [0.5, 0.5])).toThrow(new ValueError(
      'p must be None or a 1D vector with the same size as a.shape[axis]. p has shape (2,) and a.shape[axis] is 3.'));
    expect(() => J.choice(k, 3, [4], false)).toThrow(new ValueError(
      "Cannot take a larger sample (size 4) than population (size 3) when 'replace=False'"));
    expect(() => J.choice(k, 0, [1])).toThrow(new ValueError('a must be greater than 0 unless no samples are taken'));
    expect(() => J.choice(k, 3, 2 as never)).toThrow(new TypeError('shape argument of jax.random.choice must be a sequence, got 2'));
    expect(() => J.choice(k, [[1, 2]], [1], true, null, 2)).toThrow(IndexError);
  });

  it('permutation', () => {
    expect(() => J.permutation(k, 2.5)).toThrow(new TypeError('x must be an integer or at least 1-dimensional'));
    expect(() => J.permutation(k, [1, 2, 3], 1)).toThrow(IndexError);
  });

  it('dirichlet and multivariate_normal', () => {
    expect(() => J.dirichlet(k, 1)).toThrow(new ValueError('dirichlet requires alpha.ndim >= 1, got alpha.ndim == 0'));
    expect(() => J.multivariate_normal(k, 1, [[1]])).toThrow(new ValueError('multivariate_normal requires mean.ndim >= 1, got mean.ndim == 0'));
    expect(() => J.multivariate_normal(k, [1], [1])).toThrow(new ValueError('multivariate_normal requires cov.ndim >= 2, got cov.ndim == 1'));
    expect(() => J.multivariate_normal(k, [1, 2], [[1]])).toThrow(new ValueError(
      'multivariate_normal requires cov.shape == (..., n, n) for n=2, but got cov.shape == (1, 1).'));
  });
});

describe('seeds', () => {
  it('OverflowError outside int64', () => {
    expect(() => J.PRNGKey(2n ** 64n)).toThrow(new OverflowError('Python int too large to convert to C long'));
    expect(() => J.PRNGKey(2 ** 63)).toThrow(OverflowError);
    expect(() => J.PRNGKey(Number.NaN)).toThrow(TypeError);
  });
});
