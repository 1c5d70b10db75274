// The module-level numpy.random functions: one hidden RandomState (numpy's `_rand`), created on
// first use from fresh entropy, and functions bound to it.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { MT19937, type LegacySeed } from '../bitgen/mt19937.js';
import { RandomState } from './random_state.js';

let _rand: RandomState | null = null;

/** numpy's `_rand` singleton. */
function rand_(): RandomState {
  return (_rand ??= new RandomState());
}

/** A module-level function that forwards to the same method of the singleton. */
function bound<K extends keyof RandomState>(name: K): RandomState[K] {
  return ((...args: unknown[]) => (rand_()[name] as (...a: unknown[]) => unknown)(...args)) as RandomState[K];
}

/**
 * numpy.random.seed: reseeds the singleton's MT19937 (legacy seeding, gauss cache reset);
 * for another bit generator, replaces its state by a fresh one seeded with `seed`.
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

export function get_bit_generator(): BitGenerator {
  return rand_().bit_generator;
}

export function set_bit_generator(bitgen: BitGenerator): void {
  rand_()._initialize_bit_generator(bitgen);
}

/**
 * Runs fn with the global stream seeded by `seed`, then restores the global state exactly as it
 * was (gauss cache included), also when fn throws. Returns fn's result.
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

export const get_state = bound('get_state');
export const set_state = bound('set_state');
export const random_sample = bound('random_sample');
export const random = bound('random');
export const ranf = bound('random_sample');
export const sample = bound('random_sample');
export const rand = bound('rand');
export const randn = bound('randn');
export const randint = bound('randint');
export const random_integers = bound('random_integers');
export const bytes = bound('bytes');
export const choice = bound('choice');
export const shuffle = bound('shuffle');
export const permutation = bound('permutation');
export const standard_normal = bound('standard_normal');
export const beta = bound('beta');
export const binomial = bound('binomial');
export const chisquare = bound('chisquare');
export const dirichlet = bound('dirichlet');
export const exponential = bound('exponential');
export const f = bound('f');
export const gamma = bound('gamma');
export const geometric = bound('geometric');
export const gumbel = bound('gumbel');
export const hypergeometric = bound('hypergeometric');
export const laplace = bound('laplace');
export const logistic = bound('logistic');
export const lognormal = bound('lognormal');
export const logseries = bound('logseries');
export const multinomial = bound('multinomial');
export const multivariate_normal = bound('multivariate_normal');
export const negative_binomial = bound('negative_binomial');
export const noncentral_chisquare = bound('noncentral_chisquare');
export const noncentral_f = bound('noncentral_f');
export const normal = bound('normal');
export const pareto = bound('pareto');
export const poisson = bound('poisson');
export const power = bound('power');
export const rayleigh = bound('rayleigh');
export const standard_cauchy = bound('standard_cauchy');
export const standard_exponential = bound('standard_exponential');
export const standard_gamma = bound('standard_gamma');
export const standard_t = bound('standard_t');
export const triangular = bound('triangular');
export const uniform = bound('uniform');
export const vonmises = bound('vonmises');
export const wald = bound('wald');
export const weibull = bound('weibull');
export const zipf = bound('zipf');
