// Differential fuzz against numpy (issue 15): the committed golden set (test/golden/fuzz.json,
// exported by scripts/golden/fuzz.py) replayed with a per-call time bound; FUZZ_LIVE=1 generates
// FUZZ_COUNT fresh cases (seed FUZZ_SEED or a random one) and runs them through numpy live.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numpyStatus } from '../helpers/live.js';
import { type FuzzCase, type Report, formatReport, fuzz } from './harness.js';

const GOLDEN = join(__dirname, '..', 'golden', 'fuzz.json');
const PINNED = join(__dirname, '..', 'golden', 'fuzz_pinned.json');
const SCRIPT = join(__dirname, '..', '..', 'scripts', 'golden', 'fuzz.py');

// What the golden set may still show (ratcheted down as fixes land; see README "Deliberate differences").
const ALLOWED = { wrong_value: 0, missing_error: 0, raw_js_error: 0, minIdenticalPct: 98 };

function check(r: Report, strict: boolean): void {
  if (process.env.FUZZ_DUMP) writeFileSync(process.env.FUZZ_DUMP, JSON.stringify(r, null, 1));
  // never a hang or a call past its time bound
  expect(r.examples.hang ?? [], 'hangs').toEqual([]);
  expect(r.examples.slow ?? [], 'slow calls').toEqual([]);
  if (strict) {
    expect(r.counts.wrong_value, 'wrong values').toBeLessThanOrEqual(ALLOWED.wrong_value);
    expect(r.counts.missing_error, 'missing errors').toBeLessThanOrEqual(ALLOWED.missing_error);
    expect(r.counts.raw_js_error, 'raw JS errors').toBeLessThanOrEqual(ALLOWED.raw_js_error);
    expect(r.identicalPct).toBeGreaterThanOrEqual(ALLOWED.minIdenticalPct);
  }
}

describe('fuzz: bad and extreme input against numpy', () => {
  it('golden set: numpy\'s outcome for every case, no call past its time bound', async () => {
    const g = JSON.parse(readFileSync(GOLDEN, 'utf8')) as { seed: number; cases: FuzzCase[] };
    const r = await fuzz(g.cases);
    console.log(formatReport(`fuzz golden (seed ${g.seed})`, r));
    check(r, true);
  }, 120_000);

  it('pinned cases (scripts/golden/fuzz_pinned.py): numpy\'s exact outcome, error text and state for each', async () => {
    const g = JSON.parse(readFileSync(PINNED, 'utf8')) as { cases: FuzzCase[] };
    const r = await fuzz(g.cases);
    console.log(formatReport('fuzz pinned', r));
    if (process.env.FUZZ_DUMP) writeFileSync(process.env.FUZZ_DUMP, JSON.stringify(r, null, 1));
    expect(r.examples, 'cases that differ from numpy').toEqual({});
    expect(r.counts.identical).toBe(g.cases.length);
  }, 60_000);

  it.runIf(process.env.FUZZ_LIVE === '1')('live: fresh cases through numpy', async () => {
    if (!numpyStatus().ok) return;
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const count = Number(process.env.FUZZ_COUNT ?? 10000);
    const p = spawnSync('python3', [SCRIPT, '--generate', '--seed', String(seed), '--count', String(count)],
      { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (p.status !== 0) throw new Error(p.stderr);
    const r = await fuzz((JSON.parse(p.stdout) as { cases: FuzzCase[] }).cases);
    console.log(formatReport(`fuzz live (seed ${seed}, ${count} cases)`, r));
    check(r, false);
  }, 1_200_000);
  it.skipIf(process.env.FUZZ_LIVE === '1')('live: skipped (set FUZZ_LIVE=1 to run fresh cases through numpy)', () => {
    expect(process.env.FUZZ_LIVE).not.toBe('1');
  });
});
