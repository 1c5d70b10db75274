// Results as numpy's dtype, shape and little-endian bytes: the form the CLI prints or saves and
// the conformance digests hash. Our default-int results (JS numbers) become int64 here.
import { isFloat16Array } from '@petamoriken/float16';
import type { NpyDtype, NpyInput } from '../npy/index.js';

export interface Encoded { dtype: string; shape: number[]; bytes: Uint8Array; values: ArrayLike<number | bigint> }

const CTOR: Record<string, new (n: number) => { [i: number]: number | bigint; length: number; buffer: ArrayBuffer }> = {
  float64: Float64Array, float32: Float32Array, int8: Int8Array, int16: Int16Array, int32: Int32Array,
  int64: BigInt64Array, uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array,
  bool: Uint8Array, bytes: Uint8Array,
};

function fail(dtype: string, got: unknown): never {
  const what = ArrayBuffer.isView(got) ? got.constructor.name : typeof got;
  throw new TypeError(`result is a ${what}, which does not hold numpy's dtype ${dtype}`);
}

/** Encodes `result` as numpy's `dtype` ('float64', 'int64', 'bool', 'bytes', ...). */
export function encodeResult(result: unknown, dtype: string): Encoded {
  const C = CTOR[dtype];
  if (!C) throw new TypeError(`unknown dtype ${dtype}`);
  let src: ArrayLike<unknown>;
  let shape: number[];
  if (ArrayBuffer.isView(result)) {
    src = result as unknown as ArrayLike<unknown>;
    shape = (result as { shape?: number[] }).shape ?? [src.length];
  } else if (typeof result === 'number' || typeof result === 'bigint' || typeof result === 'boolean') {
    src = [result];
    shape = [];
  } else return fail(dtype, result);
  if (isFloat16Array(result)) fail(dtype, result);
  const out = new C(src.length);
  const big = dtype === 'int64' || dtype === 'uint64';
  const expectCtor = dtype === 'bool' || dtype === 'bytes' ? Uint8Array : C;
  const viewOk = ArrayBuffer.isView(result) && (result.constructor === expectCtor ||
    (big && result instanceof Float64Array));
  if (ArrayBuffer.isView(result) && !viewOk) fail(dtype, result);
  for (let i = 0; i < src.length; i++) {
    const v = src[i];
    if (big) {
      if (typeof v === 'bigint') out[i] = v;
      else if (typeof v === 'number' && Number.isInteger(v)) out[i] = BigInt(v);
      else fail(dtype, v);
    } else if (typeof v === 'boolean') {
      if (dtype !== 'bool') fail(dtype, v);
      out[i] = v ? 1 : 0;
    } else if (typeof v === 'number') out[i] = v;
    else fail(dtype, v);
  }
  // a typed array of the right type is copied byte for byte (NaN payloads kept)
  const bytes = ArrayBuffer.isView(result) && result.constructor === C
    ? new Uint8Array(result.buffer.slice(result.byteOffset, result.byteOffset + result.byteLength))
    : new Uint8Array(out.buffer);
  return { dtype, shape, bytes, values: out as unknown as ArrayLike<number | bigint> };
}

/** The typed array with `shape` and `dtype` saveNpy writes for an encoded result. */
export function asNpy(e: Encoded): { data: NpyInput } {
  const C = CTOR[e.dtype === 'bytes' ? 'uint8' : e.dtype]!;
  const data = new (C as unknown as new (b: ArrayBuffer) => ArrayBufferView)(e.bytes.slice().buffer);
  return { data: Object.assign(data, { shape: e.shape.slice(), dtype: (e.dtype === 'bytes' ? 'uint8' : e.dtype) as NpyDtype }) as unknown as NpyInput };
}

/** Python's repr of a float: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function pyRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expText] = x.toExponential().split('e') as [string, string];
  const e = Number(expText);
  if (e >= -4 && e < 16) {
    const s = String(x); // fixed notation in this range
    return s.includes('.') ? s : `${s}.0`;
  }
  return expForm(mant, e);
}

function expForm(mant: string, e: number): string {
  const a = Math.abs(e);
  return `${mant}e${e < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
}

/** One element as Python's json.dumps writes numpy's `tolist()` value. */
export function formatValue(v: number | bigint, dtype: string): string {
  if (dtype === 'bool') return v ? 'true' : 'false';
  if (dtype === 'float64' || dtype === 'float32') {
    const s = pyRepr(Number(v));
    return s === 'nan' ? 'NaN' : s === 'inf' ? 'Infinity' : s === '-inf' ? '-Infinity' : s;
  }
  return String(v);
}

/** numpy's `json.dumps(a.tolist())` text. float32 prints through float64 as tolist() does. */
export function toJsonText(e: Encoded): string {
  const vals = e.values;
  if (e.dtype === 'bytes') return `[${Array.from(vals as Uint8Array).join(', ')}]`;
  if (e.shape.length === 0) return formatValue(vals[0]!, e.dtype);
  let k = 0;
  const rec = (d: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < e.shape[d]!; i++) parts.push(d === e.shape.length - 1 ? formatValue(vals[k++]!, e.dtype) : rec(d + 1));
    return `[${parts.join(', ')}]`;
  };
  return rec(0);
}

/** CSV as `np.savetxt(f, a.reshape(-1, last), delimiter=',')` would lay it out, with repr digits. */
export function toCsvText(e: Encoded): string {
  const vals = e.values;
  const cols = e.shape.length === 0 ? 1 : e.shape[e.shape.length - 1]!;
  const rows: string[] = [];
  const fmt = (v: number | bigint) => (e.dtype === 'bool' ? (v ? 'True' : 'False') : e.dtype.startsWith('float') ? pyRepr(Number(v)) : String(v));
  if (e.shape.length <= 1) for (let i = 0; i < vals.length; i++) rows.push(fmt(vals[i]!));
  else for (let i = 0; i < vals.length; i += cols) rows.push(Array.from({ length: cols }, (_, j) => fmt(vals[i + j]!)).join(','));
  return rows.join('\n') + (rows.length ? '\n' : '');
}
