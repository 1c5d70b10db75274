// Front-end helpers for the Generator methods that check parameters elementwise before
// cont()/disc() (uniform, triangular, binomial, negative_binomial, hypergeometric).
import { type ArrayLike, asFloat64, isTypedArray, shapeOf } from './ndarray.js';
import { canCastSafe, typedDtypeName } from './dtype.js';
import { broadcastIndices, ufuncShape } from './broadcast.js';
import { cLong, cLongBig, pyInt, toInt64 } from './pyint.js';

export interface Parsed { data: Float64Array; shape: number[] }

export const parseF64 = (x: ArrayLike): Parsed => asFloat64(x);

/**
 * `np.asarray(x, dtype=int64)` for array parameters. A typed array casts like an ndarray
 * (truncation, NaN/overflow to INT64_MIN); a JS array converts each element like a Python
 * float in a list (int(): NaN, infinities and out-of-range values raise).
 */
export function parseI64(x: ArrayLike): Parsed {
  // an ndarray converts to int64 with numpy's 'safe' casting rule
  if (isTypedArray(x) && !canCastSafe(typedDtypeName(x), 'int64')) throw unsafeCast(x, typedDtypeName(x));
  if (!isTypedArray(x)) intElements(x);
  // an int within int64 stays itself (its double may round to 2**63, which toInt64 would wrap)
  if (typeof x === 'bigint') return { data: Float64Array.of(Number(cLongBig(x))), shape: [] };
  const p = asFloat64(x);
  const d = new Float64Array(p.data.length);
  const conv = Array.isArray(x) ? cLong : toInt64;
  for (let i = 0; i < d.length; i++) d[i] = conv(p.data[i]!) + 0; // + 0: int64 has no -0
  return { data: d, shape: p.shape };
}

/** numpy's refusal to cast a float array to int64 ('scalar' for a 0-d one, whose shape is []). */
export function unsafeCast(x: ArrayLike, dtype: string): TypeError {
  const what = shapeOf(x).length === 0 ? 'scalar' : 'array data';
  return new TypeError(`Cannot cast ${what} from dtype('${dtype}') to dtype('int64') according to the rule 'safe'`);
}

/** numpy reads each element of an int64 array with int(): None, a dict or a bad str fail there. */
function intElements(x: unknown): void {
  if (Array.isArray(x)) x.forEach(intElements);
  else if (typeof x !== 'number' && typeof x !== 'bigint' && typeof x !== 'boolean' && !isTypedArray(x)) pyInt(x);
}

/** A ufunc's broadcast of two or three operands, with numpy's ufunc error message. */
export function ufuncBroadcast(ps: readonly Parsed[]): { shape: number[]; idx: Int32Array[] } {
  const shapes = ps.map((p) => p.shape);
  const shape = ufuncShape(shapes);
  return { shape, idx: broadcastIndices(shapes, shape) };
}

/** np.any(pred(a, b[, c])) over the ufunc broadcast of the operands. */
export function anyBroadcast(ps: readonly Parsed[], pred: (...v: number[]) => boolean): boolean {
  const { idx } = ufuncBroadcast(ps);
  const n = idx[0]!.length;
  const vals = new Array<number>(ps.length);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < ps.length; k++) vals[k] = ps[k]!.data[idx[k]![i]!]!;
    if (pred(...vals)) return true;
  }
  return false;
}

/** Re-wraps parsed data as an array-like for broadcastDraw (a 0-d value stays a number). */
export function asArg(p: Parsed): ArrayLike {
  if (p.shape.length === 0) return p.data[0]!;
  const a = Float64Array.from(p.data) as Float64Array & { shape: number[] };
  a.shape = p.shape.slice();
  return a;
}
