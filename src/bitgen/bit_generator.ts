// The one small interface every sampler draws from (numpy's bitgen_t): next 32 bits,
// next 64 bits (as two 32-bit halves, so no BigInt on the hot path), next double.
import { cLong } from '../core/pyint.js';
import { INSPECT, pyDefaultRepr, type NDArray, type Size } from '../core/ndarray.js';
import type { BoundedFormat } from './kernels/types.js';
import { randomRawPairs } from './raw_output.js';
import { SeedSequence, SeedlessSeedSequence, type Entropy } from './seed_sequence.js';
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
  constructor(seed?: SeedLike | SeedlessSeedSequence) {
    // numpy asks a seedless sequence for state at once, which it refuses
    if (seed instanceof SeedlessSeedSequence) seed.generate_state(0);
    this._seed_seq = seed instanceof SeedSequence ? seed : new SeedSequence(seed as SeedLike as Entropy);
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

  /** Fills out[start, end) with next_float(), from fill_uint32 a chunk at a time. */
  fill_float(out: Float32Array, start = 0, end = out.length): void {
    const words = new Uint32Array(Math.min(end - start, 4096));
    for (let i = start; i < end; i += words.length) {
      const k = Math.min(words.length, end - i);
      this.fill_uint32(words, 0, k);
      for (let j = 0; j < k; j++) out[i + j] = (words[j]! >>> 8) * 5.9604644775390625e-8;
    }
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

  /**
   * out[0, n) = numpy's bounded 32-bit draws (masked or Lemire, parameters as Bounded32Kernel's)
   * plus the offset (offHi, offLo), in format fmt, by a fused kernel; false, with nothing drawn,
   * where this generator has none (or its own loop is faster for n) and the caller runs its loop.
   */
  fusedBounded32(
    _out: Float64Array | Uint32Array, _fmt: BoundedFormat, _n: number, _masked: boolean,
    _a: number, _b: number, _offHi: number, _offLo: number,
  ): boolean {
    return false;
  }

  /** numpy's bounded 64-bit draws as fusedBounded32 (parameters as Bounded64Kernel's), or false. */
  fusedBounded64(
    _out: Float64Array | Uint32Array, _fmt: BoundedFormat, _n: number, _masked: boolean,
    _aHi: number, _aLo: number, _bHi: number, _bLo: number, _offHi: number, _offLo: number,
  ): boolean {
    return false;
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
   * numpy's repr without the address: `<numpy.random._pcg64.PCG64 object>`.
   * @example String(new PCG64(1))
   */
  toString(): string {
    return pyDefaultRepr(this);
  }

  /** Node's console.log / util.inspect show numpy's repr. */
  [INSPECT](): string {
    return this.toString();
  }

  /**
   * numpy's __getstate__ (what pickling keeps): `[state, seed_seq]`.
   * @example const [state, ss] = bg.__getstate__()
   */
  __getstate__(): [object, SeedSequence | null] {
    return [this.state, this._seed_seq];
  }

  /**
   * numpy's __setstate__: `[state, seed_seq]` restores both; a bare state dict (numpy's pre-2.0
   * pickles) restores the state only.
   * @param value - what __getstate__ returned, or a state dict
   * @example other.__setstate__(bg.__getstate__())
   */
  __setstate__(value: readonly [object, SeedSequence | null] | object): void {
    if (!Array.isArray(value)) {
      this.state = value;
      return;
    }
    const [state, ss] = value as unknown as readonly [object, SeedSequence | null];
    if (ss !== null && !(ss instanceof SeedSequence)) throw new TypeError('seed_seq must be a SeedSequence or None');
    this._seed_seq = ss;
    this.state = state;
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

/** A BitGenerator class itself, not an instance (numpy's `capsule` test accepts both, then refuses the class). */
export function isBitGeneratorClass(x: unknown): boolean {
  return typeof x === 'function' && (x === BitGenerator || (x as { prototype: unknown }).prototype instanceof BitGenerator);
}
