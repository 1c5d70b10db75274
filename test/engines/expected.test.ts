// The expected digests cover exactly the bundle's cases (re-run scripts/engines/export_expected.mjs
// after adding a case), and a digest notices a one-ulp change. The engines themselves run in
// `npm run test:engines`, not here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { caseList } from './bundle.js';
import { frame, sha256Hex } from '../../src/cli/digest.js';
import { encodeResult } from '../../src/cli/encode.js';

const expected = JSON.parse(readFileSync(join(__dirname, 'expected.json'), 'utf8')) as { counts: Record<string, number>; cases: Record<string, { oracle: string; digest: string }> };

it('expected.json has one digest per case, from the oracle the case names', () => {
  const list = caseList();
  expect(Object.keys(expected.cases).sort()).toEqual(list.map((c) => c.id).sort());
  for (const c of list) expect(expected.cases[c.id]!.oracle).toBe(c.oracle);
  expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
  // numpy is the oracle for everything but LAPACK-backed multivariate_normal and the npy bytes
  expect(list.filter((c) => c.oracle === 'node').every((c) => c.id.includes('multivariate_normal') || /^np[yz]:/.test(c.id))).toBe(true);
  expect(expected.counts.numpy).toBeGreaterThan(3000);
});

it('a digest changes with one ulp, with the dtype and with the shape', async () => {
  const x = Object.assign(Float64Array.from([0.1, 0.2]), { shape: [2] });
  const y = Object.assign(Float64Array.from([0.1, 0.2 + 2 ** -55]), { shape: [2] });
  const d = async (v: unknown, dt: string) => sha256Hex(frame([encodeResult(v, dt)]));
  const a = await d(x, 'float64');
  expect(await d(y, 'float64')).not.toBe(a);
  expect(await d(Object.assign(Float64Array.from([0.1, 0.2]), { shape: [2, 1] }), 'float64')).not.toBe(a);
  expect(await d(Object.assign(Float64Array.from([1, 2]), { shape: [2] }), 'int64')).not.toBe(await d(Object.assign(Float64Array.from([1, 2]), { shape: [2] }), 'float64'));
});
