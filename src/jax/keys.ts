// jax.random keys for the threefry2x32 implementation: a key is a Uint32Array of two words; an array
// of keys is a Uint32Array with `shape` [..., 2]. key() and PRNGKey() make the same data (JAX's typed
// key and its raw uint32[2] form), so key_data/wrap_key_data only copy and check.
import { OverflowErrorOf, TypeError_, ValueErrorOf } from '../core/messages.js';
import { type NDArray, isTypedArray, pyTuple, withShape } from '../core/ndarray.js';
import { config } from './config.js';
import { typedDtypeName } from '../core/dtype.js';
import { canonicalizeShape } from './shape.js';
import { iotaPair, threefryFlat, threefryLegacyIota } from './threefry.js';

/** A threefry2x32 key (Uint32Array of 2 words) or an array of keys (shape [..., 2]). */
export type Key = NDArray<Uint32Array>;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The seed as a bigint in [-2^63, 2^63), after JAX's `np.int64(seed)` conversion and the config offset. */
function seedInt64(ctor: string, seed: number | bigint): bigint {
  if (isTypedArray(seed) || Array.isArray(seed)) {
    const shape = (seed as { shape?: number[] }).shape ?? [(seed as ArrayLike<unknown>).length];
    throw TypeError_(`${ctor} accepts a scalar seed, but was given an array of shape ${pyTuple(shape)} != (). Use jax.vmap for batching`);
  }
  let s: bigint;
  if (typeof seed === 'bigint') {
    s = seed;
  } else if (typeof seed === 'number' && Number.isInteger(seed)) {
    s = BigInt(seed);
  } else {
    throw TypeError_(`PRNG key seed must be an integer; got ${String(seed)}`);
  }
  if (s < INT64_MIN || s > INT64_MAX) throw OverflowErrorOf('Python int too large to convert to C long');
  const offset = config.read('jax_random_seed_offset');
  if (offset !== 0) s = BigInt.asIntN(64, s + BigInt(offset));
  return s;
}

/** threefry_seed: [seed >> 32 (logical), seed & 0xFFFFFFFF]; in x32 mode the seed is first an int32. */
function seedKey(ctor: string, seed: number | bigint): Key {
  const s = seedInt64(ctor, seed);
  // In x32 mode the int64 becomes an int32, whose logical shift by 32 is 0.
  const hi = config.read('jax_enable_x64') ? Number(BigInt.asUintN(64, s) >> 32n) : 0;
  const lo = Number(BigInt.asUintN(32, s));
  return withShape(Uint32Array.of(hi, lo), [2]);
}

/**
 * jax.random.key(seed): a threefry2x32 key from an integer seed (number or bigint). The seed is an
 * int64 (OverflowError outside it) plus jax_random_seed_offset; the key is [0, seed mod 2^32] in x32
 * mode, [hi32, lo32] under x64. Same data as PRNGKey(seed).
 * @param seed - an integer seed
 * @example key(0)
 */
export function key(seed: number | bigint): Key {
  return seedKey('key', seed);
}

/**
 * jax.random.PRNGKey(seed): the legacy raw uint32[2] key; the same data (and seed rules) as key(seed).
 * @param seed - an integer seed (number or bigint)
 * @example PRNGKey(42)
 */
export function PRNGKey(seed: number | bigint): Key {
  return seedKey('PRNGKey', seed);
}

/** Validates key data as jax's random_wrap does and returns its shape (ending in 2). */
function checkKeyData(data: unknown): number[] {
  if (!isTypedArray(data)) {
    throw TypeError_(`JAX encountered invalid PRNG key data: expected key_data to have ndim, shape, and dtype attributes. Got ${String(data)}`);
  }
  const shape = (data as { shape?: number[] }).shape ?? [data.length];
  if (shape.length < 1) {
    throw TypeError_(`JAX encountered invalid PRNG key data: expected key_data.ndim >= 1; got ndim=${shape.length}`);
  }
  if (shape[shape.length - 1] !== 2) {
    throw TypeError_(`JAX encountered invalid PRNG key data: expected key_data.shape to end with (2,); got shape=${pyTuple(shape)} for impl=threefry2x32`);
  }
  if (!(data instanceof Uint32Array)) {
    throw TypeError_(`JAX encountered invalid PRNG key data: expected key_data.dtype = uint32; got dtype=${typedDtypeName(data)}`);
  }
  return shape;
}

/** _check_prng_key: a valid key, and a single one unless the function takes arrays of keys. */
export function checkKey(name: string, k: unknown, allowBatched = false): Key {
  const shape = checkKeyData(k);
  if (!allowBatched && shape.length > 1) {
    throw ValueErrorOf(`${name} accepts a single key, but was given a key array of shape ${pyTuple(shape.slice(0, -1))} != (). Use jax.vmap for batching.`);
  }
  return k as Key;
}

/**
 * jax.random.key_data: the uint32 words of a key or array of keys (a copy, shape [..., 2]).
 * @param keys - a key or array of keys
 * @example key_data(split(key(0), 4))
 */
export function key_data(keys: Key): Key {
  const shape = checkKeyData(keys);
  return withShape((keys as Uint32Array).slice(), shape);
}

/**
 * jax.random.wrap_key_data: key words (uint32, shape [..., 2]) as keys (a copy); data of another
 * dtype or shape raises JAX's TypeError.
 * @param data - a Uint32Array of key words, shape [..., 2]
 * @example wrap_key_data(Uint32Array.of(0, 42))
 */
export function wrap_key_data(data: Uint32Array): Key {
  const shape = checkKeyData(data);
  return withShape(data.slice(), shape);
}

/**
 * jax.random.split(key, num=2): new, independent keys of shape [...shape, 2], hashed from the key in
 * the active layout (jax_threefry_partitionable or legacy).
 * @param k - a single key
 * @param num - how many keys (a number) or their shape (an array); default 2
 * @example const [k1, k2] = unstack(split(PRNGKey(0)))
 */
export function split(k: Key, num: number | readonly number[] = 2): Key {
  checkKey('split', k);
  const shape = canonicalizeShape(num);
  return splitKey(k[0]!, k[1]!, shape);
}

/** The split used inside samplers (no argument checks). */
export function splitKey(k0: number, k1: number, shape: readonly number[]): Key {
  let n = 1;
  for (const d of shape) n *= d;
  const out = new Uint32Array(2 * n);
  if (config.read('jax_threefry_partitionable')) {
    const [o0, o1] = iotaPair(k0, k1, n);
    for (let i = 0; i < n; i++) {
      out[2 * i] = o0[i]!;
      out[2 * i + 1] = o1[i]!;
    }
  } else {
    out.set(threefryLegacyIota(k0, k1, 2 * n));
  }
  return withShape(out, [...shape, 2]);
}

/**
 * jax.random.fold_in(key, data): a new key that mixes an integer into the key,
 * threefry_2x32(key, [0, uint32(data)]) in both layouts.
 * @param k - a single key
 * @param data - an integer (number or bigint), taken mod 2^32
 * @example fold_in(key(0), 1)
 */
export function fold_in(k: Key, data: number | bigint): Key {
  checkKey('fold_in', k);
  if (isTypedArray(data) || Array.isArray(data)) {
    const shape = (data as { shape?: number[] }).shape ?? [(data as ArrayLike<unknown>).length];
    throw TypeError_(`fold_in accepts a scalar, but was given an array ofshape ${pyTuple(shape)} != (). Use jax.vmap for batching.`);
  }
  let d: number;
  if (typeof data === 'bigint') d = Number(BigInt.asUintN(32, data));
  else if (Number.isInteger(data)) d = Number(BigInt.asUintN(32, BigInt(data)));
  else d = Math.trunc(data) >>> 0;
  const out = threefryFlat(k[0]!, k[1]!, Uint32Array.of(0, d));
  return withShape(out, [2]);
}

/**
 * The keys of an array of keys, in C order (what `key, subkey = split(key)` unpacks in Python).
 * @param keys - an array of keys, shape [..., 2]
 * @example const [k, sub] = unstack(split(key(0)))
 */
export function unstack(keys: Key): Key[] {
  const shape = checkKeyData(keys);
  const n = shape.slice(0, -1).reduce((a, b) => a * b, 1);
  const out: Key[] = [];
  for (let i = 0; i < n; i++) out.push(withShape(keys.slice(2 * i, 2 * i + 2), [2]));
  return out;
}
