// torch's CPU generator (at::CPUGeneratorImpl): an at::mt19937 engine, seeded with plain
// init_genrand on the low 32 bits of a 64-bit seed, plus the cached second Box-Muller normals.
// The engine is the project's MT19937 (same recurrence and tempering); at::mt19937 seeding is
// its legacy init_genrand path.
import { MT19937 } from '../bitgen/mt19937.js';
import { randomWords } from '../core/entropy.js';
import { RuntimeError } from './errors.js';
import { sin } from '../math/index.js';

const N = 624;
/** sizeof(CPUGeneratorImplState) on x86-64 Linux. */
export const STATE_BYTES = 5056;
/** sizeof(CPUGeneratorImplStateLegacy): the older layout torch 1.13 still loads. */
export const LEGACY_STATE_BYTES = 5048;
/** c10's default_rng_seed_val, the seed of a new torch.Generator(). */
const DEFAULT_SEED = 67280421310721n;
const U64 = (1n << 64n) - 1n;

/** A seed as torch's Generator.manual_seed unpacks it: uint64, or int64 reinterpreted. */
export function unpackSeed(seed: number | bigint): bigint {
  let s: bigint;
  if (typeof seed === 'bigint') s = seed;
  else if (typeof seed === 'number' && Number.isInteger(seed)) s = BigInt(seed);
  else if (typeof seed === 'boolean') s = seed ? 1n : 0n;
  else throw new RuntimeError(`manual_seed expected a long, but got ${typeof seed === 'number' ? 'float' : typeof seed}`);
  if (s > U64 || s < -(1n << 63n)) throw new RuntimeError('Overflow when unpacking long');
  return s & U64;
}

/** A nondeterministic 64-bit seed (torch reads /dev/urandom; we ask crypto). */
function entropySeed(): bigint {
  const w = randomWords(2);
  return (BigInt(w[0]!) << 32n) | BigInt(w[1]!);
}

/**
 * torch.Generator for the CPU: torch's mt19937 engine, its seeding, draws and 5056-byte state.
 * @example const g = new Generator().manual_seed(42); rand(2, { generator: g });
 */
export class Generator {
  /** The engine; exposed for the samplers in this module, not part of torch's API. */
  readonly mt = new MT19937(0);
  private seed_ = 0n;
  /** Set by seeding: torch's engine then reads left = 1, next = 0 until its first draw. */
  private fresh = true;
  /** torch's next_double_normal_sample (the scalar Box-Muller path's cached sine). */
  nextDouble: number | null = null;
  /** torch's next_float_normal_sample (kept for the state bytes; no CPU kernel sets it in 1.13). */
  nextFloat: number | null = null;
  readonly device = 'cpu';

  /**
   * @param device - must be 'cpu' (default), as the only device reproduced; seeded with 67280421310721 as torch's.
   */
  constructor(device: string = 'cpu') {
    if (device !== 'cpu') throw new RuntimeError(`Device type ${device.toUpperCase()} is not supported for torch.Generator() api.`);
    this.manual_seed(DEFAULT_SEED);
  }

  /**
   * Seeds as torch.Generator.manual_seed (negative seeds wrap to uint64); returns this.
   * @param seed - an integer in [-2**63, 2**64).
   * @example const g = new Generator().manual_seed(0);
   */
  manual_seed(seed: number | bigint): this {
    const s = unpackSeed(seed);
    this.nextDouble = null;
    this.nextFloat = null;
    this.seed_ = s;
    this.mt.legacySeed(Number(s & 0xffffffffn));
    this.fresh = true;
    return this;
  }

  /**
   * Generator.seed(): seeds from entropy and returns the seed (a uint64 as bigint).
   * @example const s = new Generator().seed();
   */
  seed(): bigint {
    const s = entropySeed();
    this.manual_seed(s);
    return s;
  }

  /**
   * Generator.initial_seed(): the seed last set (a uint64 as bigint).
   * @example new Generator().manual_seed(3).initial_seed(); // 3n
   */
  initial_seed(): bigint {
    return this.seed_;
  }

  /**
   * One 32-bit draw (CPUGeneratorImpl::random), as a uint32.
   * @example new Generator().manual_seed(0).random();
   */
  random(): number {
    this.fresh = false;
    return this.mt.next_uint32();
  }

  /** `n` 32-bit draws into out[0, n), the same words as n calls to random(). */
  fillRandom(out: Uint32Array, n: number): void {
    if (n <= 0) return;
    this.fresh = false;
    this.mt.fill_uint32(out, 0, n);
  }

  /**
   * Generator.get_state(): torch's 5056-byte CPUGeneratorImplState, as get_rng_state() returns it.
   * @example const st = g.get_state();
   */
  get_state(): Uint8Array {
    const bytes = new Uint8Array(STATE_BYTES);
    const v = new DataView(bytes.buffer);
    const { key, pos } = this.mt.state.state;
    const fresh = this.fresh && pos === N;
    v.setBigUint64(0, this.seed_, true);
    v.setInt32(8, fresh ? 1 : N + 1 - pos, true);
    v.setInt32(12, 1, true);
    v.setBigUint64(16, BigInt(fresh ? 0 : pos), true);
    for (let i = 0; i < N; i++) v.setUint32(24 + 8 * i, key[i]!, true);
    if (this.nextDouble !== null) {
      v.setFloat64(5024, this.nextDouble, true);
      v.setInt32(5040, 1, true);
    }
    if (this.nextFloat !== null) {
      v.setFloat32(5048, this.nextFloat, true);
      bytes[5052] = 1;
    }
    return bytes;
  }

  /**
   * Generator.set_state(state): loads a state from get_state() or torch.get_rng_state() bytes saved in Python
   * (5056 bytes, or the legacy 5048); returns this.
   * @param state - the state bytes.
   * @example g.set_state(other.get_state());
   */
  set_state(state: Uint8Array): this {
    if (!(state instanceof Uint8Array)) {
      if (ArrayBuffer.isView(state)) throw new TypeError('RNG state must be a torch.ByteTensor');
      throw new TypeError(`expected a torch.ByteTensor, but got ${state === null ? 'NoneType' : Array.isArray(state) ? 'list' : typeof state}`);
    }
    if (state.length !== STATE_BYTES && state.length !== LEGACY_STATE_BYTES) {
      throw new RuntimeError(`Expected either a CPUGeneratorImplStateLegacy of size ${LEGACY_STATE_BYTES} or a CPUGeneratorImplState of size ${STATE_BYTES} but found the input RNG state size to be ${state.length}`);
    }
    const v = new DataView(state.buffer, state.byteOffset, state.byteLength);
    const left = v.getInt32(8, true);
    const seeded = v.getInt32(12, true) !== 0;
    const next = Number(v.getBigUint64(16, true) & 0xffffffffn);
    if (!seeded || left <= 0 || left > N || next > N) throw new RuntimeError('Invalid mt19937 state');
    let pos: number, fresh: boolean;
    if (left === 1 && next === 0) { pos = N; fresh = true; }
    else if (next + left === N + 1) { pos = next; fresh = false; }
    else {
      // torch would read words next.. while counting `left` down; no state torch writes is like that.
      throw new RuntimeError(`unsupported mt19937 state: next=${next} and left=${left} disagree (next + left must be ${N + 1})`);
    }
    const key = new Uint32Array(N);
    for (let i = 0; i < N; i++) key[i] = v.getUint32(24 + 8 * i, true); // the low half of each uint64
    this.mt.state = { bit_generator: 'MT19937', state: { key, pos } };
    this.fresh = fresh;
    this.seed_ = v.getBigUint64(0, true);
    const valid = v.getInt32(5040, true) !== 0;
    if (state.length === STATE_BYTES) this.nextDouble = valid ? v.getFloat64(5024, true) : null;
    // the legacy layout keeps TH's normal_x and normal_rho; torch rebuilds the cached sine from them
    else this.nextDouble = valid ? v.getFloat64(5032, true) * sin(2 * Math.PI * v.getFloat64(5016, true)) : null;
    // the legacy layout has no float cache: torch leaves its own as it was
    if (state.length === STATE_BYTES) this.nextFloat = state[5052] !== 0 ? v.getFloat32(5048, true) : null;
    return this;
  }

  /**
   * A copy with the same state (torch's Generator.clone_state / graphsafe clone).
   * @example const h = g.clone();
   */
  clone(): Generator {
    const g = new Generator();
    g.set_state(this.get_state());
    return g;
  }
}

let defaultGen: Generator | null = null;

/** torch.default_generator: created on first use and seeded from entropy, as torch does at startup. */
export function defaultGenerator(): Generator {
  if (defaultGen === null) {
    defaultGen = new Generator();
    defaultGen.seed();
  }
  return defaultGen;
}
