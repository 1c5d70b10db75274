// math.log2 (glibc 2.36's, FMA build) and math.lgamma (CPython's m_lgamma) against CPython 3.11.7's
// own results: scripts/golden/pyrandom_math.py.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { log2, pyLgamma } from '../../src/math/index.js';
import { pyModPositive, pyPow } from '../../src/pyrandom/pymath.js';
import { bitsOf } from './replay.js';

interface Table { x: string; y: string; errors: Record<string, [string, string]> }
const doc = JSON.parse(readFileSync(join(__dirname, '..', 'golden', 'pyrandom_math.json'), 'utf8')) as { python: string; log2: Table; lgamma: Table };

function f64(hex: string): Float64Array {
  return new Float64Array(Buffer.from(hex, 'hex').buffer.slice(0) as ArrayBuffer);
}

function check(t: Table, f: (x: number) => number, domainError: (x: number) => boolean): void {
  const xs = f64(t.x), ys = f64(t.y);
  const bad: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    const err = t.errors[String(i)];
    let got: number;
    try {
      got = f(xs[i]!);
    } catch (e) {
      if (!err || (e as Error).name !== err[0] || (e as Error).message !== err[1]) bad.push(`${xs[i]}: threw ${(e as Error).message}`);
      continue;
    }
    if (err) {
      if (!domainError(xs[i]!)) bad.push(`${xs[i]}: CPython raised ${err[0]}`);
      continue;
    }
    if (bitsOf(got) !== bitsOf(ys[i]!) && !(got !== got && ys[i] !== ys[i])) bad.push(`${xs[i]}: ${got} != ${ys[i]}`);
  }
  expect(bad.slice(0, 5), `${bad.length} mismatches of ${xs.length}`).toEqual([]);
}

describe(`math functions of CPython ${doc.python}`, () => {
  // glibc's log2 returns -inf / NaN where math.log2 raises "math domain error" (CPython checks first).
  it('log2 is glibc\'s bit for bit', () => check(doc.log2, log2, (x) => !(x > 0)));
  it('lgamma is CPython\'s m_lgamma bit for bit, with its errors', () => check(doc.lgamma, pyLgamma, () => false));
});

describe(`float operators of CPython ${doc.python}`, () => {
  const d = doc as unknown as { pow: { x: string; y: string; r: string; errors: Record<string, [string, string]> }; mod_tau: { x: string; r: string } };
  it('x ** y (float_pow): values, ZeroDivisionError and OverflowError as CPython', () => {
    const xs = f64(d.pow.x), ys = f64(d.pow.y), rs = f64(d.pow.r);
    const bad: string[] = [];
    for (let i = 0; i < xs.length; i++) {
      const err = d.pow.errors[String(i)];
      let got: string;
      try { got = bitsOf(pyPow(xs[i]!, ys[i]!)); } catch (e) { got = `${(e as Error).name}: ${(e as Error).message}`; }
      if (err && err[0] === 'complex') {
        // CPython's complex results are a TypeError here (no sampler reaches them).
        if (!got.startsWith('TypeError')) bad.push(`${xs[i]} ** ${ys[i]}: ${got}, expected TypeError`);
        continue;
      }
      const want = err ? `${err[0]}: ${err[1]}` : bitsOf(rs[i]!);
      if (got !== want) bad.push(`${xs[i]} ** ${ys[i]}: ${got} != ${want}`);
    }
    expect(bad.slice(0, 5), `${bad.length} mismatches`).toEqual([]);
  });
  it('x % tau (float_rem with a positive divisor)', () => {
    const xs = f64(d.mod_tau.x), rs = f64(d.mod_tau.r);
    const bad: string[] = [];
    for (let i = 0; i < xs.length; i++) {
      const got = pyModPositive(xs[i]!, 6.283185307179586);
      if (bitsOf(got) !== bitsOf(rs[i]!) && !(got !== got && rs[i] !== rs[i])) bad.push(`${xs[i]}: ${got} != ${rs[i]}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
