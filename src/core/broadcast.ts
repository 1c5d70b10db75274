// numpy's cont()/disc() front end: one helper validates each parameter against its spec
// (constraints.ts), broadcasts against `size` and draws element by element in C order; and the
// multi-iterator's and ufuncs' broadcasting with their messages.
import { type ParamSpec, type SpecList, checkArray, checkScalar } from './constraints.js';
import { ValueError } from './errors.js';
import {
  type ArrayLike, type NDArray, type Size,
  asFloat64, isTypedArray, normalizeSize, pyTuple, shapeSize, toScalarDouble, withShape,
} from './ndarray.js';
import { toInt64 } from './pyint.js';

/**
 * Broadcast shapes the way numpy's multi-iterator does, with its error message
 * (`arg i` counts the shapes in the order given).
 */
export function broadcastShapes(shapes: readonly (readonly number[])[]): number[] {
  const nd = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = new Array(nd).fill(1);
  for (let i = 0; i < nd; i++) {
    let src = 0;
    for (let j = 0; j < shapes.length; j++) {
      const s = shapes[j]!;
      const k = i + s.length - nd;
      if (k < 0) continue;
      const d = s[k]!;
      if (d === 1) continue;
      if (out[i] === 1) {
        out[i] = d;
        src = j;
      } else if (out[i] !== d) {
        throw new ValueError(
          'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between ' +
            `arg ${src} with shape ${pyTuple(shapes[src]!)} and arg ${j} with shape ${pyTuple(s)}.`,
        );
      }
    }
  }
  return out;
}

/** A shape as numpy writes it in a ufunc's broadcast error: (2,3), (4,), (). */
export const ufuncTuple = (s: readonly number[]): string => `(${s.join(',')}${s.length === 1 ? ',' : ''})`;

/** The broadcast shape of a ufunc's operands (np.greater(a, b), ...), with the ufunc's message. */
export function ufuncShape(shapes: readonly (readonly number[])[]): number[] {
  try {
    return broadcastShapes(shapes);
  } catch {
    throw new ValueError(`operands could not be broadcast together with shapes ${shapes.map(ufuncTuple).join(' ')} `);
  }
}

/** Element strides of `shape` broadcast into `target` (0 along broadcast dimensions). */
export function broadcastStrides(shape: readonly number[], target: readonly number[]): Int32Array {
  const st = new Int32Array(target.length);
  let stride = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    const t = k + target.length - shape.length;
    st[t] = shape[k] === 1 ? 0 : stride;
    stride *= shape[k]!;
  }
  return st;
}

export type Draw = (a: number, b: number, c: number) => number;
/**
 * Optional fast path for scalar parameters: fills out[0, n) exactly as n draws would. A method's
 * own loop keeps its call site monomorphic (the shared loop here sees every distribution).
 */
export type Fill<T> = (out: T, n: number, a: number, b: number, c: number) => void;

export interface OutputType<T extends TypedArray> {
  new (n: number): T;
}
type TypedArray = Float64Array | Float32Array | Int32Array;

/** A parsed parameter: its values in C order and its shape. */
interface Param { data: Float64Array; shape: number[] }

function parse(x: ArrayLike, spec: ParamSpec): Param {
  const p = asFloat64(x);
  if (spec.int64) {
    const d = new Float64Array(p.data.length);
    for (let i = 0; i < d.length; i++) d[i] = toInt64(p.data[i]!);
    return { data: d, shape: p.shape };
  }
  return p;
}

/**
 * numpy's cont()/disc(): validate, then draw one value per output element.
 * A size-less call with scalar parameters returns a number.
 */
export function broadcastDraw<T extends TypedArray = Float64Array>(
  size: Size,
  args: readonly ArrayLike[],
  specs: readonly ParamSpec[],
  draw: Draw,
  Out: OutputType<T> = Float64Array as unknown as OutputType<T>,
  out?: T | null,
  fill?: Fill<T>,
): number | NDArray<T> {
  if ((size === undefined || size === null) && !out) {
    const v = scalarNumbers(args, specs);
    if (v !== null) return draw(v[0], v[1], v[2]);
  }
  return broadcastDrawFull(size, args, specs, draw, Out, out, fill);
}

function broadcastDrawFull<T extends TypedArray>(
  size: Size, args: readonly ArrayLike[], specs: readonly ParamSpec[], draw: Draw,
  Out: OutputType<T>, out: T | null | undefined, fill: Fill<T> | undefined,
): number | NDArray<T> {
  // numpy's cont() with `out`: the caller has checked out's dtype and size (check_output);
  // out's shape then plays the role of `size`.
  const outShape0 = out ? ((out as unknown as { shape?: number[] }).shape ?? [out.length]) : null;
  const params = args.map((a, i) => parse(a, specs[i]!));
  const scalar = params.every((p) => p.shape.length === 0);
  if (scalar) {
    // numpy's scalar path reads each parameter with PyFloat_AsDouble (real numbers only)
    args.forEach((a) => { if (!isTypedArray(a)) toScalarDouble(a); });
    params.forEach((p, i) => checkScalar(p.data[0]!, specs[i]!.name, specs[i]!.cons, specs[i]!.int64));
    // numpy validates `size` (np.empty(size)) only after the parameters
    const shape = outShape0 ?? normalizeSize(size, false, 8, (specs as SpecList).dtype);
    const a = params[0]?.data[0] ?? 0, b = params[1]?.data[0] ?? 0, c = params[2]?.data[0] ?? 0;
    if (shape === null) return draw(a, b, c);
    const n = shapeSize(shape);
    const res = out ?? new Out(n);
    if (fill) fill(res, n, a, b, c);
    else for (let i = 0; i < n; i++) res[i] = draw(a, b, c);
    return withShape(res, shape);
  }
  params.forEach((p, i) => checkArray(p.data, specs[i]!.name, specs[i]!.cons));
  const shape = outShape0 ?? normalizeSize(size, false, 8, (specs as SpecList).dtype);
  const paramShapes = params.map((p) => p.shape);
  let outShape: number[];
  if (shape === null) {
    outShape = broadcastShapes(paramShapes);
  } else {
    const it = broadcastShapes([shape, ...paramShapes]);
    if (it.length !== shape.length || it.some((d, k) => d !== shape[k])) {
      throw new ValueError(
        `Output size ${pyTuple(shape)} is not compatible with broadcast dimensions of inputs ${pyTuple(it)}.`,
      );
    }
    outShape = shape;
  }
  return withShape(drawBroadcast(outShape, params, draw, Out, out ?? null), outShape);
}


const SCALARS: [number, number, number] = [0, 0, 0];

/**
 * The size-less call on plain numbers: the values as numpy casts them, checked like checkScalar,
 * without parsing arrays or allocating (the scalar fast path); null for anything else.
 */
function scalarNumbers(args: readonly ArrayLike[], specs: readonly ParamSpec[]): [number, number, number] | null {
  const n = args.length;
  if (n > 3) return null;
  for (let k = 0; k < n; k++) if (typeof args[k] !== 'number') return null;
  for (let k = 0; k < 3; k++) {
    if (k >= n) { SCALARS[k] = 0; continue; }
    let x = args[k] as number;
    const sp = specs[k]!;
    if (sp.int64) x = toInt64(x);
    checkScalar(x, sp.name, sp.cons, sp.int64);
    SCALARS[k] = x;
  }
  return SCALARS;
}

function drawBroadcast<T extends TypedArray>(
  outShape: number[], params: Param[], draw: Draw, Out: OutputType<T>, into: T | null,
): T {
  const n = shapeSize(outShape);
  const out = into ?? new Out(n);
  const nd = outShape.length;
  const zero = new Float64Array(1);
  const data = [0, 1, 2].map((k) => params[k]?.data ?? zero);
  const strides = [0, 1, 2].map((k) => (params[k] ? broadcastStrides(params[k]!.shape, outShape) : new Int32Array(nd)));
  const [da, db, dc] = data as [Float64Array, Float64Array, Float64Array];
  const [sa, sb, sc] = strides as [Int32Array, Int32Array, Int32Array];
  const idx = new Int32Array(nd);
  let oa = 0, ob = 0, oc = 0;
  for (let i = 0; i < n; i++) {
    out[i] = draw(da[oa]!, db[ob]!, dc[oc]!);
    for (let d = nd - 1; d >= 0; d--) {
      oa += sa[d]!; ob += sb[d]!; oc += sc[d]!;
      if (++idx[d]! < outShape[d]!) break;
      oa -= sa[d]! * outShape[d]!; ob -= sb[d]! * outShape[d]!; oc -= sc[d]! * outShape[d]!;
      idx[d] = 0;
    }
  }
  return out;
}

export type { NDArray };

/**
 * For each shape, the flat index of its element under each element of `target`
 * (in C order), i.e. numpy's multi-iterator walked once.
 */
export function broadcastIndices(shapes: readonly (readonly number[])[], target: readonly number[]): Int32Array[] {
  const n = target.reduce((a, b) => a * b, 1);
  const strides = shapes.map((s) => broadcastStrides(s, target));
  const out = shapes.map(() => new Int32Array(n));
  const offs = new Int32Array(shapes.length);
  const idx = new Int32Array(target.length);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < shapes.length; k++) out[k]![i] = offs[k]!;
    for (let d = target.length - 1; d >= 0; d--) {
      for (let k = 0; k < shapes.length; k++) offs[k]! += strides[k]![d]!;
      if (++idx[d]! < target[d]!) break;
      for (let k = 0; k < shapes.length; k++) offs[k]! -= strides[k]![d]! * target[d]!;
      idx[d] = 0;
    }
  }
  return out;
}
