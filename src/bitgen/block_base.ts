// Shared machinery for 64-bit generators whose whole numpy state fits in a few uint32 words
// (SFC64, Philox): outputs are produced a block at a time by a kernel on a typed-array copy of
// the state; numpy's buffered next_uint32 and state exactness are handled here.
//
// Block invariant: numpy's state after the outputs consumed so far equals `start` run forward
// `pos` outputs; `ks` holds the state after the whole block.
import type { NDArray, Size } from '../core/ndarray.js';
import { BitGenerator, type SeedLike } from './bit_generator.js';
import { randomRawPairs } from './raw_output.js';

const BLOCK = 256;
const FIRST_BLOCK = 4;
const TWO_M53 = 1 / 9007199254740992;

/** Advances the kernel state `st` by n outputs, writing them to out[2*off..] as (lo, hi) pairs. */
export type BlockKernel = (st: Uint32Array, out: Uint32Array, off: number, n: number) => void;

export abstract class BlockBitGenerator extends BitGenerator {
  private readonly ks: Uint32Array;
  private readonly start: Uint32Array;
  private readonly buf = new Uint32Array(2 * BLOCK);
  private pos = 0;
  private len = 0;
  private nextLen = FIRST_BLOCK;
  protected hasUint32 = 0;
  protected uinteger = 0;

  protected abstract kernel(): BlockKernel;

  constructor(seed: SeedLike, stateWords: number) {
    super(seed);
    this.ks = new Uint32Array(stateWords);
    this.start = new Uint32Array(stateWords);
  }

  /** numpy's state words after the outputs consumed so far (a fresh copy). */
  protected exactWords(): Uint32Array {
    const s = this.start.slice();
    if (this.pos > 0) this.kernel()(s, new Uint32Array(2 * this.pos), 0, this.pos);
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

  private refill(): void {
    const n = this.nextLen;
    if (n < BLOCK) this.nextLen = n * 2;
    this.start.set(this.ks);
    this.kernel()(this.ks, this.buf, 0, n);
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
    let pos = this.pos, len = this.len;
    for (let k = start; k < end; k++) {
      if (pos === len) {
        this.pos = pos;
        this.refill();
        pos = 0;
        len = this.len;
      }
      const i = pos++ << 1;
      out[k] = (buf[i + 1]! * 2097152 + (buf[i]! >>> 11)) * TWO_M53;
    }
    this.pos = pos;
  }

  private fillPairs = (out: Uint32Array, off: number, n: number): void => {
    const take = Math.min(this.len - this.pos, n);
    if (take > 0) {
      out.set(this.buf.subarray(2 * this.pos, 2 * (this.pos + take)), 2 * off);
      this.pos += take;
    }
    if (take < n) {
      this.kernel()(this.ks, out, off + take, n - take);
      this.start.set(this.ks);
      this.pos = 0;
      this.len = 0;
    }
  };

  override random_raw(size?: Size, output = true): bigint | NDArray<BigUint64Array> | null {
    return randomRawPairs(this.fillPairs, size, output);
  }
}
