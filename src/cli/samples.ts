// Sample arguments for every method, valid in numpy and here: the calls `numpy-random check`
// compares with numpy and the engine conformance bundle runs on every engine. Each entry is a
// list of argument sets (positional in numpy's order, keywords by name); sizes are added per use.
import { BITGENS, methodNames, signature } from './calls.js';
import type { Api, CallSpec, Json } from './calls.js';

export interface Sample { args: Json[]; kw?: Record<string, Json>; dtype?: string; sizes?: (number | number[] | null)[] }

const s = (...args: Json[]): Sample => ({ args });
const kw = (args: Json[], k: Record<string, Json>, sizes?: Sample['sizes']): Sample => (sizes ? { args, kw: k, sizes } : { args, kw: k });
/** Sizes a 10-element population can give without replacement. */
const SMALL = [null, 7, [3, 2]];
const dt = (dtype: string, ...args: Json[]): Sample => ({ args, dtype });
/** An argument set with array parameters of length 2: only sizes ending in 2 broadcast with it. */
const b2 = (...args: Json[]): Sample => ({ args, sizes: [null, [3, 2]] });
const f64 = (n: number, shape = [n]): Json => ({ f64: Array.from({ length: n }, (_, i) => i * 1.5 - 3), shape });

const SHARED: Record<string, Sample[]> = {
  beta: [s(0.5, 2.0), b2([0.5, 3.0], 2.0)],
  binomial: [s(10, 0.3), b2([5, 100], 0.6)],
  bytes: [s(13)],
  chisquare: [s(3.0)],
  choice: [s(5), s([1.5, 2.5, 3.5, 4.5]), kw([10], { replace: false }, SMALL), kw([4], { p: [0.1, 0.2, 0.3, 0.4] })],
  dirichlet: [s([0.5, 1.0, 2.0])],
  exponential: [s(), s(2.0)],
  f: [s(3.0, 5.0)],
  gamma: [s(2.0), s(0.5, 2.0)],
  geometric: [s(0.3)],
  gumbel: [s(), s(1.0, 2.0)],
  hypergeometric: [s(10, 5, 7)],
  laplace: [s(), s(1.0, 0.5)],
  logistic: [s(), s(-1.0, 3.0)],
  lognormal: [s(), s(0.5, 0.25)],
  logseries: [s(0.7)],
  multinomial: [s(10, [0.2, 0.3, 0.5])],
  multivariate_normal: [s([0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]])],
  negative_binomial: [s(5, 0.5)],
  noncentral_chisquare: [s(3.0, 2.0)],
  noncentral_f: [s(3.0, 5.0, 2.0)],
  normal: [s(), s(10.0, 2.0), b2([0.0, 1.0], [[1.0], [2.0], [3.0]])],
  pareto: [s(3.0)],
  permutation: [s(10), s([1.5, 2.5, 3.5, 4.5])],
  poisson: [s(), s(3.5), s(50.0)],
  power: [s(2.0)],
  rayleigh: [s(), s(2.0)],
  shuffle: [s(f64(10))],
  standard_cauchy: [s()],
  standard_exponential: [s()],
  standard_gamma: [s(0.5), s(3.0)],
  standard_normal: [s()],
  standard_t: [s(5.0)],
  triangular: [s(0.0, 0.5, 1.0)],
  uniform: [s(), s(-2.0, 3.0)],
  vonmises: [s(0.0, 4.0), s(1.0, 0.1)],
  wald: [s(1.0, 2.0)],
  weibull: [s(1.5)],
  zipf: [s(2.0)],
};

const LEGACY: Record<string, Sample[]> = {
  ...SHARED,
  rand: [s(), s(3), s(2, 3)],
  randn: [s(), s(4), s(2, 2)],
  randint: [s(10), s(-5, 5), dt('int8', -100, 100), dt('uint16', 0, 60000), dt('int32', -7, 7), dt('int64', 0, { int: '9007199254740993' }),
    dt('uint64', 0, { int: '18446744073709551615' }), dt('bool', 0, 2)],
  random: [s()],
  random_sample: [s()],
  random_integers: [s(1, 6)],
  tomaxint: [s()],
};

const GENERATOR: Record<string, Sample[]> = {
  ...SHARED,
  choice: [...SHARED.choice!, kw([10], { replace: false, shuffle: false }, SMALL)],
  integers: [s(10), s(-5, 5), kw([0, 6], { endpoint: true }), dt('int8', -100, 100), dt('uint16', 0, 60000), dt('int32', -7, 7),
    dt('int64', 0, { int: '9007199254740993' }), dt('uint64', 0, { int: '18446744073709551615' }), dt('bool', 0, 2), dt('uint8', 0, 256)],
  multivariate_hypergeometric: [s([10, 5, 3], 6), kw([[10, 5, 3], 6], { method: 'count' })],
  permuted: [s(f64(10, [2, 5])), kw([f64(10, [2, 5])], { axis: 1 })],
  random: [s(), dt('float32')],
  standard_normal: [s(), dt('float32')],
  standard_exponential: [s(), dt('float32'), kw([], { method: 'inv' })],
  standard_gamma: [...SHARED.standard_gamma!, dt('float32', 2.5)],
};

const BITGEN: Record<string, Sample[]> = { random_raw: [s()] };

/** The sample argument sets for a method of an API (the facade shares RandomState's). */
export function samples(api: Api, method: string): Sample[] {
  const table = api === 'generator' ? GENERATOR : api === 'bitgen' ? BITGEN : LEGACY;
  const m = api === 'facade' && (method === 'ranf' || method === 'sample') ? 'random_sample' : method;
  return table[m] ?? [];
}

/** Does the method take `size`? (rand, randn, bytes, shuffle, permutation, permuted do not.) */
export function takesSize(api: Api, method: string): boolean {
  return signature(api, method)?.some((p) => p.name === 'size') ?? false;
}

export interface SpecOptions { seeds: number[]; sizes: (number | number[] | null)[]; bitgens?: readonly string[] }

/** Every sample call of an API: each method x sample x seed x size (x bit generator for Generator). */
export function sampleSpecs(api: Api, o: SpecOptions): CallSpec[] {
  const out: CallSpec[] = [];
  const bgs = api === 'generator' || api === 'bitgen' ? o.bitgens ?? BITGENS : [undefined];
  for (const method of methodNames(api)) {
    for (const bitgen of bgs) {
      for (const sm of samples(api, method)) {
        const sizes = !takesSize(api, method) ? [null] : sm.sizes ? o.sizes.filter((z) => sm.sizes!.some((w) => JSON.stringify(w) === JSON.stringify(z))) : o.sizes;
        for (const seed of o.seeds) {
          for (const size of sizes) {
            const spec: CallSpec = { api, seed, method, args: sm.args, size };
            if (bitgen) spec.bitgen = bitgen as CallSpec['bitgen'];
            if (sm.kw) spec.kw = sm.kw;
            if (sm.dtype) spec.dtype = sm.dtype;
            out.push(spec);
          }
        }
      }
    }
  }
  return out;
}

/** A short readable label for a call, used as its case id. */
export function specId(c: CallSpec): string {
  const a = JSON.stringify(c.args).slice(1, -1);
  const extra = [c.dtype ? `dtype=${c.dtype}` : '', ...Object.entries(c.kw ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v)}`),
    c.size != null ? `size=${JSON.stringify(c.size)}` : ''].filter(Boolean).join(',');
  return `${c.api}${c.bitgen ? `[${c.bitgen}]` : ''}:${c.seed}:${c.method}(${a}${a && extra ? ',' : ''}${extra})`;
}
