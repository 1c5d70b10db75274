// Live cross-check against the python3 on PATH (CPython 3.11, the oracle) with fresh seeds and
// parameters each run, and against a CPython 3.12 for binomialvariate when one is installed.
// Skips, saying so, without them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/pyrandom/index.js';
import { paramRng } from '../helpers/live.js';
import { type Arg, type Case, digestOf, replayCase } from './replay.js';

const RUNNER = join(__dirname, '..', '..', 'scripts', 'golden', 'pyrandom.py');

function works(py: string, code: string): boolean {
  const r = spawnSync(py, ['-c', code], { encoding: 'utf8' });
  return r.status === 0;
}

function python312(): string | null {
  const cands = [process.env.PYRANDOM_PY312 ?? ''];
  const base = join(homedir(), '.pyenv', 'versions');
  if (existsSync(base)) for (const v of readdirSync(base).sort()) if (v.startsWith('3.12')) cands.push(join(base, v, 'bin', 'python3.12'));
  cands.push('python3.12');
  for (const c of cands) if (c && works(c, 'import random; random.binomialvariate')) return c;
  return null;
}

const py311 = works('python3', 'import sys, random; assert sys.version_info[:2] == (3, 11)') ? 'python3' : null;
const py312 = python312();
if (!py311) console.log('pyrandom live cross-check skipped: python3 (CPython 3.11) is not available');
if (!py312) console.log('pyrandom binomialvariate live cross-check skipped: no CPython 3.12 found');

function runPython(py: string, cases: Case[]): Case[] {
  const r = spawnSync(py, [RUNNER, '--run'], { input: JSON.stringify({ cases }), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${py} failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { cases: Case[] }).cases;
}

const runSeed = Math.floor(Math.random() * 2 ** 31);
const rnd = paramRng(runSeed);
const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(a: readonly T[]): T => a[int(0, a.length - 1)]!;
const I = (v: number | bigint): Arg => ({ i: String(v) });
const BI = (v: bigint): Arg => ({ I: String(v) });
const F = (x: number): Arg => {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return { f: dv.getUint32(0).toString(16).padStart(8, '0') + dv.getUint32(4).toString(16).padStart(8, '0') };
};
const S = (s: string): Arg => ({ s });
const U: Arg = { u: 1 };
const fl = (lo: number, hi: number) => F(lo + (hi - lo) * rnd());
const bigRand = (words: number) => { let v = 0n; for (let i = 0; i < words; i++) v = (v << 32n) | BigInt(int(0, 0xffffffff)); return v; };
const CHARS = ['a', 'z', '0', ' ', 'é', 'ß', '✓', '中', '😀', '\u0000', '\u007f'];

function randomSeed(): { a: Arg; version: number } {
  switch (int(0, 7)) {
    case 0: return { a: I(int(0, 1000)), version: 2 };
    case 1: return { a: I(int(-(2 ** 31), 2 ** 31)), version: 2 };
    case 2: return { a: I((int(0, 1) ? -1n : 1n) * bigRand(int(2, 40))), version: 2 };
    case 3: return { a: BI(bigRand(int(1, 3))), version: 2 };
    case 4: return { a: S(Array.from({ length: int(0, 40) }, () => pick(CHARS)).join('')), version: pick([1, 2]) };
    case 5: return { a: { b: Array.from({ length: int(0, 100) }, () => int(0, 255).toString(16).padStart(2, '0')).join('') }, version: pick([1, 2]) };
    case 6: return { a: F((rnd() - 0.5) * 10 ** int(-10, 10)), version: 2 };
    default: return { a: I(int(0, 2 ** 32 - 1)), version: 2 };
  }
}

function list(n: number, f: () => Arg): Arg[] { return Array.from({ length: n }, f); }

function randomCalls(): Case['calls'] {
  const calls: Case['calls'] = [];
  const c = (fn: string, args: Arg[], n = 1) => calls.push({ fn, args, n });
  for (let t = 0; t < 40; t++) {
    switch (int(0, 24)) {
      case 0: c('random', [], int(1, 50)); break;
      case 1: c('getrandbits', [I(int(0, 200))], int(1, 5)); break;
      case 2: c('randbytes', [I(int(0, 40))]); break;
      case 3: c('randrange', [I(int(1, 2 ** 40))], 5); break;
      case 4: c('randrange', [I(int(-1000, 1000)), I(int(1001, 10 ** 9)), I(pick([1, 2, 3, 7, 1000]))], 5); break;
      case 5: c('randrange', [I(int(1000, 10 ** 6)), I(int(-1000, 999)), I(-int(1, 50))], 5); break;
      case 6: c('randrange', [BI(-bigRand(int(1, 4))), BI(bigRand(int(1, 5))), BI(BigInt(int(1, 100)))], 3); break;
      case 7: c('randint', [I(int(-100, 0)), I(int(0, 2 ** 35))], 10); break;
      case 8: c('choice', [list(int(1, 30), () => I(int(0, 99)))], 5); break;
      case 9: c('choices', [list(5, () => I(int(0, 9))), U, U, I(int(0, 20))]); break;
      case 10: c('choices', [list(4, () => S(pick(CHARS))), list(4, () => fl(0, 5)), U, I(int(1, 20))]); break;
      case 11: c('choices', [list(3, () => I(int(0, 9))), null, [I(1), I(int(1, 5)), I(int(6, 20))], I(int(1, 10))]); break;
      case 12: c('shuffle', [list(int(0, 60), () => I(int(0, 999)))]); break;
      case 13: { const n = int(0, 200); c('sample', [{ range: [0, n * int(1, 1000) + 1] }, I(int(0, n))]); break; }
      case 14: c('sample', [list(3, () => S(pick(CHARS))), I(int(0, 6)), [I(int(1, 3)), I(int(0, 2)), I(int(1, 4))]]); break;
      case 15: c('uniform', [fl(-10, 10), fl(-10, 10)], 3); break;
      case 16: c('triangular', [fl(-5, 0), fl(0, 5), pick<Arg>([null, fl(-5, 5)])], 3); break;
      case 17: c(pick(['gauss', 'normalvariate']), [fl(-5, 5), fl(0, 3)], int(1, 5)); break;
      case 18: c('lognormvariate', [fl(-2, 2), fl(0, 2)], 3); break;
      case 19: c('expovariate', [fl(0.01, 10)], 3); break;
      case 20: c('vonmisesvariate', [fl(-10, 10), pick([F(0), F(1e-7), fl(0, 10), fl(10, 1000)])], 3); break;
      case 21: c('gammavariate', [pick([fl(0.01, 1), F(1), fl(1, 50)]), fl(0.1, 5)], 5); break;
      case 22: c('betavariate', [fl(0.05, 5), fl(0.05, 5)], 3); break;
      case 23: c('paretovariate', [fl(0.1, 10)], 3); break;
      default: c('weibullvariate', [fl(0.1, 10), fl(0.1, 10)], 3); break;
    }
  }
  return calls;
}

describe.skipIf(!py311)(`pyrandom live vs CPython 3.11 (run seed ${runSeed})`, () => {
  it('random seeds and calls match bit for bit', () => {
    const cases: Case[] = Array.from({ length: 12 }, (_, i) => ({ name: `live ${i}`, seed: randomSeed(), calls: randomCalls() }));
    const done = runPython(py311!, cases);
    expect(done.length).toBe(cases.length);
    for (const c of done) replayCase(c);
  });

  it('a state exported from TS continues in CPython (and a CPython state in TS)', () => {
    const r = new Random(BigInt(int(0, 2 ** 31)) * 1000003n);
    for (let i = int(0, 700); i > 0; i--) r.random();
    if (int(0, 1)) r.gauss();
    const state = JSON.parse(JSON.stringify(r));
    const calls: Case['calls'] = [{ fn: 'random', args: [], n: 5 }, { fn: 'gauss', args: [], n: 3 }, { fn: 'getrandbits', args: [I(77)], n: 2 }];
    const [done] = runPython(py311!, [{ name: 'TS state in CPython', state, calls }]);
    replayCase({ ...done!, seed: null, state });
    expect(digestOf(Random.fromJSON(JSON.stringify(state))).words).toBe(digestOf(r).words);
  });
});

describe.skipIf(!py312)('binomialvariate live vs CPython 3.12', () => {
  it('random n, p match', () => {
    const calls: Case['calls'] = [];
    for (let t = 0; t < 40; t++) {
      const n = pick([1, int(0, 20), int(20, 1000), int(1000, 10 ** 7)]);
      const p = pick([rnd(), rnd() * 0.05, 1 - rnd() * 0.05, 0.5]);
      calls.push({ fn: 'binomialvariate', args: [I(n), F(p)], n: 3 });
    }
    const cases: Case[] = Array.from({ length: 3 }, (_, i) => ({ name: `binomial live ${i}`, seed: randomSeed(), calls }));
    for (const c of runPython(py312!, cases)) replayCase(c);
  });
});
