// The numpy.testing assertions numpy's random test files use, over this package's results
// (typed arrays with `shape`, nested JS arrays, numbers, bigints, booleans).
import { expect } from 'vitest';
import { flatResult } from '../generator/helpers.js';

export const flat = flatResult;
export const shapeOf = (v: unknown): number[] => flatResult(v).shape;
export const valuesOf = (v: unknown): unknown[] => flatResult(v).values;

/** numpy's broadcast of `desired` against `actual`: a scalar desired stands for every element. */
function pair(actual: unknown, desired: unknown): [unknown[], unknown[]] {
  const a = flatResult(actual);
  const d = flatResult(desired);
  if (d.shape.length === 0) return [a.values, a.values.map(() => d.values[0])];
  if (a.shape.length === 0) return [d.values.map(() => a.values[0]), d.values];
  expect(a.shape, 'shape').toEqual(d.shape);
  return [a.values, d.values];
}

const asBig = (v: unknown): bigint | null => {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return BigInt(Number(v));
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  return null;
};

/** Equality as numpy's assert_array_equal has it (NaN equals NaN; ints compare exactly). */
function same(a: unknown, d: unknown): boolean {
  const ab = asBig(a), db = asBig(d);
  if (ab !== null && db !== null) return ab === db;
  if (typeof a === 'number' && typeof d === 'number') return a === d || (Number.isNaN(a) && Number.isNaN(d));
  if (typeof a === 'bigint' || typeof d === 'bigint') return Number(a) === Number(d);
  return Object.is(a, d) || JSON.stringify(a) === JSON.stringify(d);
}

export function assert_array_equal(actual: unknown, desired: unknown, msg = ''): void {
  const [a, d] = pair(actual, desired);
  a.forEach((v, i) => {
    if (!same(v, d[i])) expect(v, `${msg} [${i}]`).toEqual(d[i]);
  });
}
export const assert_equal = assert_array_equal;

/** numpy's assert_array_almost_equal: |desired - actual| < 1.5 * 10**-decimal. */
export function assert_array_almost_equal(actual: unknown, desired: unknown, decimal = 6, msg = ''): void {
  const [a, d] = pair(actual, desired);
  const tol = 1.5 * 10 ** -decimal;
  a.forEach((v, i) => {
    const x = Number(v), y = Number(d[i]);
    if (Number.isNaN(x) && Number.isNaN(y)) return;
    if (x === y) return;
    expect(Math.abs(x - y), `${msg} [${i}] ${x} vs ${y} (decimal=${decimal})`).toBeLessThan(tol);
  });
}

/** numpy's assert_allclose: |actual - desired| <= atol + rtol * |desired|. */
export function assert_allclose(actual: unknown, desired: unknown, rtol = 1e-7, atol = 0, msg = ''): void {
  const [a, d] = pair(actual, desired);
  a.forEach((v, i) => {
    const x = Number(v), y = Number(d[i]);
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) return;
    expect(Math.abs(x - y), `${msg} [${i}] ${x} vs ${y}`).toBeLessThanOrEqual(atol + rtol * Math.abs(y));
  });
}

/** numpy's assert_array_almost_equal_nulp: values within `nulp` units in the last place. */
export function assert_array_almost_equal_nulp(actual: unknown, desired: unknown, nulp = 1): void {
  const [a, d] = pair(actual, desired);
  const spacing = (x: number): number => {
    const ax = Math.abs(x);
    if (ax === 0) return Number.MIN_VALUE;
    const e = Math.floor(Math.log2(ax));
    return 2 ** Math.max(e - 52, -1074);
  };
  a.forEach((v, i) => {
    const x = Number(v), y = Number(d[i]);
    const ref = nulp * spacing(Math.max(Math.abs(x), Math.abs(y)));
    expect(Math.abs(x - y), `[${i}] ${x} vs ${y}`).toBeLessThanOrEqual(ref);
  });
}

type ErrorClass = abstract new (...args: never[]) => Error;

/** numpy's assert_raises(cls, fn, *args): the call throws `cls` (pytest.raises(match=) with `match`). */
export function assert_raises(cls: ErrorClass | ErrorClass[], fn: () => unknown, match?: string | RegExp): void {
  let thrown: unknown = null;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected ${[cls].flat().map((c) => c.name).join('|')}`).not.toBeNull();
  const ok = [cls].flat().some((c) => thrown instanceof c);
  if (!ok) expect(thrown).toBeInstanceOf([cls].flat()[0]!);
  if (match !== undefined) expect((thrown as Error).message).toMatch(match);
}

/** Typed array with numpy's shape attached. */
export function nd<T extends { length: number }>(data: T, shape: number[]): T & { shape: number[] } {
  return Object.assign(data, { shape });
}

export const arange = (n: number): Float64Array & { shape: number[] } =>
  nd(Float64Array.from({ length: n }, (_, i) => i), [n]);

export const all = (v: unknown, pred: (x: number) => boolean): boolean =>
  valuesOf(v).every((x) => pred(Number(x)));

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A view of an object whose methods take numpy's Python-typed arguments unchecked by TypeScript. */
export type Loose<T> = { [K in keyof T]: T[K] extends (...a: never[]) => unknown ? (...a: any[]) => any : T[K] };
export const loose = <T>(x: T): Loose<T> => x as unknown as Loose<T>;
