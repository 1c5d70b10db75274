// CPython's Random.seed(a, version) down to the key init_by_array receives: an integer's
// absolute value in 32-bit words, least significant first (at least one word); floats go
// through Python's hash(); str / bytes through version 2's "bytes + SHA-512(bytes)" integer
// or version 1's string hash.
import { ValueError } from '../core/errors.js';
import { sha512 } from './sha512.js';

/** A seed as CPython takes one: int (number or bigint), float, bool, str, bytes, or None. */
export type PySeed = number | bigint | boolean | string | Uint8Array | null | undefined;

const MASK64 = (1n << 64n) - 1n;
const HASH_MODULUS = (1n << 61n) - 1n;

/** The 32-bit words of a non-negative integer, least significant first, at least one. */
export function wordsOf(n: bigint): number[] {
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return words;
}

/** Python's hash(float) for a finite or infinite double (sys.hash_info: 61-bit modulus). */
export function hashFloat(x: number): bigint {
  if (x !== x) throw new ValueError('cannot seed from a float NaN: CPython hashes NaN by object identity');
  if (x === Infinity) return 314159n;
  if (x === -Infinity) return -314159n;
  if (x === 0) return 0n;
  // |x| = m * 2^e exactly, from the bits; 2^61 == 1 (mod P) makes the exponent act modulo 61.
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const m = ((hi & 0xfffff) + (biased === 0 ? 0 : 0x100000)) * 4294967296 + lo;
  const e = (biased === 0 ? 1 : biased) - 1075;
  const shift = BigInt(((e % 61) + 61) % 61);
  let h = (BigInt(m) % HASH_MODULUS << shift) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** str.encode() (UTF-8, strict: a lone surrogate is an error, as in CPython). */
function utf8Strict(s: string): Uint8Array {
  const out: number[] = [];
  let pos = 0;
  for (let i = 0; i < s.length; i++, pos++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || (d & 0xfc00) !== 0xdc00) {
        throw new ValueError(`'utf-8' codec can't encode character '\\u${c.toString(16)}' in position ${pos}: surrogates not allowed`);
      }
      c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      i++;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** Big-endian bytes as an unsigned integer (int.from_bytes(b), 'big' by default in 3.11). */
function bigFromBytes(b: Uint8Array): bigint {
  let hex = '0x0';
  for (let i = 0; i < b.length; i++) hex += b[i]!.toString(16).padStart(2, '0');
  return BigInt(hex);
}

/** Version 1's string hash (the pre-3.2 algorithm), over code points / bytes. */
function version1Hash(codes: number[]): bigint {
  let x = codes.length > 0 ? BigInt(codes[0]!) << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & MASK64;
  return x ^ BigInt(codes.length);
}

const SEED_TYPES = 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.';

/**
 * The init_by_array key for a non-None seed, as CPython's Random.seed then _random's
 * random_seed build it.
 */
export function seedKey(a: Exclude<PySeed, null | undefined>, version: number): number[] {
  let n: bigint;
  if (typeof a === 'string' || a instanceof Uint8Array) {
    if (version === 1) {
      n = version1Hash(typeof a === 'string' ? Array.from(a, (ch) => ch.codePointAt(0)!) : Array.from(a));
    } else if (version === 2) {
      const bytes = typeof a === 'string' ? utf8Strict(a) : a;
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      n = bigFromBytes(all);
    } else {
      throw new ValueError(`seeding from a ${typeof a === 'string' ? 'str' : 'bytes'} with version ${version} uses Python's randomized str/bytes hash and cannot be reproduced`);
    }
  } else if (typeof a === 'boolean') {
    n = a ? 1n : 0n;
  } else if (typeof a === 'bigint') {
    n = a < 0n ? -a : a;
  } else if (typeof a === 'number') {
    if (Number.isInteger(a)) n = BigInt(Math.abs(a));
    else {
      // A float seed is hash(a) cast to size_t.
      const h = hashFloat(a);
      n = h < 0n ? h + (1n << 64n) : h;
    }
  } else {
    throw new TypeError(SEED_TYPES);
  }
  return wordsOf(n);
}
