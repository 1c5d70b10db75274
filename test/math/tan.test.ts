// tan against glibc 2.36's libm on hard inputs (test/golden/libm_tan.json, written by
// scripts/tan_oracle.py --golden): the same bit pattern for every input (any NaN matches any NaN).
// The inputs cover every branch of s_tan.c: specials, the thresholds 1.259e-8, 0.0608, 0.787, 25
// and 1e8 within a few ulps, table row boundaries, the doubles nearest to multiples of pi/2 and pi/4
// over the whole exponent range (tiny reduced arguments, huge -cot values, Payne-Hanek), reduced
// arguments on the 0.0608 and row thresholds, subnormals and random draws. Runs without Python.
import { describe, expect, it } from 'vitest';
import { tan } from '../../src/math/index.js';
import { decode, loadGolden, type Encoded } from '../helpers/golden.js';

interface Case { fn: string; arity: number; x: Encoded; y: Encoded }
const doc = loadGolden<Case>('libm_tan');
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const bits = (v: number): string => {
  F64[0] = v;
  return U32[1]!.toString(16).padStart(8, '0') + U32[0]!.toString(16).padStart(8, '0');
};

describe('tan against glibc on hard inputs', () => {
  const c = doc.cases[0]!;
  const x = decode(c.x) as Float64Array;
  const y = decode(c.y) as Float64Array;
  it(`${y.length} inputs bit-exact`, () => {
    const bad: string[] = [];
    for (let i = 0; i < y.length; i++) {
      const got = tan(x[i]!);
      const want = y[i]!;
      if (Number.isNaN(want) && Number.isNaN(got)) continue;
      if (bits(got) !== bits(want)) bad.push(`tan(${x[i]}) = ${got}, glibc ${want}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(y.length).toBeGreaterThan(5000);
  });
  it('covers every range of s_tan.c, both signs, and both parities after reduction', () => {
    const bounds = [0, 1.2589993048095494e-8, 0.060799986124038696, 0.7869997024536133, 25, 1e8, Infinity];
    const hits = new Array<number>(bounds.length - 1).fill(0);
    let neg = 0, pos = 0, huge = 0;
    for (let i = 0; i < x.length; i++) {
      const w = Math.abs(x[i]!);
      const k = bounds.findIndex((b, j) => j > 0 && w <= b) - 1;
      if (k >= 0) hits[k]!++;
      if (x[i]! < 0) neg++; else pos++;
      if (Math.abs(y[i]!) > 1e10) huge++; // -cot of a tiny reduced argument
    }
    for (const h of hits) expect(h).toBeGreaterThan(50);
    expect(Math.min(neg, pos)).toBeGreaterThan(1000);
    expect(huge).toBeGreaterThan(20);
  });
});

describe('tan special values', () => {
  it('keeps the sign of zero and tiny arguments, NaN for infinities and NaN', () => {
    expect(Object.is(tan(-0), -0)).toBe(true);
    expect(Object.is(tan(0), 0)).toBe(true);
    expect(tan(-5e-324)).toBe(-5e-324);
    expect(tan(1e-9)).toBe(1e-9);
    expect(tan(Infinity)).toBeNaN();
    expect(tan(-Infinity)).toBeNaN();
    expect(tan(NaN)).toBeNaN();
  });
  it('is odd', () => {
    for (const v of [0.05, 0.5, 1, 2, 30, 1e5, 1e8, 1e9, 1e22, 1e300]) expect(tan(-v)).toBe(-tan(v));
  });
  it('gives the classic values', () => {
    expect(tan(1)).toBe(1.5574077246549023);
    expect(tan(Math.PI / 4)).toBe(0.9999999999999999);
    expect(tan(Math.PI / 2)).toBe(16331239353195370);
    expect(tan(1e22)).toBe(-1.6287782256068988);
  });
});
