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

export class Random {
  /** The Mersenne Twister this generator draws from (src/bitgen's MT19937, seeded the CPython way). */
  private readonly mt: MT19937;
  /** gauss()'s cached second value, CPython's `gauss_next`. */
  gauss_next: number | null = null;

  constructor(x?: PySeed) {
    this.mt = new MT19937(0);
    this.seed(x);
  }

  /** seed(a=None, version=2). */
  seed(a?: PySeed, version: number = 2): void {
    const key = a === null || a === undefined ? Array.from(randomWords(624)) : seedKey(a, version);
    // A plain array always takes init_by_array, as CPython does even for a one-word key.
    this.mt.legacySeed(key);
    this.gauss_next = null;
  }

  /** getstate() as CPython's (3, (624 words..., index), gauss_next) with lists for tuples. */
  getstate(): PyState {
    const st = this.mt.state.state;
    const words = Array.from(st.key);
    words.push(st.pos);
    return [3, words, this.gauss_next];
  }

  /** setstate(state): version 3 (or 2) states from getstate() or from Python. */
  setstate(state: unknown): void {
    const { key, pos } = parseState(state, (g) => { this.gauss_next = g; });
    this.mt.state = { bit_generator: 'MT19937', state: { key, pos } };
  }

  /** The state as JSON-able data, `[3, [625 numbers], gauss_next]` (json.dumps(getstate()) in Python). */
  toJSON(): PyState {
    return this.getstate();
  }

  /** A Random continuing a state from toJSON / Python's json.dumps(random.getstate()). */
  static fromJSON(json: string | unknown): Random {
    const r = new Random(0);
    r.setstate(stateFromJSON(json));
    return r;
  }

  /** random() -> x in [0, 1). */
  random(): number {
    // genrand_res53: (a * 2^26 + b) / 2^53 from two words shifted by 5 and 6, which is exactly
    // numpy's MT19937 next_double.
    return this.mt.next_double();
  }

  /**
   * getrandbits(k): a number for k <= 32, a bigint for k > 32 (CPython returns an int either way).
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

  /** randbytes(n) as a Uint8Array: getrandbits(n * 8).to_bytes(n, 'little'). */
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
   * randrange(start, stop=None, step=1). Numbers give a number; a bigint argument gives a bigint.
   * Numbers beyond ±2**53 must be passed as bigints (RangeError).
   */
  randrange(start: PyInt, stop?: PyInt | null, step?: PyInt): PyInt {
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

  /** randint(a, b): randrange(a, b + 1). */
  randint(a: PyInt, b: PyInt): PyInt {
    requireArgs('randint', ['a', 'b'], [a, b]);
    let stop: unknown;
    if (typeof b === 'bigint') stop = b + 1n;
    else if (typeof b === 'number') stop = b + 1;
    else if (typeof b === 'boolean') stop = (b ? 1 : 0) + 1;
    else if (typeof b === 'string') throw new TypeError('can only concatenate str (not "int") to str');
    else throw new TypeError(`unsupported operand type(s) for +: '${pyTypeName(b)}' and 'int'`);
    return this.randrange(a, stop as PyInt);
  }

  /** choice(seq): seq is an array, typed array, string or range(). */
  choice<T>(seq: Population<T>): T {
    const s = seqOf(seq);
    if (s === null) throw new TypeError(`object of type '${pyTypeName(seq)}' has no len()`);
    if (s.length === 0) throw new IndexError('Cannot choose from an empty sequence');
    return s.get(this.randbelow(s.length));
  }

  /** shuffle(x): in place, for arrays and typed arrays. */
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

  /** sample(population, k, counts=None). */
  sample<T>(population: Population<T>, k: number, counts?: ArrayLike<number> | null): T[] {
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
      const selections = this.sample<number>(new PyRange(0, total), k);
      return selections.map((v) => s.get(bisectRight(cum, v)));
    }
    if (typeof k === 'bigint') k = Number(k);
    if (typeof k === 'boolean') k = k ? 1 : 0;
    if (typeof k !== 'number') throw new TypeError(`'<=' not supported between instances of 'int' and '${pyTypeName(k)}'`);
    if (!(0 <= k && k <= n)) throw new ValueError('Sample larger than population or is negative');
    if (!Number.isInteger(k)) throw new TypeError("can't multiply sequence by non-int of type 'float'");
    const result = new Array<T>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** pyCeil(pyLog(k * 3) / LOG4);
    if (n <= setsize) {
      const pool = new Array<T>(n);
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

  /** choices(population, weights=None, cum_weights=None, k=1). */
  choices<T>(population: Population<T>, weights?: ArrayLike<number> | number | null, cum_weights?: ArrayLike<number> | null, k: number = 1): T[] {
    const s = seqOf(population);
    if (s === null) throw new TypeError(`object of type '${pyTypeName(population)}' has no len()`);
    const n = s.length;
    let cum: number[];
    if (cum_weights === undefined || cum_weights === null) {
      if (weights === undefined || weights === null) {
        const count = repeatCount(k);
        const nf = n;
        const out = new Array<T>(Math.max(0, count));
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
    const out = new Array<T>(Math.max(0, count));
    for (let i = 0; i < count; i++) out[i] = s.get(bisectRight(cum, this.random() * total, 0, hi));
    return out;
  }

  /** uniform(a, b). */
  uniform(a: number, b: number): number {
    requireArgs('uniform', ['a', 'b'], [a, b]);
    const fa = real(a, 'uniform', 'a'), fb = real(b, 'uniform', 'b');
    return fa + (fb - fa) * this.random();
  }

  /** triangular(low=0.0, high=1.0, mode=None). */
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

  /** normalvariate(mu=0.0, sigma=1.0): Kinderman and Monahan's ratio method. */
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

  /** gauss(mu=0.0, sigma=1.0), with the gauss_next cache. */
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

  /** lognormvariate(mu, sigma). */
  lognormvariate(mu: number, sigma: number): number {
    requireArgs('lognormvariate', ['mu', 'sigma'], [mu, sigma]);
    const m = real(mu, 'lognormvariate', 'mu'), sd = real(sigma, 'lognormvariate', 'sigma');
    return pyExp(this.normalvariate(m, sd));
  }

  /** expovariate(lambd) (required in 3.11). */
  expovariate(lambd: number): number {
    const l = real(lambd, 'expovariate', 'lambd');
    return fdiv(-pyLog(1.0 - this.random()), l);
  }

  /** vonmisesvariate(mu, kappa). */
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

  /** gammavariate(alpha, beta): Cheng's method (alpha > 1), exponential (= 1), Ahrens-Dieter GS (< 1). */
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

  /** betavariate(alpha, beta). */
  betavariate(alpha: number, beta: number): number {
    requireArgs('betavariate', ['alpha', 'beta'], [alpha, beta]);
    const a = real(alpha, 'betavariate', 'alpha'), b = real(beta, 'betavariate', 'beta');
    const y = this.gammavariate(a, 1.0);
    if (y) return y / (y + this.gammavariate(b, 1.0));
    return 0.0;
  }

  /** paretovariate(alpha). */
  paretovariate(alpha: number): number {
    const a = real(alpha, 'paretovariate', 'alpha');
    const u = 1.0 - this.random();
    return pyPow(u, fdiv(-1.0, a));
  }

  /** weibullvariate(alpha, beta). */
  weibullvariate(alpha: number, beta: number): number {
    requireArgs('weibullvariate', ['alpha', 'beta'], [alpha, beta]);
    const a = real(alpha, 'weibullvariate', 'alpha'), b = real(beta, 'weibullvariate', 'beta');
    const u = 1.0 - this.random();
    return a * pyPow(-pyLog(u), fdiv(1.0, b));
  }

  /** binomialvariate(n=1, p=0.5), from CPython 3.12 (3.11 has none). */
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
