// Integer dtypes the integer front ends accept, and how each returns its values.
import { ValueError } from '../core/errors.js';

export type IntDtypeName =
  | 'bool' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'int';

export interface IntDtype {
  /** numpy's name ('int' is numpy's default int64 returned as JS numbers). */
  readonly name: IntDtypeName;
  readonly bits: 1 | 8 | 16 | 32 | 64;
  readonly lb: bigint;
  readonly ub: bigint;
  /** The typed array a sized call returns. */
  readonly Out: Int8ArrayConstructor | Int16ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor
    | Uint16ArrayConstructor | Uint32ArrayConstructor | Float64ArrayConstructor | BigInt64ArrayConstructor | BigUint64ArrayConstructor;
}

const dt = (name: IntDtypeName, bits: IntDtype['bits'], lb: bigint, ub: bigint, Out: IntDtype['Out']): IntDtype =>
  ({ name, bits, lb, ub, Out });

const TABLE: Record<IntDtypeName, IntDtype> = {
  bool: dt('bool', 1, 0n, 1n, Uint8Array),
  int8: dt('int8', 8, -0x80n, 0x7fn, Int8Array),
  int16: dt('int16', 16, -0x8000n, 0x7fffn, Int16Array),
  int32: dt('int32', 32, -0x80000000n, 0x7fffffffn, Int32Array),
  int64: dt('int64', 64, -0x8000000000000000n, 0x7fffffffffffffffn, BigInt64Array),
  uint8: dt('uint8', 8, 0n, 0xffn, Uint8Array),
  uint16: dt('uint16', 16, 0n, 0xffffn, Uint16Array),
  uint32: dt('uint32', 32, 0n, 0xffffffffn, Uint32Array),
  uint64: dt('uint64', 64, 0n, 0xffffffffffffffffn, BigUint64Array),
  int: dt('int', 64, -0x8000000000000000n, 0x7fffffffffffffffn, Float64Array),
};

const ALIASES: Record<string, IntDtypeName> = {
  bool: 'bool', bool_: 'bool', '?': 'bool', b1: 'bool',
  int8: 'int8', i1: 'int8', byte: 'int8', b: 'int8',
  int16: 'int16', i2: 'int16', short: 'int16', h: 'int16',
  int32: 'int32', i4: 'int32', intc: 'int32', i: 'int32',
  int64: 'int64', i8: 'int64', long: 'int64', l: 'int64', longlong: 'int64', q: 'int64', intp: 'int64', p: 'int64',
  uint8: 'uint8', u1: 'uint8', ubyte: 'uint8', B: 'uint8',
  uint16: 'uint16', u2: 'uint16', ushort: 'uint16', H: 'uint16',
  uint32: 'uint32', u4: 'uint32', uintc: 'uint32', I: 'uint32',
  uint64: 'uint64', u8: 'uint64', ulong: 'uint64', L: 'uint64', ulonglong: 'uint64', Q: 'uint64', uintp: 'uint64', P: 'uint64',
  int: 'int',
};

/** numpy's names of the non-integer dtypes, for its 'Unsupported dtype' message. */
const OTHER_DTYPES: Record<string, string> = {
  float64: 'float64', f8: 'float64', float: 'float64', d: 'float64', double: 'float64',
  float32: 'float32', f4: 'float32', f: 'float32', single: 'float32',
  float16: 'float16', f2: 'float16', e: 'float16', half: 'float16',
  complex128: 'complex128', c16: 'complex128', complex: 'complex128', complex64: 'complex64', c8: 'complex64',
  object: 'object', O: 'object', str: '<U0', U: '<U0', bytes: '|S0', S: '|S0',
};

/** Resolves a dtype argument; `method` names the caller in numpy's error ('randint', 'integers'). */
export function intDtype(dtype: string | undefined, method: string): IntDtype {
  if (dtype === undefined) return TABLE.int;
  const name = ALIASES[dtype.replace(/^[<=|]/, '')];
  if (name) {
    if (dtype.startsWith('>')) throw new ValueError('Providing a dtype with a non-native byteorder is not supported.');
    return TABLE[name];
  }
  const other = OTHER_DTYPES[dtype.replace(/^[<>=|]/, '')];
  if (other) throw new TypeError(`Unsupported dtype dtype('${other}') for ${method}`);
  throw new TypeError(`data type '${dtype}' not understood`);
}
