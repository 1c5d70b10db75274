// Unit tests of RandomState distribution details the golden files cannot reach: the binomial
// setup cache shared with multinomial, C's (long) cast, parameters for which numpy's own loops
// never return, errors thrown before any draw, and the module-level facade.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import * as np from '../../src/index.js';
import { RandomState } from '../../src/index.js';
import { legacyBinomial, randomBinomial } from '../../src/legacy/distributions/binomial.js';
import { BinomialCache } from '../../src/legacy/distributions/binomial_cache.js';
import { toLong } from '../../src/legacy/distributions/long.js';
import { vonmisesNeverReturns } from '../../src/legacy/distributions/vonmises.js';
import { zipfNeverReturns } from '../../src/legacy/distributions/zipf.js';
import { exp, log, log1p } from '../../src/math/index.js';

/** A bit generator stand-in that hands out the given doubles. */
function doubles(...u: number[]): BitGenerator {
  let i = 0;
  return { next_double: () => u[i++] ?? 0.5 } as unknown as BitGenerator;
}

describe('binomial setup cache (numpy binomial_t, shared by binomial and multinomial)', () => {
  // legacy inversion caches exp(n log(1-p)), multinomial's random_binomial exp(n log1p(-p)); for
  // the first (n, p) where they differ, U equal to the larger one tells which setup was used
  const [n, p] = (() => {
    for (let k = 2; k < 60; k++) {
      for (const q of [0.1, 0.2, 0.3, 0.05, 0.15, 0.01, 0.07]) {
        if (exp(k * log(1 - q)) !== exp(k * log1p(-q)) && k * q <= 30) return [k, q];
      }
    }
    throw new Error('no differing setup found');
  })();
  const qnLegacy = exp(n * log(1 - p));
  const qnGenerator = exp(n * log1p(-p));
  const U = Math.max(qnLegacy, qnGenerator);
  const usedLegacy = qnLegacy >= qnGenerator ? 0 : 1;

  it('the two setups really differ here', () => {
    expect(qnLegacy).not.toBe(qnGenerator);
  });
  it('a fresh cache computes its own setup', () => {
    const x = randomBinomial(doubles(U, 0.0), p, n, new BinomialCache());
    expect(x).toBe(1 - usedLegacy);
  });
  it("a hit reuses the setup stored by the other sampler, as numpy's shared struct does", () => {
    const cache = new BinomialCache();
    legacyBinomial(doubles(0.5), p, n, cache);
    expect(randomBinomial(doubles(U, 0.0), p, n, cache)).toBe(usedLegacy);
  });
  it('a different (n, p) recomputes', () => {
    const cache = new BinomialCache();
    legacyBinomial(doubles(0.5), p, n + 1, cache);
    expect(randomBinomial(doubles(U, 0.0), p, n, cache)).toBe(1 - usedLegacy);
  });
  it('legacy binomial draws for n == 0 and p == 0, multinomial\'s binomial does not', () => {
    for (const [n, p] of [[0, 0.5], [10, 0.0]] as const) {
      let draws = 0;
      const bg = { next_double: () => { draws++; return 0.5; } } as unknown as BitGenerator;
      expect(legacyBinomial(bg, p, n, new BinomialCache())).toBe(0);
      expect(draws).toBe(1);
      expect(randomBinomial(bg, p, n, new BinomialCache())).toBe(0);
      expect(draws).toBe(1);
    }
  });
});

describe("C's (long) cast on x86-64", () => {
  it('truncates in range, gives INT64_MIN outside and for NaN', () => {
    expect(toLong(2.9)).toBe(2);
    expect(toLong(-2.9)).toBe(-2);
    expect(toLong(-(2 ** 63))).toBe(-(2 ** 63));
    expect(toLong(2 ** 63)).toBe(-(2 ** 63));
    expect(toLong(Infinity)).toBe(-(2 ** 63));
    expect(toLong(NaN)).toBe(-(2 ** 63));
    expect(toLong(2 ** 62)).toBe(2 ** 62);
  });
});

describe('parameters for which numpy never returns are refused before any draw', () => {
  it('zipf: a where 2^(a-1) overflows or a-1 is below ~2.3e-11', () => {
    expect(zipfNeverReturns(1025)).toBe(true);
    expect(zipfNeverReturns(Infinity)).toBe(true);
    expect(zipfNeverReturns(1 + 1e-12)).toBe(true);
    expect(zipfNeverReturns(1 + 2 ** -52)).toBe(true);
    expect(zipfNeverReturns(1024)).toBe(false);
    expect(zipfNeverReturns(1 + 1e-7)).toBe(false);
    expect(zipfNeverReturns(2)).toBe(false);
  });
  it('vonmises: kappa whose envelope rounds to 1 (about 1e17 and up) or overflows', () => {
    expect(vonmisesNeverReturns(1e16)).toBe(false);
    expect(vonmisesNeverReturns(1e17)).toBe(true);
    expect(vonmisesNeverReturns(1e300)).toBe(true);
    expect(vonmisesNeverReturns(Infinity)).toBe(true);
    expect(vonmisesNeverReturns(1e-9)).toBe(false);
  });
  for (const [name, call] of [
    ['zipf(1025)', (rs: RandomState) => rs.zipf(1025, 3)],
    ['zipf([2, 1 + 1e-12])', (rs: RandomState) => rs.zipf([2, 1 + 1e-12])],
    ['vonmises(0, 1e20)', (rs: RandomState) => rs.vonmises(0, 1e20)],
    ['vonmises([0, 1], [1, Infinity])', (rs: RandomState) => rs.vonmises([0, 1], [1, Infinity])],
  ] as const) {
    it(`${name} throws a ValueError and leaves the state alone`, () => {
      const rs = new RandomState(1);
      rs.standard_normal();
      const before = rs.get_state(false);
      expect(() => call(rs)).toThrow(/never returns/);
      expect(rs.get_state(false)).toEqual(before);
    });
  }
  it("numpy's own errors keep their precedence", () => {
    const rs = new RandomState(1);
    expect(() => rs.zipf([0.5, 1e300])).toThrow('a <= 1 or a contains NaNs');
    expect(() => rs.vonmises(0, -1)).toThrow('kappa < 0');
  });
});

describe('integer parameters beyond 2**53 are refused (results would not be exact numbers)', () => {
  it('binomial and hypergeometric', () => {
    const rs = new RandomState(1);
    expect(() => rs.binomial(2 ** 60, 0.5)).toThrow(RangeError);
    expect(() => rs.hypergeometric(2 ** 60, 1, 1)).toThrow(RangeError);
    expect(() => rs.binomial(new Float64Array([3]), 0.5)).toThrow(
      "Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
    expect(rs.get_state(false)).toEqual(new RandomState(1).get_state(false));
  });
});

describe('module-level functions', () => {
  const names = [
    'beta', 'binomial', 'chisquare', 'dirichlet', 'exponential', 'f', 'gamma', 'geometric', 'gumbel',
    'hypergeometric', 'laplace', 'logistic', 'lognormal', 'logseries', 'multinomial', 'multivariate_normal',
    'negative_binomial', 'noncentral_chisquare', 'noncentral_f', 'normal', 'pareto', 'poisson', 'power',
    'rayleigh', 'standard_cauchy', 'standard_exponential', 'standard_gamma', 'standard_t', 'triangular',
    'uniform', 'vonmises', 'wald', 'weibull', 'zipf',
  ];
  it('exist and draw from the seeded singleton like a RandomState with that seed', () => {
    const api = np as unknown as Record<string, (...a: unknown[]) => unknown>;
    for (const name of names) expect(typeof api[name], name).toBe('function');
    np.seed(42);
    const ref = new RandomState(42);
    expect(np.normal(1, 2, 3)).toEqual(ref.normal(1, 2, 3));
    expect(np.gamma(2.5, 1, 4)).toEqual(ref.gamma(2.5, 1, 4));
    expect(np.binomial(10, 0.3, 5)).toEqual(ref.binomial(10, 0.3, 5));
    expect(np.dirichlet([1, 2], 2)).toEqual(ref.dirichlet([1, 2], 2));
    expect(np.get_state(false)).toEqual(ref.get_state(false));
  });
});
