// The integer front end shared by RandomState.randint (masked) and Generator.integers
// (Lemire): numpy's _bounded_integers checks, broadcasting and per-dtype fills.
import { intOfStr, pyInt, pyTypeName, sizeProductIsZero } from './pyint.js';
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { broadcastIndices, broadcastShapes, ufuncShape } from './broadcast.js';
import { OverflowError, UFuncTypeError, ValueError } from './errors.js';
import {
  type ArrayLike, type NDArray, type Size, type TypedArray,
  flatten, normalizeSize, shapeOf, shapeSize, withShape,
} from './ndarray.js';
import {
  type IntBuffer, boundedBool, boundedSmall, bounded32, bounded64, fillBounded32, fusedFill32Wide, genMask32, newIntBuffer, out64, range64,
} from '../distributions/bounded.js';
import type { IntDtype } from './int_dtypes.js';
import { fill16, fill64, fill8, fillBool, widen64 } from '../distributions/int_fill.js';
import { INT64_MAX_BIG, TWO_53_BIG, UINT64_MAX_BIG } from './constants.js';

export type IntResult = number | bigint | boolean | NDArray<TypedArray>;

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const INT64_MAX = INT64_MAX_BIG, UINT64_MAX = UINT64_MAX_BIG;

/**
 * Python int() of each element after np.asarray: a JS array (numpy's list) holding both values
 * above int64's range and values within it becomes float64 in numpy, so those round to doubles.
 */
function asIntegers(x: ArrayLike): bigint[] {
  const vals = flatten(x, pyInt);
  if (!Array.isArray(x)) return vals;
  const big = vals.some((v) => v > INT64_MAX && v <= UINT64_MAX);
  const small = vals.some((v) => v <= INT64_MAX);
  const huge = vals.some((v) => v > UINT64_MAX || v < -INT64_MAX - 1n);
  if (!big || !small || huge) return vals;
  return vals.map((v) => pyInt(Number(v)));
}

/** numpy's DType class of each small dtype and of the unsigned one its `high` is compared in. */
const DTYPE_CLASS: Record<string, [own: string, up: string]> = {
  bool: ['BoolDType', 'UInt8DType'], int8: ['Int8DType', 'UInt16DType'], int16: ['Int16DType', 'UInt32DType'],
  int32: ['Int32DType', 'UInt64DType'], uint8: ['UInt8DType', 'UInt16DType'], uint16: ['UInt16DType', 'UInt32DType'],
  uint32: ['UInt32DType', 'UInt64DType'],
};

const isNumeric = (v: unknown): boolean => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';

/**
 * numpy's checks of array bounds that are not numbers, before any int() (the <= 32-bit dtypes):
 * np.less(low, lb) and np.greater[_equal](high, ub) find no loop for a str array (a list mixing
 * str and numbers is one too) and fail Python's comparison on an object one (None, a dict, ...).
 */
function refuseNonNumericBounds(low: ArrayLike, high: ArrayLike, dtype: IntDtype, closed: boolean): void {
  const cls = DTYPE_CLASS[dtype.name];
  if (cls === undefined) return;
  const check = (x: ArrayLike, op: string, ufunc: string, against: string, pyType: string): void => {
    if (!Array.isArray(x)) return;
    const flat = flatten(x, (v) => v);
    if (flat.every(isNumeric)) return;
    if (flat.every((v) => isNumeric(v) || typeof v === 'string')) {
      throw new UFuncTypeError(`ufunc '${ufunc}' did not contain a loop with signature matching types (<class 'numpy.dtypes.StrDType'>, <class 'numpy.dtypes.${against}'>) -> None`);
    }
    const bad = flat.find((v) => !isNumeric(v));
    throw new TypeError(`'${op}' not supported between instances of '${pyTypeName(bad)}' and '${pyType}'`);
  };
  // np.bool_'s bound compares as a Python bool, the others as ints
  check(low, '<', 'less', cls[0], dtype.name === 'bool' ? 'bool' : 'int');
  check(high, closed ? '>=' : '>', closed ? 'greater_equal' : 'greater', cls[1], 'int');
}

/**
 * The 64-bit dtypes read each element of a bound with int(): an element of a str array (a list
 * of str, or of str and numbers) is numpy's np.str_, which int() shows as such when it fails.
 */
function refuseStrArrayBounds(x: ArrayLike): void {
  if (!Array.isArray(x)) return;
  const flat = flatten(x, (v) => v);
  if (!flat.some((v) => typeof v === 'string') || !flat.every((v) => isNumeric(v) || typeof v === 'string')) return;
  for (const v of flat) intOfStr(typeof v === 'string' ? v : String(v));
}

function boundsError(closed: boolean, lowAllZero: boolean): ValueError {
  return new ValueError(lowAllZero ? `high ${closed ? '<' : '<='} 0` : `low ${closed ? '>' : '>='} high`);
}

/** Refuses ranges whose values a JS number could not hold exactly (the default dtype). */
function checkExact(dtype: IntDtype, low: bigint, highClosed: bigint): void {
  if (dtype.name === 'int' && (low < -TWO_53_BIG || highClosed > TWO_53_BIG)) {
    throw new RangeError(
      "the range exceeds 2**53, so the values cannot be exact as JS numbers; pass dtype 'int64' for bigint results",
    );
  }
}

/** Writes value (off + drawn) of element i, wrapping to the dtype like numpy's unsigned arithmetic. */
class Writer {
  readonly out: TypedArray;
  private readonly words: Uint32Array | null;
  constructor(dtype: IntDtype, n: number) {
    this.out = new dtype.Out(n);
    this.words = dtype.bits === 64 && dtype.name !== 'int' && LITTLE_ENDIAN ? new Uint32Array(this.out.buffer) : null;
  }
  small(i: number, v: number): void {
    (this.out as Uint32Array)[i] = v;
  }
  /** off (a bigint offset split in halves) plus out64. */
  wide(i: number, offHi: number, offLo: number): void {
    const lo = offLo + out64.lo;
    const carry = lo > 0xffffffff ? 1 : 0;
    const hi = (offHi + out64.hi + carry) >>> 0;
    if (this.words) {
      this.words[2 * i] = lo >>> 0;
      this.words[2 * i + 1] = hi;
    } else if (this.out instanceof Float64Array) {
      // the default dtype: checkExact bounds the value to +-2^53, so this is exact
      this.out[i] = (hi | 0) * 4294967296 + (lo >>> 0);
    } else {
      const u = (BigInt(hi) << 32n) | BigInt(lo >>> 0);
      (this.out as BigInt64Array)[i] = this.out instanceof BigInt64Array ? BigInt.asIntN(64, u) : u;
    }
  }
}

const splitHi = (v: bigint): number => Number(BigInt.asUintN(64, v) >> 32n);
const splitLo = (v: bigint): number => Number(BigInt.asUintN(64, v) & 0xffffffffn);

/** Draws element i on [off, off + rng] into w (buffer shared by the call). */
/** Element i on [off, off + rng] for the <= 32-bit dtypes (buffer shared by the call). */
function drawSmall(bg: BitGenerator, bits: IntDtype['bits'], w: Writer, i: number, off: number, rng: number, masked: boolean, buf: IntBuffer): void {
  if (bits === 1) w.small(i, boundedBool(bg, off, rng, buf));
  else w.small(i, off + boundedSmall(bg, bits as 8 | 16 | 32, rng, genMask32(rng), masked, buf));
}

/** Element i on [off, off + rng] for the 64-bit dtypes. */
function drawWide(bg: BitGenerator, w: Writer, i: number, off: bigint, rng: bigint, masked: boolean): void {
  bounded64(bg, range64(rng), masked);
  w.wide(i, splitHi(off), splitLo(off));
}

function scalarOf(dtype: IntDtype, arr: TypedArray): number | bigint | boolean {
  const v = arr[0]!;
  if (dtype.name === 'bool') return v !== 0;
  return v;
}

/**
 * numpy's _rand_<dtype>: integers on [low, high) (or [low, high] when closed).
 * `high` undefined means [0, low).
 */
export function boundedIntegers(
  bg: BitGenerator, low: ArrayLike, high: ArrayLike | null | undefined, size: Size,
  dtype: IntDtype, masked: boolean, closed: boolean,
): IntResult {
  if (high === null || high === undefined) { high = low; low = 0; }
  if ((size === undefined || size === null) && dtype.name === 'int' && typeof low === 'number' && typeof high === 'number') {
    const v = scalarInt(bg, low, high, masked, closed);
    if (v !== null) return v;
  }
  // numpy: an empty size returns at once; otherwise the bounds are checked before np.empty(size)
  const sizeShape = (): number[] | null =>
    normalizeSize(size, false, Math.max(1, dtype.bits / 8), dtype.name === 'int' ? 'int64' : dtype.name);
  if (sizeProductIsZero(size)) return withShape(new dtype.Out(0), sizeShape()!);
  const shape = sizeShape;
  const lowShape = shapeOf(low), highShape = shapeOf(high);
  if (lowShape.length === 0 && highShape.length === 0) {
    return scalarPath(bg, pyInt(flatten(low, (v) => v)[0]!), pyInt(flatten(high, (v) => v)[0]!), shape, dtype, masked, closed);
  }
  return broadcastPath(bg, low, lowShape, high, highShape, shape, dtype, masked, closed);
}

/**
 * The size-less default-dtype call on integral numbers with a range below 2^32 - 1 (the common
 * scalar call), drawn like numpy's one-element fill without BigInt or an array; null otherwise
 * (the general path then checks and draws).
 */
function scalarInt(bg: BitGenerator, low: number, high: number, masked: boolean, closed: boolean): number | null {
  if (!Number.isSafeInteger(low) || !Number.isSafeInteger(high)) return null;
  const rng = (closed ? high : high - 1) - low;
  if (!(rng >= 0 && rng < 0xffffffff)) return null;
  if (rng === 0) return low;
  return low + bounded32(bg, rng, masked ? genMask32(rng) : 0, masked);
}

function scalarPath(
  bg: BitGenerator, low: bigint, high: bigint, sizeShape: () => number[] | null,
  dtype: IntDtype, masked: boolean, closed: boolean,
): IntResult {
  if (!closed) high -= 1n;
  const name = dtype.name === 'int' ? 'int64' : dtype.name;
  if (low < dtype.lb) throw new ValueError(`low is out of bounds for ${name}`);
  if (high > dtype.ub) throw new ValueError(`high is out of bounds for ${name}`);
  if (low > high) throw boundsError(closed, low === 0n);
  checkExact(dtype, low, high);
  const shape = sizeShape();
  const rng = high - low;
  const n = shape === null ? 1 : shapeSize(shape);
  const out = fillScalarBounds(bg, dtype, n, low, rng, masked);
  return shape === null ? scalarOf(dtype, out) : withShape(out, shape);
}

const VALS = new Uint32Array(2048);

/** n values on [low, low + rng] of dtype in a fresh array, by the bulk fills (int_fill.ts). */
function fillScalarBounds(bg: BitGenerator, dtype: IntDtype, n: number, low: bigint, rng: bigint, masked: boolean): TypedArray {
  const out = new dtype.Out(n);
  if (dtype.bits !== 64) {
    const off = Number(low), r = Number(rng);
    if (dtype.bits === 1) fillBool(bg, out as Uint8Array, n, off, r);
    // (the signed and unsigned dtypes fill one unsigned view of their bytes: a store site V8 sees
    // with one array type; a negative value wraps to its two's-complement bits)
    else if (dtype.bits === 8) fill8(bg, new Uint8Array(out.buffer, 0, n), n, off, r, masked);
    else if (dtype.bits === 16) fill16(bg, new Uint16Array(out.buffer, 0, n), n, off, r, masked);
    else fill32(bg, out as Int32Array | Uint32Array, n, off, r, masked);
    return out;
  }
  const offHi = splitHi(low), offLo = splitLo(low);
  const f = out instanceof Float64Array ? out : null;
  if (f === null && !LITTLE_ENDIAN) {
    // big-endian hosts: the BigInt path, value by value
    const w = new Writer(dtype, n);
    const r = range64(rng);
    for (let i = 0; i < n; i++) {
      bounded64(bg, r, masked);
      w.wide(i, offHi, offLo);
    }
    return w.out;
  }
  const w = f === null ? new Uint32Array(out.buffer) : null;
  if (rng > 0xffffffffn) {
    fill64(bg, w, f, n, offHi, offLo, splitHi(rng), splitLo(rng), masked);
    return out;
  }
  // numpy draws 32-bit values for a 64-bit dtype whose range fits 32 bits
  const r = Number(rng), off = Number(low);
  if (f !== null && r !== 0 && r !== 0xffffffff) {
    fillBounded32(bg, f, n, off, r, masked);
    return out;
  }
  if (w !== null && r !== 0 && r !== 0xffffffff && fusedFill32Wide(bg, w, n, offHi, offLo, r, masked)) return out;
  for (let i = 0; i < n; i += VALS.length) {
    const k = Math.min(VALS.length, n - i);
    if (r === 0) VALS.fill(0, 0, k);
    else if (r === 0xffffffff) bg.fill_uint32(VALS, 0, k);
    else fillBounded32(bg, VALS, k, 0, r, masked);
    if (w !== null) widen64(VALS, w.subarray(2 * i), k, offHi, offLo);
    else for (let j = 0; j < k; j++) f![i + j] = off + VALS[j]!;
  }
  return out;
}

/** The 32-bit dtypes: full range straight from the words, else numpy's bounded 32-bit fill. */
function fill32(bg: BitGenerator, out: Int32Array | Uint32Array, n: number, off: number, rng: number, masked: boolean): void {
  if (rng === 0) {
    out.fill(off, 0, n);
  } else if (rng === 0xffffffff) {
    const u = new Uint32Array(out.buffer, out.byteOffset, n);
    bg.fill_uint32(u, 0, n);
    if (off !== 0) for (let i = 0; i < n; i++) u[i] = u[i]! + off;
  } else {
    fillBounded32(bg, out, n, off, rng, masked);
  }
}

function broadcastPath(
  bg: BitGenerator, low: ArrayLike, lowShape: number[], high: ArrayLike, highShape: number[],
  sizeShape: () => number[] | null, dtype: IntDtype, masked: boolean, closed: boolean,
): IntResult {
  const name = dtype.name === 'int' ? 'int64' : dtype.name;
  if (dtype.bits <= 32) refuseNonNumericBounds(low, high, dtype, closed);
  else { refuseStrArrayBounds(low); refuseStrArrayBounds(high); }
  const lows = asIntegers(low);
  const rawHighs = asIntegers(high);
  const highs = rawHighs.map((h) => (closed ? h : h - 1n));
  // numpy compares the bounds before casting them, so a float just outside (-5e-324 for uint8) fails
  const floatsOf = (x: ArrayLike): number[] => flatten(x, (v) => v).filter((v): v is number => typeof v === 'number');
  const ubOpen = dtype.ub + 1n;
  // (64-bit dtypes also refuse a low above the dtype: numpy's uint64/object comparison for them)
  const lowOut = (v: bigint): boolean => v < dtype.lb || (dtype.bits === 64 && v > dtype.ub);
  if (lows.some(lowOut) || floatsOf(low).some((v) => v < dtype.lb)) {
    throw new ValueError(`low is out of bounds for ${name}`);
  }
  if (highs.some((v) => v > dtype.ub) || floatsOf(high).some((v) => (closed ? v >= ubOpen : v > ubOpen))) {
    throw new ValueError(`high is out of bounds for ${name}`);
  }
  const lowAllZero = lows.every((v) => v === 0n);
  // a high below int64's range is an object array to numpy, refused as below low even when the
  // broadcast is empty
  if (dtype.bits === 64 && rawHighs.some((v) => v < -(2n ** 63n))) throw boundsError(closed, lowAllZero);
  // numpy compares low with high (a ufunc, with its own broadcast error) before using size
  const both = ufuncShape([lowShape, highShape]);
  const [bl, bh] = broadcastIndices([lowShape, highShape], both) as [Int32Array, Int32Array];
  for (let i = 0; i < bl.length; i++) if (lows[bl[i]!]! > highs[bh[i]!]!) throw boundsError(closed, lowAllZero);
  // a bound no uint64 or int64 holds is an object array to numpy, and its cast to the 32-bit path's
  // int64 fails (it is only reached when the broadcast is empty: otherwise a check above fails first)
  const objectInt = (v: bigint): boolean => v > UINT64_MAX || v < -INT64_MAX - 1n;
  if (dtype.bits <= 32 && (lows.some(objectInt) || rawHighs.some(objectInt))) {
    throw new OverflowError('Python int too large to convert to C long');
  }
  const outShape = sizeShape() ?? both;
  const iterShape = broadcastShapes([lowShape, highShape, outShape]);
  const n = shapeSize(outShape);
  // numpy walks the broadcast of (low, high, out) and fills the first size(out) elements
  const [il, ih] = broadcastIndices([lowShape, highShape], iterShape) as [Int32Array, Int32Array];
  for (let i = 0; i < n; i++) checkExact(dtype, lows[il[i]!]!, highs[ih[i]!]!);
  const w = new Writer(dtype, n);
  if (dtype.bits === 64) {
    for (let i = 0; i < n; i++) {
      const l = lows[il[i]!]!;
      drawWide(bg, w, i, l, highs[ih[i]!]! - l, masked);
    }
  } else {
    // bounds of the <= 32-bit dtypes are exact as doubles: no BigInt per element
    const lo = Float64Array.from(lows, Number), hi = Float64Array.from(highs, Number);
    const buf = newIntBuffer();
    for (let i = 0; i < n; i++) {
      const l = lo[il[i]!]!;
      drawSmall(bg, dtype.bits, w, i, l, hi[ih[i]!]! - l, masked, buf);
    }
  }
  return withShape(w.out, outShape);
}

