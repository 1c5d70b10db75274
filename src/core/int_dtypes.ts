// Integer dtypes the integer front ends accept, and how each returns its values.
import { parseDtype, swappedRepr } from './dtype.js';
import { INT64_MAX_BIG, INT64_MIN_BIG, UINT64_MAX_BIG } from './constants.js';
import { ValueError } from './errors.js';
import { DeprecationWarning, warn } from './warnings.js';

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
  int64: dt('int64', 64, INT64_MIN_BIG, INT64_MAX_BIG, BigInt64Array),
  uint8: dt('uint8', 8, 0n, 0xffn, Uint8Array),
  uint16: dt('uint16', 16, 0n, 0xffffn, Uint16Array),
  uint32: dt('uint32', 32, 0n, 0xffffffffn, Uint32Array),
  uint64: dt('uint64', 64, 0n, UINT64_MAX_BIG, BigUint64Array),
  int: dt('int', 64, INT64_MIN_BIG, INT64_MAX_BIG, Float64Array),
};

const INT_NAMES: Record<string, IntDtypeName> = {
  bool: 'bool', int8: 'int8', int16: 'int16', int32: 'int32', int64: 'int64',
  uint8: 'uint8', uint16: 'uint16', uint32: 'uint32', uint64: 'uint64',
};

const NON_NATIVE = 'Providing a dtype with a non-native byteorder is not supported.';

/**
 * Resolves a dtype argument; `method` names the caller in numpy's error ('randint', 'integers').
 * Generator.integers refuses a non-native byte order; RandomState.randint (deprecated in numpy)
 * swaps it to native and goes on.
 */
export function intDtype(dtype: string | undefined, method: string): IntDtype {
  if (dtype === undefined || dtype === 'int') return TABLE.int;
  const info = parseDtype(dtype);
  if (!info.native) {
    if (method === 'integers') {
      throw new ValueError(`${NON_NATIVE} If you require platform-independent byteorder, call byteswap when required.`);
    }
    warn(`${NON_NATIVE} If you require platform-independent byteorder, call byteswap when required.\nIn future version, providing byteorder will raise a ValueError`, DeprecationWarning);
    const name = INT_NAMES[info.name];
    if (name) return TABLE[name];
    throw new TypeError(`Unsupported dtype ${swappedRepr(info)} for ${method}`);
  }
  const name = INT_NAMES[info.name];
  if (name) return TABLE[name];
  throw new TypeError(`Unsupported dtype ${info.repr} for ${method}`);
}
