// math.log2 (glibc 2.36's, FMA build) and math.lgamma (CPython's m_lgamma) against CPython 3.11.7's
// own results: scripts/golden/pyrandom_math.py.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { log2, pyLgamma } from '../../src/math/index.js';
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
