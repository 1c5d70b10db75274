// jax.random's integer samplers: randint (two draws per value, span arithmetic in unsigned
// wraparound), permutation (stable sorts on fresh 32-bit keys), choice and categorical.
import { TypeError_, ValueErrorOf } from '../core/messages.js';
import { type ArrayLike, type NDArray, type TypedArray, asFloat64, isTypedArray, shapeOf, withShape } from '../core/ndarray.js';
import { randomBits } from './bits.js';
import { config } from './config.js';
import { floatOps } from './float_ops.js';
import { checkKey, splitKey, type Key } from './keys.js';
import { checkShape, defaultInts, floatDtype, intDtype, newIntArray, type IntArray, type IntDtype } from './params.js';
import { canonicalizeShape, type Shape } from './shape.js';
import { uniformRaw } from './samplers.js';
import { gumbelRaw } from './gumbel_raw.js';
import { IndexError } from '../core/errors.js';
import { broadcastIndices } from '../core/broadcast.js';
import { log } from '../math/index.js';

const INFO: Record<IntDtype, { bits: 8 | 16 | 32 | 64; min: bigint; max: bigint; signed: boolean }> = {
  int8: { bits: 8, min: -128n, max: 127n, signed: true },
  int16: { bits: 16, min: -32768n, max: 32767n, signed: true },
  int32: { bits: 32, min: -(2n ** 31n), max: 2n ** 31n - 1n, signed: true },
  int64: { bits: 64, min: -(2n ** 63n), max: 2n ** 63n - 1n, signed: true },
  uint8: { bits: 8, min: 0n, max: 255n, signed: false },
  uint16: { bits: 16, min: 0n, max: 65535n, signed: false },
  uint32: { bits: 32, min: 0n, max: 2n ** 32n - 1n, signed: false },
  uint64: { bits: 64, min: 0n, max: 2n ** 64n - 1n, signed: false },
};

function bigintsOf(x: ArrayLike): { data: bigint[]; shape: number[] } {
  const shape = shapeOf(x);
  const data: bigint[] = [];
  const walk = (v: unknown): void => {
    if (isTypedArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i]);
    } else if (Array.isArray(v)) {
      for (const e of v) walk(e);
    } else if (typeof v === 'bigint') {
      data.push(v);
    } else if (typeof v === 'boolean') {
      data.push(v ? 1n : 0n);
    } else {
      // Float bounds are cast to int (truncation), as jnp's astype(int) does.
      data.push(BigInt(Math.trunc(v as number)));
    }
  };
  walk(x);
  return { data, shape };
}

const clip = (v: bigint, lo: bigint, hi: bigint): bigint => (v < lo ? lo : v > hi ? hi : v);

/**
 * jax.random.randint(key, shape, minval, maxval, dtype=int): integers uniform on [minval, maxval),
 * from two words of bits per element; the bounds are clipped to the dtype's range.
 * @param k - a single key
 * @param shape - output shape (required)
 * @param minval - lower bound (inclusive), broadcast to shape
 * @param maxval - upper bound (exclusive), broadcast to shape
 * @param dtype - an int dtype; default int32 (int64, a BigInt64Array, under x64)
 * @example randint(PRNGKey(0), [5], 0, 10)
 */
export function randint(k: Key, shape: Shape, minval: ArrayLike, maxval: ArrayLike, dtype?: string): NDArray<IntArray> {
  checkKey('randint', k);
  const dt = intDtype(dtype, (d) => TypeError_(`randint only accepts integer dtypes, got ${d}`));
  const s = canonicalizeShape(shape);
  const lo = bigintsOf(minval);
  const hi = bigintsOf(maxval);
  checkShape('randint', s, lo.shape, hi.shape);
  const info = INFO[dt];
  // Narrow dtypes sample as int32 with bounds clipped to the narrow range (maxval to max + 1).
  const sdt: IntDtype = info.bits < 32 ? 'int32' : dt;
  const sinfo = INFO[sdt];
  const prep = (v: bigint, isMax: boolean): bigint => {
    let w = v;
    if (info.bits < 32) w = clip(BigInt.asIntN(32, w), info.min, info.max + (isMax ? 1n : 0n));
    return w;
  };
  const n = s.reduce((a, b) => a * b, 1);
  const [idxLo, idxHi] = broadcastIndices([lo.shape, hi.shape], s);
  const ks = splitKey(k[0]!, k[1]!, [2]);
  const nb = sinfo.bits;
  const hb = randomBits(ks[0]!, ks[1]!, nb, s);
  const lb = randomBits(ks[2]!, ks[3]!, nb, s);
  const out = newIntArray(dt, n);
  const mod = 1n << BigInt(nb);
  // The sampling dtype's value range, and maxval's own dtype (int32 or int64 after canonicalization).
  const maxDtypeMax = config.read('jax_enable_x64') ? 2n ** 63n - 1n : 2n ** 31n - 1n;
  const maxDtypeMin = -maxDtypeMax - 1n;
  const dtMaxInMaxDtype = clip(sinfo.max, maxDtypeMin, maxDtypeMax);
  if (nb === 32) {
    // Sampling in uint32 with wraparound, as XLA's u32 mul/add/rem (x % 0 is x).
    const H = hb as Uint32Array;
    const L = lb as Uint32Array;
    // Bounds per parameter element (not per draw): clipped values and the out-of-range flag.
    const mnP = Float64Array.from(lo.data, (v) => Number(clip(prep(v, false), sinfo.min, sinfo.max)));
    const mxP = Float64Array.from(hi.data, (v) => Number(clip(prep(v, true), sinfo.min, sinfo.max)));
    const oorP = Uint8Array.from(hi.data, (v) => (prep(v, true) > dtMaxInMaxDtype ? 1 : 0));
    for (let i = 0; i < n; i++) {
      const mnN = mnP[idxLo![i]!]!;
      const mxN = mxP[idxHi![i]!]!;
      let span = (mxN - mnN) >>> 0;
      if (mxN <= mnN) span = 1;
      else if (oorP[idxHi![i]!]) span = (span + 1) >>> 0;
      let off: number;
      if (span === 0) {
        off = L[i]!;
      } else {
        const m = 65536 % span;
        const mult = (Math.imul(m, m) >>> 0) % span;
        off = ((Math.imul(H[i]! % span, mult) >>> 0) + (L[i]! % span)) >>> 0;
        off %= span;
      }
      (out as Int32Array)[i] = (mnN + off) | 0;
    }
  } else {
    const H = hb as BigUint64Array;
    const L = lb as BigUint64Array;
    for (let i = 0; i < n; i++) {
      const mnRaw = lo.data[idxLo![i]!]!;
      const mxRaw = hi.data[idxHi![i]!]!;
      const outOfRange = mxRaw > dtMaxInMaxDtype;
      const mn = clip(mnRaw, sinfo.min, sinfo.max);
      const mx = clip(mxRaw, sinfo.min, sinfo.max);
      let span = BigInt.asUintN(64, mx - mn);
      if (mx <= mn) span = 1n;
      if (outOfRange && mx > mn) span = (span + 1n) % mod;
      const remB = (a: bigint): bigint => (span === 0n ? a : a % span);
      const mult = remB(BigInt.asUintN(64, remB(2n ** 32n) * remB(2n ** 32n)));
      const off = remB(BigInt.asUintN(64, remB(H[i]!) * mult + remB(L[i]!)));
      const v = mn + off;
      if (dt === 'int64') (out as BigInt64Array)[i] = BigInt.asIntN(64, v);
      else (out as BigUint64Array)[i] = BigInt.asUintN(64, v);
    }
  }
  return withShape(out, s);
}

/** _shuffle of 0..n-1: `rounds` stable sorts, each by fresh 32-bit keys from a new subkey. */
function shuffleOrder(k: Key, n: number): Uint32Array {
  const rounds = Math.ceil((3 * log(Math.max(1, n))) / log(4294967295));
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let k0 = k[0]!;
  let k1 = k[1]!;
  for (let r = 0; r < rounds; r++) {
    const ks = splitKey(k0, k1, [2]);
    k0 = ks[0]!;
    k1 = ks[1]!;
    const sk = randomBits(ks[2]!, ks[3]!, 32, [n]) as Uint32Array;
    // sort_key_val is stable: sort positions by (key at position, position).
    const pos = Array.from({ length: n }, (_, i) => i);
    pos.sort((a, b) => sk[a]! - sk[b]! || a - b);
    const next = new Uint32Array(n);
    for (let i = 0; i < n; i++) next[i] = order[pos[i]!]!;
    order = next;
  }
  return order;
}

/**
 * jax.random.permutation(key, x, axis=0, independent=False): a random permutation of arange(x) for an
 * integer x, else x shuffled along axis (by stable sorts on random bits).
 * @param k - a single key
 * @param x - an integer n, or an array to shuffle
 * @param axis - the axis to shuffle along; default 0
 * @param independent - shuffle each 1-d slice along axis independently; default false
 * @example permutation(PRNGKey(0), 10)
 */
export function permutation(k: Key, x: number | ArrayLike, axis = 0, independent = false): NDArray<TypedArray> {
  checkKey('permutation', k);
  if (typeof x === 'number' || typeof x === 'bigint') {
    if (!Number.isInteger(Number(x))) throw TypeError_('x must be an integer or at least 1-dimensional');
    const n = Math.max(0, Number(x));
    const ord = shuffleOrder(k, n);
    return withShape(defaultInts(ord), [n]);
  }
  const { data, shape } = asArray(x);
  const nd = shape.length;
  if (nd === 0) throw TypeError_('x must be an integer or at least 1-dimensional');
  const ax = canonicalizeAxis(axis, nd);
  const len = shape[ax]!;
  const inner = shape.slice(ax + 1).reduce((a, b) => a * b, 1);
  const outer = shape.slice(0, ax).reduce((a, b) => a * b, 1);
  const out = new (data.constructor as new (n: number) => TypedArray)(data.length);
  if (independent && nd > 1) {
    // Each 1-d lane along `axis` is sorted by its own keys drawn for the whole array shape.
    const lanes = independentOrders(k, shape, ax);
    for (let o = 0; o < outer; o++) {
      for (let j = 0; j < inner; j++) {
        const ord = lanes[o * inner + j]!;
        for (let i = 0; i < len; i++) out[(o * len + i) * inner + j] = data[(o * len + ord[i]!) * inner + j]!;
      }
    }
  } else {
    const ord = shuffleOrder(k, len);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < len; i++) {
        for (let j = 0; j < inner; j++) out[(o * len + i) * inner + j] = data[(o * len + ord[i]!) * inner + j]!;
      }
    }
  }
  return withShape(out, shape);
}

function independentOrders(k: Key, shape: readonly number[], ax: number): Uint32Array[] {
  const total = shape.reduce((a, b) => a * b, 1);
  const len = shape[ax]!;
  const inner = shape.slice(ax + 1).reduce((a, b) => a * b, 1);
  const lanesN = total / len;
  const rounds = Math.ceil((3 * log(Math.max(1, total))) / log(4294967295));
  const orders = Array.from({ length: lanesN }, () => Uint32Array.from({ length: len }, (_, i) => i));
  let k0 = k[0]!;
  let k1 = k[1]!;
  for (let r = 0; r < rounds; r++) {
    const ks = splitKey(k0, k1, [2]);
    k0 = ks[0]!;
    k1 = ks[1]!;
    const sk = randomBits(ks[2]!, ks[3]!, 32, shape) as Uint32Array;
    for (let lane = 0; lane < lanesN; lane++) {
      const o = Math.floor(lane / inner);
      const j = lane % inner;
      const keyAt = (i: number): number => sk[(o * len + i) * inner + j]!;
      const pos = Array.from({ length: len }, (_, i) => i);
      pos.sort((a, b) => keyAt(a) - keyAt(b) || a - b);
      const prev = orders[lane]!;
      orders[lane] = Uint32Array.from(pos, (p) => prev[p]!);
    }
  }
  return orders;
}

function canonicalizeAxis(axis: number, nd: number): number {
  if (!Number.isInteger(axis) || axis < -nd || axis >= nd) {
    throw new IndexError(`axis ${axis} is out of bounds for array of dimension ${nd}`);
  }
  return axis < 0 ? axis + nd : axis;
}

function asArray(x: ArrayLike): { data: TypedArray; shape: number[] } {
  if (isTypedArray(x)) {
    const shape = (x as { shape?: number[] }).shape ?? [x.length];
    return { data: x, shape };
  }
  const { data, shape } = asFloat64(x);
  const allInt = data.every((v) => Number.isInteger(v) && Math.abs(v) < 2 ** 31);
  return { data: allInt ? Int32Array.from(data) : Float32Array.from(data), shape };
}

/**
 * jax.random.choice(key, a, shape=(), replace=True, p=None, axis=0): random samples from arange(a)
 * (integer a) or from a's entries along axis, with or without replacement, uniform or weighted by p.
 * @param k - a single key
 * @param a - an integer n, or an array to sample from
 * @param shape - the draws' shape (an array); default []
 * @param replace - sample with replacement; default true
 * @param p - probabilities for each entry of a (length n); default null (uniform)
 * @param axis - the axis of a to sample along; default 0
 * @example choice(PRNGKey(0), 5, [3], false)
 */
export function choice(k: Key, a: number | ArrayLike, shape: readonly number[] = [], replace = true, p: ArrayLike | null = null, axis = 0): NDArray<TypedArray> {
  checkKey('choice', k);
  if (!Array.isArray(shape)) throw TypeError_(`shape argument of jax.random.choice must be a sequence, got ${String(shape)}`);
  const s = canonicalizeShape(shape);
  const scalar = typeof a === 'number' || typeof a === 'bigint';
  const arr = scalar ? null : asArray(a as ArrayLike);
  let ax = 0;
  let nInputs: number;
  if (arr === null) {
    nInputs = Number(a);
  } else {
    ax = canonicalizeAxis(axis, arr.shape.length);
    nInputs = arr.shape[ax]!;
  }
  const nDraws = s.reduce((x, y) => x * y, 1);
  const outShape = arr === null ? s : [...arr.shape.slice(0, ax), ...s, ...arr.shape.slice(ax + 1)];
  if (nDraws === 0) return withShape(arr === null ? defaultInts([]) : new (arr.data.constructor as new (n: number) => TypedArray)(0), outShape);
  if (nInputs <= 0) throw ValueErrorOf('a must be greater than 0 unless no samples are taken');
  if (!replace && nDraws > nInputs) {
    throw ValueErrorOf(`Cannot take a larger sample (size ${nDraws}) than population (size ${nInputs}) when 'replace=False'`);
  }
  let ind: Int32Array;
  let direct: NDArray<TypedArray> | null = null;
  if (p === null || p === undefined) {
    if (replace) {
      const r = randint(k, s, 0, nInputs);
      direct = r;
      ind = Int32Array.from(r as unknown as Iterable<number | bigint>, Number);
    } else {
      ind = Int32Array.from(shuffleOrder(k, nInputs).subarray(0, nDraws));
    }
  } else {
    const pp = asFloat64(p);
    if (pp.shape.length !== 1 || pp.shape[0] !== nInputs) {
      const pt = pp.shape.length === 1 ? `(${pp.shape[0]},)` : `(${pp.shape.join(', ')})`;
      throw ValueErrorOf(`p must be None or a 1D vector with the same size as a.shape[axis]. p has shape ${pt} and a.shape[axis] is ${nInputs}.`);
    }
    const dt = p instanceof Float32Array ? 'float32' : floatDtype('choice', 'float64');
    const ops = floatOps(dt);
    if (replace) {
      const cum = new Float64Array(nInputs);
      let acc = 0;
      for (let i = 0; i < nInputs; i++) cum[i] = acc = ops.r(acc + ops.r(pp.data[i]!));
      const u = uniformRaw(k, s, ops, 0, 1);
      ind = new Int32Array(nDraws);
      const total = cum[nInputs - 1]!;
      for (let i = 0; i < nDraws; i++) {
        const r = ops.r(total * ops.r(1 - u[i]!));
        let lo = 0;
        let hi = nInputs;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (cum[mid]! < r) lo = mid + 1;
          else hi = mid;
        }
        ind[i] = lo;
      }
    } else {
      const g = gumbelRaw(k, [nInputs], ops);
      const score = Array.from(g, (v, i) => ops.r(v + ops.log(ops.r(pp.data[i]!))));
      const order = Array.from({ length: nInputs }, (_, i) => i);
      // lax.top_k: largest first, ties to the lower index.
      order.sort((x, y) => (score[y]! > score[x]! ? 1 : score[y]! < score[x]! ? -1 : x - y));
      ind = Int32Array.from(order.slice(0, nDraws));
    }
  }
  if (arr === null) return direct ?? withShape(defaultInts(ind), s);
  return take(arr, ax, ind, outShape);
}

function take(arr: { data: TypedArray; shape: number[] }, ax: number, ind: Int32Array, outShape: number[]): NDArray<TypedArray> {
  const len = arr.shape[ax]!;
  const inner = arr.shape.slice(ax + 1).reduce((a, b) => a * b, 1);
  const outer = arr.shape.slice(0, ax).reduce((a, b) => a * b, 1);
  const out = new (arr.data.constructor as new (n: number) => TypedArray)(outer * ind.length * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < ind.length; i++) {
      for (let j = 0; j < inner; j++) out[(o * ind.length + i) * inner + j] = arr.data[(o * len + ind[i]!) * inner + j]!;
    }
  }
  return withShape(out, outShape);
}

/**
 * jax.random.categorical(key, logits, axis=-1, shape=None): category indices drawn with the
 * unnormalised log-probabilities `logits`, argmax(gumbel + logits) along axis.
 * @param k - a single key
 * @param logits - log-probabilities (up to a constant) of the categories along axis
 * @param axis - the categories' axis; default -1
 * @param shape - output shape, ending with logits' batch shape; default null (the batch shape)
 * @example categorical(PRNGKey(0), [0, Math.log(2), Math.log(3)], -1, [4])
 */
export function categorical(k: Key, logits: ArrayLike, axis = -1, shape: Shape | null = null): NDArray<Int32Array | BigInt64Array> {
  checkKey('categorical', k);
  const lg = asFloat64(logits);
  const nd = lg.shape.length;
  const ax = canonicalizeAxis(axis, nd);
  const batch = lg.shape.filter((_, i) => i !== ax);
  const s = shape === null || shape === undefined ? batch : canonicalizeShape(shape);
  checkShape('categorical', s, batch);
  const dt = logits instanceof Float32Array ? 'float32' : floatDtype('categorical', 'float64');
  const ops = floatOps(dt);
  const prefix = s.slice(0, s.length - batch.length);
  const ncat = lg.shape[ax]!;
  const gshape = [...prefix, ...lg.shape];
  const g = gumbelRaw(k, gshape, ops);
  const P = prefix.reduce((a, b) => a * b, 1);
  const outer = lg.shape.slice(0, ax).reduce((a, b) => a * b, 1);
  const inner = lg.shape.slice(ax + 1).reduce((a, b) => a * b, 1);
  const nl = lg.data.length;
  const out = new Int32Array(P * outer * inner);
  for (let q = 0; q < P; q++) {
    for (let o = 0; o < outer; o++) {
      for (let j = 0; j < inner; j++) {
        let best = -Infinity;
        let bi = 0;
        for (let c = 0; c < ncat; c++) {
          const li = (o * ncat + c) * inner + j;
          const v = ops.r(g[q * nl + li]! + ops.r(lg.data[li]!));
          // argmax: the first maximum; NaN wins (as numpy's argmax).
          if (v > best || (v !== v && best === best)) {
            best = v;
            bi = c;
          }
        }
        out[(q * outer + o) * inner + j] = bi;
      }
    }
  }
  return withShape(defaultInts(out), s);
}
