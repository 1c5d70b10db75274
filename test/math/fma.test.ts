// The exact fma (checked against glibc's fma in libm-golden.test.ts) and the cheaper exact
// forms the functions use at fused sites, each checked against the general fma.
import { describe, expect, it } from 'vitest';
import { fma, fmaAD, fmaCore, fmaMinusOne, mulErr, splitTable, toOdd } from '../../src/math/fma.js';
import { reduce, roundedShift } from '../../src/math/exp.js';
import { INVLN2N, NEGLN2HIN, NEGLN2LON, SHIFT } from '../../src/math/exp_data.js';
import { T as LOG_T } from '../../src/math/log_data.js';

// Deterministic doubles (xorshift) with chosen exponent ranges.
let s0 = 0x12345678, s1 = 0x9abcdef0;
function u32(): number {
  let t = s0 ^ (s0 << 11);
  s0 = s1;
  s1 = (s1 ^ (s1 >>> 19) ^ t ^ (t >>> 8)) >>> 0;
  return s1;
}
const F = new Float64Array(1);
const U = new Uint32Array(F.buffer);
function dbl(emin: number, emax: number, signed = true): number {
  U[0] = u32();
  const e = emin + (u32() % (emax - emin + 1)) + 1023;
  U[1] = ((signed && u32() & 1 ? 0x80000000 : 0) | (e << 20) | (u32() & 0xfffff)) >>> 0;
  return F[0]!;
}
const same = (a: number, b: number): boolean => Object.is(a, b) || (a !== a && b !== b);

describe('fma', () => {
  it('special values follow IEEE 754', () => {
    expect(fma(2, 3, 4)).toBe(10);
    expect(Object.is(fma(0.5, 5e-324, -5e-324), -0)).toBe(true); // ties to even at zero
    expect(fma(Infinity, 0, 1)).toBeNaN();
    expect(fma(1e308, 10, -Infinity)).toBe(-Infinity);
    expect(fma(1e308, 10, -1e308)).toBe(9e308 > 1.7976931348623157e308 ? Infinity : 9e308);
    expect(fma(2 ** 600, 2 ** 600, -(2 ** 1023))).toBe(Infinity);
    expect(fma(2 ** 520, 2 ** 510, -(2 ** 1023))).toBe(2 ** 1030 - 2 ** 1023 > Number.MAX_VALUE ? Infinity : 0);
    expect(fma(1 + 2 ** -52, 1 - 2 ** -52, -1)).toBe(-(2 ** -104));
  });
  it("fmaCore's tie shortcut equals Boldo-Melquiond's odd rounding, hard cases included", () => {
    // Reference: TwoProduct, TwoSum, then RN(s + RO(t + e)) with round-to-odd done on the bits.
    const ref = (a: number, b: number, c: number): number => {
      const p = a * b;
      const e = mulErr(a, b, p);
      const s = p + c;
      const bb = s - p;
      const t = p - (s - bb) + (c - bb);
      const v = t + e;
      const vb = v - t;
      const w = t - (v - vb) + (e - vb);
      return w === 0 ? s + v : s + toOdd(v, w);
    };
    let bad = 0;
    for (let i = 0; i < 300_000; i++) {
      let a: number, b: number, c: number;
      if (i % 3 === 0) {
        a = dbl(-40, 40); b = dbl(-40, 40); c = dbl(-120, 40);
      } else {
        // short significands make exact ties and half-way tails common
        a = ((u32() % (1 << 20)) + 1) * 2 ** -(u32() % 30);
        b = ((u32() % (1 << 20)) + 1) * 2 ** -(u32() % 30) * (u32() & 1 ? -1 : 1);
        const p = a * b;
        c = i % 3 === 1 ? -p * (1 + ((u32() % 16) - 8) * 2 ** -52) : p * 2 ** ((u32() % 60) - 2) * (1 + (u32() % 8) * 2 ** -52);
      }
      if (!same(fmaCore(a, b, c), ref(a, b, c))) bad++;
    }
    expect(bad).toBe(0);
  });
});

describe('cheap exact forms equal the general fma', () => {
  it('fmaAD (addend-dominant shortcut), including constructed ties', () => {
    let bad = 0;
    for (let i = 0; i < 200_000; i++) {
      const c = dbl(-5, 5);
      const a = i % 2 ? dbl(-30, 0) : (u32() % 4096) * 2 ** -(u32() % 40);
      const b = i % 3 ? dbl(-30, 0) : (u32() % 4096) * 2 ** -(u32() % 40);
      if (!same(fmaAD(a, b, c), fma(a, b, c))) bad++;
      // a product at exactly half an ulp of c, nudged by b's low bits
      const h = c * 2 ** -53 * (1 + (u32() % 8) * 2 ** -52);
      if (!same(fmaAD(h, 1 + 2 ** -52 * (u32() % 3), c), fma(h, 1 + 2 ** -52 * (u32() % 3), c))) bad++;
    }
    expect(bad).toBe(0);
  });
  it('fmaMinusOne (range reduction z*invc - 1) on log table entries', () => {
    const sp = splitTable(LOG_T, 2);
    let bad = 0;
    for (let i = 0; i < 128; i++) {
      const invc = LOG_T[2 * i]!;
      for (let j = 0; j < 2000; j++) {
        const z = (1 / invc) * (1 + (dbl(-60, -8) % (1 / 128)));
        if (!same(fmaMinusOne(z, invc, sp[2 * i]!, sp[2 * i + 1]!), fma(z, invc, -1))) bad++;
      }
    }
    expect(bad).toBe(0);
  });
  it("exp's rounding shift and reduction", () => {
    let bad = 0;
    for (let i = 0; i < 200_000; i++) {
      // half-integer products: x = (k + 1/2)/INVLN2N, nudged by a few ulps
      const x0 = i % 2 ? ((u32() % 200000) - 100000 + 0.5) / INVLN2N : dbl(-9, 9);
      F[0] = x0;
      U[0] = (U[0]! + (u32() % 9) - 4) >>> 0;
      const x = F[0]!;
      if (!(Math.abs(x) < 1000)) continue;
      const kds = roundedShift(x);
      if (!same(kds, fma(x, INVLN2N, SHIFT))) bad++;
      const kd = kds - SHIFT;
      if (!same(reduce(x, kd), fma(kd, NEGLN2LON, fma(kd, NEGLN2HIN, x)))) bad++;
    }
    expect(bad).toBe(0);
  });
});
