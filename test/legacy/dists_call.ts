// Calls a RandomState distribution the way scripts/golden/legacy_dists.py recorded it, and checks
// one recorded call (value or error, then the state after).
import { expect } from 'vitest';
import type { RandomState } from '../../src/index.js';
import { type Encoded, decode, expectExact } from '../helpers/golden.js';
import { type LegacyState, expectLegacyState, expectedJsError } from '../helpers/legacy.js';

export interface Call {
  method: string;
  params: unknown[];
  size: number | number[] | null;
  extra?: { check_valid?: 'warn' | 'raise' | 'ignore'; tol?: number };
  value?: Encoded;
  error?: [string, string];
  state: LegacyState;
  /** For a RandomState over another bit generator: the three standard normals drawn after the call. */
  after?: Encoded;
}

export interface Case { tag: string; seed: number | number[]; bitgen?: 'PCG64'; calls: Call[] }

export function invoke(rs: RandomState, c: Call): unknown {
  const size = c.size === null ? undefined : c.size;
  const f = (rs as unknown as Record<string, (...a: unknown[]) => unknown>)[c.method];
  if (typeof f !== 'function') throw new Error(`no method ${c.method}`);
  if (c.method === 'multivariate_normal') {
    return f.call(rs, ...c.params, size, c.extra?.check_valid ?? 'warn', c.extra?.tol ?? 1e-8);
  }
  return f.call(rs, ...c.params, size);
}

/** Runs one recorded call; `compare` checks the value (exact by default). */
export function checkCall(
  rs: RandomState, c: Call, label: string,
  compare: (v: unknown, e: Encoded, label: string) => void = expectExact,
): void {
  if (c.error) {
    let err: unknown;
    try { invoke(rs, c); } catch (e) { err = e; }
    expect(err, `${label}: expected ${c.error[0]}`).toBeInstanceOf(Error);
    expect((err as Error).message, label).toBe(c.error[1]);
    expect(expectedJsError(c.error[0], err as Error), `${label} error class ${(err as Error).name}`).toBe(true);
  } else {
    compare(invoke(rs, c), c.value!, label);
  }
  if (c.after) expectExact(rs.standard_normal(3), c.after, `${label} standard_normal(3) after`);
  else expectLegacyState(rs, c.state, label);
}

