// numpy's Generator.shuffle / permutation / permuted: Fisher-Yates with random_interval, over
// a whole buffer, over rows along an axis, or over every 1-d lane along an axis.
import { arangeLength, pyTypeName, strSwapFails } from '../core/pyint.js';
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { canCastSafe, typedDtypeName } from '../core/dtype.js';
import { NotImplementedError, ValueError } from '../core/errors.js';
import { isTypedArray, shapeSize, withShape, type TypedArray } from '../core/ndarray.js';
import { boundedRun, randomInterval } from '../distributions/bounded.js';
import { normalizeAxisIndex } from './axis.js';
import { asArray, axisSplit, finish, takeAlong, typedShape, type FlatData } from './nd.js';

type Slots = { [i: number]: unknown };

const J = new Float64Array(2048);

/** numpy's _shuffle_raw over data[0..n): for i = n-1 down to first, swap with random_interval(i). */
export function shuffleRaw(bg: BitGenerator, data: FlatData, n: number, first: number, offset = 0, stride = 1): void {
  const d = data as Slots;
  if (n - 1 > 0xffffffff) {
    for (let i = n - 1; i >= first; i--) swapSlots(d, offset + i * stride, offset + randomInterval(bg, i) * stride);
    return;
  }
  // the indices a block at a time from word blocks (boundedRun), then the swaps
  for (let i = n - 1; i >= first;) {
    const k = Math.min(J.length, i - first + 1);
    boundedRun(bg, i, k, J, true);
    for (let q = 0; q < k; q++, i--) swapSlots(d, offset + i * stride, offset + J[q]! * stride);
  }
}

function swapSlots(d: Slots, a: number, b: number): void {
  const t = d[b];
  d[b] = d[a];
  d[a] = t;
}

/** Fast path of shuffleRaw for a whole contiguous Float64Array (first = 1). */
function shuffleFloat64(bg: BitGenerator, d: Float64Array): void {
  for (let i = d.length - 1; i >= 1;) {
    const k = Math.min(J.length, i);
    boundedRun(bg, i, k, J, true);
    for (let q = 0; q < k; q++, i--) { const j = J[q]!, t = d[j]!; d[j] = d[i]!; d[i] = t; }
  }
}

function shuffle1d(bg: BitGenerator, data: FlatData, n: number): void {
  if (data instanceof Float64Array && data.length === n) shuffleFloat64(bg, data);
  else shuffleRaw(bg, data, n, 1);
}

/** Swaps the sub-arrays at indices i and j along an axis. */
function swapAlong(d: Slots, outer: number, len: number, inner: number, i: number, j: number): void {
  for (let o = 0; o < outer; o++) {
    const a = (o * len + i) * inner, b = (o * len + j) * inner;
    for (let q = 0; q < inner; q++) {
      const t = d[a + q];
      d[a + q] = d[b + q];
      d[b + q] = t;
    }
  }
}

/** numpy's Generator.shuffle(x, axis=0), in place. */
export function shuffle(bg: BitGenerator, x: unknown, axis: unknown = 0): void {
  if (isTypedArray(x)) {
    const shape = typedShape(x);
    if (shape.length === 0) throw new TypeError('len() of unsized object');
    const ax = normalizeAxisIndex(axis, shape.length);
    if (shape.length === 1) {
      shuffle1d(bg, x, shape[0]!);
      return;
    }
    if (shapeSize(shape) === 0) return;
    const { outer, len, inner } = axisSplit(shape, ax);
    for (let i = len - 1; i >= 1; i--) {
      const j = randomInterval(bg, i);
      if (i !== j) swapAlong(x as unknown as Slots, outer, len, inner, i, j);
    }
    return;
  }
  if (Array.isArray(x)) {
    if (Number(axis) !== 0) throw new NotImplementedError('Axis argument is only supported on ndarray objects');
    shuffleRaw(bg, x, x.length, 1);
    return;
  }
  if (typeof x === 'string') return strSwapFails(x, (i) => randomInterval(bg, i));
  throw new TypeError(`object of type '${pyTypeName(x)}' has no len()`);
}

function arange(n: number): Float64Array {
  const out = new Float64Array(Math.max(0, n));
  for (let i = 0; i < out.length; i++) out[i] = i;
  return out;
}

/** numpy's Generator.permutation(x, axis=0): a shuffled copy (arange(x) for an integer). */
export function permutation(bg: BitGenerator, x: unknown, axis: unknown = 0): unknown {
  if ((typeof x === 'number' && Number.isInteger(x)) || typeof x === 'bigint' || typeof x === 'boolean') {
    const arr = arange(arangeLength(x));
    shuffle1d(bg, arr, arr.length);
    return withShape(arr, [arr.length]);
  }
  const arr = asArray(x);
  const ax = normalizeAxisIndex(axis, arr.shape.length);
  if (arr.shape.length === 1) {
    const copy = arr.data === x ? arr.data.slice() : arr.data;
    shuffle1d(bg, copy, copy.length);
    return finish(copy, arr.shape);
  }
  const idx = arange(arr.shape[ax]!);
  shuffle1d(bg, idx, idx.length);
  return finish(takeAlong(arr.data, arr.shape, ax, idx), arr.shape);
}

function dtypeRepr(name: string): string {
  return name === 'object' ? "dtype('O')" : `dtype('${name}')`;
}

/** np.copyto(out, x, casting='safe') for an out of the same shape. */
function copyInto(out: TypedArray, src: FlatData, srcDtype: string): void {
  const to = typedDtypeName(out);
  if (!canCastSafe(srcDtype, to)) {
    throw new TypeError(`Cannot cast array data from ${dtypeRepr(srcDtype)} to ${dtypeRepr(to)} according to the rule 'safe'`);
  }
  if (src === out) return;
  const o = out as Slots;
  const big = out instanceof BigInt64Array || out instanceof BigUint64Array;
  const s = src as ArrayLike<unknown>;
  for (let i = 0; i < s.length; i++) {
    const v = s[i] as number | bigint | boolean;
    o[i] = big ? BigInt(v) : Number(v);
  }
}

/** numpy's Generator.permuted(x, axis=None, out=None). */
export function permuted(bg: BitGenerator, x: unknown, axis: unknown = null, out: unknown = null): unknown {
  const arr = asArray(x);
  let buf: FlatData;
  let shape: number[];
  if (out === null || out === undefined) {
    buf = arr.data.slice();
    shape = arr.shape;
  } else {
    if (!isTypedArray(out)) throw new TypeError('out must be a numpy array');
    shape = typedShape(out);
    if (shape.length !== arr.shape.length || shape.some((d, k) => d !== arr.shape[k])) {
      throw new ValueError('out must have the same shape as x');
    }
    copyInto(out, arr.data, arr.dtype);
    buf = out;
  }
  const result = (): unknown => (out === null || out === undefined ? finish(buf, shape) : out);
  if (axis === null || axis === undefined) {
    if (shape.length === 0) throw new TypeError('len() of unsized object');
    shuffle1d(bg, buf, buf.length);
    return result();
  }
  const ax = normalizeAxisIndex(axis, shape.length);
  const { outer, len, inner } = axisSplit(shape, ax);
  for (let o = 0; o < outer; o++) {
    for (let q = 0; q < inner; q++) shuffleRaw(bg, buf, len, 0, o * len * inner + q, inner);
  }
  return result();
}
