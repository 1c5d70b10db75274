// numpy's Generator.choice: every branch of _generator.pyx in numpy's order of checks and draws.
import { OverflowError } from '../core/errors.js';
import { intpProduct, isPyInt, pyTruthy, pyTypeName } from '../core/pyint.js';
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { IndexError, ValueError } from '../core/errors.js';
import { kahanSum, normalisedCdf, searchsortedRight, searchsortedRightInPlace } from '../core/kahan.js';
import { isTypedArray, normalizeSize, shapeSize, withShape, type Size } from '../core/ndarray.js';
import { boundedIntegers } from '../core/integers.js';
import { intDtype } from '../core/int_dtypes.js';
import { lemireRunUp, lemireUpTo, lemireUpToBig, shuffleInt } from './lemire.js';
import { asArray, finish, takeAlong, type Arr } from './nd.js';
import { INT64_MAX_BIG, INT64_MIN_BIG, TWO_53 } from '../core/constants.js';

const EPS64 = 2.220446049250313e-16;
const EPS32 = 1.1920928955078125e-7;

export interface ChoiceOptions {
  size?: Size;
  replace?: boolean;
  p?: unknown;
  axis?: number;
  shuffle?: boolean;
}

/** The population: an integer n (indices 0..n-1) or an array sampled along `axis`. */
type Population =
  | { kind: 'int'; pop: number | bigint }
  | { kind: 'array'; arr: Arr; axis: number; pop: number };

function pyClass(v: unknown): string {
  if (isTypedArray(v)) return "<class 'numpy.ndarray'>";
  if (typeof v === 'number' && !isPyInt(v)) return "<class 'float'>";
  return `<class '${pyTypeName(v)}'>`;
}

/** np.prod(size) as numpy's emptiness checks read it (None counts as non-zero). */
function sizeProduct(size: Size): number | null {
  if (size === null || size === undefined) return null;
  if (typeof size === 'number' || typeof size === 'bigint' || typeof size === 'boolean') return Number(size);
  // anything else is judged later, where numpy converts size (after its p checks)
  if (!Array.isArray(size) && !ArrayBuffer.isView(size)) return NaN;
  let n = 1;
  for (const d of size as readonly (number | bigint)[]) n *= Number(d);
  return n;
}

function population(a: unknown, axis: unknown, size: Size): Population {
  const prod = sizeProduct(size);
  const arr = typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean' ? null : asArray(a);
  if (arr === null || arr.shape.length === 0) {
    let v: unknown = arr === null ? a : (arr.data as ArrayLike<unknown>)[0];
    if (typeof v === 'boolean') v = v ? 1 : 0;
    // an integral number beyond 2**53 (or -0) stands for a Python float (README)
    const isInt = typeof v === 'bigint' || (isPyInt(v) && !(arr && /^float/.test(arr.dtype)));
    if (!isInt) throw new ValueError(`a must be a sequence or an integer, not ${pyClass(a)}`);
    if (typeof v === 'bigint' && (v > INT64_MAX_BIG || v < INT64_MIN_BIG)) throw new OverflowError('Python int too large to convert to C long');
    const pop = typeof v === 'bigint' && v >= -TWO_53 && v <= TWO_53 ? Number(v) : (v as number | bigint);
    if (pop <= 0 && prod !== 0) throw new ValueError('a must be a positive integer unless no samples are taken');
    return { kind: 'int', pop };
  }
  const ax = tupleIndex(axis, arr.shape.length);
  const pop = arr.shape[ax]!;
  if (pop === 0 && prod !== 0) throw new ValueError('a cannot be empty unless no samples are taken');
  return { kind: 'array', arr, axis: ax, pop };
}

/** Python's tuple indexing of a.shape[axis]. */
function tupleIndex(axis: unknown, n: number): number {
  if (typeof axis === 'boolean') axis = axis ? 1 : 0;
  if (typeof axis === 'bigint') axis = Number(axis);
  if (typeof axis !== 'number' || !Number.isInteger(axis)) {
    throw new TypeError(`tuple indices must be integers or slices, not ${pyTypeName(axis)}`);
  }
  if (axis < -n || axis >= n) throw new IndexError('tuple index out of range');
  return axis < 0 ? axis + n : axis;
}

function toDouble(v: unknown): number {
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean' || typeof v === 'bigint') return Number(v);
  if (typeof v === 'string') {
    // Python's float(str): decimal literals plus nan/inf/infinity in any case
    const t = v.trim();
    if (/^[+-]?nan$/i.test(t)) return NaN;
    if (/^[+-]?inf(inity)?$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
    const x = Number(t);
    if (t === '' || Number.isNaN(x) || /^[+-]?0[xbo]/i.test(t)) throw new ValueError(`could not convert string to float: '${v}'`);
    return x;
  }
  throw new TypeError(`float() argument must be a string or a real number, not '${pyTypeName(v)}'`);
}

/** numpy's checks on p, in its order; returns p as float64. */
function checkP(p: unknown, pop: number | bigint): Float64Array {
  if (!Array.isArray(p) && !isTypedArray(p)) {
    throw new TypeError(`object of type '${pyTypeName(p)}' has no len()`);
  }
  let atol = Math.sqrt(EPS64);
  if (p instanceof Float32Array) atol = Math.max(atol, Math.sqrt(EPS32));
  const arr = asArray(p);
  const data = Float64Array.from(arr.data as ArrayLike<unknown>, toDouble);
  if (arr.shape.length !== 1) throw new ValueError('p must be 1-dimensional');
  if (data.length !== Number(pop)) throw new ValueError('a and p must have same size');
  const sum = kahanSum(data);
  if (Number.isNaN(sum)) throw new ValueError('Probabilities contain NaN');
  if (data.some((v) => v < 0)) throw new ValueError('Probabilities are not non-negative');
  if (Math.abs(sum - 1) > atol) {
    throw new ValueError('Probabilities do not sum to 1. See Notes section of docstring for more information.');
  }
  return data;
}

/**
 * The sample shape for replace=False, with numpy's errors for `count` (np.prod(shape,
 * dtype=np.intp), which wraps modulo 2^64) against the population and for negative entries.
 */
function noReplaceShape(size: Size, pop: number | bigint, count: number): number[] | null {
  if (size === null || size === undefined) return null;
  const scalar = typeof size === 'number' || typeof size === 'bigint';
  if (!scalar && !Array.isArray(size) && !ArrayBuffer.isView(size)) normalizeSize(size);
  const list = scalar ? [size] : (size as readonly (number | bigint)[]);
  // validates the types the way numpy's size handling does (negatives are judged below)
  const abs = list.map((d) => (typeof d === 'number' && d < 0 ? -d : typeof d === 'bigint' && d < 0n ? -d : d));
  normalizeSize(scalar ? abs[0] : abs, true);
  const shape = list.map(Number);
  if (count > Number(pop)) throw new ValueError('Cannot take a larger sample than population when replace is False');
  if (count < 0) throw new ValueError('negative dimensions are not allowed');
  // numpy draws and then fails to reshape; refuse before drawing
  const negatives = shape.filter((d) => d < 0).length;
  if (negatives > 1) throw new ValueError('can only specify one unknown dimension');
  if (negatives === 1) throw new ValueError('negative dimensions are not allowed');
  // a product that wrapped to 0 draws nothing, then fails to reshape the empty sample
  if (count === 0 && shapeSize(shape) !== 0) {
    throw new ValueError(`cannot reshape array of size 0 into shape (${list.join(',')}${list.length === 1 ? ',' : ''})`);
  }
  return shape;
}

function randomDoubles(bg: BitGenerator, n: number): Float64Array {
  const u = new Float64Array(n);
  bg.fill_double(u);
  return u;
}

/** replace=False with p: numpy's repeated draw-and-deduplicate loop. */
function weightedNoReplace(bg: BitGenerator, probs: Float64Array, count: number): Float64Array {
  let nonzero = 0;
  for (let i = 0; i < probs.length; i++) if (probs[i]! > 0) nonzero++;
  if (nonzero < count) throw new ValueError('Fewer non-zero entries in p than size');
  const p = probs.slice();
  const found = new Float64Array(count);
  let nUniq = 0;
  while (nUniq < count) {
    const x = randomDoubles(bg, count - nUniq);
    for (let i = 0; i < nUniq; i++) p[found[i]!] = 0;
    const cdf = normalisedCdf(p);
    const seen = new Set<number>();
    const batch: number[] = [];
    for (let i = 0; i < x.length; i++) {
      const k = searchsortedRight(cdf, x[i]!);
      if (!seen.has(k)) { seen.add(k); batch.push(k); }
    }
    for (const k of batch) found[nUniq++] = k;
  }
  return found;
}

/** val % (mask + 1) for a power-of-two mask + 1 and an integer 0 <= val < 2^53, without a float modulo. */
const slot = (val: number, mask: number): number =>
  val <= 0xffffffff ? (val >>> 0) & mask : (val - Math.floor(val / 4294967296) * 4294967296) & mask;

/** replace=False without p, population < 2^53: the tail shuffle or Floyd's algorithm. */
function uniformNoReplace(bg: BitGenerator, pop: number, count: number, shuffle: boolean): Float64Array {
  const cutoff = shuffle ? 50 : 20;
  if (pop > 10000 && count > Math.floor(pop / cutoff)) {
    const idx = new Float64Array(pop);
    for (let i = 0; i < pop; i++) idx[i] = i;
    shuffleInt(bg, pop, Math.max(pop - count, 1), idx);
    return idx.slice(pop - count);
  }
  const idx = new Float64Array(count);
  // numpy's open-addressing set of the picks (size >= 1.2 count, a power of 2, -1 for empty)
  let size = 1;
  while (size < 1.2 * count) size *= 2;
  const set = new Float64Array(size).fill(-1);
  const mask = size - 1;
  const first = pop - count;
  const blocked = pop - 1 <= 0xffffffff;
  if (blocked) lemireRunUp(bg, first, count, idx);
  for (let j = first, w = 0; j < pop; j++, w++) {
    let val = blocked ? idx[w]! : lemireUpTo(bg, j);
    let loc = slot(val, mask);
    while (set[loc] !== -1 && set[loc] !== val) loc = (loc + 1) & mask;
    if (set[loc] !== -1) {
      // val was picked before: pick j (never picked: every pick so far is below j)
      val = j;
      loc = slot(val, mask);
      while (set[loc] !== -1) loc = (loc + 1) & mask;
    }
    set[loc] = val;
    idx[w] = val;
  }
  if (shuffle) shuffleInt(bg, count, 1, idx);
  return idx;
}

/** Floyd's algorithm for populations beyond 2^53 (the tail shuffle could not allocate them). */
function uniformNoReplaceBig(bg: BitGenerator, pop: bigint, count: number, shuffle: boolean): BigInt64Array {
  const idx = new BigInt64Array(count);
  const chosen = new Set<bigint>();
  let w = 0;
  for (let j = pop - BigInt(count); j < pop; j++, w++) {
    const val = lemireUpToBig(bg, j);
    const pick = chosen.has(val) ? j : val;
    chosen.add(pick);
    idx[w] = pick;
  }
  if (shuffle) shuffleInt(bg, count, 1, idx);
  return idx;
}

/** Draws the indices (C order, `count` of them). */
function drawIndices(
  bg: BitGenerator, pop: number | bigint, shape: number[] | null, count: number,
  replace: boolean, probs: Float64Array | null, shuffle: boolean,
): Float64Array | BigInt64Array {
  if (replace) {
    if (probs) {
      const cdf = normalisedCdf(probs);
      const u = randomDoubles(bg, count);
      return searchsortedRightInPlace(cdf, u);
    }
    const dtype = intDtype(typeof pop === 'bigint' ? 'int64' : undefined, 'integers');
    return boundedIntegers(bg, 0, pop, shape ?? [], dtype, false, false) as Float64Array | BigInt64Array;
  }
  if (probs) return weightedNoReplace(bg, probs, count);
  if (typeof pop === 'bigint') return uniformNoReplaceBig(bg, pop, count, shuffle);
  return uniformNoReplace(bg, pop, count, shuffle);
}

/** numpy's Generator.choice(a, size, replace, p, axis, shuffle). */
export function choice(bg: BitGenerator, a: unknown, opts: ChoiceOptions): unknown {
  const { size, p = null, axis = 0 } = opts;
  // numpy reads the flags by their truth value (an empty list is False, NaN is True)
  const replace = opts.replace === undefined || pyTruthy(opts.replace);
  const shuffle = opts.shuffle === undefined || pyTruthy(opts.shuffle);
  const popn = population(a, axis, size);
  const probs = p === null || p === undefined ? null : checkP(p, popn.pop);
  const samples = size === null || size === undefined ? 1 : intpProduct(size);
  // the array numpy allocates with replacement: random's doubles with p, else int64 indices
  const shape = replace ? normalizeSize(size, false, 8, probs ? 'float64' : 'int64') : noReplaceShape(size, popn.pop, samples);
  const count = shape === null ? 1 : shapeSize(shape);
  const idx = drawIndices(bg, popn.pop, shape, count, replace, probs, shuffle);
  if (popn.kind === 'int') return shape === null ? idx[0]! : withShape(idx, shape);
  const { arr } = popn;
  const positions = idx as Float64Array;
  if (shape !== null && shape.length === 0 && arr.shape.length === 1) {
    // size=() asks for a 0-d array rather than a scalar
    return finish(takeAlong(arr.data, arr.shape, 0, positions), []);
  }
  const idxShape = shape ?? [];
  const outShape = [...arr.shape.slice(0, popn.axis), ...idxShape, ...arr.shape.slice(popn.axis + 1)];
  const out = takeAlong(arr.data, arr.shape, popn.axis, positions);
  // size=None on a 1-d array: numpy's element, not an array
  if (outShape.length === 0) return (out as ArrayLike<unknown>)[0];
  return finish(out, outShape);
}
