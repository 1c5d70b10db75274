// The one small interface every sampler draws from (numpy's bitgen_t): next 32 bits,
// next 64 bits (as two 32-bit halves, so no BigInt on the hot path), next double.
import { cLong } from '../core/pyint.js';
import type { NDArray, Size } from '../core/ndarray.js';
import { randomRawPairs } from './raw_output.js';
import { SeedSequence, type Entropy } from './seed_sequence.js';
import { stateFromJSONValue, stateToJSONValue } from './state_codec.js';

/** A bit generator's seed: SeedSequence entropy, a SeedSequence, or null/undefined for OS entropy. */
export type SeedLike = Entropy | SeedSequence | null | undefined;

/**
 * The base class of every bit generator (numpy's `BitGenerator`): holds the SeedSequence and
 * supplies random_raw, spawn and the JSON state round trip.
 * @example const bg = new PCG64(12345); bg.random_raw(3);
 */
export abstract class BitGenerator {
  /** High 32 bits of the last next_uint64() draw. */
  hi = 0;
  /** Low 32 bits of the last next_uint64() draw. */
  lo = 0;
  protected _seed_seq: SeedSequence | null;

  /**
   * @param seed - entropy: an int, an array of ints, a SeedSequence, or null/undefined for fresh
   *   OS entropy; anything but a SeedSequence is passed to `new SeedSequence(seed)` (default undefined).
   */
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

  /** numpy's `state` dict: `{ bit_generator: name, state: {...}, ... }`; assigning restores it. */
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

  /**
   * n next_uint64() draws as (lo, hi) word pairs into out[2*off, 2*(off+n)): the bulk paths read
   * raw 64-bit outputs through this (one call per block, not one per draw).
   */
  fill_uint64(out: Uint32Array, off: number, n: number): void {
    for (let i = 2 * off, end = 2 * (off + n); i < end; i += 2) {
      this.next_uint64();
      out[i] = this.lo;
      out[i + 1] = this.hi;
    }
  }

  /** numpy's `seed_seq`: the SeedSequence this generator was seeded from (null after legacy seeding). */
  get seed_seq(): SeedSequence | null {
    return this._seed_seq;
  }

  /**
   * numpy's random_raw: native outputs as uint64 (bigint, or a BigUint64Array when sized).
   * @param size - output shape; undefined (default) returns one bigint.
   * @param output - when false, draws and discards, returning null (default true).
   * @example new PCG64(1).random_raw([2, 2]);
   */
  random_raw(size?: Size, output = true): bigint | NDArray<BigUint64Array> | null {
    // Generators with a block kernel override this; here each next_raw lands as a (lo, hi) pair.
    return randomRawPairs((out, off, n) => {
      for (let i = 2 * off, end = 2 * (off + n); i < end; i += 2) {
        this.next_raw();
        out[i] = this.lo;
        out[i + 1] = this.hi;
      }
    }, size, output);
  }

  /**
   * numpy's spawn: `n_children` new generators of this class, seeded from this generator's
   * SeedSequence children (independent streams).
   * @param n_children - how many children to create.
   * @example const [a, b] = new PCG64(7).spawn(2);
   */
  spawn(n_children: number): this[] {
    // numpy 2.4.6 takes `int n_children` (a float truncates); SeedSequence.spawn rejects negatives
    const n = cLong(n_children, 'int');
    const ss = this._seed_seq;
    if (ss === null) throw new TypeError('The underlying SeedSequence does not implement spawning.');
    const Ctor = this.constructor as new (seed: SeedSequence) => this;
    return ss.spawn(n).map((s) => new Ctor(s));
  }

  /**
   * The state in numpy's JSON form (integers as decimal strings); JSON.stringify(bg) uses it.
   * @example const text = JSON.stringify(new SFC64(3));
   */
  toJSON(): object {
    return stateToJSONValue(this.state) as object;
  }

  /**
   * A new generator of this class holding the state in `json` (text or parsed JSON form).
   * @param json - a JSON string or parsed object as produced by toJSON.
   * @example const bg = PCG64.fromJSON(JSON.stringify(new PCG64(5)));
   */
  static fromJSON<C extends new () => BitGenerator>(this: C, json: string | object): InstanceType<C> {
    const state = stateFromJSONValue(json) as object;
    const bg = new this() as InstanceType<C>;
    bg.state = state;
    return bg;
  }
}
