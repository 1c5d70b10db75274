// What numpy's legacy suite needs beyond np_testing.ts: hashes of results, pytest.warns, and the
// bit-exact replay of the calls numpy's own tests made.
import { createHash } from 'node:crypto';
import { expect, vi } from 'vitest';
import { RandomState } from '../../src/index.js';
import { loadGolden } from '../helpers/golden.js';
import { type Case, checkCall, expectClose } from '../legacy/dists_call.js';

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
      const cmp = call.method === 'multivariate_normal' ? expectClose : undefined;
      checkCall(rs, call, `${tag} case ${k} call ${j} ${call.method}`, cmp);
    });
  });
  return cases.length;
}

/** The INT_FUNCS 10**5-draw hashes recorded beside numpy's 10**6 pins. */
export const intFuncs1e5 = (pinned.meta as { int_funcs_1e5: Record<string, string> }).int_funcs_1e5;
