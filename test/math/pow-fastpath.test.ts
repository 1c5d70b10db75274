// glibc's pow on the inputs that stress pow's fast path (test/math/pow_fastpath.json, written by
// scripts/libm_oracle.py --golden-pow): inputs where one of its checks fails and the exact fused
// code runs, results within 2^-20 ulp of a rounding boundary, and plain draws of each input
// family. Both the TypeScript pow and its WebAssembly twin must return glibc's bits. No Python.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pow as powTs } from '../../src/math/pow.js';
import { loadPow } from '../../src/math/wasm/math_wasm.js';
import { hexBytes } from '../helpers/golden.js';

const doc = JSON.parse(readFileSync(join(__dirname, 'pow_fastpath.json'), 'utf8')) as { x: string; y: string };
const xs = new Float64Array(hexBytes(doc.x).buffer as ArrayBuffer);
const want = new Float64Array(hexBytes(doc.y).buffer as ArrayBuffer);
const B = new BigUint64Array(1);
const F = new Float64Array(B.buffer);
const bits = (v: number): bigint => {
  F[0] = v;
  return B[0]!;
};

function mismatches(pow: (x: number, y: number) => number): string[] {
  const bad: string[] = [];
  for (let i = 0; i < want.length; i++) {
    const got = pow(xs[2 * i]!, xs[2 * i + 1]!);
    if (Number.isNaN(got) && Number.isNaN(want[i])) continue;
    if (bits(got) !== bits(want[i]!)) bad.push(`pow(${xs[2 * i]}, ${xs[2 * i + 1]}) = ${got}, glibc ${want[i]}`);
  }
  return bad;
}

describe("pow's fast path against glibc near its checks' boundaries", () => {
  it('has the cases', () => {
    expect(xs.length).toBe(2 * want.length);
    expect(want.length).toBeGreaterThan(700);
  });
  it('TypeScript: every case bit-exact', () => {
    expect(mismatches(powTs).slice(0, 5)).toEqual([]);
  });
  it('WebAssembly: every case bit-exact', () => {
    const pow = loadPow()?.fn;
    expect(pow).toBeDefined();
    expect(mismatches(pow!).slice(0, 5)).toEqual([]);
  });
});
