// numpy.testing's assertions as numpy's legacy suite uses them, for values returned by this
// package (numbers, bigints, booleans, typed arrays with `shape`, plain arrays).
import { createHash } from 'node:crypto';
import { expect, vi } from 'vitest';
import { RandomState } from '../../src/index.js';
import { expectSameValues, loadGolden } from '../helpers/golden.js';
import { type Case, checkCall } from '../legacy/dists_call.js';

type Flat = { shape: number[] | null; values: unknown[] };

/** Flattens a result or a nested `desired` list into C order, with its shape (null for a scalar). */
function flatten(x: unknown): Flat {
  if (ArrayBuffer.isView(x) && !(x instanceof DataView)) {
    const arr = x as unknown as ArrayLike<unknown> & { shape?: number[] };
    return { shape: arr.shape ?? [arr.length], values: Array.from(arr) };
  }
  if (Array.isArray(x)) {
    // non-numeric results carry numpy's shape (README); a nested `desired` list has none
    const own = (x as { shape?: unknown }).shape;
    const parts = x.map(flatten);
    const values = parts.flatMap((p) => p.values);
    if (Array.isArray(own)) return { shape: own as number[], values };
    if (x.length === 0) return { shape: [0], values: [] };
    const inner = parts[0]!.shape ?? [];
    return { shape: [x.length, ...inner], values };
  }
  return { shape: null, values: [x] };
}

function sameShape(a: Flat, d: Flat, label: string): void {
  // numpy broadcasts a scalar against an array in these assertions.
  if (a.shape !== null && d.shape !== null) expect(a.shape, `${label} shape`).toEqual(d.shape);
}

function pick(f: Flat, i: number): unknown {
  return f.values.length === 1 ? f.values[0] : f.values[i];
}

/** numpy.testing.assert_array_almost_equal: |desired - actual| < 1.5 * 10**-decimal, NaN matching NaN. */
export function assertAlmostEqual(actual: unknown, desired: unknown, decimal = 6, label = ''): void {
  const a = flatten(actual), d = flatten(desired);
  sameShape(a, d, label);
  const n = Math.max(a.values.length, d.values.length);
  const tol = 1.5 * 10 ** -decimal;
  for (let i = 0; i < n; i++) {
    const x = Number(pick(a, i)), y = Number(pick(d, i));
    const ok = (Number.isNaN(x) && Number.isNaN(y)) || x === y || Math.abs(y - x) < tol;
    if (!ok) expect(ok, `${label}[${i}]: ${x} vs ${y} (decimal=${decimal})`).toBe(true); // (one expect per failure: fast on 1e3-element arrays)
  }
}

/** numpy.testing.assert_array_equal / assert_equal on arrays: equal shapes and values. */
export function assertArrayEqual(actual: unknown, desired: unknown, label = ''): void {
  const a = flatten(actual), d = flatten(desired);
  sameShape(a, d, label);
  const n = Math.max(a.values.length, d.values.length);
  for (let i = 0; i < n; i++) {
    const x = pick(a, i), y = pick(d, i);
    const eq = typeof x === 'bigint' || typeof y === 'bigint'
      ? BigInt(x as number) === BigInt(y as number)
      : typeof x === 'number' && typeof y === 'number' ? x === y || (Number.isNaN(x) && Number.isNaN(y)) : x === y;
    if (!eq) expect(eq, `${label}[${i}]: ${String(x)} vs ${String(y)}`).toBe(true);
  }
}

/** The numpy shape of a result (`()` for a scalar). */
export function shapeOf(x: unknown): number[] {
  return flatten(x).shape ?? [];
}

type ErrorClass = abstract new (...a: never[]) => Error;

/** assert_raises / pytest.raises: `fn` throws an instance of `cls` (with `match` in its message). */
export function raises(cls: ErrorClass, fn: () => unknown, match?: string | RegExp): void {
  let err: unknown;
  try { fn(); } catch (e) { err = e; }
  expect(err, `expected ${cls.name}`).toBeInstanceOf(cls);
  if (match !== undefined) expect((err as Error).message).toMatch(match);
}

/** sha256 of a typed array's bytes (numpy's `hashlib.sha256(val.view(np.int8))`). */
export function sha256Of(v: ArrayBufferView): string {
  return createHash('sha256').update(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)).digest('hex');
}

/** numpy's int64 view of integer-valued doubles, little-endian. */
export function int64Bytes(v: ArrayLike<number>): BigInt64Array {
  const out = new BigInt64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = BigInt(v[i]!);
  return out;
}

export interface Warned { category: string; message: string }

/**
 * Runs fn and returns the warnings it gave, through either channel the package may use
 * (`process.emitWarning` or `console.warn`); a `console.warn` warning has no category.
 */
export function recordWarnings<T>(fn: () => T): { result: T; warned: Warned[] } {
  const warned: Warned[] = [];
  const emit = vi.spyOn(process, 'emitWarning').mockImplementation(((w: string | Error, t?: unknown) => {
    const category = typeof w === 'string' ? (typeof t === 'string' ? t : (t as { type?: string } | undefined)?.type ?? 'Warning') : w.name;
    warned.push({ category, message: typeof w === 'string' ? w : w.message });
  }) as typeof process.emitWarning);
  const cons = vi.spyOn(console, 'warn').mockImplementation((...a: unknown[]) => {
    warned.push({ category: '', message: a.map(String).join(' ') });
  });
  try {
    return { result: fn(), warned };
  } finally {
    emit.mockRestore();
    cons.mockRestore();
  }
}

/** pytest.warns(category): fn warns with `category` (and `match`); returns fn's result. */
export function warns<T>(category: string, fn: () => T, match?: RegExp): T {
  const { result, warned } = recordWarnings(fn);
  const hit = warned.some((w) => (w.category === category || w.category === '') && (!match || match.test(w.message)));
  expect(hit, `expected a ${category}, got ${JSON.stringify(warned)}`).toBe(true);
  return result;
}

/** assert_no_warnings. */
export function noWarnings<T>(fn: () => T): T {
  const { result, warned } = recordWarnings(fn);
  expect(warned).toEqual([]);
  return result;
}

const pinned = loadGolden<Case>('legacy_dists_pinned');

/**
 * Replays, bit for bit with the state after each call, every call numpy's test `tag`
 * (e.g. 'TestRandomDist.test_beta') made, as scripts/golden/legacy_dists.py recorded it while
 * numpy's own assertions ran; returns how many cases were replayed.
 */
export function replayPinned(tag: string): number {
  const cases = pinned.cases.filter((c) => c.tag === tag);
  expect(cases.length, `recorded cases for ${tag}`).toBeGreaterThan(0);
  cases.forEach((c, k) => {
    const rs = new RandomState(c.seed);
    c.calls.forEach((call, j) => {
      const cmp = call.method === 'multivariate_normal' ? expectSameValues : undefined;
      checkCall(rs, call, `${tag} case ${k} call ${j} ${call.method}`, cmp);
    });
  });
  return cases.length;
}

/** The INT_FUNCS 10**5-draw hashes recorded beside numpy's 10**6 pins. */
export const intFuncs1e5 = (pinned.meta as { int_funcs_1e5: Record<string, string> }).int_funcs_1e5;
