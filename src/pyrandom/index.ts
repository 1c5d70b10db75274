// numpy-random/pyrandom: CPython 3.11's `random` module, bit for bit. `Random` is the class;
// the module-level functions run on one hidden instance seeded from entropy at load, as
// CPython's `random._inst`. Every parameter is positional in CPython's signature order.
import { Random } from './random.js';
import type { PyInt } from './ints.js';
import type { PySeed } from './seed.js';
import type { PyRange, Population } from './sequence.js';
import type { PyState } from './state.js';

export { Random } from './random.js';
export { PyRange, range, type Population } from './sequence.js';
export { AssertionError, ZeroDivisionError } from './pymath.js';
export { ValueError, IndexError, OverflowError } from '../core/errors.js';
export type { PyInt } from './ints.js';
export type { PySeed } from './seed.js';
export type { PyState } from './state.js';

const inst = new Random();

/**
 * Reseeds the generator as CPython's seed: null takes OS entropy; an int seeds by its
 * absolute value; with version 2 a string or bytes gets its SHA-512 digest appended first.
 * Module-level form: runs on the shared hidden Random (CPython's random.seed).
 * @param a - the seed: int, bigint, string, bytes or null/undefined for OS entropy (default undefined).
 * @param version - 2 (default) or 1, CPython's old string-seeding scheme.
 * @example seed(42);
 */
export function seed(a?: PySeed, version: number = 2): void { inst.seed(a, version); }
/**
 * The next float in [0.0, 1.0) (53 random bits, as CPython's random()).
 * Module-level form: runs on the shared hidden Random (CPython's random.random).
 * @example random();
 */
export function random(): number { return inst.random(); }
/**
 * CPython's getstate(): `[3, [624 words..., index], gauss_next]` (lists for tuples).
 * Module-level form: runs on the shared hidden Random (CPython's random.getstate).
 * @example const st = getstate();
 */
export function getstate(): PyState { return inst.getstate(); }
/**
 * Restores a state from getstate() (or from Python); versions 3 and 2 are accepted.
 * Module-level form: runs on the shared hidden Random (CPython's random.setstate).
 * @param state - the state tuple/list, as getstate() returns it.
 * @example setstate(getstate());
 */
export function setstate(state: unknown): void { inst.setstate(state); }
/**
 * An int with `k` random bits (a number for k <= 32, a bigint above, as CPython's int).
 * Module-level form: runs on the shared hidden Random (CPython's random.getrandbits).
 * @param k - number of bits, k >= 0.
 * @example getrandbits(64);
 */
export function getrandbits(k: number | bigint): number | bigint { return inst.getrandbits(k); }
/**
 * `n` random bytes (CPython's getrandbits(n * 8).to_bytes(n, 'little')).
 * Module-level form: runs on the shared hidden Random (CPython's random.randbytes).
 * @param n - number of bytes.
 * @example randbytes(16);
 */
export function randbytes(n: number | bigint): Uint8Array { return inst.randbytes(n); }
/**
 * A random element of range(start, stop, step); a number in, a number out, and a bigint
 * in gives a bigint (numbers beyond ±2**53 must be bigints).
 * Module-level form: runs on the shared hidden Random (CPython's random.randrange).
 * @param start - the start, or the exclusive stop when `stop` is omitted.
 * @param stop - exclusive end (default null: range(0, start)).
 * @param step - the step (default 1).
 * @example randrange(0, 100, 5);
 */
export function randrange(start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt { return inst.randrange(start, stop, step); }
/**
 * A random integer N with a <= N <= b, both ends included (randrange(a, b + 1)).
 * Module-level form: runs on the shared hidden Random (CPython's random.randint).
 * @param a - lowest value.
 * @param b - highest value.
 * @example randint(1, 6);
 */
export function randint(a: PyInt, b: PyInt): PyInt { return inst.randint(a, b); }
/**
 * A random element of a non-empty sequence (array, typed array, string or range()).
 * Module-level form: runs on the shared hidden Random (CPython's random.choice).
 * @param seq - the population to pick from.
 * @example choice(['a', 'b', 'c']);
 */
export function choice(seq: PyRange): number;
export function choice<T>(seq: ArrayLike<T>): T;
export function choice(seq: Population<unknown>): unknown { return inst.choice(seq); }
/**
 * `k` elements chosen with replacement, optionally weighted (relative or cumulative weights).
 * Module-level form: runs on the shared hidden Random (CPython's random.choices).
 * @param population - the sequence or range() to draw from.
 * @param weights - relative weights, one per element (default null: equal).
 * @param cum_weights - cumulative weights, instead of weights (default null).
 * @param k - how many to choose (default 1).
 * @example choices(['x', 'y'], [3, 1], null, 10);
 */
export function choices(population: PyRange, weights?: ArrayLike<number> | number | null, cum_weights?: ArrayLike<number> | null, k?: number): number[];
export function choices<T>(population: ArrayLike<T>, weights?: ArrayLike<number> | number | null, cum_weights?: ArrayLike<number> | null, k?: number): T[];
export function choices(population: Population<unknown>, weights?: ArrayLike<number> | number | null, cum_weights?: ArrayLike<number> | null, k: number = 1): unknown[] {
  return inst.choices(population, weights, cum_weights, k);
}
/**
 * Shuffles `x` in place (CPython's Fisher-Yates from the end).
 * Module-level form: runs on the shared hidden Random (CPython's random.shuffle).
 * @param x - an array or typed array.
 * @example shuffle([1, 2, 3, 4]);
 */
export function shuffle(x: unknown[] | { length: number; [i: number]: unknown }): void { inst.shuffle(x); }
/**
 * `k` unique elements chosen without replacement, in selection order; `counts` repeats
 * each population element that many times.
 * Module-level form: runs on the shared hidden Random (CPython's random.sample).
 * @param population - the sequence or range() to draw from.
 * @param k - sample length, 0 <= k <= len(population).
 * @param counts - per-element repeat counts (default null).
 * @example sample(range(100), 5);
 */
export function sample(population: PyRange, k: number, counts?: ArrayLike<number> | null): number[];
export function sample<T>(population: ArrayLike<T>, k: number, counts?: ArrayLike<number> | null): T[];
export function sample(population: Population<unknown>, k: number, counts?: ArrayLike<number> | null): unknown[] {
  return inst.sample(population, k, counts);
}
/**
 * A random float N between a and b (a + (b - a) * random()).
 * Module-level form: runs on the shared hidden Random (CPython's random.uniform).
 * @param a - one end.
 * @param b - the other end.
 * @example uniform(2.5, 10);
 */
export function uniform(a: number, b: number): number { return inst.uniform(a, b); }
/**
 * A random float from the triangular distribution on [low, high] with peak at mode.
 * Module-level form: runs on the shared hidden Random (CPython's random.triangular).
 * @param low - lower limit (default 0.0).
 * @param high - upper limit (default 1.0).
 * @param mode - the peak (default null: the midpoint).
 * @example triangular(0, 10, 3);
 */
export function triangular(low: number = 0.0, high: number = 1.0, mode?: number | null): number { return inst.triangular(low, high, mode); }
/**
 * A normal (Gaussian) variate by Kinderman and Monahan's ratio method.
 * Module-level form: runs on the shared hidden Random (CPython's random.normalvariate).
 * @param mu - mean (default 0.0).
 * @param sigma - standard deviation (default 1.0).
 * @example normalvariate(0, 1);
 */
export function normalvariate(mu: number = 0.0, sigma: number = 1.0): number { return inst.normalvariate(mu, sigma); }
/**
 * A normal variate by Box-Muller, caching the second value in gauss_next.
 * Module-level form: runs on the shared hidden Random (CPython's random.gauss).
 * @param mu - mean (default 0.0).
 * @param sigma - standard deviation (default 1.0).
 * @example gauss(100, 15);
 */
export function gauss(mu: number = 0.0, sigma: number = 1.0): number { return inst.gauss(mu, sigma); }
/**
 * A log-normal variate: exp of a normal variate with mean mu and std sigma.
 * Module-level form: runs on the shared hidden Random (CPython's random.lognormvariate).
 * @param mu - mean of the underlying normal.
 * @param sigma - its standard deviation, > 0.
 * @example lognormvariate(0, 0.25);
 */
export function lognormvariate(mu: number, sigma: number): number { return inst.lognormvariate(mu, sigma); }
/**
 * An exponential variate with rate lambd (mean 1/lambd); required in CPython 3.11.
 * Module-level form: runs on the shared hidden Random (CPython's random.expovariate).
 * @param lambd - rate, nonzero (negative gives values in (-inf, 0]).
 * @example expovariate(1.5);
 */
export function expovariate(lambd: number): number { return inst.expovariate(lambd); }
/**
 * A von Mises (circular normal) variate in [0, 2*pi).
 * Module-level form: runs on the shared hidden Random (CPython's random.vonmisesvariate).
 * @param mu - mean angle in radians.
 * @param kappa - concentration, >= 0 (0 is uniform).
 * @example vonmisesvariate(Math.PI, 4);
 */
export function vonmisesvariate(mu: number, kappa: number): number { return inst.vonmisesvariate(mu, kappa); }
/**
 * A gamma variate (Cheng's method for alpha > 1, exponential for 1, Ahrens-Dieter GS below).
 * Module-level form: runs on the shared hidden Random (CPython's random.gammavariate).
 * @param alpha - shape, > 0.
 * @param beta - scale, > 0 (mean alpha * beta).
 * @example gammavariate(2, 3);
 */
export function gammavariate(alpha: number, beta: number): number { return inst.gammavariate(alpha, beta); }
/**
 * A beta variate in [0, 1], from two gamma variates.
 * Module-level form: runs on the shared hidden Random (CPython's random.betavariate).
 * @param alpha - first shape, > 0.
 * @param beta - second shape, > 0.
 * @example betavariate(2, 5);
 */
export function betavariate(alpha: number, beta: number): number { return inst.betavariate(alpha, beta); }
/**
 * A Pareto variate, 1 / (1 - random()) ** (1 / alpha).
 * Module-level form: runs on the shared hidden Random (CPython's random.paretovariate).
 * @param alpha - shape.
 * @example paretovariate(3);
 */
export function paretovariate(alpha: number): number { return inst.paretovariate(alpha); }
/**
 * A Weibull variate, alpha * (-log(1 - random())) ** (1 / beta).
 * Module-level form: runs on the shared hidden Random (CPython's random.weibullvariate).
 * @param alpha - scale.
 * @param beta - shape.
 * @example weibullvariate(1, 1.5);
 */
export function weibullvariate(alpha: number, beta: number): number { return inst.weibullvariate(alpha, beta); }
/**
 * The number of successes in n independent trials with success probability p
 * (CPython 3.12's algorithm; 3.11 has none).
 * Module-level form: runs on the shared hidden Random (CPython's random.binomialvariate).
 * @param n - number of trials, >= 0 (default 1).
 * @param p - success probability in [0, 1] (default 0.5).
 * @example binomialvariate(10, 0.3);
 */
export function binomialvariate(n: number = 1, p: number = 0.5): number { return inst.binomialvariate(n, p); }
