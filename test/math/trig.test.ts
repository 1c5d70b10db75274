// sin, sinf and cosf against glibc 2.36's libm on hard inputs (test/golden/libm_trig.json, written
// by scripts/libm_oracle.py --golden-trig): the same bit pattern for every input (any NaN matches
// any NaN). The inputs cover every branch of s_sin.c and s_sinf.c / s_cosf.c: specials, the
// branch thresholds +-6 ulps, the floats nearest to multiples of pi/2 and pi/4 over the whole
// exponent range, and random draws. Runs without Python.
import { describe, expect, it } from 'vitest';
import * as M from '../../src/math/index.js';
import { decode, loadGolden, type Encoded } from '../helpers/golden.js';

interface Case { fn: string; arity: number; x: Encoded; y: Encoded }
const doc = loadGolden<Case>('libm_trig');
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const bits = (v: number): string => {
  F64[0] = v;
  return U32[1]!.toString(16).padStart(8, '0') + U32[0]!.toString(16).padStart(8, '0');
};
const fns = M as unknown as Record<string, (x: number) => number>;

describe('sin, sinf, cosf against glibc on hard inputs', () => {
  for (const c of doc.cases) {
    it(`${c.fn}: ${(decode(c.y) as Float64Array).length} inputs bit-exact`, () => {
      const fn = fns[c.fn]!;
      expect(typeof fn).toBe('function');
      const x = decode(c.x) as Float64Array | Float32Array;
      const y = decode(c.y) as Float64Array | Float32Array;
      const bad: string[] = [];
      for (let i = 0; i < y.length; i++) {
        const got = fn(x[i]!);
        const want = y[i]!;
        if (Number.isNaN(want) && Number.isNaN(got)) continue;
        if (bits(got) !== bits(want)) bad.push(`${c.fn}(${x[i]}) = ${got}, glibc ${want}`);
      }
      expect(bad.slice(0, 5)).toEqual([]);
      expect(y.length).toBeGreaterThan(2000);
    });
  }
  it('covers sin, sinf and cosf', () => {
    expect(doc.cases.map((c) => c.fn).sort()).toEqual(['cosf', 'sin', 'sinf']);
  });
});

describe('sin special values', () => {
  it('keeps the sign of zero and of tiny arguments, NaN for infinities', () => {
    expect(Object.is(M.sin(-0), -0)).toBe(true);
    expect(Object.is(M.sin(0), 0)).toBe(true);
    expect(M.sin(-5e-324)).toBe(-5e-324);
    expect(M.sin(Infinity)).toBeNaN();
    expect(M.sin(-Infinity)).toBeNaN();
    expect(M.sin(NaN)).toBeNaN();
  });
  it('is odd', () => {
    for (const x of [0.1, 1, 2, 3, 1e5, 1e8, 1e22, 1e300]) expect(M.sin(-x)).toBe(-M.sin(x));
  });
});

describe('sinf and cosf', () => {
  const f32 = Math.fround;
  it('round a double argument to float32 first, as a C float parameter', () => {
    for (const x of [0.1, 1e-3, 0.7853981633974483, 3.14159, 119.99, 1e10, 3.4e38]) {
      expect(M.sinf(x)).toBe(M.sinf(f32(x)));
      expect(M.cosf(x)).toBe(M.cosf(f32(x)));
    }
  });
  it('return float32 values', () => {
    const bad: number[] = [];
    for (let i = 1; i < 2000; i++) {
      const x = f32((i - 1000) * 0.37) * 2 ** ((i % 140) - 20);
      const s = M.sinf(x);
      const c = M.cosf(x);
      if (f32(s) !== s || f32(c) !== c) bad.push(x);
    }
    expect(bad).toEqual([]);
  });
  it('specials: signed zero and tiny arguments, NaN for infinities and NaN', () => {
    expect(Object.is(M.sinf(-0), -0)).toBe(true);
    expect(M.sinf(-1e-40)).toBe(f32(-1e-40));
    expect(M.cosf(-0)).toBe(1);
    expect(M.cosf(f32(2 ** -13))).toBe(1);
    for (const v of [Infinity, -Infinity, NaN]) {
      expect(M.sinf(v)).toBeNaN();
      expect(M.cosf(v)).toBeNaN();
    }
  });
});
