// glibc's pow on the inputs that stress pow's fast path (test/math/pow_fastpath.json, written by
// scripts/libm_oracle.py --golden-pow): inputs where one of its checks fails and the exact fused
// code runs, results within 2^-20 ulp of a rounding boundary, and plain draws of each input
// family; and x = +-2^k (test/math/pow_pow2.json, --golden-pow2), where the logarithm's r is 0 and
// the check on the reduced argument alone could not pin elo. The TypeScript pow, its WebAssembly
// twin and pow's block form (inputs grouped by exponent) must return glibc's bits. No Python.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pow as powTs } from '../../src/math/pow.js';
import { loadPow } from '../../src/math/wasm/math_wasm.js';
import { powBlock } from '../../src/math/wasm/backend.js';
import { applyBlock } from '../../src/math/block_apply.js';
import { hexBytes } from '../helpers/golden.js';

function cases(file: string): { xs: Float64Array; want: Float64Array } {
  const doc = JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as { x: string; y: string };
  return { xs: new Float64Array(hexBytes(doc.x).buffer as ArrayBuffer), want: new Float64Array(hexBytes(doc.y).buffer as ArrayBuffer) };
}
const { xs: XS, want: WANT } = cases('pow_fastpath.json');
const pow2 = cases('pow_pow2.json');
const B = new BigUint64Array(1);
const F = new Float64Array(B.buffer);
const bits = (v: number): bigint => {
  F[0] = v;
  return B[0]!;
};

function mismatches(pow: (x: number, y: number) => number, { xs, want } = { xs: XS, want: WANT }): string[] {
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
    expect(XS.length).toBe(2 * WANT.length);
    expect(WANT.length).toBeGreaterThan(700);
    expect(pow2.xs.length).toBe(2 * pow2.want.length);
    expect(pow2.want.length).toBeGreaterThan(6000);
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

describe('pow of a power of two against glibc', () => {
  it('TypeScript', () => {
    expect(mismatches(powTs, pow2).slice(0, 5)).toEqual([]);
  });
  it('WebAssembly', () => {
    expect(mismatches(loadPow()!.fn, pow2).slice(0, 5)).toEqual([]);
  });
  it("pow's block form, the bases of each exponent in one block", () => {
    const byY = new Map<number, number[]>();
    for (let i = 0; i < pow2.want.length; i++) {
      const y = pow2.xs[2 * i + 1]!;
      byY.set(y, [...(byY.get(y) ?? []), i]);
    }
    const bad: string[] = [];
    for (const [y, idx] of byY) {
      const o = Float64Array.from(idx, (i) => pow2.xs[2 * i]!);
      applyBlock(powBlock(), o, 0, o.length, y);
      idx.forEach((i, j) => {
        if (!(Number.isNaN(o[j]) && Number.isNaN(pow2.want[i])) && bits(o[j]!) !== bits(pow2.want[i]!)) bad.push(`pow(${pow2.xs[2 * i]}, ${y}) = ${o[j]}, glibc ${pow2.want[i]}`);
      });
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect([...byY.values()].some((v) => v.length >= 200)).toBe(true);
  });
});
