// numpy's SeedSequence: hashes arbitrary-size entropy into a pool of 32-bit words and
// generates seeding words from it (O'Neill's seed_seq design, numpy's constants).
import { randomWords } from '../core/entropy.js';
import { checkGenerateState, checkSeedSequenceOptions, checkSpawnCount, comparePoolSize } from '../core/seed_checks.js';
import { isPyInt, pyTypeName } from '../core/pyint.js';
import { keywordOnly } from '../core/keywords.js';
import { NotImplementedError, OverflowError, ValueError } from '../core/errors.js';
import { INSPECT, isTypedArray, pyRepr, pyStr, pyTuple, withShape, type NDArray, type TypedArray } from '../core/ndarray.js';
import { stateFromJSONValue, stateToJSONValue } from './state_codec.js';

const INIT_A = 0x43b0d7e5;
const MULT_A = 0x931e8875;
const INIT_B = 0x8b51f9dd;
const MULT_B = 0x58f38ded;
const MIX_MULT_L = 0xca01f9dd;
const MIX_MULT_R = 0x4973f715;
const DEFAULT_POOL_SIZE = 4;

export type EntropyInt = number | bigint;
/** One element of a seed sequence: an integer, a bool, a seed string, or (numpy flattens them) a sequence. */
export type EntropyItem = EntropyInt | boolean | string | TypedArray | readonly EntropyItem[];
/** What SeedSequence takes as entropy: an int, a bool, or a (nested) sequence of them. */
export type Entropy = EntropyInt | boolean | readonly EntropyItem[] | TypedArray;

/** numpy's SeedSequence keyword arguments (spawn_key=(), pool_size=4, n_children_spawned=0). */
export interface SeedSequenceOptions {
  spawn_key?: readonly EntropyInt[];
  pool_size?: number;
  n_children_spawned?: number;
}

/** numpy's SeedSequence.state: the constructor arguments that recreate it. */
export interface SeedSequenceState {
  entropy: Entropy | null;
  spawn_key: EntropyInt[];
  pool_size: number;
  /** How many children spawn() has made (the next child's index). */
  n_children_spawned: number;
}

/** Little-endian 32-bit words of a non-negative integer (0 gives [0]). */
function intToWords(v: EntropyInt): number[] {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new TypeError('seed must be integer');
    if (v < 0) throw new ValueError('expected non-negative integer');
    if (v <= 0xffffffff) return [v];
    v = BigInt(v);
  } else if (typeof v !== 'bigint') {
    throw new TypeError(`SeedSequence expects int or sequence of ints for entropy not ${String(v)}`);
  }
  if (v < 0n) throw new ValueError('expected non-negative integer');
  const words: number[] = [];
  do {
    words.push(Number(v & 0xffffffffn));
    v >>= 32n;
  } while (v > 0n);
  return words;
}

/** numpy's seed strings: '0x' + hex digits, or text starting with a digit, parsed by Python's int(). */
function parseSeedString(x: string): bigint {
  if (x.startsWith('0x')) {
    if (!/^0x(_?[0-9a-fA-F])+\s*$/.test(x)) throw new ValueError(`invalid literal for int() with base 16: '${x}'`);
    return BigInt('0x' + x.slice(2).trim().replace(/_/g, ''));
  }
  if (/^[0-9]/.test(x)) {
    if (!/^[0-9](_?[0-9])*\s*$/.test(x)) throw new ValueError(`invalid literal for int() with base 10: '${x}'`);
    return BigInt(x.trim().replace(/_/g, ''));
  }
  throw new ValueError('unrecognized seed string');
}

/**
 * numpy's _coerce_to_uint32_array: integers (bools, seed strings) become little-endian words;
 * sequences, nested ones included, are coerced element by element and concatenated.
 */
function coerceToWords(x: unknown): number[] {
  if (x instanceof Uint32Array) return Array.from(x);
  if (typeof x === 'string') x = parseSeedString(x);
  if (typeof x === 'boolean') x = x ? 1 : 0;
  if (typeof x === 'number' || typeof x === 'bigint') return intToWords(x);
  if (x instanceof Float64Array || x instanceof Float32Array) throw new TypeError('seed must be integer');
  if (Array.isArray(x) || isTypedArray(x)) {
    const out: number[] = [];
    for (const v of x as Iterable<unknown>) for (const w of coerceToWords(v)) out.push(w);
    return out;
  }
  throw new TypeError(`object of type '${x === null || x === undefined ? 'NoneType' : typeof x}' has no len()`);
}

const hashConst = { hc: 0 };
function hashmix(value: number): number {
  value = (value ^ hashConst.hc) >>> 0;
  hashConst.hc = Math.imul(hashConst.hc, MULT_A) >>> 0;
  value = Math.imul(value, hashConst.hc) >>> 0;
  return (value ^ (value >>> 16)) >>> 0;
}

function mix(x: number, y: number): number {
  const r = (Math.imul(MIX_MULT_L, x) - Math.imul(MIX_MULT_R, y)) >>> 0;
  return (r ^ (r >>> 16)) >>> 0;
}

/**
 * numpy's SeedSequence: mixes user entropy into a pool (O'Neill's hashmix) from which bit
 * generators draw their initial state, and spawns independent children.
 * @example const ss = new SeedSequence(12345); ss.generate_state(4);
 */
export class SeedSequence {
  /** The user entropy (or the OS entropy drawn when none was given). */
  readonly entropy: Entropy;
  /** Indices from the root to this child, appended to the entropy before mixing. */
  readonly spawn_key: EntropyInt[];
  /** The pool's size in 32-bit words (4 by default). */
  readonly pool_size: number;
  n_children_spawned: number;
  /** The mixed entropy pool the state is generated from. */
  readonly pool: Uint32Array;

  /**
   * numpy's keyword-only spawn_key, pool_size and n_children_spawned are positional here, in
   * numpy's order (README); an options object in the second slot is accepted as well.
   * @param entropy - an int, a sequence of ints (nested allowed), or null/undefined (default)
   *   for 128 bits of fresh OS entropy.
   * @param spawn_key - indices from the root (default []), or `{ spawn_key, pool_size, n_children_spawned }`
   * @param pool_size - the pool's size in 32-bit words (default 4, at least 4)
   * @param n_children_spawned - how many children were spawned already (default 0)
   * @example new SeedSequence(1, [0]); new SeedSequence(1, undefined, 8); new SeedSequence(1, { pool_size: 8 })
   */
  constructor(entropy?: Entropy | null, options?: SeedSequenceOptions);
  constructor(entropy?: Entropy | null, spawn_key?: readonly EntropyInt[], pool_size?: number, n_children_spawned?: number);
  constructor(entropy?: Entropy | null, ...kw: unknown[]) {
    const options = keywordOnly('__init__', ['spawn_key', 'pool_size', 'n_children_spawned'], kw, 1) as SeedSequenceOptions;
    // an explicit null is numpy's pool_size=None, which its `pool_size < 4` refuses
    const pool_size = options.pool_size === undefined ? DEFAULT_POOL_SIZE : options.pool_size;
    comparePoolSize(pool_size);
    if (pool_size < DEFAULT_POOL_SIZE) throw new ValueError('The size of the entropy pool should be at least 4');
    if (entropy === null || entropy === undefined) entropy = randomEntropy(pool_size);
    else if ((typeof entropy === 'number' && !isPyInt(entropy))
      || (typeof entropy !== 'number' && typeof entropy !== 'bigint' && typeof entropy !== 'boolean' && !Array.isArray(entropy) && !isTypedArray(entropy))) {
      // a float entropy is refused here, like numpy's isinstance check (int, sequence or ndarray)
      const shown = pyStr(entropy);
      throw new TypeError(`SeedSequence expects int or sequence of ints for entropy not ${shown}`);
    }
    checkSeedSequenceOptions(options);
    this.entropy = entropy;
    this.spawn_key = [...(options.spawn_key ?? [])];
    this.pool_size = pool_size;
    this.n_children_spawned = options.n_children_spawned ?? 0;
    this.pool = new Uint32Array(pool_size);
    this.mixEntropy(this.assembledEntropy());
  }

  private assembledEntropy(): number[] {
    const run = coerceToWords(this.entropy);
    const spawn = coerceToWords(this.spawn_key);
    if (spawn.length > 0 && run.length < this.pool_size) {
      while (run.length < this.pool_size) run.push(0);
    }
    return run.concat(spawn);
  }

  private mixEntropy(e: number[]): void {
    const pool = this.pool;
    hashConst.hc = INIT_A;
    for (let i = 0; i < pool.length; i++) pool[i] = hashmix(i < e.length ? e[i]! : 0);
    for (let s = 0; s < pool.length; s++) {
      for (let d = 0; d < pool.length; d++) {
        if (s !== d) pool[d] = mix(pool[d]!, hashmix(pool[s]!));
      }
    }
    for (let s = pool.length; s < e.length; s++) {
      for (let d = 0; d < pool.length; d++) pool[d] = mix(pool[d]!, hashmix(e[s]!));
    }
  }

  /** `n` 32-bit words of seeding material (uint64 words are pairs of these, low word first). */
  generateWords(n: number): Uint32Array {
    const out = new Uint32Array(n);
    let hc = INIT_B;
    for (let i = 0; i < n; i++) {
      let v = (this.pool[i % this.pool_size]! ^ hc) >>> 0;
      hc = Math.imul(hc, MULT_B) >>> 0;
      v = Math.imul(v, hc) >>> 0;
      out[i] = (v ^ (v >>> 16)) >>> 0;
    }
    return out;
  }

  /**
   * numpy's generate_state: `n_words` words of seeding material from the pool.
   * @param n_words - how many words to return.
   * @param dtype - `'uint32'` (default) or `'uint64'` (each made of two uint32 words, low first).
   * @example new SeedSequence(1).generate_state(2, 'uint64');
   */
  generate_state(n_words: number, dtype: 'uint32' | 'uint64' = 'uint32'): NDArray<Uint32Array> | NDArray<BigUint64Array> {
    ({ n_words, dtype } = checkGenerateState(n_words, dtype));
    if (dtype === 'uint32') return withShape(this.generateWords(n_words), [n_words]);
    if (dtype === 'uint64') {
      const w = this.generateWords(2 * n_words);
      const out = new BigUint64Array(n_words);
      for (let i = 0; i < n_words; i++) out[i] = (BigInt(w[2 * i + 1]!) << 32n) | BigInt(w[2 * i]!);
      return withShape(out, [n_words]);
    }
    throw new ValueError('only support uint32 or uint64');
  }

  /**
   * numpy's spawn: `n_children` child SeedSequences, each with this spawn_key extended by its
   * index; the counter n_children_spawned grows, so later calls give new children.
   * @param n_children - how many children to create.
   * @example const kids = new SeedSequence(7).spawn(3);
   */
  spawn(n_children: number): SeedSequence[] {
    n_children = checkSpawnCount(this.n_children_spawned, n_children);
    // a negative count just lowers the counter (no children) unless it would go below zero
    const total = this.n_children_spawned + n_children;
    if (total < 0) throw new OverflowError("can't convert negative value to uint32_t");
    if (total > 0xffffffff) throw new OverflowError('value too large to convert to uint32_t');
    const children: SeedSequence[] = [];
    for (let i = this.n_children_spawned; i < this.n_children_spawned + n_children; i++) {
      children.push(new SeedSequence(this.entropy, { spawn_key: [...this.spawn_key, i], pool_size: this.pool_size }));
    }
    this.n_children_spawned += n_children;
    return children;
  }

  /** numpy's state: `{ entropy, spawn_key, pool_size, n_children_spawned }` (the constructor's arguments). */
  get state(): SeedSequenceState {
    return {
      entropy: this.entropy,
      spawn_key: [...this.spawn_key],
      pool_size: this.pool_size,
      n_children_spawned: this.n_children_spawned,
    };
  }

  /**
   * numpy's repr: `SeedSequence(\n    entropy=1,\n)`, with spawn_key, pool_size and
   * n_children_spawned on their own lines when they are not the defaults.
   * @example String(new SeedSequence(1, [0]))
   */
  toString(): string {
    // the class's own name, not constructor.name, which bundlers and minifiers rename (a subclass keeps its own)
    const cls = this.constructor === SeedSequence ? 'SeedSequence' : this.constructor.name;
    const lines = [`${cls}(`, `    entropy=${pyRepr(this.entropy)},`];
    if (this.spawn_key.length > 0) lines.push(`    spawn_key=${pyTuple(this.spawn_key)},`);
    if (this.pool_size !== DEFAULT_POOL_SIZE) lines.push(`    pool_size=${this.pool_size},`);
    if (this.n_children_spawned !== 0) lines.push(`    n_children_spawned=${this.n_children_spawned},`);
    lines.push(')');
    return lines.join('\n');
  }

  /** Node's console.log / util.inspect show numpy's repr. */
  [INSPECT](): string {
    return this.toString();
  }

  /**
   * numpy's SeedSequence.state in JSON form (integers as decimal strings).
   * @example const text = JSON.stringify(new SeedSequence(5));
   */
  toJSON(): object {
    return stateToJSONValue(this.state) as object;
  }

  /**
   * The SeedSequence described by a state in JSON form (text or parsed).
   * @param json - a JSON string or parsed object as produced by toJSON.
   * @example const ss = SeedSequence.fromJSON(JSON.stringify(new SeedSequence(5)));
   */
  static fromJSON(json: string | object): SeedSequence {
    const st = stateFromJSONValue(json) as Record<string, unknown>;
    if (typeof st !== 'object' || st === null || Array.isArray(st)) throw new TypeError('SeedSequence state must be a dict');
    const num = (v: unknown, name: string): number | undefined => {
      if (v === undefined) return undefined;
      if (typeof v !== 'bigint') throw new TypeError(`SeedSequence state ${name} must be an integer`);
      return Number(v);
    };
    const sk = st.spawn_key ?? [];
    if (!Array.isArray(sk)) throw new TypeError('SeedSequence state spawn_key must be a list');
    return new SeedSequence(st.entropy as Entropy, {
      spawn_key: sk as bigint[],
      pool_size: num(st.pool_size, 'pool_size'),
      n_children_spawned: num(st.n_children_spawned, 'n_children_spawned'),
    });
  }
}

/** 32*pool_size random bits as one integer, like `secrets.randbits`. */
function randomEntropy(pool_size: number): bigint {
  const w = randomWords(pool_size);
  let v = 0n;
  for (let i = w.length - 1; i >= 0; i--) v = (v << 32n) | BigInt(w[i]!);
  return v;
}

/**
 * numpy's SeedlessSeedSequence: a seed sequence for bit generators that need no seeding state;
 * it cannot generate state, and spawning gives itself back `n_children` times.
 * @example new SeedlessSeedSequence().spawn(2)
 */
export class SeedlessSeedSequence {
  /** Always numpy's NotImplementedError. */
  generate_state(_n_words?: number, _dtype?: 'uint32' | 'uint64'): never {
    throw new NotImplementedError('seedless SeedSequences cannot generate state');
  }

  /** `[this] * n_children`, as numpy's list repetition (a negative count gives []). */
  spawn(n_children: number): SeedlessSeedSequence[] {
    if (!isPyInt(n_children)) throw new TypeError(`can't multiply sequence by non-int of type '${pyTypeName(n_children)}'`);
    return Array.from({ length: Math.max(0, Number(n_children)) }, () => this);
  }

  /** numpy's repr without the address. */
  toString(): string {
    return '<numpy.random.bit_generator.SeedlessSeedSequence object>';
  }

  [INSPECT](): string {
    return this.toString();
  }
}
