// numpy's Generator: validates, broadcasts and shapes; the samplers live in src/distributions.
import { lemireUpTo } from './lemire.js';
import { isOptionsObject, keywordOnly } from '../core/keywords.js';
import { INSPECT, isTypedArray } from '../core/ndarray.js';
import { bytesWordCount, cLong, checkSequence, pyNotZero, pyTruthy, pyTypeName, sliceLength } from '../core/pyint.js';
import { BitGenerator, isBitGeneratorClass } from '../bitgen/bit_generator.js';
import { SeedSequence } from '../bitgen/seed_sequence.js';
import { bitGeneratorFromJSON } from '../bitgen/state_json.js';
import { parseStateText } from '../legacy/state_json.js';
import { POISSON_LAM_MAX } from '../core/constraints.js';
import { isPyDict } from '../bitgen/py_state.js';
import { shuffleDict } from '../core/sequence.js';
import { randomInterval } from '../distributions/bounded.js';
import { NotImplementedError, OverflowError, ValueError } from '../core/errors.js';
import type { ArrayLike, NDArray, Size, TypedArray } from '../core/ndarray.js';

/** choice's p: probabilities as a JS array or a typed array (float32 gets float32's tolerance). */
export type ProbLike = readonly unknown[] | TypedArray;
import { boundedIntegers, type IntResult } from '../core/integers.js';
import { randomBytes } from '../distributions/int_fill.js';
import { intDtype } from '../core/int_dtypes.js';
import { choice } from './choice.js';
import { type RandomResult, randomFloats } from './random_fill.js';
import { permutation, permuted, shuffle } from './shuffle.js';
import type { Shape, IntegerDtype, IntegerArray, IntegerScalar, ElementOf, Float32Name, Float64Name } from '../core/ndarray.js'; // overload signatures

/**
 * Generator's bit generator handling and non-distribution methods (random, integers, bytes, choice,
 * shuffle, permutation, permuted, spawn).
 * @example new Generator(new PCG64(42)).integers(0, 10, 3)
 */
export class GeneratorCore {
  readonly bit_generator: BitGenerator;

  /** numpy's class attribute: the largest lam poisson accepts (Generator._poisson_lam_max). */
  static readonly _poisson_lam_max = POISSON_LAM_MAX;
  /** The same value on an instance, as numpy's class attribute reads there too. */
  get _poisson_lam_max(): number {
    return POISSON_LAM_MAX;
  }

  /**
   * Wraps an instantiated bit generator (use `default_rng` for the PCG64 default).
   * @param bit_generator - the BitGenerator that supplies the random bits
   * @example new Generator(new PCG64(42))
   */
  constructor(bit_generator: BitGenerator) {
    if (!(bit_generator instanceof BitGenerator)) {
      // numpy reads bit_generator.capsule: a BitGenerator class has it (then the ValueError),
      // anything else raises AttributeError, a TypeError here
      if (!isBitGeneratorClass(bit_generator)) throw new TypeError(`'${pyTypeName(bit_generator)}' object has no attribute 'capsule'`);
      throw new ValueError('Invalid bit generator. The bit generator must be instantiated.');
    }
    this.bit_generator = bit_generator;
  }

  /**
   * The class and bit generator names, e.g. `Generator(PCG64)` (numpy's repr without the address).
   * @example String(rng)
   */
  toString(): string {
    // 'Generator' itself by name (bundlers and minifiers rename classes); a subclass keeps its own
    const own = Object.prototype.hasOwnProperty.call(this.constructor, 'pyName');
    const cls = own ? (this.constructor as unknown as { pyName: string }).pyName : this.constructor.name;
    return `${cls}(${this.bit_generator.name})`;
  }

  /** Node's console.log / util.inspect show numpy's str (its repr without the address). */
  [INSPECT](): string {
    return this.toString();
  }

  /**
   * What numpy pickles for a Generator (its bit generator's state and seed_seq) as JSON:
   * `{ state: <JSON.stringify(bit_generator) form>, seed_seq: <SeedSequence JSON> | null }`.
   * numpy's __getstate__/__reduce__/__setstate__ counterpart is this pair with fromJSON.
   * @example const copy = Generator.fromJSON(JSON.stringify(rng))
   */
  toJSON(): { state: object; seed_seq: object | null } {
    const ss = this.bit_generator.seed_seq;
    return { state: this.bit_generator.toJSON(), seed_seq: ss === null ? null : ss.toJSON() };
  }

  /**
   * A Generator continuing the stream toJSON() saved, on a bit generator of the class the state
   * names, with the saved seed_seq (so spawn gives the same children). A bare bit generator state
   * (numpy's pre-2.0 pickles, or `JSON.stringify(bg)`) is accepted too; its seed_seq is then fresh.
   * @param json - the JSON text or parsed object
   * @example Generator.fromJSON(JSON.stringify(default_rng(1)))
   */
  static fromJSON<C extends new (bg: BitGenerator) => GeneratorCore>(this: C, json: string | object): InstanceType<C> {
    const root = parseStateText(json);
    if (!isOptionsObject(root)) throw new TypeError('Generator state must be a dict');
    if ('bit_generator' in root) return new this(bitGeneratorFromJSON(root)) as InstanceType<C>;
    for (const key of Object.keys(root)) {
      if (key !== 'state' && key !== 'seed_seq') throw new ValueError(`unknown key '${key}' in Generator state JSON`);
    }
    const bg = bitGeneratorFromJSON(root.state as object);
    const ss = root.seed_seq === null || root.seed_seq === undefined ? null : SeedSequence.fromJSON(root.seed_seq as object);
    bg.__setstate__([bg.state, ss]);
    return new this(bg) as InstanceType<C>;
  }

  /** numpy's Generator.__getstate__: null (the bit generator carries the state). */
  __getstate__(): null {
    return null;
  }

  /**
   * numpy's Generator.__setstate__: a state dict (pre-2.0 pickles) sets the bit generator's
   * state; anything else is ignored, as numpy's.
   * @param state - a bit generator state dict, or null
   */
  __setstate__(state: unknown): void {
    if (isOptionsObject(state)) this.bit_generator.state = state;
  }

  /**
   * n_children new Generators on the bit generator's spawned children (SeedSequence.spawn), independent streams.
   * @param n_children - number of child generators
   * @example const [a, b] = rng.spawn(2)
   */
  spawn(n_children: number): this[] {
    const n = cLong(n_children, 'int');
    const ss = this.bit_generator.seed_seq;
    if (n < 0 && ss !== null) {
      // numpy 2.4's SeedSequence.spawn adds a negative count to its uint32 counter
      const total = ss.n_children_spawned + n;
      if (total < 0) throw new OverflowError("can't convert negative value to uint32_t");
      ss.n_children_spawned = total;
      return [];
    }
    const Ctor = this.constructor as new (bg: BitGenerator) => this;
    return this.bit_generator.spawn(n).map((bg) => new Ctor(bg));
  }

  /**
   * Floats in the half-open interval [0, 1): float64 from next_double, float32 from next_float.
   * @param size - output shape (number or shape array); omitted returns a number
   * @param dtype - 'float64' (default) or 'float32'
   * @param out - a Float64Array or Float32Array matching dtype and size, filled and returned
   * @example rng.random([2, 3])
   */
  random(size?: null, dtype?: Float64Name | Float32Name | null, out?: null): number;
  random<T extends Float64Array | Float32Array>(size: Size, dtype: Float64Name | Float32Name | null | undefined, out: T): T;
  random(size: Shape, dtype?: Float64Name | null, out?: Float64Array | null): NDArray<Float64Array>;
  random(size: Shape | null | undefined, dtype: Float32Name, out?: Float32Array | null): NDArray<Float32Array>;
  random(size?: Size, dtype?: Float64Name | Float32Name | null, out?: Float64Array | Float32Array | null): number | NDArray<Float64Array> | NDArray<Float32Array>;
  random(size?: Size, dtype: string | null = 'float64', out?: Float64Array | Float32Array | null): RandomResult {
    return randomFloats(this.bit_generator, size, dtype, out);
  }

  /**
   * Integers on [low, high) (or [low, high] with endpoint) by Lemire's method. dtype omitted draws
   * numpy's int64 and returns JS numbers; 'int64'/'uint64' return bigint.
   * @param low - lowest value (or, when high is omitted, the exclusive upper bound with low 0)
   * @param high - one above the largest value (the largest with endpoint); default null
   * @param size - output shape; omitted draws one value per broadcast (low, high)
   * @param dtype - integer dtype name, default numpy's int64
   * @param endpoint - include high (default false)
   * @example rng.integers(0, 10, [2, 3])
   */
  integers<D extends IntegerDtype = 'int'>(low: number | bigint, high?: number | bigint | null, size?: null, dtype?: D, endpoint?: boolean): IntegerScalar<D>;
  integers<D extends IntegerDtype = 'int'>(low: ArrayLike, high: ArrayLike | null | undefined, size: Shape, dtype?: D, endpoint?: boolean): NDArray<IntegerArray<D>>;
  integers<D extends IntegerDtype = 'int'>(low: ArrayLike, high?: ArrayLike | null, size?: Size, dtype?: D, endpoint?: boolean): IntegerScalar<D> | NDArray<IntegerArray<D>>;
  integers(low: ArrayLike, high?: ArrayLike | null, size?: Size, dtype?: string, endpoint = false): IntResult {
    // the size-less int64 call on safe integers with a 32-bit range: numpy's
    // random_bounded_uint64(bitgen, low, high - 1 - low, 0, 0) at once
    if (size === undefined && dtype === undefined && endpoint === false && typeof low === 'number' && typeof high === 'number' &&
      Number.isSafeInteger(low) && Number.isSafeInteger(high) && high > low && high - 1 - low <= 0xffffffff) {
      return low + lemireUpTo(this.bit_generator, high - 1 - low);
    }
    // endpoint is read by Python's truth test ([] and {} are false, NaN is true)
    return boundedIntegers(this.bit_generator, low, high, size, intDtype(dtype, 'integers'), false, pyTruthy(endpoint));
  }

  /**
   * `length` random bytes: little-endian uint32 draws, truncated like numpy's C arithmetic.
   * @param length - number of bytes
   * @example rng.bytes(10)
   */
  bytes(length: number): Uint8Array {
    const { length: len, words: nWords } = bytesWordCount(length);
    if (nWords >= 0n && len >= 0n && nWords < 0x10000000n) return randomBytes(this.bit_generator, Number(nWords), Number(len));
    const words = this.integers(0, 4294967296, nWords, 'uint32') as Uint32Array;
    const bytes = new Uint8Array(words.length * 4);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < words.length; i++) view.setUint32(4 * i, words[i]!, true);
    return bytes.slice(0, sliceLength(bytes.length, len));
  }

  /**
   * Samples from an integer range or along `axis` of an array (JS array, typed array or NDArray).
   * Numeric input gives typed arrays with `shape`; other elements come back in (nested) JS arrays.
   * @param a - population, or an integer n for arange(n)
   * @param size - output shape; omitted returns one element
   * @param replace - sample with replacement (default true)
   * @param p - probability of each entry of `a` (default uniform)
   * @param axis - axis of `a` to sample along (default 0)
   * @param shuffle - shuffle the result when replace is false (default true)
   * @example rng.choice(5, 3, false)
   */
  choice(a: number | bigint, size?: null, replace?: boolean, p?: ProbLike | null, axis?: number, shuffle?: boolean): number;
  choice(a: number | bigint, size: Shape, replace?: boolean, p?: ProbLike | null, axis?: number, shuffle?: boolean): NDArray<Float64Array>;
  choice(a: readonly (number | boolean)[], size?: null, replace?: boolean, p?: ProbLike | null, axis?: number, shuffle?: boolean): number;
  choice(a: readonly (number | boolean)[], size: Shape, replace?: boolean, p?: ProbLike | null, axis?: number, shuffle?: boolean): NDArray<Float64Array>;
  choice<T extends TypedArray>(a: T, size: Shape, replace?: boolean, p?: ProbLike | null, axis?: number, shuffle?: boolean): NDArray<T>;
  choice<T extends TypedArray>(a: T, size?: null, replace?: boolean, p?: ProbLike | null, axis?: number, shuffle?: boolean): ElementOf<T> | NDArray<T>;
  choice(a: readonly string[], size?: null, replace?: boolean, p?: ProbLike | null, axis?: number, shuffle?: boolean): string;
  choice(a: readonly string[], size: Shape, replace?: boolean, p?: ProbLike | null, axis?: number, shuffle?: boolean): string[];
  choice(a: unknown, size?: Size, replace?: boolean, p?: ProbLike | null, axis?: number, shuffle?: boolean): unknown;
  choice(a: unknown, size?: Size, replace = true, p?: ProbLike | null, axis = 0, shuffle = true): unknown {
    return choice(this.bit_generator, a, { size, replace, p, axis, shuffle });
  }

  /**
   * Shuffles x in place: JS arrays along their first axis, typed arrays/NDArrays along `axis`.
   * @param x - the array or sequence to shuffle
   * @param axis - axis to shuffle along, ndarrays only (default 0)
   * @example const a = [1, 2, 3, 4]; rng.shuffle(a)
   */
  shuffle(x: unknown, axis: number = 0): void {
    if (isPyDict(x)) {
      if (pyNotZero(axis)) throw new NotImplementedError('Axis argument is only supported on ndarray objects');
      shuffleDict(x, (i) => randomInterval(this.bit_generator, i));
      return;
    }
    // numpy takes len(x) first, then refuses an axis for anything but an ndarray
    if (!isTypedArray(x) && checkSequence(x) && pyNotZero(axis)) {
      throw new NotImplementedError('Axis argument is only supported on ndarray objects');
    }
    shuffle(this.bit_generator, x, axis);
  }

  /**
   * A shuffled copy of x along `axis`, or of arange(x) for an integer.
   * @param x - array to permute, or an integer n for arange(n)
   * @param axis - axis to shuffle along (default 0)
   * @example rng.permutation(10)
   */
  permutation(x: number | bigint): NDArray<Float64Array>;
  permutation<T extends TypedArray>(x: T, axis?: number): NDArray<T>;
  permutation(x: unknown, axis?: number): unknown;
  permutation(x: unknown, axis: number = 0): unknown {
    return permutation(this.bit_generator, x, axis);
  }

  /**
   * x shuffled independently along `axis` (or as a flat array when axis is null), into `out` if given.
   * @param x - array to shuffle
   * @param axis - each slice along this axis is shuffled on its own; null (default) shuffles the
   *   flattened array (numpy's keyword-only axis and out are positional here, README; an options
   *   object `{ axis, out }` in this slot is accepted as well)
   * @param out - typed array of x's shape to receive the result (x itself for in place)
   * @example rng.permuted([[1, 2, 3], [4, 5, 6]], 1)
   */
  permuted<T extends TypedArray>(x: ArrayLike, axis: number | null | undefined, out: T): T;
  permuted<T extends TypedArray>(x: T, axis?: number | null): NDArray<T>;
  permuted(x: unknown, options: { axis?: number | null; out?: TypedArray | null }): unknown;
  permuted(x: unknown, axis?: number | null, out?: TypedArray | null): unknown;
  permuted(x: unknown, ...kw: unknown[]): unknown {
    const { axis = null, out = null } = keywordOnly('permuted', ['axis', 'out'], kw, 1);
    return permuted(this.bit_generator, x, axis, out);
  }
}
