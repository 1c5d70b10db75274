// numpy's Philox 4x64-10 counter-based generator, with numpy's 4-output buffer in the state.
import { OverflowError, ValueError } from '../core/errors.js';
import type { SeedLike } from './bit_generator.js';
import { BlockBitGenerator, type BlockKernel } from './block_base.js';
import { stateDict, stateInt, stateIntArray, subDict, toBigIntJumps, wrapInt } from './u128.js';

// Kernel state words: counter 0..7, key 8..11, buffer 12..19 (each u64 as lo, hi), buffer_pos 20.
const CTR = 0, KEY = 8, BUF = 12, BPOS = 20, WORDS = 21;

const M0L = 0xe14c6c93 | 0, M0H = 0xd2e7470e | 0;
const M1L = 0x95121157 | 0, M1H = 0xca5a8263 | 0;
const W0L = 0x7f4a7c15, W0H = 0x9e3779b9;
const W1L = 0x84caa73b, W1H = 0xbb67ae85;

/** High 32 bits of the unsigned product a*b (a, b uint32), via 16-bit pieces. */
function mulhi32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const t = a1 * b0 + ((a0 * b0) >>> 16);
  const w1 = (t & 0xffff) + a0 * b1;
  return a1 * b1 + (t >>> 16) + (w1 >>> 16);
}

// mulhilo64 results: p[0..3] = the 128-bit product's uint32 words, low first.
const p = new Float64Array(4);

/** The full 128-bit product of (ah:al) and (bh:bl), into p. */
function mul128(ah: number, al: number, bh: number, bl: number): void {
  const ll = Math.imul(al, bl) >>> 0, llh = mulhi32(al, bl);
  const lh = Math.imul(al, bh) >>> 0, lhh = mulhi32(al, bh);
  const hl = Math.imul(ah, bl) >>> 0, hlh = mulhi32(ah, bl);
  const hh = Math.imul(ah, bh) >>> 0, hhh = mulhi32(ah, bh);
  const t1 = llh + lh + hl;
  const c1 = Math.floor(t1 * 2.3283064365386963e-10);
  const t2 = lhh + hlh + hh + c1;
  const c2 = Math.floor(t2 * 2.3283064365386963e-10);
  p[0] = ll;
  p[1] = t1 >>> 0;
  p[2] = t2 >>> 0;
  p[3] = (hhh + c2) >>> 0;
}

/** Ten Philox rounds of the counter in st[CTR..] under the key in st[KEY..], into st[BUF..]. */
function philoxBlock(st: Uint32Array): void {
  let c0l = st[CTR]!, c0h = st[CTR + 1]!, c1l = st[CTR + 2]!, c1h = st[CTR + 3]!;
  let c2l = st[CTR + 4]!, c2h = st[CTR + 5]!, c3l = st[CTR + 6]!, c3h = st[CTR + 7]!;
  let k0l = st[KEY]!, k0h = st[KEY + 1]!, k1l = st[KEY + 2]!, k1h = st[KEY + 3]!;
  for (let r = 0; r < 10; r++) {
    if (r > 0) {
      let s = (k0l + W0L) >>> 0;
      k0h = (k0h + W0H + (s < k0l ? 1 : 0)) >>> 0;
      k0l = s;
      s = (k1l + W1L) >>> 0;
      k1h = (k1h + W1H + (s < k1l ? 1 : 0)) >>> 0;
      k1l = s;
    }
    mul128(M0H >>> 0, M0L >>> 0, c0h, c0l);
    const lo0l = p[0]!, lo0h = p[1]!, hi0l = p[2]!, hi0h = p[3]!;
    mul128(M1H >>> 0, M1L >>> 0, c2h, c2l);
    const lo1l = p[0]!, lo1h = p[1]!, hi1l = p[2]!, hi1h = p[3]!;
    c0l = (hi1l ^ c1l ^ k0l) >>> 0; c0h = (hi1h ^ c1h ^ k0h) >>> 0;
    c1l = lo1l; c1h = lo1h;
    c2l = (hi0l ^ c3l ^ k1l) >>> 0; c2h = (hi0h ^ c3h ^ k1h) >>> 0;
    c3l = lo0l; c3h = lo0h;
  }
  st[BUF] = c0l; st[BUF + 1] = c0h; st[BUF + 2] = c1l; st[BUF + 3] = c1h;
  st[BUF + 4] = c2l; st[BUF + 5] = c2h; st[BUF + 6] = c3l; st[BUF + 7] = c3h;
}

/** Increments the 256-bit counter by one. */
function bumpCounter(st: Uint32Array): void {
  for (let i = CTR; i < CTR + 8; i++) {
    st[i] = st[i]! + 1;
    if (st[i] !== 0) return;
  }
}

export const philoxKernel: BlockKernel = (st, out, off, n) => {
  let o = 2 * off;
  let bp = st[BPOS]!;
  for (let k = 0; k < n; k++) {
    if (bp >= 4) {
      bumpCounter(st);
      philoxBlock(st);
      bp = 0;
    }
    out[o++] = st[BUF + 2 * bp]!;
    out[o++] = st[BUF + 2 * bp + 1]!;
    bp++;
  }
  st[BPOS] = bp;
};

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
    return d >= -9223372036854775808 ? BigInt.asUintN(64, BigInt(d)) : 0n;
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

export type PhiloxInt = number | bigint | readonly (number | bigint)[] | BigUint64Array;

export interface PhiloxState {
  bit_generator: 'Philox';
  state: { counter: BigUint64Array; key: BigUint64Array };
  buffer: BigUint64Array;
  buffer_pos: number;
  has_uint32: number;
  uinteger: number;
}

export class Philox extends BlockBitGenerator {
  constructor(seed?: SeedLike, counter?: PhiloxInt | null, key?: PhiloxInt | null) {
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

  get name(): string {
    return 'Philox';
  }

  protected kernel(): BlockKernel {
    return philoxKernel;
  }

  /** Adds `delta` (mod 2**256) to the counter; clears the output and uint32 buffers. */
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

  /** A new Philox advanced jumps * 2**128 steps from this one. */
  jumped(jumps: number | bigint = 1): Philox {
    // numpy multiplies first, so a fractional jump count fails in wrap_int like advance(1.5).
    if (typeof jumps === 'number' && !Number.isInteger(jumps)) {
      throw new TypeError("unsupported operand type(s) for &: 'float' and 'int'");
    }
    const bg = new Philox();
    bg.state = this.state;
    bg.advance(toBigIntJumps(jumps) * (1n << 128n));
    return bg;
  }

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
    const inner = subDict(v, 'state');
    const counter = stateIntArray(inner.counter, "state['counter']", 4, 64);
    const key = stateIntArray(inner.key, "state['key']", 2, 64);
    const buffer = stateIntArray(v.buffer, 'buffer', 4, 64);
    const bpos = stateInt(v.buffer_pos, 'buffer_pos', 32);
    if (bpos > 4n) throw new ValueError(`buffer_pos must be an integer in [0, 4], got ${bpos}`);
    const has = Number(stateInt(v.has_uint32, 'has_uint32', 1));
    const uint = Number(stateInt(v.uinteger, 'uinteger', 32));
    const st = new Uint32Array(WORDS);
    counter.forEach((x, i) => putU64(st, CTR + 2 * i, x));
    key.forEach((x, i) => putU64(st, KEY + 2 * i, x));
    buffer.forEach((x, i) => putU64(st, BUF + 2 * i, x));
    st[BPOS] = Number(bpos);
    this.installWords(st);
    this.hasUint32 = has;
    this.uinteger = uint;
  }
}
