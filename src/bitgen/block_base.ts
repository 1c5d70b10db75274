// Shared machinery for the 64-bit generators (PCG64, PCG64DXSM, SFC64, Philox): numpy's whole
// state lives in a few uint32 words, and outputs are produced a block at a time by a kernel
// (WebAssembly or TS) on those words. numpy's buffered next_uint32 and exact states live here.
//
// Block invariant: numpy's state after the outputs consumed so far equals `start` run forward
// `pos` outputs; `ks` holds the state after the whole block.
import type { NDArray, Size } from '../core/ndarray.js';
import { BitGenerator, type SeedLike } from './bit_generator.js';
import type { BoundedFormat, KernelPair } from './kernels.js';
import { randomRawPairs } from './raw_output.js';

const BLOCK = 256;
const FIRST_BLOCK = 4;
const BULK = 64;
/**
 * Fewer bounded values than this go through the block instead of a fused kernel while the block
 * is part-used: the kernel would first recompute the state there (measured: a loss below 256).
 */
const REWIND_MIN = 256;
// (a literal, as in the other hot loops: V8 loads an imported binding on every use; core/constants.ts has the shared value)
const TWO_M53 = 1 / 9007199254740992;
const TWO_M24 = 5.9604644775390625e-8;

/** The block kernel families (kernels/types.ts KernelSet's keys for the 64-bit generators). */
export type KernelFamily = 'xslrr' | 'dxsm' | 'sfc64' | 'philox';

export abstract class BlockBitGenerator extends BitGenerator {
  private readonly ks: Uint32Array;
  private readonly start: Uint32Array;
  private readonly buf = new Uint32Array(2 * BLOCK);
  private pos = 0;
  private len = 0;
  // Blocks start small after a (re)seed or state change so a few draws stay cheap, then grow.
  private nextLen = FIRST_BLOCK;
  protected hasUint32 = 0;
  protected uinteger = 0;
  /** [has_uint32, uinteger] for the fused 32-bit kernels. */
  private readonly carry = new Uint32Array(2);

  /** This generator's kernels in the active backend. */
  protected abstract kernel(): KernelPair;

  /** Which family of block kernels runs this generator (their state words' layout). */
  abstract get family(): KernelFamily;

  /**
   * Runs a caller's kernel on the exact state words (it draws n outputs at least, and leaves the
   * words advanced past what it drew); false, running nothing, where redrawing a part-used block
   * would cost more than the kernel saves.
   */
  fusedState(n: number, run: (st: Uint32Array) => void): boolean {
    if (this.pos < this.len && n < REWIND_MIN) return false;
    this.rewind();
    run(this.ks);
    this.settle();
    return true;
  }

  constructor(seed: SeedLike, stateWords: number) {
    super(seed);
    this.ks = new Uint32Array(stateWords);
    this.start = new Uint32Array(stateWords);
  }

  /** numpy's state words after the outputs consumed so far (a fresh copy). */
  protected exactWords(): Uint32Array {
    const s = this.start.slice();
    if (this.pos > 0) this.kernel().pairs(s, new Uint32Array(2 * this.pos), 0, this.pos);
    return s;
  }

  /** Installs numpy state words and drops the precomputed block. */
  protected installWords(words: Uint32Array): void {
    this.ks.set(words);
    this.start.set(words);
    this.pos = 0;
    this.len = 0;
    this.nextLen = FIRST_BLOCK;
  }

  /** Marks the block consumed with `ks` as the exact state (after a bulk kernel call). */
  private settle(): void {
    this.start.set(this.ks);
    this.pos = 0;
    this.len = 0;
  }

  /** Makes `ks` the exact state: outputs buffered but not consumed are dropped (a kernel redraws them). */
  private rewind(): void {
    if (this.pos < this.len) this.ks.set(this.exactWords());
  }

  override fusedBounded32(
    out: Float64Array | Uint32Array, fmt: BoundedFormat, n: number, masked: boolean,
    a: number, b: number, offHi: number, offLo: number,
  ): boolean {
    const bounded = this.kernel().bounded32;
    if (bounded === null || (this.pos < this.len && n < REWIND_MIN)) return false;
    this.rewind();
    const c = this.carry;
    c[0] = this.hasUint32 === 0 ? 0 : 1;
    c[1] = this.uinteger;
    bounded(this.ks, out, fmt, 0, n, masked, a, b, offHi, offLo, c);
    this.settle();
    this.hasUint32 = c[0]!;
    this.uinteger = c[1]!;
    return true;
  }

  override fusedBounded64(
    out: Float64Array | Uint32Array, fmt: BoundedFormat, n: number, masked: boolean,
    aHi: number, aLo: number, bHi: number, bLo: number, offHi: number, offLo: number,
  ): boolean {
    const bounded = this.kernel().bounded64;
    if (bounded === null || (this.pos < this.len && n < REWIND_MIN)) return false;
    this.rewind();
    bounded(this.ks, out, fmt, 0, n, masked, aHi, aLo, bHi, bLo, offHi, offLo);
    this.settle();
    return true;
  }

  private refill(): void {
    const n = this.nextLen;
    if (n < BLOCK) this.nextLen = n * 2;
    this.start.set(this.ks);
    this.kernel().pairs(this.ks, this.buf, 0, n);
    this.pos = 0;
    this.len = n;
  }

  next_uint64(): void {
    if (this.pos === this.len) this.refill();
    const i = this.pos++ << 1;
    this.lo = this.buf[i]!;
    this.hi = this.buf[i + 1]!;
  }

  next_raw(): void {
    this.next_uint64();
  }

  next_uint32(): number {
    if (this.hasUint32) {
      this.hasUint32 = 0;
      return this.uinteger;
    }
    this.next_uint64();
    this.hasUint32 = 1;
    this.uinteger = this.hi;
    return this.lo;
  }

  next_double(): number {
    if (this.pos === this.len) this.refill();
    const i = this.pos++ << 1;
    return (this.buf[i + 1]! * 2097152 + (this.buf[i]! >>> 11)) * TWO_M53;
  }

  override fill_double(out: Float64Array, start = 0, end = out.length): void {
    const buf = this.buf;
    let k = start;
    // what is buffered first, then whole runs straight from the kernel
    while (k < end && this.pos < this.len) {
      const i = this.pos++ << 1;
      out[k++] = (buf[i + 1]! * 2097152 + (buf[i]! >>> 11)) * TWO_M53;
    }
    if (end - k >= BULK) {
      this.kernel().doubles(this.ks, out, k, end - k);
      this.settle();
      return;
    }
    for (; k < end; k++) out[k] = this.next_double();
  }

  /** numpy's next_uint32 n times: each 64-bit output gives its low half, then its high half. */
  override fill_uint32(out: Uint32Array, start = 0, end = out.length): void {
    let k = start;
    if (k < end && this.hasUint32) {
      out[k++] = this.uinteger;
      this.hasUint32 = 0;
    }
    const pairs = (end - k) >> 1;
    if (pairs > 0) {
      this.fillPairs(k === 0 ? out : out.subarray(k), 0, pairs);
      k += 2 * pairs;
      // numpy leaves the last high half in `uinteger` (consumed, so has_uint32 stays 0)
      this.uinteger = out[k - 1]!;
    }
    if (k < end) out[k] = this.next_uint32();
  }

  /**
   * numpy's next_float n times (each output's low half, then its high half), long runs as floats
   * straight from the kernel; the run's last output comes through the pairs so that its high half
   * is left in `uinteger`, as fill_uint32 leaves it.
   */
  override fill_float(out: Float32Array, start = 0, end = out.length): void {
    let k = start;
    if (k < end && this.hasUint32) {
      out[k++] = (this.uinteger >>> 8) * TWO_M24;
      this.hasUint32 = 0;
    }
    const buf = this.buf;
    while (end - k >= 2 && this.pos < this.len) {
      const i = this.pos++ << 1;
      out[k++] = (buf[i]! >>> 8) * TWO_M24;
      out[k++] = (buf[i + 1]! >>> 8) * TWO_M24;
      this.uinteger = buf[i + 1]!;
    }
    const pairs = (end - k) >> 1;
    if (pairs > BULK) {
      this.kernel().floats(this.ks, out, k, pairs - 1);
      this.settle();
      k += 2 * (pairs - 1);
    }
    while (end - k >= 2) {
      this.next_uint64();
      out[k++] = (this.lo >>> 8) * TWO_M24;
      out[k++] = (this.hi >>> 8) * TWO_M24;
      this.uinteger = this.hi;
    }
    if (k < end) out[k] = (this.next_uint32() >>> 8) * TWO_M24;
  }

  override fill_uint64(out: Uint32Array, off: number, n: number): void {
    this.fillPairs(out, off, n);
  }

  /** The next n outputs as (lo, hi) pairs: buffered ones first, long runs straight from the kernel. */
  private fillPairs = (out: Uint32Array, off: number, n: number): void => {
    while (n > 0) {
      if (this.pos === this.len) {
        if (n >= BULK) {
          this.kernel().pairs(this.ks, out, off, n);
          this.settle();
          return;
        }
        this.refill();
      }
      const take = Math.min(this.len - this.pos, n);
      out.set(this.buf.subarray(2 * this.pos, 2 * (this.pos + take)), 2 * off);
      this.pos += take;
      off += take;
      n -= take;
    }
  };

  override random_raw(size?: Size, output = true): bigint | NDArray<BigUint64Array> | null {
    return randomRawPairs(this.fillPairs, size, output);
  }
}
