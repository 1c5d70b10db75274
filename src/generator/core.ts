// numpy's Generator: validates, broadcasts and shapes; the samplers live in src/distributions.
import { bytesWordCount, cLong, sliceLength } from '../core/pyint.js';
import { BitGenerator } from '../bitgen/bit_generator.js';
import { OverflowError, ValueError } from '../core/errors.js';
import type { ArrayLike, NDArray, Size, TypedArray } from '../core/ndarray.js';

/** choice's p: probabilities as a JS array or a typed array (float32 gets float32's tolerance). */
export type ProbLike = readonly unknown[] | TypedArray;
import { boundedIntegers, type IntResult } from '../distributions/integers.js';
import { randomBytes } from '../distributions/int_fill.js';
import { intDtype } from '../distributions/int_dtypes.js';
import { choice } from './choice.js';
import { type RandomResult, randomFloats } from './random_fill.js';
import { permutation, permuted, shuffle } from './shuffle.js';
import type { Shape, IntegerDtype, IntegerArray, IntegerScalar, ElementOf, Float32Name, Float64Name } from '../core/ndarray.js'; // overload signatures

/** Generator's bit generator handling and non-distribution methods. */
export class GeneratorCore {
  readonly bit_generator: BitGenerator;

  constructor(bit_generator: BitGenerator) {
    if (!(bit_generator instanceof BitGenerator)) {
      throw new ValueError('Invalid bit generator. The bit generator must be instantiated.');
    }
    this.bit_generator = bit_generator;
  }

  toString(): string {
    return `${this.constructor.name}(${this.bit_generator.name})`;
  }

  /** n_children new Generators on the bit generator's spawned children. */
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
   * Floats in [0, 1): float64 from next_double, float32 from next_float. `out` (a Float64Array or
   * Float32Array matching dtype and size) is filled and returned.
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
   */
  integers<D extends IntegerDtype = 'int'>(low: number | bigint, high?: number | bigint | null, size?: null, dtype?: D, endpoint?: boolean): IntegerScalar<D>;
  integers<D extends IntegerDtype = 'int'>(low: ArrayLike, high: ArrayLike | null | undefined, size: Shape, dtype?: D, endpoint?: boolean): NDArray<IntegerArray<D>>;
  integers<D extends IntegerDtype = 'int'>(low: ArrayLike, high?: ArrayLike | null, size?: Size, dtype?: D, endpoint?: boolean): IntegerScalar<D> | NDArray<IntegerArray<D>>;
  integers(low: ArrayLike, high?: ArrayLike | null, size?: Size, dtype?: string, endpoint = false): IntResult {
    return boundedIntegers(this.bit_generator, low, high, size, intDtype(dtype, 'integers'), false, endpoint);
  }

  /** `length` random bytes: little-endian uint32 draws, truncated like numpy's C arithmetic. */
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

  /** Shuffles x in place: JS arrays along their first axis, typed arrays/NDArrays along `axis`. */
  shuffle(x: unknown, axis: number = 0): void {
    shuffle(this.bit_generator, x, axis);
  }

  /** A shuffled copy of x along `axis`, or of arange(x) for an integer. */
  permutation(x: number | bigint): NDArray<Float64Array>;
  permutation<T extends TypedArray>(x: T, axis?: number): NDArray<T>;
  permutation(x: unknown, axis?: number): unknown;
  permutation(x: unknown, axis: number = 0): unknown {
    return permutation(this.bit_generator, x, axis);
  }

  /** x shuffled independently along `axis` (or as a flat array when axis is null), into `out` if given. */
  permuted<T extends TypedArray>(x: ArrayLike, axis: number | null | undefined, out: T): T;
  permuted<T extends TypedArray>(x: T, axis?: number | null): NDArray<T>;
  permuted(x: unknown, axis?: number | null, out?: TypedArray | null): unknown;
  permuted(x: unknown, axis: number | null = null, out: unknown = null): unknown {
    return permuted(this.bit_generator, x, axis, out);
  }
}
