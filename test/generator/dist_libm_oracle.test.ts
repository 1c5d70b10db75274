// Verification of LIBM_DEPENDENT (opt-in: LIBM_ORACLE=<dir>; run `python3 scripts/golden/generator_dists.py oracle`):
// src/math is replaced by a table of glibc results (computed by python3 ctypes). Inputs missing
// from the table are written out for the next round. A listed case must pass once every
// elementary function returns glibc's value; the run prints which functions each case needed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadGolden } from '../helpers/golden.js';

const DIR = process.env.LIBM_ORACLE;

vi.mock('../../src/math/index.js', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()), ...(await import('./dist_libm_table.js')).mathImpl,
}));
const { libmTable: state, loadTable } = await import('./dist_libm_table.js');
const { replay } = await import('./dist_replay.js');
type SeqCase = import('./dist_replay.js').SeqCase;

if (DIR && existsSync(join(DIR, 'table.json'))) {
  loadTable(JSON.parse(readFileSync(join(DIR, 'table.json'), 'utf8')) as Record<string, string>);
}

const results: Record<string, { pass: boolean; fns: string[] }> = {};

describe.skipIf(!DIR)('golden cases with glibc-exact elementary functions (oracle)', () => {
  for (const file of DIR ? ['generator_dists', 'generator_dists_misc', 'generator_dists_pinned', 'generator_dists_pcg64'] : []) {
    for (const c of loadGolden<SeqCase>(file).cases) {
      if (c.calls.some((k) => k.method === 'multivariate_normal')) continue; // see dist_mvn.test.ts
      it(c.id, () => {
        state.used.clear();
        let pass = true;
        try {
          replay(c);
        } catch {
          pass = false;
        }
        results[c.id] = { pass, fns: [...state.used].sort() };
        expect(true).toBe(true);
      });
    }
  }
  afterAll(() => {
    writeFileSync(join(DIR!, 'missing.txt'), [...state.missing].join('\n'));
    writeFileSync(join(DIR!, 'results.json'), JSON.stringify(results));
  });
});
