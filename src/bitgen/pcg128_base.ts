// The machinery PCG64 and PCG64DXSM share: a 128-bit LCG state, SeedSequence seeding as numpy's
// pcg64_set_seed, a block of precomputed outputs (filled by a WebAssembly or TS kernel), numpy's
// buffered next_uint32, jump-ahead and the state dict.
//
// Block invariant: the exact LCG state (the one numpy would hold after the outputs consumed so
// far) is `start` advanced `pos` steps; `st` holds the state after the whole block.
import { ValueError } from '../core/errors.js';
import type { NDArray, Size } from '../core/ndarray.js';
import { BitGenerator, type SeedLike } from './bit_generator.js';
import { PCG_MULT, type PcgKernel } from './pcg64_kernels.js';
import { randomRawPairs } from './raw_output.js';
import {
  bigToLimbs, lcgAdvance, limbsToBig, MASK128, stateDict, stateInt, subDict, toBigIntJumps, wrapInt,
} from './u128.js';

const BLOCK = 256;
const FIRST_BLOCK = 4;
const TWO_M53 = 1 / 9007199254740992;
const JUMP_STEP = 0x9e3779b97f4a7c15f39cc0605cedc835n;

export interface PcgState {
  bit_generator: string;
  state: { state: bigint; inc: bigint };
  has_uint32: number;
  uinteger: number;
}

export abstract class Pcg128Base extends BitGenerator {
  private readonly st = new Uint32Array(8);
  private readonly start = new Uint32Array(4);
  private readonly buf = new Uint32Array(2 * BLOCK);
  private pos = 0;
  private len = 0;
  // Blocks start small after a reseed/state change so a few draws stay cheap, then grow.
  private nextLen = FIRST_BLOCK;
  private hasUint32 = 0;
  private uinteger = 0;

  /** The LCG multiplier (for jump-ahead and exact-state recovery). */
  protected abstract get multiplier(): bigint;
  /** The block kernel for this variant, from the active backend. */
  protected abstract kernel(): PcgKernel;

  constructor(seed?: SeedLike) {
    super(seed);
    const w = this._seed_seq!.generateWords(8);
    const v = (i: number): bigint => (BigInt(w[2 * i + 1]!) << 32n) | BigInt(w[2 * i]!);
    const initstate = (v(0) << 64n) | v(1);
    const initseq = (v(2) << 64n) | v(3);
    // pcg_setseq_128_srandom_r, with the full 128-bit multiplier for both variants.
    const inc = ((initseq << 1n) | 1n) & MASK128;
    let s = (0n * PCG_MULT + inc) & MASK128;
    s = (s + initstate) & MASK128;
    s = (s * PCG_MULT + inc) & MASK128;
    this.setExact(s, inc);
  }

  private get inc(): bigint {
    return limbsToBig(this.st, 4, 4);
  }

  /** The LCG state of the last consumed output, exactly as numpy holds it. */
  private exactState(): bigint {
    const start = limbsToBig(this.start, 0, 4);
    return this.pos === 0 ? start : lcgAdvance(start, BigInt(this.pos), this.multiplier, this.inc);
  }

  /** Installs an exact state and drops the precomputed block. */
  private setExact(state: bigint, inc: bigint): void {
    bigToLimbs(state, this.st, 0, 4);
    bigToLimbs(inc, this.st, 4, 4);
    this.start.set(this.st.subarray(0, 4));
    this.pos = 0;
    this.len = 0;
    this.nextLen = FIRST_BLOCK;
  }

  private refill(): void {
    const n = this.nextLen;
    if (n < BLOCK) this.nextLen = n * 2;
    this.start[0] = this.st[0]!; this.start[1] = this.st[1]!; this.start[2] = this.st[2]!; this.start[3] = this.st[3]!;
    this.kernel()(this.st, this.buf, 0, n);
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

  /** Writes the next n outputs as (lo, hi) pairs: first what is buffered, then straight from the kernel. */
  private fillPairs = (out: Uint32Array, off: number, n: number): void => {
    const take = Math.min(this.len - this.pos, n);
    if (take > 0) {
      out.set(this.buf.subarray(2 * this.pos, 2 * (this.pos + take)), 2 * off);
      this.pos += take;
    }
    if (take < n) {
      this.kernel()(this.st, out, off + take, n - take);
      this.start.set(this.st.subarray(0, 4));
      this.pos = 0;
      this.len = 0;
    }
  };

  override random_raw(size?: Size, output = true): bigint | NDArray<BigUint64Array> | null {
    return randomRawPairs(this.fillPairs, size, output);
  }

  /** Advances the state as if `delta` outputs were drawn (mod 2**128); clears the uint32 buffer. */
  advance(delta: number | bigint): this {
    const d = wrapInt(delta, 128);
    this.setExact(lcgAdvance(this.exactState(), d, this.multiplier, this.inc), this.inc);
    this.hasUint32 = 0;
    this.uinteger = 0;
    return this;
  }

  /** A new generator advanced jumps * 0x9e3779b97f4a7c15f39cc0605cedc835 steps from this one. */
  jumped(jumps: number | bigint = 1): this {
    const Ctor = this.constructor as new () => this;
    const bg = new Ctor();
    bg.state = this.state;
    bg.advance(JUMP_STEP * toBigIntJumps(jumps));
    return bg;
  }

  get state(): PcgState {
    return {
      bit_generator: this.name,
      state: { state: this.exactState(), inc: this.inc },
      has_uint32: this.hasUint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: object) {
    const v = stateDict(value);
    if (v.bit_generator !== this.name) throw new ValueError(`state must be for a ${this.name} RNG`);
    const inner = subDict(v, 'state');
    const state = stateInt(inner.state, "state['state']", 128);
    const inc = stateInt(inner.inc, "state['inc']", 128);
    const has = Number(stateInt(v.has_uint32, 'has_uint32', 1));
    const uint = Number(stateInt(v.uinteger, 'uinteger', 32));
    this.setExact(state, inc);
    this.hasUint32 = has;
    this.uinteger = uint;
  }
}
