// Reads golden files written by scripts/export_golden.py and compares results bit for bit.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export interface Encoded { dtype: string; shape: number[]; hex: string }
export interface GoldenDoc<C> { numpy: string; meta: Record<string, unknown>; cases: C[] }

const ROOT = join(__dirname, '..', 'golden');

export function loadGolden<C = Record<string, unknown>>(name: string): GoldenDoc<C> {
  return JSON.parse(readFileSync(join(ROOT, name + '.json'), 'utf8'), revive) as GoldenDoc<C>;
}

/** Undoes common.py's sentinels for the floats JSON cannot hold. */
function revive(_key: string, v: unknown): unknown {
  if (v === '__nan__') return NaN;
  if (v === '__inf__') return Infinity;
  if (v === '__-inf__') return -Infinity;
  return v;
}

const CTORS: Record<string, new (b: ArrayBuffer) => ArrayLike<number | bigint>> = {
  float64: Float64Array, float32: Float32Array,
  int8: Int8Array, int16: Int16Array, int32: Int32Array, int64: BigInt64Array,
  uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array, bool: Uint8Array,
};

export function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(2 * i, 2), 16);
  return out;
}

/** Decodes an encoded value into a typed array of its dtype (the buffer is little-endian). */
export function decode(e: Encoded): ArrayLike<number | bigint> {
  const C = CTORS[e.dtype];
  if (!C) throw new Error(`unknown dtype ${e.dtype}`);
  return new C(hexBytes(e.hex).buffer as ArrayBuffer);
}

/** The scalar inside an encoded 0-d value. */
export function decodeScalar(e: Encoded): number | bigint {
  return decode(e)[0]!;
}

function toBytes(values: ArrayLike<number | bigint | boolean>, dtype: string): Uint8Array {
  const C = CTORS[dtype]!;
  const arr = new (C as unknown as new (n: number) => { [i: number]: number | bigint; buffer: ArrayBuffer })(values.length);
  const big = dtype === 'int64' || dtype === 'uint64';
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    arr[i] = big ? BigInt(typeof v === 'boolean' ? Number(v) : v) : Number(v);
  }
  return new Uint8Array(arr.buffer);
}

/**
 * Asserts that `actual` (a number, bigint, boolean or typed array with optional `shape`) has
 * exactly the bit pattern and shape of the golden value.
 */
export function expectExact(actual: unknown, golden: Encoded, label = ''): void {
  let values: ArrayLike<number | bigint | boolean>;
  let shape: number[];
  if (ArrayBuffer.isView(actual)) {
    values = actual as unknown as ArrayLike<number>;
    shape = (actual as { shape?: number[] }).shape ?? [values.length];
  } else if (Array.isArray(actual)) {
    values = actual as (number | bigint)[];
    shape = [values.length];
  } else {
    values = [actual as number];
    shape = [];
  }
  expect(shape, `${label} shape`).toEqual(golden.shape);
  const got = Buffer.from(toBytes(values, golden.dtype)).toString('hex');
  if (got !== golden.hex) {
    const exp = decode(golden);
    const bad: string[] = [];
    for (let i = 0; i < exp.length && bad.length < 5; i++) {
      if (!Object.is(Number(values[i]), Number(exp[i])) && values[i] !== exp[i]) bad.push(`[${i}] got ${String(values[i])} want ${String(exp[i])}`);
    }
    expect.fail(`${label}: not bit-exact (${golden.dtype}); ${bad.join('; ')}`);
  }
}

/**
 * As expectExact for float64 values, but by Object.is: every bit but a NaN's sign, which
 * JavaScript engines do not promise to keep (multivariate_normal's NaNs from LAPACK on an
 * infinite covariance carry x86's negative default NaN).
 */
export function expectSameValues(actual: unknown, golden: Encoded, label = ''): void {
  const got = actual as Float64Array & { shape?: number[] };
  expect(got.shape ?? [got.length], `${label} shape`).toEqual(golden.shape);
  const want = decode(golden) as Float64Array;
  const bad: string[] = [];
  for (let i = 0; i < want.length && bad.length < 5; i++) if (!Object.is(got[i], want[i])) bad.push(`[${i}] got ${got[i]} want ${want[i]}`);
  if (bad.length > 0) expect.fail(`${label}: not bit-exact; ${bad.join('; ')}`);
}

/**
 * multivariate_normal within the README's relative 1e-12, taken of the largest magnitude in the
 * same sample (one output row), for numpy builds whose BLAS kernels round differently from the
 * ones reproduced here. NaN must match NaN.
 */
export function expectMvnClose(actual: unknown, golden: Encoded, label = ''): void {
  const got = actual as Float64Array & { shape?: number[] };
  expect(got.shape ?? [got.length], `${label} shape`).toEqual(golden.shape);
  const want = decode(golden) as Float64Array;
  const d = golden.shape[golden.shape.length - 1] ?? 1;
  for (let row = 0; row < want.length; row += d) {
    let scale = 0;
    for (let j = row; j < row + d; j++) scale = Math.max(scale, Math.abs(want[j]!));
    for (let i = row; i < row + d; i++) {
      const a = got[i]!, b = want[i]!;
      const ok = (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= 1e-12 * scale;
      expect(ok, `${label} [${i}] got ${a} want ${b} (relative tolerance 1e-12 of ${scale})`).toBe(true);
    }
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
