// torch dtypes as typed arrays, and c10's float -> Half / BFloat16 roundings.
import { Float16Array } from '@petamoriken/float16';
import { RuntimeError } from './errors.js';

/** torch's dtype names this port samples (aliases such as 'float', 'double', 'long' are accepted in options). */
export type Dtype =
  | 'float32' | 'float64' | 'float16' | 'bfloat16'
  | 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'bool';

const ALIASES: Record<string, Dtype> = {
  float32: 'float32', float: 'float32', float64: 'float64', double: 'float64',
  float16: 'float16', half: 'float16', bfloat16: 'bfloat16',
  int8: 'int8', int16: 'int16', short: 'int16', int32: 'int32', int: 'int32',
  int64: 'int64', long: 'int64', uint8: 'uint8', bool: 'bool',
};

/** A dtype name (torch's, with or without `torch.`), validated. */
export function parseDtype(d: string): Dtype {
  const name = typeof d === 'string' ? d.replace(/^torch\./, '') : d;
  const r = ALIASES[name as string];
  if (r === undefined) throw new TypeError(`unknown dtype ${String(d)}`);
  return r;
}

export type Float16ArrayT = InstanceType<typeof Float16Array>;
/** What a sampler fills: one typed array per dtype (bfloat16 as its uint16 bit patterns). */
export type TorchArray =
  | Float32Array | Float64Array | Float16ArrayT | Uint16Array
  | Int8Array | Int16Array | Int32Array | BigInt64Array | Uint8Array;

export function isFloating(d: Dtype): boolean {
  return d === 'float32' || d === 'float64' || d === 'float16' || d === 'bfloat16';
}

/** c10's name for the dtype in messages ("float", "c10::Half", ...). */
export function typeMetaName(d: Dtype): string {
  switch (d) {
    case 'float32': return 'float';
    case 'float64': return 'double';
    case 'float16': return 'c10::Half';
    case 'bfloat16': return 'c10::BFloat16';
    case 'int8': return 'signed char';
    case 'int16': return 'short int';
    case 'int32': return 'int';
    case 'int64': return 'long int';
    case 'uint8': return 'unsigned char';
    case 'bool': return 'bool';
  }
}

/** torch's ScalarType name (toString(ScalarType)): Float, Double, Half, ... */
export function scalarTypeName(d: Dtype): string {
  const m: Record<Dtype, string> = {
    float32: 'Float', float64: 'Double', float16: 'Half', bfloat16: 'BFloat16', int8: 'Char',
    int16: 'Short', int32: 'Int', int64: 'Long', uint8: 'Byte', bool: 'Bool',
  };
  return m[d];
}

/** The type name c10's checked_convert prints (c10::demangle_type<T>()). */
const CONVERT_NAME: Record<Dtype, string> = {
  float32: 'float', float64: 'double', float16: 'at::Half', bfloat16: 'at::BFloat16', int8: 'int8_t',
  int16: 'int16_t', int32: 'int', int64: 'int64_t', uint8: 'uint8_t', bool: 'bool',
};
const CONVERT_RANGE: Partial<Record<Dtype, [number, number]>> = {
  float32: [-3.4028234663852886e38, 3.4028234663852886e38], bfloat16: [-3.3895313892515355e38, 3.3895313892515355e38],
  float16: [-65504, 65504], int8: [-128, 127], int16: [-32768, 32767], int32: [-2147483648, 2147483647],
  int64: [-9223372036854775808, 9223372036854775807], uint8: [0, 255],
};

/**
 * c10::checked_convert<T>(double), as at::full and at::scalar_tensor run it on a Python number:
 * a finite value beyond T's range (NaN and infinities too for the integer types; nothing for
 * double and bool) is torch's overflow error.
 */
export function checkConvertible(d: Dtype, x: number): void {
  const range = CONVERT_RANGE[d];
  if (range === undefined) return;
  if (isFloating(d) ? Math.abs(x) !== Infinity && (x < range[0] || x > range[1]) : !(x >= range[0] && x <= range[1])) {
    throw new RuntimeError(`value cannot be converted to type ${CONVERT_NAME[d]} without overflow`);
  }
}

/** A new zeroed array of `n` elements of dtype `d`; int64 as numbers when `int64AsNumber`. */
export function allocate(d: Dtype, n: number, int64AsNumber = false): TorchArray {
  switch (d) {
    case 'float32': return new Float32Array(n);
    case 'float64': return new Float64Array(n);
    case 'float16': return new Float16Array(n);
    case 'bfloat16': return new Uint16Array(n);
    case 'int8': return new Int8Array(n);
    case 'int16': return new Int16Array(n);
    case 'int32': return new Int32Array(n);
    case 'int64': return int64AsNumber ? new Float64Array(n) : new BigInt64Array(n);
    case 'uint8': case 'bool': return new Uint8Array(n);
  }
}

/** The dtype a typed array holds, or the one named in `hint` when the array fits it. */
export function dtypeOf(a: unknown, hint?: string): Dtype {
  const h = hint === undefined ? undefined : parseDtype(hint);
  let d: Dtype | null = null;
  let fits: Dtype[] = [];
  if (a instanceof Float32Array) { d = 'float32'; }
  else if (a instanceof Float64Array) { d = 'float64'; fits = ['int64']; }
  else if (a instanceof Float16Array) { d = 'float16'; }
  else if (a instanceof Uint16Array) { d = 'bfloat16'; }
  else if (a instanceof Int8Array) { d = 'int8'; }
  else if (a instanceof Int16Array) { d = 'int16'; }
  else if (a instanceof Int32Array) { d = 'int32'; }
  else if (a instanceof BigInt64Array) { d = 'int64'; }
  else if (a instanceof Uint8Array) { d = 'uint8'; fits = ['bool']; }
  if (d === null) throw new TypeError('expected a Float32Array, Float64Array, Float16Array, Uint16Array (bfloat16), Int8Array, Int16Array, Int32Array, BigInt64Array or Uint8Array');
  if (h === undefined || h === d) return d;
  if (fits.includes(h)) return h;
  throw new RuntimeError(`a ${(a as object).constructor.name} cannot hold dtype ${h}`);
}

/** The raw uint16 view of a float16 array (the polyfill stores its bits in one). */
export function halfBits(a: Float16ArrayT): Uint16Array {
  return new Uint16Array(a.buffer, a.byteOffset, a.length);
}

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

/**
 * c10::Half(float): the float16 bit pattern of `x`, rounded to nearest even (NaN -> 0x7e00 with its sign).
 * @param x - the value (rounded to float32 first, as a C float).
 * @example f32ToHalfBits(1.0); // 0x3c00
 */
export function f32ToHalfBits(x: number): number {
  F32[0] = x;
  const b = U32[0]!;
  const sign = (b >>> 16) & 0x8000;
  const fe = (b >>> 23) & 0xff;
  let m = b & 0x7fffff;
  if (fe === 0xff) return sign | (m !== 0 ? 0x7e00 : 0x7c00);
  const e = fe - 112;
  if (e >= 31) return sign | 0x7c00;
  if (e <= 0) {
    if (e < -10) return sign;
    m |= 0x800000;
    const shift = 14 - e;
    let h = m >>> shift;
    const rem = m - (h << shift) >>> 0, half = 1 << (shift - 1);
    if (rem > half || (rem === half && (h & 1) !== 0)) h++;
    return sign | h;
  }
  let h = (e << 10) | (m >>> 13);
  const rem = m & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (h & 1) !== 0)) h++;
  return sign | h;
}

/**
 * A float16 bit pattern's value as a number.
 * @param h - the 16-bit pattern.
 * @example halfToF32(0x3c00); // 1
 */
export function halfToF32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >>> 10) & 0x1f, m = h & 0x3ff;
  if (e === 0) return sign * m * 5.960464477539063e-8;
  if (e === 31) return m !== 0 ? NaN : sign * Infinity;
  return sign * (1024 + m) * 2 ** (e - 25);
}

/**
 * c10::BFloat16(float): the bfloat16 bit pattern of `x`, rounded to nearest even (NaN -> 0x7fc0).
 * @param x - the value (rounded to float32 first).
 * @example f32ToBf16Bits(1.0); // 0x3f80
 */
export function f32ToBf16Bits(x: number): number {
  if (x !== x) return 0x7fc0;
  F32[0] = x;
  const b = U32[0]!;
  return ((b + (((b >>> 16) & 1) + 0x7fff)) >>> 16) & 0xffff;
}

/**
 * A bfloat16 bit pattern's value as a number.
 * @param h - the 16-bit pattern.
 * @example bf16ToF32(0x3f80); // 1
 */
export function bf16ToF32(h: number): number {
  U32[0] = (h & 0xffff) << 16;
  return F32[0]!;
}

/** Rounds a number to dtype `d` as a C++ static_cast from double does (Half via float). */
export function roundTo(d: Dtype, x: number): number {
  switch (d) {
    case 'float32': return Math.fround(x);
    case 'float16': return halfToF32(f32ToHalfBits(Math.fround(x)));
    case 'bfloat16': return bf16ToF32(f32ToBf16Bits(Math.fround(x)));
    default: return x;
  }
}
