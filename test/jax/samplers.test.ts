// jax.random samplers against the values pinned in JAX's own tests and docs (the map, section 4).
// Floats printed by JAX with ~6 digits are compared digit for digit (toPrecision of the same length);
// values JAX printed in full (export back-compat data, doctests, the 4h transcript) bit for bit.
import { afterEach, describe, expect, it } from 'vitest';
import * as J from '../../src/jax/index.js';
import { powf } from '../../src/math/powf.js';
import { fmaf } from '../../src/math/fmaf.js';
import { xlaLog1pf, xlaLogf } from '../../src/jax/xla_math.js';

const { config, key, PRNGKey, split } = J;
const A = (x: ArrayLike<number | bigint>): (number | bigint)[] => Array.from(x);
const N = (x: ArrayLike<number | bigint>): number[] => Array.from(x, Number);
const legacy = (): void => config.update('jax_threefry_partitionable', false);
afterEach(() => config.reset());

/** numpy's print of a float32 at precision 6: the shortest repr, cut to 6 decimals if longer. */
function printed(v: number): number {
  let sh = '';
  for (let p = 1; p <= 9; p++) {
    sh = v.toPrecision(p);
    if (Math.fround(Number(sh)) === v) break;
  }
  const dec = (String(Number(sh)).split('.')[1] ?? '').length;
  return dec <= 6 ? Number(sh) : Number(v.toFixed(6));
}

/**
 * Every printed digit of JAX's pin, except at `stale` indices (pins from before a JAX or XLA change,
 * see README), which must agree to `rtol`.
 */
function digits(got: ArrayLike<number>, want: number[], stale: number[] = [], rtol = 0): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++) {
    if (stale.includes(i)) {
      expect(Math.abs(got[i]! - want[i]!) / Math.abs(want[i]!)).toBeLessThan(rtol);
      expect(printed(got[i]!)).not.toBe(want[i]);
    } else {
      expect(printed(got[i]!)).toBe(want[i]);
    }
  }
}

describe('uniform', () => {
  it('partitionable pins (doctests and derived values), bit for bit', () => {
    expect(J.uniform(key(0))[0]).toBe(0.9476670026779175);
    const [k, sub] = [split(key(0)).subarray(0, 2), split(key(0)).subarray(2, 4)];
    expect(k.length).toBe(2);
    expect(J.uniform(sub as J.Key)[0]!.toPrecision(6)).toBe('0.00729382');
    expect(A(J.uniform(key(0), [5]))).toEqual([0.9476670026779175, 0.9785798788070679, 0.33229148387908936, 0.46866846084594727, 0.569888710975647]);
    const u = J.uniform(key(0), [5]);
    expect(u).toBeInstanceOf(Float32Array);
    expect(u.shape).toEqual([5]);
  });

  it('minval/maxval doctests (2 decimals)', () => {
    const fix = (x: Float32Array | Float64Array): string[] => Array.from(x, (v) => v.toFixed(2));
    expect(fix(J.uniform(key(42), [3, 3], undefined, -10, 10))).toEqual(['-0.23', '3.60', '2.33', '1.22', '-0.99', '1.72', '-8.50', '5.50', '3.98']);
    expect(fix(J.uniform(key(42), [3, 3], undefined, -5, 5))).toEqual(['-0.11', '1.80', '1.16', '0.61', '-0.49', '0.86', '-4.25', '2.75', '1.99']);
    expect(fix(J.uniform(key(1), [3, 3], undefined, -5, 5))).toEqual(['-0.61', '0.34', '-0.54', '-0.62', '3.97', '0.59', '4.84', '3.42', '-1.14']);
  });

  it('legacy export back-compat data (CUDA and ROCm), bit for bit', () => {
    legacy();
    const f = (v: number[]): number[] => v.map(Math.fround);
    expect(A(J.uniform(J.wrap_key_data(Uint32Array.of(42, 43)), [2, 4]))).toEqual(
      f([0.42591238, 0.076994896, 0.44370103, 0.72904015, 0.17879379, 0.81439507, 0.0019190311, 0.68608475]));
    expect(A(J.uniform(J.wrap_key_data(Uint32Array.of(0, 42)), [2, 4]))).toEqual(
      f([0.6878003, 0.599579, 0.2652017, 0.24115169, 0.76292205, 0.28484797, 0.040389538, 0.0032066107]));
    digits(J.uniform(key(1338574713), [5]), [0.298671, 0.073213, 0.873356, 0.260549, 0.412797]);
  });

  it('float64 in x64 mode, both layouts', () => {
    config.update('jax_enable_x64', true);
    const u = J.uniform(key(0), [3]);
    expect(u).toBeInstanceOf(Float64Array);
    expect(A(u)).toEqual([0.41845711171638644, 0.21629545460551136, 0.9653214611189975]);
    legacy();
    expect(A(J.uniform(key(0), [3], 'float64'))).toEqual([0.5745005337275046, 0.0996860909733377, 0.7419659489424089]);
  });

  it('float64 requested without x64 gives float32; minval is a floor', () => {
    expect(J.uniform(key(0), [2], 'float64')).toBeInstanceOf(Float32Array);
    const u = J.uniform(key(3), [1000], undefined, 2, 2);
    expect(u.every((v) => v === 2)).toBe(true);
    const v = J.uniform(key(3), [2, 3], undefined, [0, 10, 20], 30);
    expect(v[1]! >= 10 && v[2]! >= 20 && v[4]! >= 10).toBe(true);
  });
});

describe('integer samplers', () => {
  it('randint pins', () => {
    expect(A(J.randint(key(0), [5], 0, 10))).toEqual([9, 0, 2, 3, 1]);
    legacy();
    expect(A(J.randint(key(0), [3, 3], 0, 8, 'int32'))).toEqual([2, 1, 3, 6, 1, 5, 6, 3, 4]);
    expect(A(J.randint(key(1319372649), [5], 0, 10, 'int32'))).toEqual([0, 5, 7, 7, 5]);
    config.update('jax_enable_x64', true);
    const r = J.randint(key(0), [3, 3], 0, 8, 'int64');
    expect(r).toBeInstanceOf(BigInt64Array);
    expect(A(r)).toEqual([7n, 2n, 6n, 2n, 1n, 0n, 6n, 7n, 7n]);
  });

  it('randint: span rules (maxval <= minval, out-of-range maxval, narrow dtypes, full range)', () => {
    expect(A(J.randint(key(5), [4], 3, 3)).every((v) => v === 3)).toBe(true);
    expect(A(J.randint(key(5), [4], 7, 2)).every((v) => v === 7)).toBe(true);
    const u8 = J.randint(key(5), [2000], 0, 256, 'uint8');
    expect(u8).toBeInstanceOf(Uint8Array);
    expect(Math.max(...N(u8))).toBe(255);
    const i8 = J.randint(key(6), [2000], -1000, 1000, 'int8');
    expect(Math.min(...N(i8))).toBe(-128);
    expect(Math.max(...N(i8))).toBe(127);
    // The same draw as an int32 sample of the clipped range [-128, 128).
    expect(A(i8)).toEqual(A(J.randint(key(6), [2000], -128, 128, 'int32')));
    const full = J.randint(key(7), [3], -(2 ** 31), 2 ** 31 - 1, 'int32');
    const b = J.bits(split(key(7)).subarray(2, 4) as J.Key, [3]);
    // span 2^32 - 1: mult = (2^16 % s)^2 % s is 2^32 in uint32 arithmetic, which wraps to 0, so only
    // the low draw counts: ((hi % s) * 0 + lo % s) % s.
    const s = 2 ** 32 - 1;
    expect(A(full)).toEqual(A(b).map((l) => (Number(l) % s) - 2 ** 31));
  });

  it('bernoulli pins, low and high modes', () => {
    expect(A(J.bernoulli(key(0), 0.5, [5]))).toEqual([0, 0, 1, 1, 0]);
    legacy();
    expect(A(J.bernoulli(key(1612777541), 0.5, [5]))).toEqual([0, 1, 1, 1, 0]);
    const hi = J.bernoulli(key(2), 0.25, [4000], 'high');
    const frac = hi.reduce((a, v) => a + v, 0) / 4000;
    expect(frac).toBeGreaterThan(0.22);
    expect(frac).toBeLessThan(0.28);
    expect(J.bernoulli(key(2), [0.1, 0.9]).shape).toEqual([2]);
  });

  it('rademacher pin', () => {
    legacy();
    expect(A(J.rademacher(key(1719994501), [5], 'int32'))).toEqual([-1, -1, -1, -1, 1]);
  });

  it('permutation: pin, rounds, arrays, axis, independent', () => {
    expect(A(J.permutation(key(0), 10))).toEqual([0, 1, 8, 5, 6, 4, 3, 2, 7, 9]);
    // n = 2000 needs 2 sort rounds; the result is still a permutation
    const p = J.permutation(key(1), 2000);
    expect(N(p).sort((a, b) => a - b)).toEqual(Array.from({ length: 2000 }, (_, i) => i));
    const x = Object.assign(Float32Array.from({ length: 12 }, (_, i) => i), { shape: [3, 4] });
    const ord = N(J.permutation(key(0), 3));
    const rows = J.permutation(key(0), x);
    expect(rows.shape).toEqual([3, 4]);
    for (let r = 0; r < 3; r++) expect(A(rows.subarray(4 * r, 4 * r + 4))).toEqual(A(x.subarray(4 * ord[r]!, 4 * ord[r]! + 4)));
    const cols = J.permutation(key(0), x, 1);
    const o4 = J.permutation(key(0), 4);
    expect(A(cols.subarray(0, 4))).toEqual(A(o4).map((j) => x[Number(j)]));
    const ind = J.permutation(key(0), x, 1, true);
    for (let r = 0; r < 3; r++) expect([...ind.subarray(4 * r, 4 * r + 4)].sort((a, b) => Number(a) - Number(b))).toEqual(A(x.subarray(4 * r, 4 * r + 4)));
    // a 1-d array is shuffled directly (the same order as permutation(n))
    expect(A(J.permutation(key(0), [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]))).toEqual([10, 11, 18, 15, 16, 14, 13, 12, 17, 19]);
  });

  it('choice without p: randint / permutation prefix', () => {
    expect(A(J.choice(key(0), 10, [5]))).toEqual(A(J.randint(key(0), [5], 0, 10)));
    expect(A(J.choice(key(0), 10, [3], false))).toEqual([0, 1, 8]);
    const arr = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
    expect(A(J.choice(key(0), arr, [3], false))).toEqual([5, 6, 13]);
    expect(J.choice(key(0), 5, [0]).length).toBe(0);
  });

  it('choice with p', () => {
    const c = J.choice(key(3), 4, [2000], true, [0.1, 0.2, 0.3, 0.4]);
    const counts = [0, 0, 0, 0];
    for (const v of c) counts[Number(v)]!++;
    expect(counts[3]! > counts[0]!).toBe(true);
    const nr = J.choice(key(3), 4, [4], false, [0.1, 0.2, 0.3, 0.4]);
    expect([...nr].sort()).toEqual([0, 1, 2, 3]);
    expect(J.choice(key(3), 4, [2], true, [0, 0, 1, 0]).every((v) => v === 2)).toBe(true);
  });

  it('x64 mode: default int results are int64', () => {
    config.update('jax_enable_x64', true);
    const p = J.permutation(key(0), 10);
    expect(p).toBeInstanceOf(BigInt64Array);
    expect(A(p)).toEqual([0n, 1n, 8n, 5n, 6n, 4n, 3n, 2n, 7n, 9n]);
    expect(J.choice(key(0), 10, [3])).toBeInstanceOf(BigInt64Array);
    expect(A(J.choice(key(0), 10, [3]))).toEqual(A(J.randint(key(0), [3], 0, 10)));
    expect(J.categorical(key(1), [0, 1])).toBeInstanceOf(BigInt64Array);
    expect(J.poisson(key(1), 3, [2])).toBeInstanceOf(BigInt64Array);
    expect(J.rademacher(key(1), [2])).toBeInstanceOf(BigInt64Array);
  });

  it('categorical picks argmax(gumbel + logits)', () => {
    const c = J.categorical(key(1), [-10, 10, -10]);
    expect(A(c)).toEqual([1]);
    const b = J.categorical(key(1), [[0, 0, 50], [50, 0, 0]], -1);
    expect(A(b)).toEqual([2, 0]);
    expect(J.categorical(key(1), [0, 1], -1, [7]).shape).toEqual([7]);
  });

  it('poisson pins (Knuth) and the rejection branch', () => {
    legacy();
    expect(A(J.poisson(key(1349191556), 5, [5]))).toEqual([7, 3, 6, 11, 6]);
    const big = J.poisson(key(9), 50, [3000]);
    const mean = N(big).reduce((a, v) => a + v, 0) / 3000;
    expect(Math.abs(mean - 50)).toBeLessThan(0.5);
    expect(A(J.poisson(key(9), [0, 0]))).toEqual([0, 0]);
  });
});

describe('transcendental samplers: every printed digit of the legacy pins', () => {
  const cases: [string, () => Float32Array | Float64Array, number[], number[]?, number?][] = [
    ['normal', () => J.normal(key(1193674498), [5]), [-1.173234, -1.511662, 0.070593, -0.099764, 1.052845]],
    ['exponential', () => J.exponential(key(1942292768), [5]), [0.526067, 0.043046, 0.039932, 0.46427, 0.123886]],
    ['gumbel', () => J.gumbel(key(1179715317), [5]), [2.06701, 0.911726, 0.145736, 0.185427, -0.00711]],
    ['gamma', () => J.gamma(key(1038747260), 0.8, [5]), [0.824221, 1.724476, 0.502882, 5.386132, 0.685543]],
    ['beta', () => J.beta(key(923534869), 0.8, 0.9, [5]), [0.13259, 0.824893, 0.948363, 0.964155, 0.235448]],
    ['dirichlet', () => J.dirichlet(key(1590822961), [0.5, 0.6, 0.7], [2]), [0.003128, 0.009694, 0.987178, 0.025938, 0.479091, 0.494971]],
    ['laplace', () => J.laplace(key(1291781963), [5]), [0.578939, -0.204902, 0.555733, 0.911053, -0.96456]],
    ['loggamma', () => J.loggamma(key(1440221118), 0.8, [5]), [0.240559, -3.575443, -0.450946, -2.161372, -2.943277]],
    ['pareto', () => J.pareto(key(1192560388), 0.5, [5]), [2.751398, 1.281863, 87.85448, 1.254542, 2.824487]],
    ['truncated_normal', () => J.truncated_normal(key(2846034731), 0, 2, [5]), [0.582807, 1.709771, 0.159513, 0.861376, 0.36148]],
    ['weibull_min', () => J.weibull_min(key(1921059088), 1, 1, [5]), [1.605863, 0.841809, 0.224218, 0.4826, 0.027901]],
    // Rows whose pins JAX itself has not checked since 2023 and that differ in the last printed digit:
    // logistic's formula changed in 2025 (log(x) - log1p(-x) replaced log(x / (1 - x)));
    // the others depend on tan, or on normals in the float32 tails where 2023's XLA rounded differently.
    ['logistic', () => J.logistic(key(1466238935), [5]), [0.19611, -1.709053, -0.274093, -0.208322, -1.675489], [1, 2, 3, 4], 5e-6],
    ['double_sided_maxwell', () => J.double_sided_maxwell(key(3634826421), 1, 2, [5]), [-2.408914, -3.370437, 3.235352, -0.907734, -1.708732], [0, 1], 1e-6],
    ['multivariate_normal', () => J.multivariate_normal(key(3497659512), [[1, 1, 1]], [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [2]), [1.067826, 1.215599, 0.234166, -0.237534, 1.32591, 1.413987], [0, 5], 1e-6],
    ['maxwell', () => J.maxwell(key(1331627891), [5]), [3.070779, 0.908479, 1.521317, 0.875551, 1.306137], [0], 1e-6],
    ['cauchy (JAX: rtol 1e-5)', () => J.cauchy(key(1175914230), [5]), [-0.088416, -10.169713, 3.49677, -1.18056, 0.34556], [1, 2, 3, 4], 1e-5],
  ];
  it.each(cases)('%s', (_name, draw, want, stale = [], rtol = 0) => {
    legacy();
    digits(draw(), want, stale, rtol);
  });

  it('gumbel mode high: -log(-log1p(-x)) of a uniform refined by a second draw below 0.5', () => {
    const g = J.gumbel(key(4), [3000], undefined, 'high');
    const u = J.uniform(key(4), [2, 3000]);
    let low = 0;
    for (let i = 0; i < 3000; i++) {
      const hi = u[i]!;
      if (hi < 0.5) low++;
      const x = hi >= 0.5 ? hi : Math.fround(fmaf(2 ** -23, u[3000 + i]!, hi) + 2 ** -47);
      expect(g[i]).toBe(Math.fround(-xlaLogf(-xlaLog1pf(-x, true), true)));
    }
    expect(low).toBeGreaterThan(1000);
  });

  it('weibull_min: a number concentration divides in double, an array in float32; parameters broadcast', () => {
    const a = J.weibull_min(key(2), 1, 0.3, [4]);
    const b = J.weibull_min(key(2), 1, Float32Array.of(0.3), [4]);
    const e = J.exponential(key(2), [4]);
    for (let i = 0; i < 4; i++) {
      expect(a[i]).toBe(Math.fround(powf(e[i]!, Math.fround(1 / 0.3))));
      expect(b[i]).toBe(Math.fround(powf(e[i]!, Math.fround(1 / Math.fround(0.3)))));
    }
    expect(J.weibull_min(key(2), [1, 2, 3], 1).shape).toEqual([3]);
  });

  it('loggamma NaN corner case', () => {
    legacy();
    digits(J.loggamma(J.wrap_key_data(Uint32Array.of(3200590325, 713258242)), 0.0), [-4.595436]);
  });

  it('the FMA default is the one the gamma and loggamma pins need', () => {
    legacy();
    config.update('xla_fma', false);
    expect(J.gamma(key(1038747260), 0.8, [5])[3]!.toPrecision(7)).toBe('5.386130');
    expect(J.loggamma(key(1440221118), 0.8, [5])[4]!.toPrecision(7)).toBe('-2.943276');
  });

  it('normal: full-precision transcript values (4h) and the legacy quickstart numbers', () => {
    legacy();
    let k = PRNGKey(12);
    const got: number[] = [];
    for (let i = 0; i < 3; i++) {
      const s = split(k);
      k = s.subarray(0, 2) as J.Key;
      got.push(J.normal(s.subarray(2, 4) as J.Key)[0]!);
    }
    expect(got).toEqual([0.735927939414978, 1.810187578201294, 0.11553369462490082]);
    expect(A(J.normal(key(0), [10]))).toEqual([-0.3721109, 0.26423115, -0.18252768, -0.7368197, -0.44030377, -0.1521442, -0.67135346, -0.5908641, 0.73168886, 0.5673026].map(Math.fround));
  });

  it('float64 samplers run in x64 mode', () => {
    config.update('jax_enable_x64', true);
    const n = J.normal(key(0), [4000]);
    expect(n).toBeInstanceOf(Float64Array);
    const mean = N(n).reduce((a, v) => a + v, 0) / n.length;
    expect(Math.abs(mean)).toBeLessThan(0.06);
    expect(J.gamma(key(0), 2.5, [3])).toBeInstanceOf(Float64Array);
    const t = J.truncated_normal(key(1), -1, 1, [2000]);
    expect(t.every((v) => v > -1 && v < 1)).toBe(true);
    const e = J.exponential(key(2), [2000]);
    expect(e.every((v) => v >= 0)).toBe(true);
  });
});
