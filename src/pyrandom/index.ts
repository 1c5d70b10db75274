// numpy-random/pyrandom: CPython 3.11's `random` module, bit for bit. `Random` is the class;
// the module-level functions run on one hidden instance seeded from entropy at load, as
// CPython's `random._inst`. Every parameter is positional in CPython's signature order.
import { Random } from './random.js';
import type { PyInt } from './ints.js';
import type { PySeed } from './seed.js';
import type { Population } from './sequence.js';
import type { PyState } from './state.js';

export { Random } from './random.js';
export { PyRange, range, type Population } from './sequence.js';
export { AssertionError, ZeroDivisionError } from './pymath.js';
export { ValueError, IndexError, OverflowError } from '../core/errors.js';
export type { PyInt } from './ints.js';
export type { PySeed } from './seed.js';
export type { PyState } from './state.js';

const inst = new Random();

export function seed(a?: PySeed, version: number = 2): void { inst.seed(a, version); }
export function random(): number { return inst.random(); }
export function getstate(): PyState { return inst.getstate(); }
export function setstate(state: unknown): void { inst.setstate(state); }
export function getrandbits(k: number | bigint): number | bigint { return inst.getrandbits(k); }
export function randbytes(n: number | bigint): Uint8Array { return inst.randbytes(n); }
export function randrange(start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt { return inst.randrange(start, stop, step); }
export function randint(a: PyInt, b: PyInt): PyInt { return inst.randint(a, b); }
export function choice<T>(seq: Population<T>): T { return inst.choice(seq); }
export function choices<T>(population: Population<T>, weights?: ArrayLike<number> | number | null, cum_weights?: ArrayLike<number> | null, k: number = 1): T[] {
  return inst.choices(population, weights, cum_weights, k);
}
export function shuffle(x: unknown[] | { length: number; [i: number]: unknown }): void { inst.shuffle(x); }
export function sample<T>(population: Population<T>, k: number, counts?: ArrayLike<number> | null): T[] { return inst.sample(population, k, counts); }
export function uniform(a: number, b: number): number { return inst.uniform(a, b); }
export function triangular(low: number = 0.0, high: number = 1.0, mode?: number | null): number { return inst.triangular(low, high, mode); }
export function normalvariate(mu: number = 0.0, sigma: number = 1.0): number { return inst.normalvariate(mu, sigma); }
export function gauss(mu: number = 0.0, sigma: number = 1.0): number { return inst.gauss(mu, sigma); }
export function lognormvariate(mu: number, sigma: number): number { return inst.lognormvariate(mu, sigma); }
export function expovariate(lambd: number): number { return inst.expovariate(lambd); }
export function vonmisesvariate(mu: number, kappa: number): number { return inst.vonmisesvariate(mu, kappa); }
export function gammavariate(alpha: number, beta: number): number { return inst.gammavariate(alpha, beta); }
export function betavariate(alpha: number, beta: number): number { return inst.betavariate(alpha, beta); }
export function paretovariate(alpha: number): number { return inst.paretovariate(alpha); }
export function weibullvariate(alpha: number, beta: number): number { return inst.weibullvariate(alpha, beta); }
export function binomialvariate(n: number = 1, p: number = 0.5): number { return inst.binomialvariate(n, p); }
