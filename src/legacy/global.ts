// The module-level numpy.random functions: one hidden RandomState (numpy's `_rand`), created on
// first use from fresh entropy, and functions bound to it.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { MT19937, type LegacySeed } from '../bitgen/mt19937.js';
import { RandomState } from './random_state.js';

let _rand: RandomState | null = null;

/**
 * numpy's `_rand` singleton, a RandomState created on first use from fresh entropy.
 */
function rand_(): RandomState {
  return (_rand ??= new RandomState());
}

/**
 * numpy.random.mtrand, for its `_rand` (the RandomState behind the module-level functions, made
 * on first use), which numpy's tests reach for.
 * @example np.mtrand._rand.get_state()
 */
export const mtrand: { readonly _rand: RandomState } = {
  get _rand(): RandomState {
    return rand_();
  },
};

/**
 * A module-level function that forwards to the same method of the singleton: `np.X(...)` is
 * `_rand.X(...)`, with the method's overloads, parameters and TSDoc (see {@link RandomState}).
 */
function bound<K extends keyof RandomState>(name: K): RandomState[K] {
  return ((...args: unknown[]) => (rand_()[name] as (...a: unknown[]) => unknown)(...args)) as RandomState[K];
}

/**
 * numpy.random.seed: reseeds the global RandomState's MT19937 (legacy seeding, gauss cache reset);
 * for another bit generator (after set_bit_generator), replaces its state by a fresh one seeded
 * with `seed`.
 * @param seed - integer, 1-d integer array, or omitted/null for fresh entropy
 * @example np.seed(42); np.rand(3)
 */
export function seed(seed?: LegacySeed | null): void {
  const rs = rand_();
  const bg = rs.bit_generator;
  if (bg instanceof MT19937) {
    rs.seed(seed);
    return;
  }
  const Ctor = bg.constructor as new (s?: unknown) => BitGenerator;
  bg.state = new Ctor(seed).state;
}

/**
 * numpy.random.get_bit_generator: the BitGenerator behind the module-level functions.
 * @example np.get_bit_generator().state
 */
export function get_bit_generator(): BitGenerator {
  return rand_().bit_generator;
}

/**
 * numpy.random.set_bit_generator: makes the module-level functions draw from `bitgen` (gauss cache
 * reset).
 * @param bitgen - an instantiated BitGenerator
 * @example np.set_bit_generator(new np.PCG64(1)); np.rand()
 */
export function set_bit_generator(bitgen: BitGenerator): void {
  rand_()._initialize_bit_generator(bitgen);
}

/**
 * Not in numpy: runs fn with the global stream seeded by `seedValue` (legacy MT19937 seeding,
 * whatever the bit generator), then restores the global state exactly as it was (bit generator
 * and gauss cache included), also when fn throws. Returns fn's result.
 * @param seedValue - integer or 1-d integer array, as for seed
 * @param fn - the code to run on the temporarily seeded stream
 * @example np.with_seed(0, () => np.rand(2))
 */
export function with_seed<T>(seedValue: LegacySeed, fn: () => T): T {
  const rs = rand_();
  const saved = rs.get_state(false);
  const savedBitgen = rs.bit_generator;
  try {
    if (savedBitgen instanceof MT19937) rs.seed(seedValue);
    else {
      const mt = new MT19937();
      mt.legacySeed(seedValue);
      rs._initialize_bit_generator(mt);
    }
    return fn();
  } finally {
    if (rs.bit_generator !== savedBitgen) rs._initialize_bit_generator(savedBitgen);
    rs.set_state(saved);
  }
}

/**
 * numpy.random.get_state: {@link RandomState.get_state} on the global RandomState, the global
 * RandomState's state (legacy tuple; dict with `false`).
 * @example const st = np.get_state(); np.set_state(st)
 */
export const get_state = bound('get_state');
/**
 * numpy.random.set_state: {@link RandomState.set_state} on the global RandomState, restores a state
 * from get_state (tuple or dict).
 * @example np.set_state(np.get_state(false))
 */
export const set_state = bound('set_state');
/**
 * numpy.random.random_sample: {@link RandomState.random_sample} on the global RandomState, uniform
 * floats on [0, 1); args `(size?)`.
 * @example np.random_sample([2, 2])
 */
export const random_sample = bound('random_sample');
/**
 * numpy.random.random: {@link RandomState.random} on the global RandomState, uniform floats on [0,
 * 1); args `(size?)`.
 * @example np.random(3)
 */
export const random = bound('random');
/**
 * numpy.random.ranf: {@link RandomState.random_sample} on the global RandomState, alias of
 * random_sample; args `(size?)`.
 * @example np.ranf(3)
 */
export const ranf = bound('random_sample');
/**
 * numpy.random.sample: {@link RandomState.random_sample} on the global RandomState, alias of
 * random_sample; args `(size?)`.
 * @example np.sample(3)
 */
export const sample = bound('random_sample');
/**
 * numpy.random.rand: {@link RandomState.rand} on the global RandomState, uniform floats on [0, 1)
 * in shape (d0, d1, ...).
 * @example np.seed(42); np.rand(3)
 */
export const rand = bound('rand');
/**
 * numpy.random.randn: {@link RandomState.randn} on the global RandomState, standard normals in
 * shape (d0, d1, ...).
 * @example np.randn(2, 3)
 */
export const randn = bound('randn');
/**
 * numpy.random.randint: {@link RandomState.randint} on the global RandomState, integers on [low,
 * high); args `(low, high?, size?, dtype?)`.
 * @example np.randint(0, 10, 5)
 */
export const randint = bound('randint');
/**
 * numpy.random.random_integers: {@link RandomState.random_integers} on the global RandomState,
 * deprecated: integers on [low, high]; args `(low, high?, size?)`.
 * @example np.random_integers(1, 6, 4)
 */
export const random_integers = bound('random_integers');
/**
 * numpy.random.bytes: {@link RandomState.bytes} on the global RandomState, random bytes; args
 * `(length)`.
 * @example np.bytes(8)
 */
export const bytes = bound('bytes');
/**
 * numpy.random.choice: {@link RandomState.choice} on the global RandomState, a random sample of a
 * or arange(a); args `(a, size?, replace?, p?)`.
 * @example np.choice(5, 3, false)
 */
export const choice = bound('choice');
/**
 * numpy.random.shuffle: {@link RandomState.shuffle} on the global RandomState, shuffles an array in
 * place along its first axis; args `(x)`.
 * @example const x = [1, 2, 3]; np.shuffle(x)
 */
export const shuffle = bound('shuffle');
/**
 * numpy.random.permutation: {@link RandomState.permutation} on the global RandomState, a shuffled
 * copy of x, or of arange(x); args `(x)`.
 * @example np.permutation(10)
 */
export const permutation = bound('permutation');
/**
 * numpy.random.standard_normal: {@link RandomState.standard_normal} on the global RandomState,
 * standard normals; args `(size?)`.
 * @example np.standard_normal(3)
 */
export const standard_normal = bound('standard_normal');
/**
 * numpy.random.beta: {@link RandomState.beta} on the global RandomState, beta distribution; args
 * `(a, b, size?)`.
 * @example np.beta(2, 5, 3)
 */
export const beta = bound('beta');
/**
 * numpy.random.binomial: {@link RandomState.binomial} on the global RandomState, binomial
 * distribution; args `(n, p, size?)`.
 * @example np.binomial(10, 0.5, 3)
 */
export const binomial = bound('binomial');
/**
 * numpy.random.chisquare: {@link RandomState.chisquare} on the global RandomState, chi-square
 * distribution; args `(df, size?)`.
 * @example np.chisquare(2, 3)
 */
export const chisquare = bound('chisquare');
/**
 * numpy.random.dirichlet: {@link RandomState.dirichlet} on the global RandomState, Dirichlet
 * distribution; args `(alpha, size?)`.
 * @example np.dirichlet([1, 2, 3], 2)
 */
export const dirichlet = bound('dirichlet');
/**
 * numpy.random.exponential: {@link RandomState.exponential} on the global RandomState, exponential
 * distribution; args `(scale = 1, size?)`.
 * @example np.exponential(2, 3)
 */
export const exponential = bound('exponential');
/**
 * numpy.random.f: {@link RandomState.f} on the global RandomState, F distribution; args `(dfnum,
 * dfden, size?)`.
 * @example np.f(5, 10, 3)
 */
export const f = bound('f');
/**
 * numpy.random.gamma: {@link RandomState.gamma} on the global RandomState, gamma distribution; args
 * `(shape, scale = 1, size?)`.
 * @example np.gamma(2, 2, 3)
 */
export const gamma = bound('gamma');
/**
 * numpy.random.geometric: {@link RandomState.geometric} on the global RandomState, geometric
 * distribution; args `(p, size?)`.
 * @example np.geometric(0.35, 3)
 */
export const geometric = bound('geometric');
/**
 * numpy.random.gumbel: {@link RandomState.gumbel} on the global RandomState, Gumbel distribution;
 * args `(loc = 0, scale = 1, size?)`.
 * @example np.gumbel(0, 1, 3)
 */
export const gumbel = bound('gumbel');
/**
 * numpy.random.hypergeometric: {@link RandomState.hypergeometric} on the global RandomState,
 * hypergeometric distribution; args `(ngood, nbad, nsample, size?)`.
 * @example np.hypergeometric(100, 2, 10, 3)
 */
export const hypergeometric = bound('hypergeometric');
/**
 * numpy.random.laplace: {@link RandomState.laplace} on the global RandomState, Laplace
 * distribution; args `(loc = 0, scale = 1, size?)`.
 * @example np.laplace(0, 2, 3)
 */
export const laplace = bound('laplace');
/**
 * numpy.random.logistic: {@link RandomState.logistic} on the global RandomState, logistic
 * distribution; args `(loc = 0, scale = 1, size?)`.
 * @example np.logistic(10, 1, 3)
 */
export const logistic = bound('logistic');
/**
 * numpy.random.lognormal: {@link RandomState.lognormal} on the global RandomState, log-normal
 * distribution; args `(mean = 0, sigma = 1, size?)`.
 * @example np.lognormal(0, 1, 3)
 */
export const lognormal = bound('lognormal');
/**
 * numpy.random.logseries: {@link RandomState.logseries} on the global RandomState, logarithmic
 * series distribution; args `(p, size?)`.
 * @example np.logseries(0.6, 3)
 */
export const logseries = bound('logseries');
/**
 * numpy.random.multinomial: {@link RandomState.multinomial} on the global RandomState, multinomial
 * distribution; args `(n, pvals, size?)`.
 * @example np.multinomial(20, [0.5, 0.5], 2)
 */
export const multinomial = bound('multinomial');
/**
 * numpy.random.multivariate_normal: {@link RandomState.multivariate_normal} on the global
 * RandomState, multivariate normal; args `(mean, cov, size?, check_valid = 'warn', tol = 1e-8)`.
 * @example np.multivariate_normal([0, 0], [[1, 0], [0, 1]], 3)
 */
export const multivariate_normal = bound('multivariate_normal');
/**
 * numpy.random.negative_binomial: {@link RandomState.negative_binomial} on the global RandomState,
 * negative binomial distribution; args `(n, p, size?)`.
 * @example np.negative_binomial(1, 0.1, 3)
 */
export const negative_binomial = bound('negative_binomial');
/**
 * numpy.random.noncentral_chisquare: {@link RandomState.noncentral_chisquare} on the global
 * RandomState, noncentral chi-square; args `(df, nonc, size?)`.
 * @example np.noncentral_chisquare(3, 20, 3)
 */
export const noncentral_chisquare = bound('noncentral_chisquare');
/**
 * numpy.random.noncentral_f: {@link RandomState.noncentral_f} on the global RandomState, noncentral
 * F; args `(dfnum, dfden, nonc, size?)`.
 * @example np.noncentral_f(3, 20, 3, 3)
 */
export const noncentral_f = bound('noncentral_f');
/**
 * numpy.random.normal: {@link RandomState.normal} on the global RandomState, normal distribution;
 * args `(loc = 0, scale = 1, size?)`.
 * @example np.normal(10, 2, 3)
 */
export const normal = bound('normal');
/**
 * numpy.random.pareto: {@link RandomState.pareto} on the global RandomState, Pareto II (Lomax)
 * distribution; args `(a, size?)`.
 * @example np.pareto(3, 3)
 */
export const pareto = bound('pareto');
/**
 * numpy.random.poisson: {@link RandomState.poisson} on the global RandomState, Poisson
 * distribution; args `(lam = 1, size?)`.
 * @example np.poisson(5, 3)
 */
export const poisson = bound('poisson');
/**
 * numpy.random.power: {@link RandomState.power} on the global RandomState, power distribution on
 * [0, 1]; args `(a, size?)`.
 * @example np.power(5, 3)
 */
export const power = bound('power');
/**
 * numpy.random.rayleigh: {@link RandomState.rayleigh} on the global RandomState, Rayleigh
 * distribution; args `(scale = 1, size?)`.
 * @example np.rayleigh(3, 3)
 */
export const rayleigh = bound('rayleigh');
/**
 * numpy.random.standard_cauchy: {@link RandomState.standard_cauchy} on the global RandomState,
 * standard Cauchy distribution; args `(size?)`.
 * @example np.standard_cauchy(3)
 */
export const standard_cauchy = bound('standard_cauchy');
/**
 * numpy.random.standard_exponential: {@link RandomState.standard_exponential} on the global
 * RandomState, standard exponential distribution; args `(size?)`.
 * @example np.standard_exponential(3)
 */
export const standard_exponential = bound('standard_exponential');
/**
 * numpy.random.standard_gamma: {@link RandomState.standard_gamma} on the global RandomState, gamma
 * distribution with scale 1; args `(shape, size?)`.
 * @example np.standard_gamma(2, 3)
 */
export const standard_gamma = bound('standard_gamma');
/**
 * numpy.random.standard_t: {@link RandomState.standard_t} on the global RandomState, Student's t
 * distribution; args `(df, size?)`.
 * @example np.standard_t(10, 3)
 */
export const standard_t = bound('standard_t');
/**
 * numpy.random.triangular: {@link RandomState.triangular} on the global RandomState, triangular
 * distribution; args `(left, mode, right, size?)`.
 * @example np.triangular(-3, 0, 8, 3)
 */
export const triangular = bound('triangular');
/**
 * numpy.random.uniform: {@link RandomState.uniform} on the global RandomState, uniform distribution
 * on [low, high); args `(low = 0, high = 1, size?)`.
 * @example np.uniform(-1, 1, 3)
 */
export const uniform = bound('uniform');
/**
 * numpy.random.vonmises: {@link RandomState.vonmises} on the global RandomState, von Mises
 * distribution; args `(mu, kappa, size?)`.
 * @example np.vonmises(0, 4, 3)
 */
export const vonmises = bound('vonmises');
/**
 * numpy.random.wald: {@link RandomState.wald} on the global RandomState, Wald (inverse Gaussian)
 * distribution; args `(mean, scale, size?)`.
 * @example np.wald(3, 2, 3)
 */
export const wald = bound('wald');
/**
 * numpy.random.weibull: {@link RandomState.weibull} on the global RandomState, Weibull
 * distribution; args `(a, size?)`.
 * @example np.weibull(5, 3)
 */
export const weibull = bound('weibull');
/**
 * numpy.random.zipf: {@link RandomState.zipf} on the global RandomState, Zipf distribution; args
 * `(a, size?)`.
 * @example np.zipf(2, 3)
 */
export const zipf = bound('zipf');
