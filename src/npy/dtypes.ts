// The element types numpy-random/npy reads and writes, and how each one maps to a typed array.
import { Float16Array, isFloat16Array } from '@petamoriken/float16';
import type { TypedArray } from '../core/ndarray.js';
import { ValueError } from '../core/errors.js';
import { typedDtypeName } from '../core/dtype.js';

/** The dtypes `.npy` I/O supports (numpy's names). */
export type NpyDtype =
  | 'bool' | 'float16' | 'float32' | 'float64'
  | 'int8' | 'int16' | 'int32' | 'int64'
  | 'uint8' | 'uint16' | 'uint32' | 'uint64';

/** A typed array of any supported dtype; float16 uses `@petamoriken/float16`'s `Float16Array`. */
export type NpyData = TypedArray | Float16Array;

/**
 * What `loadNpy` returns: a typed array in C order with numpy's `shape` and `dtype`
 * (bool loads as a `Uint8Array` of 0/1 with `dtype: 'bool'`).
 */
export type NpyArray<T extends NpyData = NpyData> = T & { shape: number[]; dtype: NpyDtype };

interface Spec { kind: 'b' | 'f' | 'i' | 'u'; size: 1 | 2 | 4 | 8; make: (buf: ArrayBuffer) => NpyData }

export const SPECS: Record<NpyDtype, Spec> = {
  bool: { kind: 'b', size: 1, make: (b) => new Uint8Array(b) },
  float16: { kind: 'f', size: 2, make: (b) => new Float16Array(b) },
  float32: { kind: 'f', size: 4, make: (b) => new Float32Array(b) },
  float64: { kind: 'f', size: 8, make: (b) => new Float64Array(b) },
  int8: { kind: 'i', size: 1, make: (b) => new Int8Array(b) },
  int16: { kind: 'i', size: 2, make: (b) => new Int16Array(b) },
  int32: { kind: 'i', size: 4, make: (b) => new Int32Array(b) },
  int64: { kind: 'i', size: 8, make: (b) => new BigInt64Array(b) },
  uint8: { kind: 'u', size: 1, make: (b) => new Uint8Array(b) },
  uint16: { kind: 'u', size: 2, make: (b) => new Uint16Array(b) },
  uint32: { kind: 'u', size: 4, make: (b) => new Uint32Array(b) },
  uint64: { kind: 'u', size: 8, make: (b) => new BigUint64Array(b) },
};

const BY_CODE: Record<string, NpyDtype> = {};
for (const [name, s] of Object.entries(SPECS) as [NpyDtype, Spec][]) BY_CODE[s.kind + s.size] = name;

/** numpy's `descr` for a dtype as `np.save` writes it ('<f8', '|b1', '|u1'). */
export function descrOf(dtype: NpyDtype): string {
  const s = SPECS[dtype];
  return (s.size === 1 ? '|' : '<') + s.kind + s.size;
}

const NAMES: Record<string, string> = {
  float16: 'f2', half: 'f2', float32: 'f4', single: 'f4', float64: 'f8', double: 'f8', float: 'f8',
  int8: 'i1', int16: 'i2', int32: 'i4', int64: 'i8', uint8: 'u1', uint16: 'u2', uint32: 'u4', uint64: 'u8',
  bool: 'b1', bool_: 'b1', '?': 'b1', e: 'f2', f: 'f4', d: 'f8', b: 'i1', h: 'i2', i: 'i4', q: 'i8', l: 'i8',
  B: 'u1', H: 'u2', I: 'u4', Q: 'u8', L: 'u8',
};

/** Reads a `descr` string; returns the dtype and whether its bytes are big-endian. */
export function parseDescr(descr: string): { dtype: NpyDtype; bigEndian: boolean } {
  const order = /^[<>=|!]/.test(descr) ? descr[0]! : '=';
  let code = order === '=' && !/^[<>=|!]/.test(descr) ? descr : descr.slice(1);
  code = NAMES[code] ?? code;
  const m = /^([bfiu])([1248])$/.exec(code);
  const dtype = m ? BY_CODE[m[1]! + m[2]!] : undefined;
  if (!dtype) {
    throw new ValueError(`unsupported dtype ${JSON.stringify(descr)}: numpy-random/npy reads bool, ` +
      'int8..int64, uint8..uint64, float16, float32 and float64 (no object, string, complex, ' +
      'datetime or structured dtypes)');
  }
  return { dtype, bigEndian: (order === '>' || order === '!') && SPECS[dtype].size > 1 };
}

/** The dtype of a typed array when none is given: by constructor, or its own `dtype` tag. */
export function dtypeOfData(x: NpyData, tag?: unknown): NpyDtype {
  if (typeof tag === 'string' && tag in SPECS) {
    const t = tag as NpyDtype;
    if (t === 'bool' ? x instanceof Uint8Array : SPECS[t].make(new ArrayBuffer(0)).constructor === x.constructor) return t;
  }
  if (isFloat16Array(x)) return 'float16';
  const name = ArrayBuffer.isView(x) ? typedDtypeName(x) : 'V';
  if (name !== 'V') return name as NpyDtype;
  throw new TypeError('saveNpy: expected a typed array (Float64Array, Int32Array, BigInt64Array, Float16Array, ...)');
}

/** The raw bytes behind a typed array (a view, not a copy). */
export function bytesOf(x: NpyData): Uint8Array {
  const v = x as unknown as { buffer: ArrayBuffer; byteOffset: number; byteLength: number };
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}
