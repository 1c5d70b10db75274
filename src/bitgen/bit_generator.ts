// The one small interface every sampler draws from (numpy's bitgen_t): next 32 bits,
// next 64 bits (as two 32-bit halves, so no BigInt on the hot path), next double.
import { ValueError } from '../core/errors.js';
import { normalizeSize, shapeSize, withShape, type NDArray, type Size } from '../core/ndarray.js';
import { SeedSequence, type Entropy } from './seed_sequence.js';

export type SeedLike = Entropy | SeedSequence | null | undefined;

export abstract class BitGenerator {
  /** High 32 bits of the last next_uint64() draw. */
  hi = 0;
  /** Low 32 bits of the last next_uint64() draw. */
  lo = 0;
  protected _seed_seq: SeedSequence | null;

  constructor(seed?: SeedLike) {
    this._seed_seq = seed instanceof SeedSequence ? seed : new SeedSequence(seed);
  }

  /** numpy's class name, used in state dicts and messages. */
  abstract get name(): string;

  /** One uint32 (as a non-negative number). */
  abstract next_uint32(): number;
  /** One uint64: leaves the halves in `hi` and `lo`. */
  abstract next_uint64(): void;
  /** One double in [0, 1) exactly as numpy's next_double. */
  abstract next_double(): number;
  /** numpy's next_raw: the generator's native output, left in `hi`/`lo` like next_uint64. */
  abstract next_raw(): void;

  abstract get state(): object;
  abstract set state(value: object);

  /** numpy's next_float: 24 bits of next_uint32 scaled into [0, 1) (exact in float32). */
  next_float(): number {
    return (this.next_uint32() >>> 8) * 5.9604644775390625e-8;
  }

  /** Fills out[start, end) with next_double(); generators override with a faster loop. */
  fill_double(out: Float64Array, start = 0, end = out.length): void {
    for (let i = start; i < end; i++) out[i] = this.next_double();
  }

  /** Fills out[start, end) with next_uint32(); generators override with a faster loop. */
  fill_uint32(out: Uint32Array, start = 0, end = out.length): void {
    for (let i = start; i < end; i++) out[i] = this.next_uint32();
  }

  get seed_seq(): SeedSequence | null {
    return this._seed_seq;
  }

  /** numpy's random_raw: native outputs as uint64 (bigint, or a BigUint64Array when sized). */
  random_raw(size?: Size, output = true): bigint | NDArray<BigUint64Array> | null {
    const shape = normalizeSize(size);
    if (!output) {
      const n = shape === null ? 1 : shapeSize(shape);
      for (let i = 0; i < n; i++) this.next_raw();
      return null;
    }
    if (shape === null) {
      this.next_raw();
      return (BigInt(this.hi) << 32n) | BigInt(this.lo);
    }
    const n = shapeSize(shape);
    const out = new BigUint64Array(n);
    for (let i = 0; i < n; i++) {
      this.next_raw();
      out[i] = (BigInt(this.hi) << 32n) | BigInt(this.lo);
    }
    return withShape(out, shape);
  }

  /** Children seeded from this generator's SeedSequence children. */
  spawn(n_children: number): this[] {
    const ss = this._seed_seq;
    if (ss === null) throw new TypeError('The underlying SeedSequence does not implement spawning.');
    if (!Number.isInteger(n_children) || n_children < 0) throw new ValueError('n_children must be non-negative');
    const Ctor = this.constructor as new (seed: SeedSequence) => this;
    return ss.spawn(n_children).map((s) => new Ctor(s));
  }
}
