// MT19937 as numpy runs it: SeedSequence seeding for `new MT19937(seed)`, the legacy
// init_genrand / init_by_array seeding for RandomState, and numpy's state dicts.
import { MT19937_BRAND } from '../core/brands.js';
import { checkArgCount } from '../core/keywords.js';
import { cLong, isPyInt } from '../core/pyint.js';
import { ValueError } from '../core/errors.js';
import { isTypedArray, shapeOf, flatten, type NDArray, type Size, type TypedArray } from '../core/ndarray.js';
import { BitGenerator, type SeedLike } from './bit_generator.js';
import { kernels } from './kernels.js';
import { temper } from './kernels/mt19937_ts.js';
import { mt19937Jump } from './mt19937_jump.js';
import { randomRawPairs } from './raw_output.js';
import { SeedSequence } from './seed_sequence.js';
import { cInt, cUnsigned, getIndex, getKey, isPyDict } from './py_state.js';

const N = 624;
const UPPER = 0x80000000 | 0;
/** 2^-53: (a * 2^26 + b) / 2^53 as an exact multiplication. */
// (a literal, as in the other hot loops: V8 loads an imported binding on every use; core/constants.ts has the shared value)
const TWO_M53 = 1.1102230246251565e-16;

/** numpy's MT19937 state dict: the 624 key words and the position in them. */
export interface MT19937State {
  bit_generator: 'MT19937';
  state: { key: Uint32Array; pos: number };
}

/** A legacy seed: an integer in [0, 2**32-1] or a 1-d array of them. */
export type LegacySeed = number | bigint | boolean | readonly (number | bigint)[] | TypedArray | NDArray<TypedArray>;

/**
 * numpy's MT19937 bit generator: the 32-bit Mersenne Twister (period 2**19937 - 1), seeded
 * through SeedSequence; RandomState uses its legacy seeding instead.
 * @example const bg = new MT19937(42); bg.random_raw();
 */
export class MT19937 extends BitGenerator {
  /** Marks MT19937 and its subclasses for isMT19937 (core/brands.ts). */
  get [MT19937_BRAND](): true {
    return true;
  }

  /** The untempered state words (numpy's `key`), as int32 bit patterns. */
  private readonly key = new Int32Array(N);
  private pos = N;

  /**
   * @param seed - an int, an array of ints or a SeedSequence; null/undefined (default) draws
   *   fresh OS entropy. The 624 state words come from SeedSequence.generate_state.
   */
  constructor(seed?: SeedLike) {
    checkArgCount('__init__', arguments, 1);
    super(seed);
    this.seedFromSequence(this._seed_seq!);
    this.pos = N - 1;
  }

  /** Always `'MT19937'`. */
  get name(): string {
    return 'MT19937';
  }

  private seedFromSequence(ss: SeedSequence): void {
    const val = ss.generateWords(N);
    this.key.set(val);
    this.key[0] = UPPER;
  }

  /**
   * numpy's `_legacy_seeding` (RandomState(seed) and RandomState.seed): init_genrand for an
   * int, init_by_array for a 1-d array, fresh entropy for null.
   * @param seed - an int in [0, 2**32 - 1], a 1-d array of them, or null/undefined (default).
   * @example new MT19937().legacySeed(1234);
   */
  legacySeed(seed?: LegacySeed | null): void {
    if (seed === null || seed === undefined) {
      const keep = this.pos;
      this.seedFromSequence(new SeedSequence());
      this.pos = keep;
    } else {
      const scalar = legacyScalar(seed);
      if (scalar !== null) this.initGenrand(scalar);
      else this.initByArray(legacyArray(seed as readonly (number | bigint)[] | TypedArray));
    }
    this._seed_seq = null;
  }

  private initGenrand(s: number): void {
    const k = this.key;
    k[0] = s;
    for (let i = 1; i < N; i++) {
      const prev = k[i - 1]!;
      k[i] = Math.imul(1812433253, prev ^ (prev >>> 30)) + i;
    }
    this.pos = N;
  }

  private initByArray(init: Uint32Array): void {
    this.initGenrand(19650218);
    const mt = this.key;
    const len = init.length;
    let i = 1, j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const p = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(p ^ (p >>> 30), 1664525)) + init[j]! + j) | 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const p = mt[i - 1]!;
      mt[i] = ((mt[i]! ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i) | 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
    }
    mt[0] = UPPER;
    this.pos = N;
  }

  next_uint32(): number {
    if (this.pos >= N) {
      kernels().mt19937.regenerate(this.key);
      this.pos = 0;
    }
    return temper(this.key[this.pos++]!);
  }

  next_uint64(): void {
    this.hi = this.next_uint32();
    this.lo = this.next_uint32();
  }

  next_raw(): void {
    this.hi = 0;
    this.lo = this.next_uint32();
  }

  next_double(): number {
    const a = this.next_uint32() >>> 5, b = this.next_uint32() >>> 6;
    return (a * 67108864.0 + b) * TWO_M53;
  }

  // The bulk loops (src/bitgen/kernels) are functions over locals that return the new position:
  // a loop compiled on-stack before its first `this.pos` store would deoptimise at that store.
  override fill_double(out: Float64Array, start = 0, end = out.length): void {
    this.pos = kernels().mt19937.doubles(this.key, this.pos, out, start, end);
  }

  override fill_uint32(out: Uint32Array, start = 0, end = out.length): void {
    this.pos = kernels().mt19937.words(this.key, this.pos, out, start, end);
  }

  /**
   * out[0, n) = values in [0, rng] by numpy's masked rejection or 32-bit Lemire, drawn in one
   * fused kernel; false (nothing drawn) where the kernel leaves the word loop to the caller.
   */
  fillBounded32(out: Uint32Array, n: number, masked: boolean, a: number, b: number): boolean {
    const bounded = kernels().mt19937.bounded;
    if (bounded === null) return false;
    this.pos = bounded(this.key, this.pos, out, n, masked, a, b);
    return true;
  }

  /** out[0, n) = off + values in [0, rng], as fillBounded32, into float64 (within 2^53), or false. */
  fillBounded32F64(out: Float64Array, n: number, off: number, masked: boolean, a: number, b: number): boolean {
    const bounded = kernels().mt19937.boundedF64;
    if (bounded === null) return false;
    this.pos = bounded(this.key, this.pos, out, n, masked, a, b, off);
    return true;
  }

  /** numpy's random_raw: each output is one 32-bit word (the high half 0). */
  override random_raw(size?: Size, output = true): bigint | NDArray<BigUint64Array> | null {
    return randomRawPairs(this.rawPairs, size, output);
  }

  private readonly rawPairs = (out: Uint32Array, off: number, n: number): void => {
    this.pos = kernels().mt19937.words(this.key, this.pos, out, 2 * off, 2 * (off + n), 2);
    for (let i = 2 * off + 1, end = 2 * (off + n); i < end; i += 2) out[i] = 0;
  };

  /** next_uint64 is two words, high first. */
  override fill_uint64(out: Uint32Array, off: number, n: number): void {
    this.pos = kernels().mt19937.pairs(this.key, this.pos, out, 2 * off, 2 * (off + n));
  }

  /**
   * A new MT19937 (freshly seeded, then given this state) jumped ahead 2**128 steps `jumps`
   * times, as numpy's jumped; this generator is unchanged.
   * @param jumps - number of 2**128-step jumps (default 1).
   * @example const far = new MT19937(1).jumped(2);
   */
  jumped(jumps: number | bigint = 1): MT19937 {
    // numpy converts jumps to npy_intp (Cython's C-long conversion) before any work
    const n = cLong(jumps);
    const bg = new MT19937();
    bg.state = this.state;
    for (let i = 0; i < n; i++) bg.pos = mt19937Jump(bg.key, bg.pos);
    return bg;
  }

  /**
   * numpy's state dict `{ bit_generator: 'MT19937', state: { key, pos } }`; assignment also takes
   * the legacy tuple `['MT19937', key, pos, ...]`.
   * @example const s = bg.state; bg.state = s;
   */
  get state(): MT19937State {
    return { bit_generator: 'MT19937', state: { key: new Uint32Array(this.key.buffer.slice(0)), pos: this.pos } };
  }

  set state(value: MT19937State | object) {
    const v = value as Partial<MT19937State> | readonly unknown[];
    if (Array.isArray(v)) {
      // a JS array stands for a list, which numpy refuses as not a dict; a well-formed one is
      // taken as the legacy tuple
      if (v[0] !== 'MT19937' || (v.length !== 3 && v.length !== 5)) throw new TypeError('state must be a dict');
      this.state = { bit_generator: 'MT19937', state: { key: v[1] as Uint32Array, pos: v[2] as number } };
      return;
    }
    if (!isPyDict(v)) throw new TypeError('state must be a dict');
    if (v.bit_generator !== 'MT19937') throw new ValueError('state must be for a MT19937 PRNG');
    // numpy copies key[i] in one word at a time (each cast to uint32_t), then pos as a C int: a
    // bad word or pos leaves the words before it copied, here as there
    const key = getKey(getKey(v, 'state'), 'key');
    for (let i = 0; i < N; i++) this.key[i] = Number(cUnsigned(getIndex(key, i), 32)) | 0;
    const p = cInt(getKey(getKey(v, 'state'), 'pos'));
    // a pos beyond 0..624 makes numpy's next draw read outside the key (README: refused)
    if (p < 0 || p > N) throw new ValueError(`state pos must be an integer in [0, ${N}], got ${p} (numpy would read outside the key)`);
    this.pos = p;
  }
}

const SEED_RANGE = 'Seed must be between 0 and 2**32 - 1';

/** numpy's dtype of np.asarray(values) for a seed holding strings or other objects. */
function seedDtype(values: readonly unknown[]): string {
  if (values.every((v) => typeof v === 'string')) return `<U${Math.max(1, ...values.map((v) => (v as string).length))}`;
  return 'O';
}

/** The integer a legacy seed squeezes to, or null when numpy takes its array path. */
function legacyScalar(seed: LegacySeed): number | null {
  if (typeof seed === 'boolean') return seed ? 1 : 0;
  if (typeof seed === 'number' || typeof seed === 'bigint') {
    if (typeof seed === 'number' && !isPyInt(seed)) {
      throw new TypeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
    }
    if (seed < 0 || seed > 0xffffffff) throw new ValueError(SEED_RANGE);
    return Number(seed);
  }
  // ndarrays are squeezed first: a typed array holding one value acts as that integer.
  if (isTypedArray(seed) && seed.length === 1) return legacyScalar(seed[0] as number | bigint);
  return null;
}

function legacyArray(seed: readonly (number | bigint)[] | TypedArray): Uint32Array {
  if (!Array.isArray(seed) && !isTypedArray(seed)) {
    throw new TypeError(`Cannot cast scalar from dtype('${seedDtype([seed])}') to dtype('int64') according to the rule 'safe'`);
  }
  const shape = shapeOf(seed);
  const values = flatten(seed, (v) => v);
  if (values.length === 0) throw new ValueError('Seed must be non-empty');
  if (values.some((v) => typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean')) {
    throw new TypeError(`Cannot cast array data from dtype('${seedDtype(values)}') to dtype('int64') according to the rule 'safe'`);
  }
  if (seed instanceof Float32Array || seed instanceof Float64Array || values.some((v) => typeof v === 'number' && !isPyInt(v))) {
    throw new TypeError("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'");
  }
  if (seed instanceof BigUint64Array) {
    throw new TypeError("Cannot cast array data from dtype('uint64') to dtype('int64') according to the rule 'safe'");
  }
  if (shape.length !== 1) throw new ValueError('Seed array must be 1-d');
  const out = new Uint32Array(values.length);
  values.forEach((v, i) => {
    const n = Number(v);
    if (n < 0 || n > 0xffffffff) throw new ValueError(SEED_RANGE);
    out[i] = n;
  });
  return out;
}
