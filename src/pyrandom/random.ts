// CPython 3.11's random.Random (Lib/random.py over Modules/_randommodule.c) on this project's
// MT19937: the same seeding, the same draws in the same order, the same errors.
import { IndexError, ValueError } from '../core/errors.js';
import { randomWords } from '../core/entropy.js';
import { MT19937 } from '../bitgen/mt19937.js';
import { sin } from '../math/index.js';
import { binomialvariate } from './binomial.js';
import {
  PyInt, bitLength, bitLengthBig, cInt, ceilDiv, indexCount, pyTypeName, randrangeIndex,
} from './ints.js';
import {
  fdiv, pyAcos, pyCeil, pyCos, pyExp, pyLog, pyModPositive, pyPow, pySqrt,
} from './pymath.js';
import { type PySeed, seedKey } from './seed.js';
import { PyRange, type Population, bisectRight, seqOf } from './sequence.js';
import { type PyState, parseState, stateFromJSON } from './state.js';

const TWOPI = 6.283185307179586;
const E = 2.718281828459045;
const NV_MAGICCONST = (4 * pyExp(-0.5)) / Math.sqrt(2.0);
const LOG4 = pyLog(4.0);
const SG_MAGICCONST = 1.0 + pyLog(4.5);
const TWO32 = 4294967296;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const BEYOND_SAFE = 'integer arguments beyond ±2**53 must be passed as bigint';
const TWO53 = 9007199254740992;

/** |x| <= 2**53: every integer between such numbers, and so every result, is a double. */
function exactRange(x: number): boolean {
  return x <= TWO53 && x >= -TWO53;
}

/** CPython's TypeError for missing required positional arguments. */
function missing(method: string, names: string[]): TypeError {
  const q = names.map((n) => `'${n}'`);
  const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
  return new TypeError(`Random.${method}() missing ${names.length} required positional argument${names.length > 1 ? 's' : ''}: ${list}`);
}

/** Throws CPython's TypeError when some of `values` (required parameters `names`) are undefined. */
function requireArgs(method: string, names: string[], values: unknown[]): void {
  const absent = names.filter((_n, i) => values[i] === undefined);
  if (absent.length > 0) throw missing(method, absent);
}

/** A float parameter: a number (a bigint or bool converts as Python's int.__float__ would). */
function real(v: unknown, method: string, name: string): number {
  if (typeof v === 'number') return v;
  if (v === undefined) throw missing(method, [name]);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw new TypeError(`must be real number, not ${pyTypeName(v)}`);
}

/**
 * CPython 3.11's random.Random, bit for bit: MT19937 seeded the CPython way, with every
 * method's algorithm and argument checks; arguments are positional in CPython's order.
 * @example const r = new Random(42); r.random();
 */
export class Random {
  /** The Mersenne Twister this generator draws from (src/bitgen's MT19937, seeded the CPython way). */
  private readonly mt: MT19937;
  /** gauss()'s cached second value, CPython's `gauss_next`. */
  gauss_next: number | null = null;

  /**
   * @param x - the seed, as for seed(): int, bigint, string, bytes, or null/undefined (default)
   *   for OS entropy.
   */
  constructor(x?: PySeed) {
    this.mt = new MT19937(0);
    this.seed(x);
  }

  /**
   * Reseeds the generator as CPython's seed: null takes OS entropy; an int seeds by its
   * absolute value; with version 2 a string or bytes gets its SHA-512 digest appended first.
   * @param a - the seed: int, bigint, string, bytes or null/undefined for OS entropy (default undefined).
   * @param version - 2 (default) or 1, CPython's old string-seeding scheme.
   * @example r.seed(42);
   */
  seed(a?: PySeed, version: number = 2): void {
    const key = a === null || a === undefined ? Array.from(randomWords(624)) : seedKey(a, version);
    // A plain array always takes init_by_array, as CPython does even for a one-word key.
    this.mt.legacySeed(key);
    this.gauss_next = null;
  }

  /**
   * CPython's getstate(): `[3, [624 words..., index], gauss_next]` (lists for tuples).
   * @example r.const st = getstate();
   */
  getstate(): PyState {
    const st = this.mt.state.state;
    const words = Array.from(st.key);
    words.push(st.pos);
    return [3, words, this.gauss_next];
  }

  /**
   * Restores a state from getstate() (or from Python); versions 3 and 2 are accepted.
   * @param state - the state tuple/list, as getstate() returns it.
   * @example r.setstate(getstate());
   */
  setstate(state: unknown): void {
    const { key, pos } = parseState(state, (g) => { this.gauss_next = g; });
    this.mt.state = { bit_generator: 'MT19937', state: { key, pos } };
  }

  /**
   * The state as JSON-able data, `[3, [625 numbers], gauss_next]` (json.dumps(getstate()) in Python).
   * @example const text = JSON.stringify(new Random(1));
   */
  toJSON(): PyState {
    return this.getstate();
  }

  /**
   * A Random continuing a state from toJSON / Python's json.dumps(random.getstate()).
   * @param json - the JSON text, or the parsed value.
   * @example const r = Random.fromJSON(JSON.stringify(new Random(1)));
   */
  static fromJSON(json: string | unknown): Random {
    const r = new Random(0);
    r.setstate(stateFromJSON(json));
    return r;
  }

  /**
   * The next float in [0.0, 1.0) (53 random bits, as CPython's random()).
   * @example r.random();
   */
  random(): number {
    // genrand_res53: (a * 2^26 + b) / 2^53 from two words shifted by 5 and 6, which is exactly
    // numpy's MT19937 next_double.
    return this.mt.next_double();
  }

  /**
   * An int with `k` random bits (a number for k <= 32, a bigint above, as CPython's int).
   * @param k - number of bits, k >= 0.
   * @example r.getrandbits(64);
   */
  getrandbits(k: number | bigint): number | bigint {
    const kk = cInt(k);
    if (kk < 0) throw new ValueError('number of bits must be non-negative');
    if (kk === 0) return 0;
    if (kk <= 32) return this.mt.next_uint32() >>> (32 - kk);
    return this.bigBits(kk);
  }

  /** k > 32 random bits as a bigint: 32-bit words least significant first, the last one shifted. */
  private bigBits(k: number): bigint {
    const words = Math.ceil(k / 32);
    const w = new Array<string>(words);
    for (let i = 0; i < words; i++, k -= 32) {
      let r = this.mt.next_uint32();
      if (k < 32) r >>>= 32 - k;
      w[words - 1 - i] = r.toString(16).padStart(8, '0');
    }
    return BigInt('0x' + w.join(''));
  }

  /** A random int in [0, n) for a safe integer n >= 1 (CPython's _randbelow_with_getrandbits). */
  private randbelow(n: number): number {
    const k = bitLength(n);
    if (k <= 32) {
      const shift = 32 - k;
      let r = this.mt.next_uint32() >>> shift;
      while (r >= n) r = this.mt.next_uint32() >>> shift;
      return r;
    }
    if (k > 53) return Number(this.randbelowBig(BigInt(n)));
    const shift = 64 - k;
    let r: number;
    do {
      const lo = this.mt.next_uint32();
      r = (this.mt.next_uint32() >>> shift) * TWO32 + lo;
    } while (r >= n);
    return r;
  }

  private randbelowBig(n: bigint): bigint {
    const k = bitLengthBig(n);
    if (k <= 53) return BigInt(this.randbelow(Number(n)));
    let r = this.bigBits(k);
    while (r >= n) r = this.bigBits(k);
    return r;
  }

  /**
   * `n` random bytes (CPython's getrandbits(n * 8).to_bytes(n, 'little')).
   * @param n - number of bytes.
   * @example r.randbytes(16);
   */
  randbytes(n: number | bigint): Uint8Array {
    const m: unknown = typeof n === 'boolean' ? Number(n) : n;
    if (typeof m === 'number' && !Number.isInteger(m)) throw new TypeError("'float' object cannot be interpreted as an integer");
    const k = cInt(typeof m === 'bigint' ? m * 8n : typeof m === 'number' ? m * 8 : m);
    if (k < 0) throw new ValueError('number of bits must be non-negative');
    const len = k / 8;
    const out = new Uint8Array(len);
    let i = 0;
    for (let left = k; left > 0; left -= 32) {
      let r = this.mt.next_uint32();
      if (left < 32) r >>>= 32 - left;
      for (let b = 0; b < 4 && i < len; b++, r >>>= 8) out[i++] = r & 255;
    }
    return out;
  }

  /**
   * A random element of range(start, stop, step); a number in, a number out, and a bigint
   * in gives a bigint (numbers beyond ±2**53 must be bigints).
   * @param start - the start, or the exclusive stop when `stop` is omitted.
   * @param stop - exclusive end (default null: range(0, start)).
   * @param step - the step (default 1).
   * @example r.randrange(0, 100, 5);
   */
  randrange(start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt {
    if (typeof start === 'number' && step === undefined && Number.isSafeInteger(start)) {
      if (stop === undefined || stop === null) {
        if (start > 0) return this.randbelow(start);
      } else if (typeof stop === 'number' && Number.isSafeInteger(stop)) {
        const width = stop - start;
        if (width > 0 && width <= MAX_SAFE) return start + this.randbelow(width);
      }
    }
    const istart = randrangeIndex(start, 'arg 1');
    if (stop === undefined || stop === null) {
      if (step !== undefined && step !== 1 && step !== 1n) throw new TypeError('Missing a non-None stop argument');
      if (typeof istart === 'number') {
        if (!exactRange(istart)) throw new RangeError(BEYOND_SAFE);
        if (istart > MAX_SAFE) return Number(this.randbelowBig(BigInt(istart)));
        if (istart > 0) return this.randbelow(istart);
      } else if (istart > 0n) return this.randbelowBig(istart);
      throw new ValueError('empty range for randrange()');
    }
    const istop = randrangeIndex(stop, 'stop');
    const istep = randrangeIndex(step === undefined ? 1 : step, 'step');
    const big = typeof istart === 'bigint' || typeof istop === 'bigint' || typeof istep === 'bigint';
    if (!big) {
      const a = istart as number, b = istop as number, s = istep as number;
      if (!exactRange(a) || !exactRange(b) || !exactRange(s)) throw new RangeError(BEYOND_SAFE);
      const width = b - a;
      if (Number.isSafeInteger(width)) {
        if (s === 1) {
          if (width > 0) return a + this.randbelow(width);
          throw new ValueError(`empty range for randrange() (${a}, ${b}, ${width})`);
        }
        if (s === 0) throw new ValueError('zero step for randrange()');
        const n = ceilDiv(width, s);
        if (n <= 0) throw new ValueError('empty range for randrange()');
        return a + s * this.randbelow(n);
      }
      return Number(this.randrangeBig(BigInt(a), BigInt(b), BigInt(s)));
    }
    return this.randrangeBig(BigInt(istart), BigInt(istop), BigInt(istep));
  }

  private randrangeBig(istart: bigint, istop: bigint, istep: bigint): bigint {
    const width = istop - istart;
    if (istep === 1n) {
      if (width > 0n) return istart + this.randbelowBig(width);
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDivBig(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDivBig(width + istep + 1n, istep);
    else throw new ValueError('zero step for randrange()');
    if (n <= 0n) throw new ValueError('empty range for randrange()');
    return istart + istep * this.randbelowBig(n);
  }

  /**
   * A random integer N with a <= N <= b, both ends included (randrange(a, b + 1)).
   * @param a - lowest value.
   * @param b - highest value.
   * @example r.randint(1, 6);
   */
  randint(a: PyInt, b: PyInt): PyInt {
    // The common case, safe integers with a non-empty range, straight to _randbelow.
    if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
      const width = b - a + 1;
      if (width > 0 && width <= MAX_SAFE) return a + this.randbelow(width);
    }
    requireArgs('randint', ['a', 'b'], [a, b]);
    let stop: unknown;
    if (typeof b === 'bigint') stop = b + 1n;
    else if (typeof b === 'number') stop = b + 1;
    else if (typeof b === 'boolean') stop = (b ? 1 : 0) + 1;
    else if (typeof b === 'string') throw new TypeError('can only concatenate str (not "int") to str');
    else throw new TypeError(`unsupported operand type(s) for +: '${pyTypeName(b)}' and 'int'`);
    return this.randrange(a, stop as PyInt);
  }

  /**
   * A random element of a non-empty sequence (array, typed array, string or range()).
   * @param seq - the population to pick from.
   * @example r.choice(['a', 'b', 'c']);
   */
  choice(seq: PyRange): number;
  choice<T>(seq: ArrayLike<T>): T;
  choice<T>(seq: Population<T>): T;
  choice(seq: Population<unknown>): unknown {
    const s = seqOf(seq);
    if (s === null) throw new TypeError(`object of type '${pyTypeName(seq)}' has no len()`);
    if (s.length === 0) throw new IndexError('Cannot choose from an empty sequence');
    return s.get(this.randbelow(s.length));
  }

  /**
   * Shuffles `x` in place (CPython's Fisher-Yates from the end).
   * @param x - an array or typed array.
   * @example r.shuffle([1, 2, 3, 4]);
   */
  shuffle(x: unknown[] | { length: number; [i: number]: unknown }): void {
    if (typeof x === 'string') {
      // CPython draws j for the last position before the assignment fails.
      const n = Array.from(x as string).length;
      if (n > 1) this.randbelow(n);
      throw new TypeError("'str' object does not support item assignment");
    }
    if (x === null || typeof x !== 'object' || typeof x.length !== 'number') {
      throw new TypeError(`object of type '${pyTypeName(x)}' has no len()`);
    }
    if (x instanceof PyRange) throw new TypeError("'range' object does not support item assignment");
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
  }

  /**
   * `k` unique elements chosen without replacement, in selection order; `counts` repeats
   * each population element that many times.
   * @param population - the sequence or range() to draw from.
   * @param k - sample length, 0 <= k <= len(population).
   * @param counts - per-element repeat counts (default null).
   * @example r.sample(range(100), 5);
   */
  sample(population: PyRange, k: number, counts?: ArrayLike<number> | null): number[];
  sample<T>(population: ArrayLike<T>, k: number, counts?: ArrayLike<number> | null): T[];
  sample<T>(population: Population<T>, k: number, counts?: ArrayLike<number> | null): T[];
  sample(population: Population<unknown>, k: number, counts?: ArrayLike<number> | null): unknown[] {
    const s = seqOf(population);
    if (s === null) throw new TypeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
    if (k === undefined) throw missing('sample', ['k']);
    const n = s.length;
    if (counts !== undefined && counts !== null) {
      const cum = accumulate(counts, 'counts');
      if (cum.length !== n) throw new ValueError('The number of counts does not match the population');
      if (cum.length === 0) throw new IndexError('pop from empty list');
      const total = cum.pop()!;
      if (!Number.isInteger(total)) throw new TypeError('Counts must be integers');
      if (total <= 0) throw new ValueError('Total of counts must be greater than zero');
      const selections = this.sample(new PyRange(0, total), k);
      return selections.map((v) => s.get(bisectRight(cum, v)));
    }
    if (typeof k === 'bigint') k = Number(k);
    if (typeof k === 'boolean') k = k ? 1 : 0;
    if (typeof k !== 'number') throw new TypeError(`'<=' not supported between instances of 'int' and '${pyTypeName(k)}'`);
    if (!(0 <= k && k <= n)) throw new ValueError('Sample larger than population or is negative');
    if (!Number.isInteger(k)) throw new TypeError("can't multiply sequence by non-int of type 'float'");
    const result = new Array<unknown>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** pyCeil(pyLog(k * 3) / LOG4);
    if (n <= setsize) {
      const pool = new Array<unknown>(n);
      for (let i = 0; i < n; i++) pool[i] = s.get(i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = s.get(j);
      }
    }
    return result;
  }

  /**
   * `k` elements chosen with replacement, optionally weighted (relative or cumulative weights).
   * @param population - the sequence or range() to draw from.
   * @param weights - relative weights, one per element (default null: equal).
   * @param cum_weights - cumulative weights, instead of weights (default null).
   * @param k - how many to choose (default 1).
   * @example r.choices(['x', 'y'], [3, 1], null, 10);
   */
  choices(population: PyRange, weights?: ArrayLike<number> | number | null, cum_weights?: ArrayLike<number> | null, k?: number): number[];
  choices<T>(population: ArrayLike<T>, weights?: ArrayLike<number> | number | null, cum_weights?: ArrayLike<number> | null, k?: number): T[];
  choices<T>(population: Population<T>, weights?: ArrayLike<number> | number | null, cum_weights?: ArrayLike<number> | null, k?: number): T[];
  choices(population: Population<unknown>, weights?: ArrayLike<number> | number | null, cum_weights?: ArrayLike<number> | null, k: number = 1): unknown[] {
    const s = seqOf(population);
    if (s === null) throw new TypeError(`object of type '${pyTypeName(population)}' has no len()`);
    const n = s.length;
    let cum: number[];
    if (cum_weights === undefined || cum_weights === null) {
      if (weights === undefined || weights === null) {
        const count = repeatCount(k);
        const nf = n;
        const out = new Array<unknown>(Math.max(0, count));
        for (let i = 0; i < count; i++) out[i] = s.get(Math.floor(this.random() * nf));
        return out;
      }
      if (typeof weights === 'number' || typeof weights === 'bigint') {
        if (!Number.isInteger(Number(weights))) throw new TypeError(`'float' object is not iterable`);
        throw new TypeError(`The number of choices must be a keyword argument: k=${weights}`);
      }
      cum = accumulate(weights, 'weights');
    } else if (weights !== undefined && weights !== null) {
      throw new TypeError('Cannot specify both weights and cumulative weights');
    } else {
      cum = toNumbers(cum_weights, 'cum_weights');
    }
    if (cum.length !== n) throw new ValueError('The number of weights does not match the population');
    if (cum.length === 0) throw new IndexError('list index out of range');
    const total = cum[n - 1]! + 0.0;
    if (total <= 0.0) throw new ValueError('Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new ValueError('Total of weights must be finite');
    const count = repeatCount(k);
    const hi = n - 1;
    const out = new Array<unknown>(Math.max(0, count));
    for (let i = 0; i < count; i++) out[i] = s.get(bisectRight(cum, this.random() * total, 0, hi));
    return out;
  }

  /**
   * A random float N between a and b (a + (b - a) * random()).
   * @param a - one end.
   * @param b - the other end.
   * @example r.uniform(2.5, 10);
   */
  uniform(a: number, b: number): number {
    requireArgs('uniform', ['a', 'b'], [a, b]);
    const fa = real(a, 'uniform', 'a'), fb = real(b, 'uniform', 'b');
    return fa + (fb - fa) * this.random();
  }

  /**
   * A random float from the triangular distribution on [low, high] with peak at mode.
   * @param low - lower limit (default 0.0).
   * @param high - upper limit (default 1.0).
   * @param mode - the peak (default null: the midpoint).
   * @example r.triangular(0, 10, 3);
   */
  triangular(low: number = 0.0, high: number = 1.0, mode?: number | null): number {
    let lo = real(low, 'triangular', 'low'), hi = real(high, 'triangular', 'high');
    const m = mode === undefined || mode === null ? null : real(mode, 'triangular', 'mode');
    let u = this.random();
    let c: number;
    if (m === null) c = 0.5;
    else {
      if (hi - lo === 0) return lo;
      c = (m - lo) / (hi - lo);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      const t = lo; lo = hi; hi = t;
    }
    return lo + (hi - lo) * pySqrt(u * c);
  }

  /**
   * A normal (Gaussian) variate by Kinderman and Monahan's ratio method.
   * @param mu - mean (default 0.0).
   * @param sigma - standard deviation (default 1.0).
   * @example r.normalvariate(0, 1);
   */
  normalvariate(mu: number = 0.0, sigma: number = 1.0): number {
    const m = real(mu, 'normalvariate', 'mu'), sd = real(sigma, 'normalvariate', 'sigma');
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -pyLog(u2)) break;
    }
    return m + z * sd;
  }

  /**
   * A normal variate by Box-Muller, caching the second value in gauss_next.
   * @param mu - mean (default 0.0).
   * @param sigma - standard deviation (default 1.0).
   * @example r.gauss(100, 15);
   */
  gauss(mu: number = 0.0, sigma: number = 1.0): number {
    const m = real(mu, 'gauss', 'mu'), sd = real(sigma, 'gauss', 'sigma');
    let z = this.gauss_next;
    this.gauss_next = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = pySqrt(-2.0 * pyLog(1.0 - this.random()));
      z = pyCos(x2pi) * g2rad;
      this.gauss_next = sin(x2pi) * g2rad;
    }
    return m + z * sd;
  }

  /**
   * A log-normal variate: exp of a normal variate with mean mu and std sigma.
   * @param mu - mean of the underlying normal.
   * @param sigma - its standard deviation, > 0.
   * @example r.lognormvariate(0, 0.25);
   */
  lognormvariate(mu: number, sigma: number): number {
    requireArgs('lognormvariate', ['mu', 'sigma'], [mu, sigma]);
    const m = real(mu, 'lognormvariate', 'mu'), sd = real(sigma, 'lognormvariate', 'sigma');
    return pyExp(this.normalvariate(m, sd));
  }

  /**
   * An exponential variate with rate lambd (mean 1/lambd); required in CPython 3.11.
   * @param lambd - rate, nonzero (negative gives values in (-inf, 0]).
   * @example r.expovariate(1.5);
   */
  expovariate(lambd: number): number {
    const l = real(lambd, 'expovariate', 'lambd');
    return fdiv(-pyLog(1.0 - this.random()), l);
  }

  /**
   * A von Mises (circular normal) variate in [0, 2*pi).
   * @param mu - mean angle in radians.
   * @param kappa - concentration, >= 0 (0 is uniform).
   * @example r.vonmisesvariate(Math.PI, 4);
   */
  vonmisesvariate(mu: number, kappa: number): number {
    requireArgs('vonmisesvariate', ['mu', 'kappa'], [mu, kappa]);
    const m = real(mu, 'vonmisesvariate', 'mu'), kp = real(kappa, 'vonmisesvariate', 'kappa');
    if (kp <= 1e-6) return TWOPI * this.random();
    // CPython loops forever on a NaN kappa; we refuse it instead.
    if (kp !== kp) throw new ValueError('vonmisesvariate: kappa is NaN (CPython would loop forever)');
    const s = 0.5 / kp;
    const r = s + pySqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = pyCos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * pyExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    if (u3 > 0.5) return pyModPositive(m + pyAcos(f), TWOPI);
    return pyModPositive(m - pyAcos(f), TWOPI);
  }

  /**
   * A gamma variate (Cheng's method for alpha > 1, exponential for 1, Ahrens-Dieter GS below).
   * @param alpha - shape, > 0.
   * @param beta - scale, > 0 (mean alpha * beta).
   * @example r.gammavariate(2, 3);
   */
  gammavariate(alpha: number, beta: number): number {
    requireArgs('gammavariate', ['alpha', 'beta'], [alpha, beta]);
    const a = real(alpha, 'gammavariate', 'alpha'), bt = real(beta, 'gammavariate', 'beta');
    if (a <= 0.0 || bt <= 0.0) throw new ValueError('gammavariate: alpha and beta must be > 0.0');
    if (a > 1.0) {
      const ainv = pySqrt(2.0 * a - 1.0);
      const bbb = a - LOG4;
      const ccc = a + ainv;
      // CPython's rejection loop never ends when ccc overflows (inf * 0 is NaN); refuse instead.
      if (ccc === Infinity) throw new ValueError('gammavariate: alpha too large (CPython would loop forever)');
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = pyLog(u1 / (1.0 - u1)) / ainv;
        const x = a * pyExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= pyLog(z)) return x * bt;
      }
    }
    if (a === 1.0) return -pyLog(1.0 - this.random()) * bt;
    if (a !== a) throw new ValueError('gammavariate: alpha is NaN (CPython would loop forever)');
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (E + a) / E;
      const p = b * u;
      if (p <= 1.0) x = pyPow(p, 1.0 / a);
      else x = -pyLog((b - p) / a);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= pyPow(x, a - 1.0)) break;
      } else if (u1 <= pyExp(-x)) break;
    }
    return x * bt;
  }

  /**
   * A beta variate in [0, 1], from two gamma variates.
   * @param alpha - first shape, > 0.
   * @param beta - second shape, > 0.
   * @example r.betavariate(2, 5);
   */
  betavariate(alpha: number, beta: number): number {
    requireArgs('betavariate', ['alpha', 'beta'], [alpha, beta]);
    const a = real(alpha, 'betavariate', 'alpha'), b = real(beta, 'betavariate', 'beta');
    const y = this.gammavariate(a, 1.0);
    if (y) return y / (y + this.gammavariate(b, 1.0));
    return 0.0;
  }

  /**
   * A Pareto variate, 1 / (1 - random()) ** (1 / alpha).
   * @param alpha - shape.
   * @example r.paretovariate(3);
   */
  paretovariate(alpha: number): number {
    const a = real(alpha, 'paretovariate', 'alpha');
    const u = 1.0 - this.random();
    return pyPow(u, fdiv(-1.0, a));
  }

  /**
   * A Weibull variate, alpha * (-log(1 - random())) ** (1 / beta).
   * @param alpha - scale.
   * @param beta - shape.
   * @example r.weibullvariate(1, 1.5);
   */
  weibullvariate(alpha: number, beta: number): number {
    requireArgs('weibullvariate', ['alpha', 'beta'], [alpha, beta]);
    const a = real(alpha, 'weibullvariate', 'alpha'), b = real(beta, 'weibullvariate', 'beta');
    const u = 1.0 - this.random();
    return a * pyPow(-pyLog(u), fdiv(1.0, b));
  }

  /**
   * The number of successes in n independent trials with success probability p
   * (CPython 3.12's algorithm; 3.11 has none).
   * @param n - number of trials, >= 0 (default 1).
   * @param p - success probability in [0, 1] (default 0.5).
   * @example r.binomialvariate(10, 0.3);
   */
  binomialvariate(n: number = 1, p: number = 0.5): number {
    return binomialvariate(() => this.random(), real(n, 'binomialvariate', 'n'), real(p, 'binomialvariate', 'p'));
  }
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** itertools.repeat(None, k)'s count: an int (negative repeats nothing). */
function repeatCount(k: unknown): number {
  return indexCount(k);
}

function toNumbers(a: unknown, what: string): number[] {
  if (a === null || typeof a !== 'object' || typeof (a as ArrayLike<number>).length !== 'number') {
    throw new TypeError(`'${pyTypeName(a)}' object is not iterable`);
  }
  const arr = a as ArrayLike<unknown>;
  const out = new Array<number>(arr.length);
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    if (typeof v === 'number') out[i] = v;
    else if (typeof v === 'boolean') out[i] = v ? 1 : 0;
    else if (typeof v === 'bigint') out[i] = Number(v);
    else throw new TypeError(`${what} must be numbers, not '${pyTypeName(v)}'`);
  }
  return out;
}

/** itertools.accumulate over numbers (left to right, as Python adds floats). */
function accumulate(a: unknown, what: string): number[] {
  const out = toNumbers(a, what);
  for (let i = 1; i < out.length; i++) out[i] = out[i - 1]! + out[i]!;
  return out;
}
