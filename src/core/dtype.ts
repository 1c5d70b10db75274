// numpy's dtype strings as the front ends see them: the canonical name, whether the byte
// order is native, and numpy's repr (used in 'Unsupported dtype ...' messages).

export interface DtypeInfo {
  /** numpy's dtype name ('float64', 'int8', 'bool', '<U', 'O', ...). */
  readonly name: string;
  /** Kind letter plus item size, as numpy writes a non-native dtype ('f8', 'i4', 'U'). */
  readonly code: string;
  readonly itemsize: number;
  /** False only for an explicit '>' on a multi-byte type (this port runs little-endian). */
  readonly native: boolean;
  /** numpy's repr: dtype('float64'), dtype('>i4'), dtype('<U'). */
  readonly repr: string;
}

type Base = [name: string, code: string, itemsize: number];

const B = (name: string, code: string, itemsize: number): Base => [name, code, itemsize];
const F16 = B('float16', 'f2', 2), F32 = B('float32', 'f4', 4), F64 = B('float64', 'f8', 8), F128 = B('float128', 'f16', 16);
const C64 = B('complex64', 'c8', 8), C128 = B('complex128', 'c16', 16), C256 = B('complex256', 'c32', 32);
const I8 = B('int8', 'i1', 1), I16 = B('int16', 'i2', 2), I32 = B('int32', 'i4', 4), I64 = B('int64', 'i8', 8);
const U8 = B('uint8', 'u1', 1), U16 = B('uint16', 'u2', 2), U32 = B('uint32', 'u4', 4), U64 = B('uint64', 'u8', 8);
const BOOL = B('bool', 'b1', 1), STR = B('<U', 'U', 0), BYTES = B('S', 'S', 0), OBJ = B('O', 'O', 8);
const M8 = B('<M8', 'M8', 8), MM8 = B('<m8', 'm8', 8), VOID = B('V', 'V', 0);

const TABLE: Record<string, Base> = {
  float16: F16, f2: F16, e: F16, half: F16,
  float32: F32, f4: F32, f: F32, single: F32,
  float64: F64, f8: F64, d: F64, double: F64, float: F64,
  float128: F128, f16: F128, g: F128, longdouble: F128,
  complex64: C64, c8: C64, F: C64, csingle: C64,
  complex128: C128, c16: C128, D: C128, complex: C128, cdouble: C128,
  complex256: C256, c32: C256, G: C256, clongdouble: C256,
  int8: I8, i1: I8, byte: I8, b: I8,
  int16: I16, i2: I16, short: I16, h: I16,
  int32: I32, i4: I32, intc: I32, i: I32,
  int64: I64, i8: I64, long: I64, l: I64, longlong: I64, q: I64, intp: I64, p: I64, int: I64, int_: I64,
  uint8: U8, u1: U8, ubyte: U8, B: U8,
  uint16: U16, u2: U16, ushort: U16, H: U16,
  uint32: U32, u4: U32, uintc: U32, I: U32,
  uint64: U64, u8: U64, ulong: U64, L: U64, ulonglong: U64, Q: U64, uintp: U64, P: U64, uint: U64,
  bool: BOOL, bool_: BOOL, '?': BOOL, b1: BOOL,
  str: STR, U: STR, unicode: STR, bytes: BYTES, S: BYTES, a: BYTES, object: OBJ, O: OBJ,
  datetime64: M8, M8: M8, M: M8, timedelta64: MM8, m8: MM8, m: MM8, V: VOID, void: VOID,
};

/** numpy 2's removed aliases, refused with their own message. */
const REMOVED = new Set(['int0', 'uint0', 'bool8', 'object0', 'str0', 'bytes0', 'void0']);

/** `dtype.newbyteorder()` of a non-native dtype, as numpy writes it: dtype('<f8'). */
export function swappedRepr(info: DtypeInfo): string {
  return `dtype('<${info.code}')`;
}

/** np.dtype(s) for the string forms; unknown strings get numpy's TypeError. */
export function parseDtype(dtype: string): DtypeInfo {
  if (dtype === null) return parseDtype('float64');
  if (typeof dtype === 'object' && (dtype as object).constructor === Object && Object.keys(dtype).length === 0) {
    return { name: '[]', code: 'V', itemsize: 0, native: true, repr: 'dtype([])' };
  }
  if (typeof dtype !== 'string') throw new TypeError(`Cannot interpret '${String(dtype)}' as a data type`);
  const order = /^[<>=|]/.test(dtype) ? dtype[0]! : '';
  const base = TABLE[order ? dtype.slice(1) : dtype];
  if (!base) {
    if (REMOVED.has(dtype)) throw new TypeError(`Alias '${dtype}' was removed in NumPy 2.0. Use a name without a digit at the end.`);
    throw new TypeError(`data type '${dtype}' not understood`);
  }
  const [name, code, itemsize] = base;
  const native = !(order === '>' && itemsize !== 1);
  const repr = native ? `dtype('${name}')` : `dtype('>${code}')`;
  return { name, code, itemsize, native, repr };
}

/** numpy's dtype name of a typed array's elements. */
export function typedDtypeName(x: ArrayBufferView): string {
  if (x instanceof Float64Array) return 'float64';
  if (x instanceof Float32Array) return 'float32';
  if (x instanceof Int8Array) return 'int8';
  if (x instanceof Int16Array) return 'int16';
  if (x instanceof Int32Array) return 'int32';
  if (x instanceof BigInt64Array) return 'int64';
  if (x instanceof Uint8Array || x instanceof Uint8ClampedArray) return 'uint8';
  if (x instanceof Uint16Array) return 'uint16';
  if (x instanceof Uint32Array) return 'uint32';
  if (x instanceof BigUint64Array) return 'uint64';
  return 'V';
}

const SAFE: Record<string, readonly string[]> = {
  bool: ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float32', 'float64'],
  int8: ['int8', 'int16', 'int32', 'int64', 'float32', 'float64'],
  uint8: ['uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64', 'float32', 'float64'],
  int16: ['int16', 'int32', 'int64', 'float32', 'float64'],
  uint16: ['uint16', 'int32', 'uint32', 'int64', 'uint64', 'float32', 'float64'],
  int32: ['int32', 'int64', 'float64'],
  uint32: ['uint32', 'int64', 'uint64', 'float64'],
  int64: ['int64', 'float64'],
  uint64: ['uint64', 'float64'],
  float32: ['float32', 'float64'],
  float64: ['float64'],
};

/** np.can_cast(from, to, 'safe') over the dtypes a typed array can hold (plus object). */
export function canCastSafe(from: string, to: string): boolean {
  if (from === to) return true;
  return SAFE[from]?.includes(to) ?? false;
}
