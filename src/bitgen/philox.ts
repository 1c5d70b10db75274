// numpy's Philox 4x64-10 counter-based generator, with numpy's 4-output buffer in the state.
import { checkArgCount } from '../core/keywords.js';
import { philoxJumpCheck } from '../core/pyint.js';
import { OverflowError, ValueError } from '../core/errors.js';
import type { SeedLike } from './bit_generator.js';
import { BlockBitGenerator } from './block_base.js';
import { kernels, type KernelPair } from './kernels.js';
import { stateDict, toBigIntJumps, wrapInt } from './u128.js';
import { cInt, cUnsigned, getIndex, getKey } from './py_state.js';
import { TWO_63 } from '../core/constants.js';

// Kernel state words: counter 0..7, key 8..11, buffer 12..19 (each u64 as lo, hi), buffer_pos 20.
const CTR = 0, KEY = 8, BUF = 12, BPOS = 20, WORDS = 21;

const TWO64 = 18446744073709551616;
const I64_MIN = -(1n << 63n), I64_END = 1n << 63n, U64_END = 1n << 64n;

/**
 * np.asarray(list).astype(uint64) as numpy does it: Python ints are int64 where they fit, else
 * uint64; a mix of the two (or any float) goes through float64, whose cast to uint64 truncates,
 * wraps negatives through int64 and gives 0 at or above 2**64 (x86-64 numpy).
 */
function listToUint64(arr: ArrayLike<unknown>, name: string): bigint[] {
  let signed = false, unsigned = false, float = false;
  const vals: (bigint | number)[] = [];
  for (let i = 0; i < arr.length; i++) {
    const e = arr[i];
    if (typeof e === 'bigint' || (typeof e === 'number' && Number.isInteger(e))) {
      const b = BigInt(e);
      if (b < I64_MIN || b >= U64_END) throw new OverflowError('Python int too large to convert to C long');
      if (b >= I64_END) unsigned = true;
      else signed = true;
      vals.push(b);
    } else if (typeof e === 'number' && !Number.isNaN(e)) {
      float = true;
      vals.push(e);
    } else if (typeof e === 'boolean') {
      signed = true;
      vals.push(e ? 1n : 0n);
    } else {
      throw new TypeError(`${name} must be an integer or an array of integers`);
    }
  }
  if (!float && !(signed && unsigned)) return vals.map((v) => BigInt.asUintN(64, v as bigint));
  return vals.map((v) => {
    const d = Math.trunc(Number(v));
    if (d >= TWO64 || !Number.isFinite(d)) return 0n;
    if (d >= 0) return BigInt(d);
    return d >= -TWO_63 ? BigInt.asUintN(64, BigInt(d)) : 0n;
  });
}

/** numpy's int_to_array for counter/key: an integer below 2**bits, or an array of `bits/64` words. */
function intToWords(value: unknown, name: string, bits: number): bigint[] {
  const len = bits / 64;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const out = value instanceof BigUint64Array ? Array.from(value) : listToUint64(value as ArrayLike<unknown>, name);
    if (out.length !== len) throw new ValueError(`${name} must have ${len} elements when using array form`);
    return out;
  }
  let v: bigint;
  if (typeof value === 'bigint') v = value;
  else if (typeof value === 'boolean') v = value ? 1n : 0n;
  else if (typeof value === 'number' && Number.isFinite(value)) v = BigInt(Math.trunc(value));
  else throw new TypeError(`${name} must be an integer or an array of integers`);
  if (v < 0n || v >= 1n << BigInt(bits)) throw new ValueError(`${name} must be positive and less than 2**${bits}.`);
  const out: bigint[] = [];
  for (let i = 0; i < len; i++) out.push((v >> BigInt(64 * i)) & 0xffffffffffffffffn);
  return out;
}

function putU64(st: Uint32Array, at: number, v: bigint): void {
  st[at] = Number(v & 0xffffffffn);
  st[at + 1] = Number((v >> 32n) & 0xffffffffn);
}

function getU64s(st: Uint32Array, at: number, n: number): BigUint64Array {
  const out = new BigUint64Array(n);
  for (let i = 0; i < n; i++) out[i] = (BigInt(st[at + 2 * i + 1]!) << 32n) | BigInt(st[at + 2 * i]!);
  return out;
}

/** A Philox counter or key: an integer, or its little-endian uint64 words. */
export type PhiloxInt = number | bigint | readonly (number | bigint)[] | BigUint64Array;

/** numpy's Philox state dict (counter, key, the buffered block and its position). */
export interface PhiloxState {
  bit_generator: 'Philox';
  state: { counter: BigUint64Array; key: BigUint64Array };
  buffer: BigUint64Array;
  buffer_pos: number;
  has_uint32: number;
  uinteger: number;
}

/**
 * numpy's Philox bit generator: the Philox4x64-10 counter-based generator (256-bit counter,
 * 128-bit key).
 * @example const bg = new Philox(42); bg.random_raw(2);
 */
export class Philox extends BlockBitGenerator {
  /**
   * @param seed - an int, an array of ints or a SeedSequence (default: fresh OS entropy); it
   *   derives the key, and cannot be given together with `key`.
   * @param counter - the initial 256-bit counter, an int or 4 uint64 words (default 0).
   * @param key - the 128-bit key, an int or 2 uint64 words; replaces seeding (default null).
   */
  constructor(seed?: SeedLike, counter?: PhiloxInt | null, key?: PhiloxInt | null) {
    checkArgCount('__init__', arguments, 3);
    if (seed !== null && seed !== undefined && key !== null && key !== undefined) {
      throw new ValueError('seed and key cannot be both used');
    }
    super(seed, WORDS);
    let k: bigint[];
    if (key !== null && key !== undefined) {
      k = intToWords(key, 'key', 128);
      this._seed_seq = null;
    } else {
      const w = this._seed_seq!.generateWords(4);
      k = [(BigInt(w[1]!) << 32n) | BigInt(w[0]!), (BigInt(w[3]!) << 32n) | BigInt(w[2]!)];
    }
    const c = intToWords(counter ?? 0, 'counter', 256);
    const st = new Uint32Array(WORDS);
    c.forEach((v, i) => putU64(st, CTR + 2 * i, v));
    k.forEach((v, i) => putU64(st, KEY + 2 * i, v));
    st[BPOS] = 4;
    this.installWords(st);
  }

  /** Always `'Philox'`. */
  get name(): string {
    return 'Philox';
  }

  protected kernel(): KernelPair {
    return kernels().philox;
  }

  get family(): 'philox' {
    return 'philox';
  }

  /**
   * Adds `delta` (mod 2**256) to the counter; clears the output and uint32 buffers.
   * @param delta - counter increments to add (each is one block of four uint64 outputs).
   * @example const bg = new Philox(1).advance(10);
   */
  advance(delta: number | bigint): this {
    const d = wrapInt(delta, 256);
    const st = this.exactWords();
    const ctr = getU64s(st, CTR, 4);
    let c = 0n;
    for (let i = 3; i >= 0; i--) c = (c << 64n) | ctr[i]!;
    c = BigInt.asUintN(256, c + d);
    for (let i = 0; i < 4; i++) putU64(st, CTR + 2 * i, (c >> BigInt(64 * i)) & 0xffffffffffffffffn);
    st.fill(0, BUF, BUF + 8);
    st[BPOS] = 4;
    this.installWords(st);
    this.hasUint32 = 0;
    this.uinteger = 0;
    return this;
  }

  /**
   * A new Philox advanced jumps * 2**128 steps from this one; this generator is unchanged.
   * @param jumps - number of 2**128-step jumps (default 1).
   * @example const child = new Philox(1).jumped(3);
   */
  jumped(jumps: number | bigint = 1): Philox {
    // numpy multiplies first, so a fractional jump count fails in wrap_int like advance(1.5).
    philoxJumpCheck(jumps);
    const bg = new Philox();
    bg.state = this.state;
    bg.advance(toBigIntJumps(jumps) * (1n << 128n));
    return bg;
  }

  /**
   * numpy's state dict `{ bit_generator: 'Philox', state: { counter, key }, buffer, buffer_pos,
   * has_uint32, uinteger }`; assigning one restores it.
   * @example const s = bg.state; bg.state = s;
   */
  get state(): PhiloxState {
    const st = this.exactWords();
    return {
      bit_generator: 'Philox',
      state: { counter: getU64s(st, CTR, 4), key: getU64s(st, KEY, 2) },
      buffer: getU64s(st, BUF, 4),
      buffer_pos: st[BPOS]!,
      has_uint32: this.hasUint32,
      uinteger: this.uinteger,
    };
  }

  set state(value: object) {
    const v = stateDict(value);
    if (v.bit_generator !== 'Philox') throw new ValueError('state must be for a Philox PRNG');
    // numpy's setter stores field by field straight into the state, so a bad field leaves the
    // ones before it set: we do the same (counter and key interleaved, then buffer, has_uint32,
    // uinteger, buffer_pos, each cast as its C type)
    const st = this.exactWords();
    const item = (outer: string, inner: string | null, i: number): bigint =>
      cUnsigned(getIndex(inner === null ? getKey(v, outer) : getKey(getKey(v, outer), inner), i), 64);
    try {
      for (let i = 0; i < 4; i++) {
        putU64(st, CTR + 2 * i, item('state', 'counter', i));
        if (i < 2) putU64(st, KEY + 2 * i, item('state', 'key', i));
      }
      for (let i = 0; i < 4; i++) putU64(st, BUF + 2 * i, item('buffer', null, i));
      this.hasUint32 = cInt(getKey(v, 'has_uint32'));
      this.uinteger = Number(cUnsigned(getKey(v, 'uinteger'), 32));
      const bpos = cInt(getKey(v, 'buffer_pos'));
      // numpy reads buffer[buffer_pos] for any buffer_pos < 4: a negative one reads outside the
      // buffer (README: refused); 4 and beyond start a new block
      if (bpos < 0) throw new ValueError(`buffer_pos must be a non-negative integer, got ${bpos} (numpy would read outside its buffer)`);
      st[BPOS] = bpos;
    } finally {
      this.installWords(st);
    }
  }
}
