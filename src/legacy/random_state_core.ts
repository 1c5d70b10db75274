// RandomState's state handling and its non-distribution methods, exactly as numpy's mtrand.pyx.
import {
  arangeLength, bytesWordCount, cLong, checkSequence, intpProduct, strSwapFails, isPyInt, pyFloatAsDouble, pyIntOfScalar, pyTruthy,
  sizeProductIsZero, sliceLength,
} from '../core/pyint.js';
import { RANDOM_STATE_BRAND } from '../core/brands.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MAX_EXACT = 2n ** 53n;
import { BitGenerator, isBitGeneratorClass } from '../bitgen/bit_generator.js';
import { MT19937, type LegacySeed } from '../bitgen/mt19937.js';
import { cInt, isPyDict } from '../bitgen/py_state.js';
import { broadcastDraw } from '../core/broadcast.js';
import { POISSON_LAM_MAX } from '../core/constraints.js';
import { IndexError, ValueError } from '../core/errors.js';
import { type Int64Result, int64Result } from '../core/int64_result.js';
import { DeprecationWarning, RuntimeWarning, warn } from '../core/warnings.js';
import { kahanSum, normalisedCdf, searchsortedRight, searchsortedRightInPlace } from '../core/kahan.js';
import {
  type ArrayLike, type NDArray, type Size, type TypedArray,
  INSPECT, asFloat64, isTypedArray, normalizeSize, pyStr, shapeOf, shapeSize, withShape,
} from '../core/ndarray.js';
import { type Sequence, firstAxisLength, rowSize, shuffleDict, swapRows, takeRows } from '../core/sequence.js';
import { bounded32, boundedRun, genMask32, randomInterval } from '../distributions/bounded.js';
import { type IntResult, boundedIntegers } from '../core/integers.js';
import { randomBytes } from '../distributions/int_fill.js';
import { fillLegacyGauss } from '../distributions/legacy_fill.js';
import { intDtype } from '../core/int_dtypes.js';
import { type AugState, legacyGauss } from './aug_state.js';
import { asArray, finish, takeAlong } from '../generator/nd.js';
import { legacyStateFromJSON, legacyStateToJSON } from './state_json.js';
import type { Shape, IntegerDtype, IntegerArray, IntegerScalar, ElementOf } from '../core/ndarray.js'; // overload signatures

/** numpy's legacy state tuple: ('MT19937', key, pos, has_gauss, cached_gaussian). */
export type LegacyStateTuple = [name: 'MT19937', key: Uint32Array, pos: number, has_gauss: number, gauss: number];

/** numpy's state dict: the bit generator's state plus the gauss cache. */
export interface LegacyStateDict {
  bit_generator: string;
  state: Record<string, unknown>;
  has_gauss: number;
  gauss: number;
  [k: string]: unknown;
}

const EPS64 = 2.220446049250313e-16;
const SHUFFLE_J = new Float64Array(2048);
const EPS32 = 1.1920928955078125e-7;

/**
 * numpy's legacy RandomState without its distributions: state handling (seed, get_state,
 * set_state, JSON), uniform floats, integers, bytes, choice, shuffle and permutation.
 * {@link RandomState} extends it with every legacy distribution; use that class.
 * @example new RandomState(42).random_sample(3)
 */
export class RandomStateCore {
  /** Marks RandomState for isRandomState (core/brands.ts). */
  get [RANDOM_STATE_BRAND](): true {
    return true;
  }

  /** numpy's class attribute: the largest lam poisson accepts (RandomState._poisson_lam_max). */
  static readonly _poisson_lam_max = POISSON_LAM_MAX;
  /** The same value on an instance, as numpy's class attribute reads there too. */
  get _poisson_lam_max(): number {
    return POISSON_LAM_MAX;
  }

  protected _bit_generator!: BitGenerator;
  /** The bit generator plus the cached polar gaussian (numpy's aug_state). */
  protected readonly _aug: AugState = { bitgen: undefined as unknown as BitGenerator, has_gauss: 0, gauss: 0 };

  /**
   * `new RandomState(seed?)`: no seed (or null) seeds MT19937 from SeedSequence entropy; an integer
   * or a
   * 1-d array of integers uses numpy's legacy MT19937 seeding; a BitGenerator is used as is.
   * @param seed - integer, 1-d integer array, BitGenerator or null (default: fresh entropy)
   * @example const rs = new RandomState(1234); rs.rand(2)
   */
  constructor(seed?: LegacySeed | BitGenerator | null) {
    // numpy tells a bit generator by its `capsule` attribute, which the class has too: so a
    // BitGenerator class (not an instance) reaches _initialize_bit_generator and is refused there
    if (seed instanceof BitGenerator || isBitGeneratorClass(seed)) {
      this._initialize_bit_generator(seed as BitGenerator);
    } else {
      const bg = new MT19937();
      if (seed !== null && seed !== undefined) bg.legacySeed(seed);
      this._initialize_bit_generator(bg);
    }
  }

  /**
   * numpy's _initialize_bit_generator: makes `bit_generator` the source of draws and resets the
   * gauss cache (used by set_bit_generator).
   * @param bit_generator - an instantiated BitGenerator (a class is refused with ValueError)
   * @example new RandomState()._initialize_bit_generator(new PCG64(1))
   */
  _initialize_bit_generator(bit_generator: BitGenerator): void {
    if (!(bit_generator instanceof BitGenerator)) {
      throw new ValueError('Invalid bit generator. The bit generator must be instantized.');
    }
    this._bit_generator = bit_generator;
    this._aug.bitgen = bit_generator;
    this._aug.has_gauss = 0;
    this._aug.gauss = 0.0;
  }

  /**
   * The BitGenerator this RandomState draws from (numpy's `_bit_generator`).
   * @example new RandomState(0).bit_generator.state
   */
  get bit_generator(): BitGenerator {
    return this._bit_generator;
  }

  /**
   * `RandomState(MT19937)`, like numpy's repr without the address.
   * @example String(new RandomState(0))
   */
  toString(): string {
    return `RandomState(${this._bit_generator.name})`;
  }

  /** Node's console.log / util.inspect show numpy's str (its repr without the address). */
  [INSPECT](): string {
    return this.toString();
  }

  /**
   * Reseeds the legacy MT19937 (numpy's RandomState.seed) and clears the gauss cache; a TypeError
   * if the bit generator is not MT19937.
   * @param seed - integer, 1-d integer array, or omitted/null for fresh entropy
   * @example rs.seed(42); rs.rand()
   */
  seed(seed?: LegacySeed | null): void {
    if (!(this._bit_generator instanceof MT19937)) throw new TypeError('can only re-seed a MT19937 BitGenerator');
    this._bit_generator.legacySeed(seed);
    this._aug.has_gauss = 0;
    this._aug.gauss = 0.0;
  }

  /**
   * numpy's get_state: the legacy tuple ['MT19937', key, pos, has_gauss, gauss] by default, the
   * state dict (bit generator state plus gauss cache) with `legacy=false`. For a non-MT19937 bit
   * generator it warns and returns the dict.
   * @param legacy - true (default) for the tuple, false for the dict
   * @example const st = rs.get_state(); rs.rand(); rs.set_state(st)
   */
  get_state(legacy?: true): LegacyStateTuple | LegacyStateDict;
  get_state(legacy: false): LegacyStateDict;
  get_state(legacy = true): LegacyStateTuple | LegacyStateDict {
    const st = this._bit_generator.state as { bit_generator: string; state: Record<string, unknown> };
    if (st.bit_generator !== 'MT19937' && legacy) {
      warn('get_state and legacy can only be used with the MT19937 BitGenerator. To silence this warning, set `legacy` to False.', RuntimeWarning);
      legacy = false;
    }
    const dict: LegacyStateDict = { ...st, has_gauss: this._aug.has_gauss, gauss: this._aug.gauss };
    if (!legacy) return dict;
    return ['MT19937', st.state.key as Uint32Array, st.state.pos as number, this._aug.has_gauss, this._aug.gauss];
  }

  /**
   * numpy's set_state: restores a legacy tuple (3 items, or 5 with has_gauss and gauss) or a state
   * dict as returned by get_state; the bit generator must be of the state's kind.
   * @param state - the tuple or dict from get_state (or from Python)
   * @example rs.set_state(rs.get_state(false))
   */
  set_state(state: LegacyStateTuple | readonly unknown[] | LegacyStateDict | Record<string, unknown>): void {
    let st: Record<string, unknown>;
    if (Array.isArray(state)) {
      // a JS array is a Python list: state[0] of an empty one is an IndexError
      if (state.length === 0) throw new IndexError('list index out of range');
      if (state[0] !== 'MT19937') throw new ValueError('set_state can only be used with legacy MT19937 state instances.');
      if (state.length < 3) throw new IndexError('list index out of range');
      st = { bit_generator: state[0], state: { key: state[1], pos: state[2] } };
      if (state.length > 3) {
        if (state.length < 5) throw new IndexError('list index out of range');
        st.has_gauss = state[3];
        st.gauss = state[4];
      }
    } else if (isPyDict(state)) {
      if (!Object.hasOwn(state, 'bit_generator') || !Object.hasOwn(state, 'state')) throw new ValueError('state dictionary is not valid.');
      st = state as Record<string, unknown>;
    } else {
      throw new TypeError('state must be a dict or a tuple.');
    }
    // numpy stores gauss (a C double) and has_gauss (a C int) first, then the bit generator's
    // state: a bad key or pos leaves the new gauss cache in place, as numpy's does
    const gauss = pyFloatAsDouble(Object.hasOwn(st, 'gauss') ? st.gauss : 0.0);
    const has_gauss = cInt(Object.hasOwn(st, 'has_gauss') ? st.has_gauss : 0);
    this._aug.gauss = gauss;
    this._aug.has_gauss = has_gauss;
    this._bit_generator.state = st;
  }

  /** numpy's RandomState.__getstate__: get_state(false). */
  __getstate__(): LegacyStateDict {
    return this.get_state(false);
  }

  /**
   * numpy's RandomState.__setstate__: set_state(state).
   * @param state - a tuple or dict as get_state gives
   */
  __setstate__(state: Parameters<RandomStateCore['set_state']>[0]): void {
    this.set_state(state);
  }

  /**
   * numpy's state dict (get_state(false)) as JSON, 64-bit integers as decimal strings.
   * @example JSON.stringify(new RandomState(1))
   */
  toJSON(): object {
    return legacyStateToJSON(this.get_state(false));
  }

  /**
   * A RandomState holding a state from toJSON() or from Python (dict or legacy tuple form).
   * @param json - JSON text or the parsed object
   * @example RandomState.fromJSON(JSON.stringify(rs))
   */
  static fromJSON<C extends new (seed?: BitGenerator) => RandomStateCore>(this: C, json: string | object): InstanceType<C> {
    const { bitgen, has_gauss, gauss } = legacyStateFromJSON(json);
    const rs = new this(bitgen) as InstanceType<C>;
    rs._aug.has_gauss = has_gauss;
    rs._aug.gauss = gauss;
    return rs;
  }

  /**
   * Floats from the continuous uniform distribution on [0, 1) (53-bit doubles).
   * @param size - output shape (a number or number[]); omitted or null returns one number
   * @example new RandomState(42).random_sample([2, 2])
   */
  random_sample(size?: null): number;
  random_sample(size: Shape): NDArray<Float64Array>;
  random_sample(size?: Size): number | NDArray<Float64Array>;
  random_sample(size?: Size): number | NDArray<Float64Array> {
    const shape = normalizeSize(size);
    if (shape === null) return this._bit_generator.next_double();
    const out = new Float64Array(shapeSize(shape));
    this._bit_generator.fill_double(out);
    return withShape(out, shape);
  }

  /**
   * Alias of {@link RandomStateCore.random_sample}: uniform floats on [0, 1).
   * @param size - output shape (a number or number[]); omitted or null returns one number
   * @example rs.random(3)
   */
  random(size?: null): number;
  random(size: Shape): NDArray<Float64Array>;
  random(size?: Size): number | NDArray<Float64Array>;
  random(size?: Size): number | NDArray<Float64Array> {
    return this.random_sample(size);
  }

  /**
   * Alias of {@link RandomStateCore.random_sample}: uniform floats on [0, 1).
   * @param size - output shape (a number or number[]); omitted or null returns one number
   * @example rs.ranf(3)
   */
  ranf(size?: null): number;
  ranf(size: Shape): NDArray<Float64Array>;
  ranf(size?: Size): number | NDArray<Float64Array>;
  ranf(size?: Size): number | NDArray<Float64Array> {
    return this.random_sample(size);
  }

  /**
   * Alias of {@link RandomStateCore.random_sample}: uniform floats on [0, 1).
   * @param size - output shape (a number or number[]); omitted or null returns one number
   * @example rs.sample(3)
   */
  sample(size?: null): number;
  sample(size: Shape): NDArray<Float64Array>;
  sample(size?: Size): number | NDArray<Float64Array>;
  sample(size?: Size): number | NDArray<Float64Array> {
    return this.random_sample(size);
  }

  /**
   * rand(d0, d1, ...): uniform floats on [0, 1) in the shape given by the dimensions
   * (random_sample with the dimensions as the shape); no argument returns a number.
   * @param dims - the dimensions d0, d1, ... of the result
   * @example new RandomState(42).rand(2, 3)
   */
  rand(): number;
  rand(...dims: [number, ...number[]]): NDArray<Float64Array>;
  rand(...dims: number[]): number | NDArray<Float64Array>;
  rand(...dims: number[]): number | NDArray<Float64Array> {
    return dims.length === 0 ? this.random_sample() : this.random_sample(dims);
  }

  /**
   * randn(d0, d1, ...): standard normal samples (mean 0, standard deviation 1) in the shape given
   * by the dimensions (standard_normal with the dimensions as the shape); no argument returns a
   * number.
   * @param dims - the dimensions d0, d1, ... of the result
   * @example new RandomState(42).randn(3)
   */
  randn(): number;
  randn(...dims: [number, ...number[]]): NDArray<Float64Array>;
  randn(...dims: number[]): number | NDArray<Float64Array>;
  randn(...dims: number[]): number | NDArray<Float64Array> {
    return dims.length === 0 ? this.standard_normal() : this.standard_normal(dims);
  }

  /**
   * Samples from the standard normal distribution (mean 0, standard deviation 1), by numpy's legacy
   * polar method, which caches the second value of each pair (the gauss cache in get_state).
   * @param size - output shape (a number or number[]); omitted or null returns one number
   * @example new RandomState(0).standard_normal(4)
   */
  standard_normal(size?: null): number;
  standard_normal(size: Shape): NDArray<Float64Array>;
  standard_normal(size?: Size): number | NDArray<Float64Array>;
  standard_normal(size?: Size): number | NDArray<Float64Array> {
    const aug = this._aug;
    if (size === undefined || size === null) return legacyGauss(aug); // no closures on the scalar path
    return broadcastDraw(size, [], [], () => legacyGauss(aug), Float64Array, null, (o, n) => fillLegacyGauss(aug, o, n));
  }

  /**
   * Random integers from the discrete uniform distribution on [low, high), with numpy's legacy
   * masked rejection; low and high broadcast. dtype omitted draws numpy's int64 (C long) and
   * returns
   * JS numbers; 'int64'/'uint64' return bigint.
   * @param low - lowest integer drawn (or, without high, the exclusive upper bound with low = 0)
   * @param high - one above the largest integer drawn; default undefined/null (see low)
   * @param size - output shape (a number or number[]); omitted or null returns one number
   * @param dtype - numpy integer dtype name ('int8' ... 'uint64', 'bool'); default 'int' (int64)
   * @example new RandomState(42).randint(0, 10, 5)
   */
  randint<D extends IntegerDtype = 'int'>(low: number | bigint, high?: number | bigint | null, size?: null, dtype?: D): IntegerScalar<D>;
  randint<D extends IntegerDtype = 'int'>(low: ArrayLike, high: ArrayLike | null | undefined, size: Shape, dtype?: D): NDArray<IntegerArray<D>>;
  randint<D extends IntegerDtype = 'int'>(low: ArrayLike, high?: ArrayLike | null, size?: Size, dtype?: D): IntegerScalar<D> | NDArray<IntegerArray<D>>;
  randint(low: ArrayLike, high?: ArrayLike | null, size?: Size, dtype?: string): IntResult {
    // the size-less int64 call on safe integers with a range below 2^32 - 1: numpy's masked
    // random_bounded_uint64(bitgen, low, high - 1 - low, mask, 1) at once
    if (size === undefined && dtype === undefined && typeof low === 'number' && typeof high === 'number' &&
      Number.isSafeInteger(low) && Number.isSafeInteger(high) && high > low && high - 1 - low < 0xffffffff) {
      const rng = high - 1 - low;
      return rng === 0 ? low : low + bounded32(this._bit_generator, rng, genMask32(rng), true);
    }
    return boundedIntegers(this._bit_generator, low, high, size, intDtype(dtype, 'randint'), true, false);
  }

  /**
   * Deprecated in numpy: random integers on the closed interval [low, high]; without high, on [1,
   * low].
   * It calls randint(low, high + 1, size).
   * @param low - lowest integer drawn (or, without high, the largest, with low = 1)
   * @param high - largest integer drawn; default undefined/null (see low)
   * @param size - output shape (a number or number[]); omitted or null returns one number
   * @example rs.random_integers(1, 6, 10)
   */
  random_integers(low: number | bigint, high?: number | bigint | null, size?: null): number | bigint;
  random_integers(low: number | bigint, high: number | bigint | null | undefined, size: Shape): NDArray<Float64Array> | NDArray<BigInt64Array>;
  random_integers(low: number | bigint, high?: number | bigint | null, size?: Size): Int64Result;
  random_integers(low: number | bigint, high?: number | bigint | null, size?: Size): Int64Result {
    if (high === null || high === undefined) {
      warn(`This function is deprecated. Please call randint(1, ${pyStr(low)} + 1) instead`, DeprecationWarning);
      high = low;
      low = 1;
    } else {
      warn(`This function is deprecated. Please call randint(${pyStr(low)}, ${pyStr(high)} + 1) instead`, DeprecationWarning);
    }
    // numpy passes int(high) + 1 on to randint with its C long dtype, which it has no way to
    // change: a range beyond 2**53 draws as int64 (the same draws) and int64Result keeps the
    // exact values (README)
    const hb = pyIntOfScalar(high) + 1n;
    const h = hb >= -MAX_SAFE && hb <= MAX_SAFE ? Number(hb) : hb;
    // (an array low goes to randint as it is: its own checks and the 2**53 rule apply)
    const lb = typeof low === 'bigint' ? low : typeof low === 'number' && Number.isSafeInteger(low) ? BigInt(low) : null;
    const wide = hb - 1n > MAX_EXACT || (lb !== null && lb < -MAX_EXACT);
    return int64Result(this.randint(low, h, size, wide ? 'int64' : undefined) as number | bigint | NDArray<Float64Array> | NDArray<BigInt64Array>);
  }

  /**
   * Non-negative integers uniform on [0, 2**63 - 1] (next_uint64 >> 1, numpy's tomaxint on a
   * 64-bit C long), as bigint.
   * @param size - output shape (a number or number[]); omitted or null returns one number
   * @example rs.tomaxint(2)
   */
  tomaxint(size?: null): bigint;
  tomaxint(size: Shape): NDArray<BigInt64Array>;
  tomaxint(size?: Size): bigint | NDArray<BigInt64Array>;
  tomaxint(size?: Size): bigint | NDArray<BigInt64Array> {
    const shape = normalizeSize(size, false, 8, 'int64');
    const bg = this._bit_generator;
    const draw = (): bigint => {
      bg.next_uint64();
      return (BigInt(bg.hi >>> 1) << 32n) | BigInt(((bg.hi & 1) << 31 | (bg.lo >>> 1)) >>> 0);
    };
    if (shape === null) return draw();
    const out = new BigInt64Array(shapeSize(shape));
    for (let i = 0; i < out.length; i++) out[i] = draw();
    return withShape(out, shape);
  }

  /**
   * `length` random bytes, from little-endian uint32 draws (the last word truncated).
   * @param length - number of bytes
   * @example new RandomState(0).bytes(10)
   */
  bytes(length: number): Uint8Array {
    // numpy computes (length - 1) // 4 + 1 with C division, so length 0 still draws one word
    const { length: len, words: nw } = bytesWordCount(length);
    if (nw >= 0n && len >= 0n && nw < 0x10000000n) return randomBytes(this._bit_generator, Number(nw), Number(len));
    const n = normalizeSize(nw, false, 4, 'uint32')![0]!;
    const words = new Uint32Array(n);
    for (let i = 0; i < n; i++) words[i] = this._bit_generator.next_uint32();
    const bytes = new Uint8Array(n * 4);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < n; i++) view.setUint32(4 * i, words[i]!, true);
    return bytes.slice(0, sliceLength(bytes.length, len));
  }

  /**
   * numpy's legacy choice, every branch: a random sample from a 1-d array, or from arange(a) for an
   * integer a, with or without replacement, uniformly or with probabilities p.
   * @param a - 1-d array to sample from, or an integer n for arange(n)
   * @param size - output shape (a number or number[]); omitted or null returns one number
   * @param replace - sample with replacement; default true
   * @param p - probabilities of the entries of a (summing to 1); default undefined/null, uniform
   * @example new RandomState(0).choice(5, 3, false, [0.1, 0, 0.3, 0.6, 0])
   */
  choice(a: number | bigint | readonly (number | boolean)[], size?: null, replace?: boolean, p?: ArrayLike | null): number;
  choice(a: number | bigint | readonly (number | boolean)[], size: Shape, replace?: boolean, p?: ArrayLike | null): NDArray<Float64Array>;
  choice<T extends TypedArray>(a: T, size?: null, replace?: boolean, p?: ArrayLike | null): ElementOf<T>;
  choice<T extends TypedArray>(a: T, size: Shape, replace?: boolean, p?: ArrayLike | null): NDArray<T>;
  choice<E>(a: readonly E[], size?: null, replace?: boolean, p?: ArrayLike | null): E;
  choice<E>(a: readonly E[], size: Shape, replace?: boolean, p?: ArrayLike | null): E[];
  choice(a: number | bigint | Sequence, size?: Size, replace?: boolean, p?: ArrayLike | null): unknown;
  choice(a: number | bigint | Sequence, size?: Size, replaceArg: unknown = true, p?: ArrayLike | null): unknown {
    const replace = pyTruthy(replaceArg);
    // numpy's checks of `a` ask np.prod(size) != 0 only for an empty population (None counts as a sample)
    const samples = (): boolean => size === null || size === undefined || !sizeProductIsZero(size);
    let popSize: number;
    // numpy takes a 0-d `a` as operator.index(a.item()): an int or a bool, anything else is refused
    const isInt = typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean';
    if (!isInt && !Array.isArray(a) && !isTypedArray(a)) throw new ValueError('a must be 1-dimensional or an integer');
    if (isInt) {
      if (typeof a === 'number' && !Number.isInteger(a)) throw new ValueError('a must be 1-dimensional or an integer');
      popSize = Number(a);
      if (popSize <= 0 && samples()) throw new ValueError('a must be greater than 0 unless no samples are taken');
    } else {
      const aShape = isTypedArray(a) ? ((a as NDArray<TypedArray>).shape ?? [a.length]) : shapeOf(a as never);
      if (aShape.length !== 1) throw new ValueError('a must be 1-dimensional');
      popSize = aShape[0]!;
      if (popSize === 0 && samples()) throw new ValueError("'a' cannot be empty unless no samples are taken");
    }
    const probs = p === null || p === undefined ? null : checkProbabilities(p, popSize);
    // np.prod(shape, dtype=np.intp); numpy only rejects negative sizes when it draws (with its
    // own message for replace=False)
    const count = size === null || size === undefined ? 1 : intpProduct(size);
    if (!replace && count > popSize) throw new ValueError("Cannot take a larger sample than population when 'replace=False'");
    if (!replace && count < 0) throw new ValueError('Negative dimensions are not allowed');
    const shape = normalizeSize(size, true);
    // a product that wrapped to 0 draws nothing, then fails to reshape the empty sample
    if (!replace && count === 0 && shape !== null && shapeSize(shape) !== 0) {
      throw new ValueError(`cannot reshape array of size 0 into shape (${shape.join(',')}${shape.length === 1 ? ',' : ''})`);
    }
    const idxShape = shape ?? [];
    // the array numpy allocates: random_sample's doubles with p, else int64 indices
    if (replace || count >= 0) normalizeSize(size ?? [], false, 8, replace && probs ? 'float64' : 'int64');
    let idx: Float64Array;
    if (replace) {
      if (probs) {
        const cdf = normalisedCdf(probs);
        const u = this.random_sample(idxShape) as NDArray<Float64Array>;
        idx = searchsortedRightInPlace(cdf, u);
      } else {
        idx = this.randint(0, popSize, idxShape) as NDArray<Float64Array>;
      }
    } else {
      if (probs) {
        idx = this.choiceWithoutReplacement(probs, count);
      } else {
        // numpy's permutation(a)[:size], a view; a copy only when it lets most of the permutation go
        const perm = this.permutation(popSize) as Float64Array;
        idx = 2 * count >= popSize ? perm.subarray(0, count) : perm.slice(0, count);
      }
    }
    if (shape === null) {
      return isInt ? idx[0]! : (a as { [i: number]: unknown })[idx[0]!];
    }
    if (isInt) return withShape(idx, shape);
    return takeRows(a as Sequence, idx, shape);
  }

  private choiceWithoutReplacement(probs: Float64Array, count: number): Float64Array {
    let nonzero = 0;
    for (const v of probs) if (v > 0) nonzero++;
    if (nonzero < count) throw new ValueError('Fewer non-zero entries in p than size');
    const p = probs.slice();
    const found = new Float64Array(count);
    let nUniq = 0;
    while (nUniq < count) {
      const x = this.random_sample([count - nUniq]) as Float64Array;
      for (let i = 0; i < nUniq; i++) p[found[i]!] = 0;
      const cdf = normalisedCdf(p);
      const seen = new Set<number>();
      for (const u of x) {
        const k = searchsortedRight(cdf, u);
        if (!seen.has(k)) {
          seen.add(k);
          found[nUniq++] = k;
        }
      }
    }
    return found;
  }

  /**
   * Shuffles x in place along its first axis (numpy's legacy Fisher-Yates order); a
   * multi-dimensional x keeps each row's contents and only reorders the rows.
   * @param x - array (typed array, optionally with `shape`, or nested JS array) to shuffle
   * @example const x = [1, 2, 3, 4]; rs.shuffle(x)
   */
  shuffle(x: Sequence): void {
    if (isPyDict(x)) {
      shuffleDict(x, (i) => randomInterval(this._bit_generator, i));
      return;
    }
    if (!checkSequence(x)) return;
    if (typeof x === 'string') return strSwapFails(x, (i) => randomInterval(this._bit_generator, i));
    if (isTypedArray(x) && Object.isFrozen(x)) throw new ValueError('array is read-only');
    // len() of a 0-d ndarray (a typed array whose shape is [])
    if (isTypedArray(x) && (x as NDArray<TypedArray>).shape?.length === 0) throw new TypeError('len() of unsized object');
    const n = firstAxisLength(x);
    const bg = this._bit_generator;
    if (x instanceof Float64Array && rowSize(x) === 1) { shuffleFloat64(bg, x, n); return; }
    // numpy's random_interval(i) for i = n-1 down to 1, drawn a block at a time
    for (let i = n - 1; i >= 1;) {
      const k = Math.min(SHUFFLE_J.length, i);
      boundedRun(bg, i, k, SHUFFLE_J, true);
      for (let q = 0; q < k; q++, i--) {
        const j = SHUFFLE_J[q]!;
        if (i !== j) swapRows(x, i, j);
      }
    }
  }

  /**
   * A shuffled copy of x along its first axis, or a permutation of arange(x) for an integer x.
   * @param x - an integer n (permutes 0 ... n-1) or an array to copy and shuffle
   * @example new RandomState(0).permutation(10)
   */
  permutation(x: number | bigint | readonly (number | boolean)[]): NDArray<Float64Array>;
  permutation<T extends TypedArray>(x: T): NDArray<T>;
  permutation<E>(x: readonly E[]): E[];
  permutation(x: number | bigint | Sequence): NDArray<TypedArray> | unknown[];
  permutation(x: number | bigint | Sequence): NDArray<TypedArray> | unknown[] {
    if (typeof x === 'boolean') x = Number(x); // isinstance(True, int)
    if (typeof x === 'number' || typeof x === 'bigint') {
      if (!isPyInt(x)) throw new IndexError('x must be an integer or at least 1-dimensional');
      const arr = arangeF64(arangeLength(x));
      this.shuffle(arr);
      return withShape(arr, [arr.length]);
    }
    if (!isTypedArray(x)) {
      // np.asarray(x): a numeric nested list is a typed array of its full shape, others nested arrays
      const arr = asArray(x);
      if (arr.shape.length < 1) throw new IndexError('x must be an integer or at least 1-dimensional');
      const idx = arangeF64(arr.shape[0]!);
      this.shuffle(idx);
      return finish(takeAlong(arr.data, arr.shape, 0, idx), arr.shape) as NDArray<TypedArray> | unknown[];
    }
    const shape = (x as NDArray<TypedArray>).shape ?? [x.length];
    if (shape.length < 1) throw new IndexError('x must be an integer or at least 1-dimensional');
    const idx = arangeF64(shape[0]!);
    this.shuffle(idx);
    return takeRows(x, idx, [idx.length]);
  }
}

/**
 * 0, 1, ..., n - 1 as float64: a function of its own, for the reason shuffleFloat64 gives (inside
 * permutation, which V8 stops optimising once it has seen many argument types, this loop ran at
 * 18 ns per element in a full bench run).
 */
function arangeF64(n: number): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

/**
 * shuffle's loop for a flat Float64Array (permutation's and choice's arange): a function of its
 * own, so V8 optimises this loop quickly instead of the whole of shuffle (measured: a first
 * choice(10**5, 10**5, replace=False) took 27 ms before the optimised code arrived).
 */
function shuffleFloat64(bg: BitGenerator, x: Float64Array, n: number): void {
  for (let i = n - 1; i >= 1;) {
    const k = Math.min(SHUFFLE_J.length, i);
    boundedRun(bg, i, k, SHUFFLE_J, true);
    for (let q = 0; q < k; q++, i--) { const j = SHUFFLE_J[q]!, t = x[j]!; x[j] = x[i]!; x[i] = t; }
  }
}

/** numpy's checks of choice's p (legacy messages), returning p as float64. */
function checkProbabilities(p: ArrayLike, popSize: number): Float64Array {
  let atol = Math.sqrt(EPS64);
  if (p instanceof Float32Array) atol = Math.max(atol, Math.sqrt(EPS32));
  const { data, shape } = asFloat64(p);
  if (shape.length !== 1) throw new ValueError("'p' must be 1-dimensional");
  if (data.length !== popSize) throw new ValueError("'a' and 'p' must have same size");
  const pSum = kahanSum(data);
  if (Number.isNaN(pSum)) throw new ValueError('probabilities contain NaN');
  if (data.some((v) => v < 0)) throw new ValueError('probabilities are not non-negative');
  if (Math.abs(pSum - 1) > atol) throw new ValueError('probabilities do not sum to 1');
  return data;
}
