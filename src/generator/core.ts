// numpy's Generator: validates, broadcasts and shapes; the samplers live in src/distributions.
import { BitGenerator } from '../bitgen/bit_generator.js';
import { parseDtype } from '../core/dtype.js';
import { ValueError } from '../core/errors.js';
import { normalizeSize, shapeSize, withShape, type ArrayLike, type NDArray, type Size } from '../core/ndarray.js';
import { boundedIntegers, type IntResult } from '../distributions/integers.js';
import { intDtype } from '../distributions/int_dtypes.js';
import { checkOutput } from './check_output.js';
import { choice } from './choice.js';
import { permutation, permuted, shuffle } from './shuffle.js';

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
    const Ctor = this.constructor as new (bg: BitGenerator) => this;
    return this.bit_generator.spawn(Math.trunc(n_children)).map((bg) => new Ctor(bg));
  }

  /**
   * Floats in [0, 1): float64 from next_double, float32 from next_float. `out` (a Float64Array or
   * Float32Array matching dtype and size) is filled and returned.
   */
  random(size?: Size, dtype: string | null = 'float64', out?: Float64Array | Float32Array | null): number | NDArray<Float64Array> | NDArray<Float32Array> | Float64Array | Float32Array {
    const name = parseDtype(dtype ?? 'float64');
    const bg = this.bit_generator;
    if (name.repr === "dtype('float64')") {
      if ((size === null || size === undefined) && (out === null || out === undefined)) return bg.next_double();
      if (out !== null && out !== undefined) {
        const o = checkOutput(out, 'float64', size) as Float64Array;
        bg.fill_double(o);
        return o;
      }
      const shape = normalizeSize(size)!;
      const arr = new Float64Array(shapeSize(shape));
      bg.fill_double(arr);
      return withShape(arr, shape);
    }
    if (name.repr === "dtype('float32')") {
      if ((size === null || size === undefined) && (out === null || out === undefined)) return bg.next_float();
      let arr: Float32Array;
      let shape: number[] | null = null;
      if (out !== null && out !== undefined) {
        arr = checkOutput(out, 'float32', size) as Float32Array;
      } else {
        shape = normalizeSize(size)!;
        arr = new Float32Array(shapeSize(shape));
      }
      for (let i = 0; i < arr.length; i++) arr[i] = bg.next_float();
      return shape === null ? arr : withShape(arr, shape);
    }
    throw new TypeError(`Unsupported dtype ${name.repr} for random`);
  }

  /**
   * Integers on [low, high) (or [low, high] with endpoint) by Lemire's method. dtype omitted draws
   * numpy's int64 and returns JS numbers; 'int64'/'uint64' return bigint.
   */
  integers(low: ArrayLike, high?: ArrayLike | null, size?: Size, dtype?: string, endpoint = false): IntResult {
    return boundedIntegers(this.bit_generator, low, high, size, intDtype(dtype, 'integers'), false, endpoint);
  }

  /** `length` random bytes: little-endian uint32 draws, truncated like numpy's C arithmetic. */
  bytes(length: number): Uint8Array {
    const len = Math.trunc(Number(length));
    const nWords = Math.trunc((len - 1) / 4) + 1;
    const words = this.integers(0, 4294967296, nWords, 'uint32') as Uint32Array;
    const bytes = new Uint8Array(words.length * 4);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < words.length; i++) view.setUint32(4 * i, words[i]!, true);
    return bytes.slice(0, len < 0 ? Math.max(0, bytes.length + len) : len);
  }

  /**
   * Samples from an integer range or along `axis` of an array (JS array, typed array or NDArray).
   * Numeric input gives typed arrays with `shape`; other elements come back in (nested) JS arrays.
   */
  choice(a: unknown, size?: Size, replace = true, p?: unknown, axis = 0, shuffle = true): unknown {
    return choice(this.bit_generator, a, { size, replace, p, axis, shuffle });
  }

  /** Shuffles x in place: JS arrays along their first axis, typed arrays/NDArrays along `axis`. */
  shuffle(x: unknown, axis: number = 0): void {
    shuffle(this.bit_generator, x, axis);
  }

  /** A shuffled copy of x along `axis`, or of arange(x) for an integer. */
  permutation(x: unknown, axis: number = 0): unknown {
    return permutation(this.bit_generator, x, axis);
  }

  /** x shuffled independently along `axis` (or as a flat array when axis is null), into `out` if given. */
  permuted(x: unknown, axis: number | null = null, out: unknown = null): unknown {
    return permuted(this.bit_generator, x, axis, out);
  }
}
