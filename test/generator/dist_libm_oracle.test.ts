// Verification of LIBM_DEPENDENT (opt-in: LIBM_ORACLE=<dir>, driven by scripts/libm_oracle.sh):
// src/math is replaced by a table of glibc results (computed by python3 ctypes). Inputs missing
// from the table are written out for the next round. A listed case must pass once every
// elementary function returns glibc's value; the run prints which functions each case needed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadGolden } from '../helpers/golden.js';

const DIR = process.env.LIBM_ORACLE;

const state = vi.hoisted(() => ({
  table: new Map<string, number>(),
  missing: new Set<string>(),
  used: new Set<string>(),
}));

vi.mock('../../src/math/index.js', () => {
  const f32 = Math.fround;
  const buf = new DataView(new ArrayBuffer(8));
  const hex = (x: number): string => {
    buf.setFloat64(0, x);
    return buf.getBigUint64(0).toString(16);
  };
  const look = (name: string, args: number[], fallback: number): number => {
    const key = `${name}:${args.map(hex).join(',')}`;
    const v = state.table.get(key);
    if (v === undefined) {
      state.missing.add(key);
      return fallback;
    }
    if (!Object.is(v, fallback)) state.used.add(name);
    return v;
  };
  return {
    log: (x: number) => look('log', [x], Math.log(x)),
    exp: (x: number) => look('exp', [x], Math.exp(x)),
    pow: (x: number, y: number) => look('pow', [x, y], Math.pow(x, y)),
    log1p: (x: number) => look('log1p', [x], Math.log1p(x)),
    expm1: (x: number) => look('expm1', [x], Math.expm1(x)),
    cos: (x: number) => look('cos', [x], Math.cos(x)),
    acos: (x: number) => look('acos', [x], Math.acos(x)),
    logf: (x: number) => look('logf', [x], f32(Math.log(x))),
    expf: (x: number) => look('expf', [x], f32(Math.exp(x))),
    powf: (x: number, y: number) => look('powf', [x, y], f32(Math.pow(x, y))),
    log1pf: (x: number) => look('log1pf', [x], f32(Math.log1p(x))),
  };
});

const { replay } = await import('./dist_replay.js');
type SeqCase = import('./dist_replay.js').SeqCase;

if (DIR && existsSync(join(DIR, 'table.json'))) {
  const t = JSON.parse(readFileSync(join(DIR, 'table.json'), 'utf8')) as Record<string, string>;
  const dv = new DataView(new ArrayBuffer(8));
  for (const [k, h] of Object.entries(t)) {
    dv.setBigUint64(0, BigInt('0x' + h));
    state.table.set(k, dv.getFloat64(0));
  }
}

const results: Record<string, { pass: boolean; fns: string[] }> = {};

describe.skipIf(!DIR)('golden cases with glibc-exact elementary functions (oracle)', () => {
  for (const file of ['generator_dists', 'generator_dists_misc', 'generator_dists_pinned']) {
    for (const c of loadGolden<SeqCase>(file).cases) {
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
