// What PCG64 and PCG64DXSM share: a 128-bit LCG state and increment (8 kernel words), seeding as
// numpy's pcg64_set_seed, jump-ahead and the state dict.
import { ValueError } from '../core/errors.js';
import type { SeedLike } from './bit_generator.js';
import { BlockBitGenerator } from './block_base.js';
import { PCG_MULT } from './kernels/pcg_ts.js';
import {
  bigToLimbs, lcgAdvance, limbsToBig, MASK128, stateDict, toBigIntJumps, wrapInt,
} from './u128.js';
import { cInt, cUnsigned, getKey, pcgHalves } from './py_state.js';

const JUMP_STEP = 0x9e3779b97f4a7c15f39cc0605cedc835n;

/** numpy's PCG64 / PCG64DXSM state dict: the 128-bit state and increment, and the buffered uint32. */
export interface PcgState {
  bit_generator: string;
  state: { state: bigint; inc: bigint };
  has_uint32: number;
  uinteger: number;
}

/** What PCG64 and PCG64DXSM share: the 128-bit LCG state, advance, jumped and the state dict. */
export abstract class Pcg128Base extends BlockBitGenerator {
  /** The LCG multiplier (for jump-ahead). */
  protected abstract get multiplier(): bigint;

  /**
   * @param seed - an int, an array of ints or a SeedSequence; null/undefined (default) draws
   *   fresh OS entropy. Four uint64 words of SeedSequence output give the initial state and stream.
   */
  constructor(seed?: SeedLike) {
    super(seed, 8);
    const w = this._seed_seq!.generateWords(8);
    const v = (i: number): bigint => (BigInt(w[2 * i + 1]!) << 32n) | BigInt(w[2 * i]!);
    const initstate = (v(0) << 64n) | v(1);
    const initseq = (v(2) << 64n) | v(3);
    // pcg_setseq_128_srandom_r, with the full 128-bit multiplier for both variants.
    const inc = ((initseq << 1n) | 1n) & MASK128;
    let s = inc;
    s = (s + initstate) & MASK128;
    s = (s * PCG_MULT + inc) & MASK128;
    this.install(s, inc);
  }

  private install(state: bigint, inc: bigint): void {
    const w = new Uint32Array(8);
    bigToLimbs(state, w, 0, 4);
    bigToLimbs(inc, w, 4, 4);
    this.installWords(w);
  }

  /**
   * Advances the state as if `delta` outputs were drawn (mod 2**128); clears the uint32 buffer.
   * @param delta - number of steps to advance (a negative value steps back, modulo 2**128).
   * @example const bg = new PCG64(1).advance(1000n);
   */
  advance(delta: number | bigint): this {
    const d = wrapInt(delta, 128);
    const w = this.exactWords();
    const inc = limbsToBig(w, 4, 4);
    this.install(lcgAdvance(limbsToBig(w, 0, 4), d, this.multiplier, inc), inc);
    this.hasUint32 = 0;
    this.uinteger = 0;
    return this;
  }

  /**
   * A new generator advanced jumps * 0x9e3779b97f4a7c15f39cc0605cedc835 steps from this one
   * (numpy's jumped, roughly 2**127 times phi); this generator is unchanged.
   * @param jumps - number of jumps to make (default 1).
   * @example const child = new PCG64(1).jumped();
   */
  jumped(jumps: number | bigint = 1): this {
    const Ctor = this.constructor as new () => this;
    const bg = new Ctor();
    bg.state = this.state;
    bg.advance(JUMP_STEP * toBigIntJumps(jumps));
    return bg;
  }

  /**
   * numpy's state dict `{ bit_generator, state: { state, inc }, has_uint32, uinteger }` with
   * 128-bit bigints; assigning one restores it.
   * @example const s = bg.state; bg.state = s;
   */
  get state(): PcgState {
    const w = this.exactWords();
    return {
      bit_generator: this.name,
      state: { state: limbsToBig(w, 0, 4), inc: limbsToBig(w, 4, 4) },
      has_uint32: this.hasUint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: object) {
    const v = stateDict(value);
    if (v.bit_generator !== this.name) throw new ValueError(`state must be for a ${this.name} RNG`);
    // numpy's setter: state_vec = [state // 2**64, state % 2**64, inc // 2**64, inc % 2**64],
    // then has_uint32 as a C int (any non-zero value means a buffered uint32) and uinteger
    const [s1, s0] = pcgHalves(getKey(getKey(v, 'state'), 'state'));
    const [i1, i0] = pcgHalves(getKey(getKey(v, 'state'), 'inc'));
    const has = cInt(getKey(v, 'has_uint32'));
    const uint = Number(cUnsigned(getKey(v, 'uinteger'), 32));
    this.install((s1 << 64n) | s0, (i1 << 64n) | i0);
    this.hasUint32 = has;
    this.uinteger = uint;
  }
}
