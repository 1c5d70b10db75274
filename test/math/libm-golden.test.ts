// glibc's outputs on hard inputs (test/golden/libm.json, scripts/golden/libm.py): every function
// must return the same bit pattern (any NaN matches any NaN). Runs without Python.
import { describe, expect, it } from 'vitest';
import * as M from '../../src/math/index.js';
import { decode, loadGolden, type Encoded } from '../helpers/golden.js';

interface Case { fn: string; arity: number; x: Encoded; y: Encoded }
const doc = loadGolden<Case>('libm');
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const bits = (v: number): string => {
  F64[0] = v;
  return U32[1]!.toString(16).padStart(8, '0') + U32[0]!.toString(16).padStart(8, '0');
};

describe('src/math against glibc on hard inputs', () => {
  for (const c of doc.cases) {
    it(`${c.fn}: ${(c.y.hex.length / 16) | 0} inputs bit-exact`, () => {
      const fn = (M as unknown as Record<string, (...a: number[]) => number>)[c.fn]!;
      const x = decode(c.x) as Float64Array;
      const y = decode(c.y) as Float64Array;
      const bad: string[] = [];
      for (let i = 0; i < y.length; i++) {
        const args = Array.from(x.subarray(i * c.arity, (i + 1) * c.arity));
        const got = fn(...args);
        const want = y[i]!;
        if (Number.isNaN(want) && Number.isNaN(got)) continue;
        if (bits(got) !== bits(want)) bad.push(`${c.fn}(${args.join(', ')}) = ${got}, glibc ${want}`);
      }
      expect(bad.slice(0, 5)).toEqual([]);
      expect(y.length).toBeGreaterThan(2000);
    });
  }
});
