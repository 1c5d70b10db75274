// Extremes from numpy's tests finish quickly and sensibly; bad parameters throw before any draw.
import { describe, expect, it } from 'vitest';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { POISSON_LAM_MAX } from '../../src/core/constraints.js';
import { Generator } from '../../src/generator/generator.js';
import { mtKeyHash } from './dist_replay.js';

const fresh = () => new Generator(new MT19937(1234));
const snapshot = (g: Generator) => `${(g.bit_generator as MT19937).state.state.pos}/${mtKeyHash(g.bit_generator as MT19937)}`;

/** Runs fn and asserts it finishes within `ms` milliseconds (generous: the machine may be loaded). */
function quick<T>(fn: () => T, ms = 2000): T {
  const t0 = performance.now();
  const v = fn();
  expect(performance.now() - t0).toBeLessThan(ms);
  return v;
}

describe('extreme parameters finish quickly', () => {
  const g = fresh();
  it('gamma: tiny and huge shapes, zero shape and scale', () => {
    const tiny = quick(() => g.standard_gamma(1e-300, 1000)) as Float64Array;
    expect(tiny.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
    const huge = quick(() => g.standard_gamma(1e300, 100)) as Float64Array;
    expect(huge.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    expect(g.gamma(0, 0)).toBe(0);
    expect(g.standard_gamma(0)).toBe(0);
  });
  it('beta: tiny parameters give 0 or 1 without looping', () => {
    const b = quick(() => g.beta(1e-200, 1e-200, 1000)) as Float64Array;
    expect(b.every((v) => v === 0 || v === 1)).toBe(true);
    const c = quick(() => g.beta(1e-5, 1e-5, 1000)) as Float64Array;
    expect(c.every((v) => v >= 0 && v <= 1)).toBe(true);
  });
  it('binomial: p = 0 and 1, n = 0, huge n', () => {
    expect(Array.from(g.binomial(10, 0, 5) as Float64Array)).toEqual([0, 0, 0, 0, 0]);
    expect(Array.from(g.binomial(10, 1, 5) as Float64Array)).toEqual([10, 10, 10, 10, 10]);
    expect(g.binomial(0, 0.5)).toBe(0);
    const big = quick(() => g.binomial(2 ** 50, 0.5, 100)) as Float64Array;
    expect(big.every((v) => Math.abs(v - 2 ** 49) < 1e9)).toBe(true);
  });
  it('poisson: lam = 0 draws nothing, lam near the maximum is fast', () => {
    const before = snapshot(g);
    expect(g.poisson(0)).toBe(0);
    expect(snapshot(g)).toBe(before);
    const p = quick(() => g.poisson(POISSON_LAM_MAX, 100)) as Float64Array;
    expect(p.every((v) => Math.abs(v - POISSON_LAM_MAX) < 1e11)).toBe(true);
  });
  it('vonmises: tiny, large and huge kappa stay in [-pi, pi]', () => {
    for (const kappa of [0, 1e-12, 1e-7, 1e5, 1e6, 1e7, 1e300]) {
      const v = quick(() => g.vonmises(3.1, kappa, 500)) as Float64Array;
      expect(v.every((x) => x >= -Math.PI && x <= Math.PI), `kappa ${kappa}`).toBe(true);
    }
    expect(g.vonmises(0, NaN)).toBeNaN();
  });
  it('geometric, zipf, logseries, negative_binomial, hypergeometric extremes', () => {
    expect(Array.from(g.geometric(1, 3) as Float64Array)).toEqual([1, 1, 1]);
    expect(g.geometric(1e-30)).toBe(2n ** 63n - 1n); // numpy's INT64_MAX clamp, as a bigint (README)
    expect(Array.from(quick(() => g.zipf(1e4, 10)) as Float64Array)).toEqual(new Array(10).fill(1));
    const z = quick(() => g.zipf(1.0000000000001, 100)) as Float64Array;
    expect(z.every((v) => v >= 1)).toBe(true);
    expect(g.logseries(0)).toBe(1);
    const l = quick(() => g.logseries(1 - 1e-10, 100)) as Float64Array;
    expect(l.every((v) => v >= 1)).toBe(true);
    quick(() => g.negative_binomial(1e10, 0.999, 100));
    quick(() => g.hypergeometric(10 ** 9 - 1, 10 ** 9 - 1, 10 ** 9, 100));
    const h = g.hypergeometric(5, 0, 3, 4) as Float64Array;
    expect(Array.from(h)).toEqual([3, 3, 3, 3]);
  });
  it('dirichlet with all zeros is zeros, small alphas sum to one', () => {
    expect(Array.from(g.dirichlet([0, 0, 0]))).toEqual([0, 0, 0]);
    const d = g.dirichlet([1e-3, 2e-3, 5e-3], 50);
    for (let i = 0; i < 50; i++) expect(Math.abs(d[3 * i]! + d[3 * i + 1]! + d[3 * i + 2]! - 1)).toBeLessThan(1e-12);
  });
});

describe('bad parameters throw before drawing', () => {
  const bad: [string, (g: Generator) => unknown][] = [
    ['normal scale < 0', (g) => g.normal(0, [1, -1])],
    ['uniform range', (g) => g.uniform(0, Infinity)],
    ['binomial p', (g) => g.binomial(10, 1.5, 10)],
    ['poisson lam', (g) => g.poisson([1, -1])],
    ['negative_binomial lam', (g) => g.negative_binomial(1e19, 0.01)],
    ['hypergeometric limit', (g) => g.hypergeometric(10 ** 9, 1, 1)],
    ['triangular', (g) => g.triangular(1, 0, 2)],
    ['multinomial sum', (g) => g.multinomial(10, [0.7, 0.7, 0.1])],
    ['mvhg', (g) => g.multivariate_hypergeometric([1, 2], 5)],
    ['dirichlet', (g) => g.dirichlet([1, -1])],
    ['standard_gamma dtype', (g) => g.standard_gamma(1, 3, 'int32' as never)],
    ['standard_normal out type', (g) => g.standard_normal(null, 'float64', new Float32Array(3))],
  ];
  for (const [name, fn] of bad) {
    it(name, () => {
      const g = fresh();
      g.standard_normal(3); // some history first
      const before = snapshot(g);
      expect(() => fn(g)).toThrow();
      expect(snapshot(g)).toBe(before);
    });
  }
});

describe('float32 outputs and out=', () => {
  it('returns Float32Array for float32 dtypes and fills out in place', () => {
    const g = fresh();
    expect(g.standard_normal(4, 'float32')).toBeInstanceOf(Float32Array);
    expect(g.standard_exponential(4, 'float32', 'inv')).toBeInstanceOf(Float32Array);
    expect(g.standard_gamma(2.5, 4, 'float32')).toBeInstanceOf(Float32Array);
    const out = new Float64Array(6);
    const r = g.standard_gamma([0.5, 2.5, 1.0], undefined, undefined, Object.assign(out, { shape: [2, 3] }));
    expect(r).toBe(out);
    expect(out.every((v) => v > 0)).toBe(true);
    expect(typeof g.standard_normal()).toBe('number');
  });
});
