// numpy.testing under numpy's own names for the Generator-side ports (test_generator_mt19937*,
// test_direct, test_seed_sequence): the shared assertions of legacy_helpers.ts plus the few those
// files need beyond them (assert_allclose, nulp, several accepted error classes, loose calls).
import { expect } from 'vitest';
import { flatResult } from '../generator/helpers.js';
import { assertAlmostEqual, assertArrayEqual, raises, shapeOf } from './legacy_helpers.js';

export { noWarnings as assert_no_warnings, shapeOf, warns } from './legacy_helpers.js';
export const assert_array_equal = assertArrayEqual;
export const assert_equal = assertArrayEqual;
export const assert_array_almost_equal = assertAlmostEqual;
export const valuesOf = (v: unknown): unknown[] => flatResult(v).values;

/** numpy's broadcast of a scalar `desired` against `actual` (shapes must agree otherwise). */
function pair(actual: unknown, desired: unknown): [number[], number[]] {
  const a = valuesOf(actual).map(Number), d = valuesOf(desired).map(Number);
  const [sa, sd] = [shapeOf(actual), shapeOf(desired)];
  if (sa.length > 0 && sd.length > 0) expect(sa, 'shape').toEqual(sd);
  return [a.length === 1 ? d.map(() => a[0]!) : a, d.length === 1 ? a.map(() => d[0]!) : d];
}

/** numpy's assert_allclose: |actual - desired| <= atol + rtol * |desired|. */
export function assert_allclose(actual: unknown, desired: unknown, rtol = 1e-7, atol = 0): void {
  const [a, d] = pair(actual, desired);
  a.forEach((x, i) => {
    const y = d[i]!;
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) return;
    expect(Math.abs(x - y), `[${i}] ${x} vs ${y}`).toBeLessThanOrEqual(atol + rtol * Math.abs(y));
  });
}

/** numpy's assert_array_almost_equal_nulp: within `nulp` units in the last place of the larger. */
export function assert_array_almost_equal_nulp(actual: unknown, desired: unknown, nulp = 1): void {
  const [a, d] = pair(actual, desired);
  const spacing = (x: number): number => (x === 0 ? Number.MIN_VALUE : 2 ** Math.max(Math.floor(Math.log2(x)) - 52, -1074));
  a.forEach((x, i) => {
    const y = d[i]!;
    expect(Math.abs(x - y), `[${i}] ${x} vs ${y}`).toBeLessThanOrEqual(nulp * spacing(Math.max(Math.abs(x), Math.abs(y))));
  });
}

type ErrorClass = abstract new (...args: never[]) => Error;

/** assert_raises / pytest.raises, also with numpy's tuple of accepted classes. */
export function assert_raises(cls: ErrorClass | ErrorClass[], fn: () => unknown, match?: string | RegExp): void {
  if (!Array.isArray(cls)) return raises(cls, fn, match);
  let thrown: unknown = null;
  try { fn(); } catch (e) { thrown = e; }
  expect(cls.some((c) => thrown instanceof c), `expected ${cls.map((c) => c.name).join('|')}, got ${String(thrown)}`).toBe(true);
}

/** A typed array with numpy's shape attached. */
export function nd<T extends { length: number }>(data: T, shape: number[]): T & { shape: number[] } {
  return Object.assign(data, { shape });
}

export const arange = (n: number): Float64Array & { shape: number[] } =>
  nd(Float64Array.from({ length: n }, (_, i) => i), [n]);

export const all = (v: unknown, pred: (x: number) => boolean): boolean => valuesOf(v).every((x) => pred(Number(x)));

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A view of an object whose methods take numpy's Python-typed arguments unchecked by TypeScript. */
export type Loose<T> = { [K in keyof T]: T[K] extends (...a: never[]) => unknown ? (...a: any[]) => any : T[K] };
export const loose = <T>(x: T): Loose<T> => x as unknown as Loose<T>;
