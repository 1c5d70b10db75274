// Assertions shared by the RandomState tests.
import { expect } from 'vitest';
import type { RandomState } from '../../src/index.js';
import { type Encoded, decodeScalar, sha256Hex } from './golden.js';

/** What scripts/golden/common.py's legacy_state records after a call. */
export interface LegacyState { pos: number; key_sha256: string; has_gauss: number; gauss: Encoded }

export function expectLegacyState(rs: RandomState, st: LegacyState, label: string): void {
  const s = rs.get_state(false);
  const key = (s.state as { key: Uint32Array }).key;
  expect(s.state.pos, `${label} pos`).toBe(st.pos);
  expect(sha256Hex(new Uint8Array(key.buffer, key.byteOffset, key.byteLength)), `${label} key`).toBe(st.key_sha256);
  expect(s.has_gauss, `${label} has_gauss`).toBe(st.has_gauss);
  expect(Object.is(s.gauss, decodeScalar(st.gauss)), `${label} gauss`).toBe(true);
}

/** numpy's exception type maps to ours: ValueError/OverflowError/IndexError are RangeErrors. */
export function expectedJsError(pyType: string, err: Error): boolean {
  if (pyType === 'TypeError') return err instanceof TypeError;
  return err instanceof RangeError && err.name === pyType;
}

