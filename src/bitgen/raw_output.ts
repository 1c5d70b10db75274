// random_raw for the 64-bit generators without a BigInt per value: outputs are produced as
// (lo, hi) uint32 pairs straight into a BigUint64Array's memory.
import { OverflowError } from '../core/errors.js';
import { isPyInt, pyTruthy, pyTypeName } from '../core/pyint.js';
import { normalizeSize, shapeSize, withShape, type NDArray, type Size } from '../core/ndarray.js';
import { INT64_MAX_BIG, INT64_MIN_BIG } from '../core/constants.js';

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Writes n outputs as pairs into out[2*off ...] (low word first). */
export type PairFill = (out: Uint32Array, off: number, n: number) => void;

/** numpy's output=False count: the sum of the size entries (not their product). */
function skipCount(size: Size | unknown): number {
  if (size === null || size === undefined) return 1;
  // n = np.asarray(size).sum() as a Py_ssize_t: ints only; floats (or an empty list's 0.0) refused
  const entries = isPyInt(size) || typeof size === 'boolean' ? [size] : Array.isArray(size) || ArrayBuffer.isView(size) ? Array.from(size as ArrayLike<unknown>) : null;
  if (entries === null) {
    const t = typeof size === 'number' ? 'numpy.float64' : pyTypeName(size);
    throw new TypeError(`'${t}' object cannot be interpreted as an integer`);
  }
  if (entries.length === 0 || entries.some((e) => !isPyInt(e) && typeof e !== 'boolean')) {
    throw new TypeError("'numpy.float64' object cannot be interpreted as an integer");
  }
  let n = 0n;
  for (const e of entries) n += BigInt(e as number | bigint | boolean);
  if (n > INT64_MAX_BIG || n < INT64_MIN_BIG) throw new OverflowError('Python int too large to convert to C ssize_t');
  return Number(n);
}

/** numpy's random_raw(size, output) on top of a pair filler. */
export function randomRawPairs(fill: PairFill, size: Size, output: unknown): bigint | NDArray<BigUint64Array> | null {
  if (!pyTruthy(output)) {
    const n = skipCount(size);
    const scratch = new Uint32Array(2 * Math.min(Math.max(n, 0), 4096));
    for (let done = 0; done < n; done += 4096) fill(scratch, 0, Math.min(4096, n - done));
    return null;
  }
  const shape = normalizeSize(size, false, 8, 'uint64');
  if (shape === null) {
    const one = new Uint32Array(2);
    fill(one, 0, 1);
    return (BigInt(one[1]!) << 32n) | BigInt(one[0]!);
  }
  const n = shapeSize(shape);
  const out = new BigUint64Array(n);
  if (LITTLE_ENDIAN) {
    fill(new Uint32Array(out.buffer), 0, n);
  } else {
    const tmp = new Uint32Array(2 * n);
    fill(tmp, 0, n);
    for (let i = 0; i < n; i++) out[i] = (BigInt(tmp[2 * i + 1]!) << 32n) | BigInt(tmp[2 * i]!);
  }
  return withShape(out, shape);
}
