// numpy's SFC64 (Chris Doty-Humphrey's Small Fast Chaotic PRNG, 64-bit).
import { checkArgCount } from '../core/keywords.js';
import { ValueError } from '../core/errors.js';
import type { SeedLike } from './bit_generator.js';
import { BlockBitGenerator } from './block_base.js';
import { kernels, type KernelPair } from './kernels.js';
import { stateDict } from './u128.js';
import { assignU64Slice, cInt, cUnsigned, getKey } from './py_state.js';

// Kernel state: a, b, c, w as (lo, hi) uint32 pairs.
const WORDS = 8;

/** numpy's SFC64 state dict: [a, b, c, counter] and the buffered uint32. */
export interface SFC64State {
  bit_generator: 'SFC64';
  state: { state: BigUint64Array };
  has_uint32: number;
  uinteger: number;
}

/**
 * numpy's SFC64 bit generator: Chris Doty-Humphrey's 256-bit Small Fast Chaotic PRNG
 * (no jumping or advance, as in numpy).
 * @example const bg = new SFC64(2024); bg.random_raw(4);
 */
export class SFC64 extends BlockBitGenerator {
  /**
   * @param seed - an int, an array of ints or a SeedSequence; null/undefined (default) draws
   *   fresh OS entropy. Three uint64 words seed a, b, c; the counter w starts at 1, then 12 rounds are discarded.
   */
  constructor(seed?: SeedLike) {
    checkArgCount('__init__', arguments, 1);
    super(seed, WORDS);
    const w = this._seed_seq!.generateWords(6);
    const st = new Uint32Array(WORDS);
    st.set(w, 0);
    st[6] = 1;
    kernels().sfc64.pairs(st, new Uint32Array(24), 0, 12);
    this.installWords(st);
  }

  /** Always `'SFC64'`. */
  get name(): string {
    return 'SFC64';
  }

  protected kernel(): KernelPair {
    return kernels().sfc64;
  }

  get family(): 'sfc64' {
    return 'sfc64';
  }

  /**
   * numpy's state dict `{ bit_generator: 'SFC64', state: { state: [a, b, c, w] }, has_uint32, uinteger }`.
   * @example const s = bg.state; bg.state = s;
   */
  get state(): SFC64State {
    const w = this.exactWords();
    const s = new BigUint64Array(4);
    for (let i = 0; i < 4; i++) s[i] = (BigInt(w[2 * i + 1]!) << 32n) | BigInt(w[2 * i]!);
    return { bit_generator: 'SFC64', state: { state: s }, has_uint32: this.hasUint32, uinteger: this.uinteger };
  }

  set state(value: object) {
    const v = stateDict(value);
    // numpy's message lacks the f-string prefix, so it prints the braces literally.
    if (v.bit_generator !== 'SFC64') throw new ValueError('state must be for a {self.__class__.__name__} RNG');
    // numpy's `state_vec[:] = value['state']['state']` (a scalar broadcasts), has_uint32 a C int
    const s = assignU64Slice(getKey(getKey(v, 'state'), 'state'), 4);
    const has = cInt(getKey(v, 'has_uint32'));
    const uint = Number(cUnsigned(getKey(v, 'uinteger'), 32));
    const st = new Uint32Array(WORDS);
    s.forEach((x, i) => {
      st[2 * i] = Number(x & 0xffffffffn);
      st[2 * i + 1] = Number(x >> 32n);
    });
    this.installWords(st);
    this.hasUint32 = has;
    this.uinteger = uint;
  }
}
