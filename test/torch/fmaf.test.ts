// fmaf against exact rational arithmetic (BigInt) on random and midpoint-hunting float32 inputs.
import { describe, expect, it } from 'vitest';
import { fmaf } from '../../src/torch/fmaf.js';
import { paramRng } from '../helpers/live.js';

const D = new Float64Array(1);
const DU = new BigUint64Array(D.buffer);

/** A finite double as m * 2^e with integer m (BigInt), e. */
function toRational(x: number): [bigint, number] {
  D[0] = x;
  const bits = DU[0]!;
  const exp = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  if (exp !== 0) m |= 1n << 52n;
  const e = (exp === 0 ? 1 : exp) - 1075;
  return [x < 0 ? -m : m, e];
}

/** round-to-nearest-even of the exact a*b + c to float32, via BigInt. */
function exactFmaf(a: number, b: number, c: number): number {
  const [ma, ea] = toRational(a), [mb, eb] = toRational(b), [mc, ec] = toRational(c);
  const e0 = Math.min(ea + eb, ec);
  const num = (ma * mb << BigInt(ea + eb - e0)) + (mc << BigInt(ec - e0)); // value = num * 2^e0
  if (num === 0n) return a * b + c; // the sign of an exact zero follows IEEE rules
  const neg = num < 0n;
  let m = neg ? -num : num, e = e0;
  // normalise to 24 significant bits, respecting the subnormal floor 2^-149
  let shift = m.toString(2).length - 24;
  if (e + shift < -149) shift = -149 - e;
  if (shift > 0) {
    const q = m >> BigInt(shift), rem = m - (q << BigInt(shift)), half = 1n << BigInt(shift - 1);
    m = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    e += shift;
  }
  const v = Number(m) * 2 ** e;
  return Math.fround(neg ? -v : v);
}

describe('fmaf', () => {
  it('matches exact rounding on random operands', () => {
    const r = paramRng(5);
    for (let i = 0; i < 5000; i++) {
      const a = Math.fround((r() - 0.5) * 2 ** Math.floor(r() * 40 - 20));
      const b = Math.fround((r() - 0.5) * 2 ** Math.floor(r() * 40 - 20));
      const c = Math.fround((r() - 0.5) * 2 ** Math.floor(r() * 40 - 20));
      expect(Object.is(fmaf(a, b, c), exactFmaf(a, b, c)), `${a} ${b} ${c}`).toBe(true);
    }
  });
  it('matches on midpoint cases, where fround(a*b + c) double-rounds', () => {
    const r = paramRng(9);
    let hits = 0;
    for (let i = 0; i < 3000; i++) {
      // c in [1, 2), a*b = +-(2^-24 - 2^-70): the double sum rounds onto the midpoint c +- ulp/2
      const c = Math.fround(1 + Math.floor(r() * 2 ** 23) * 2 ** -23);
      const a = Math.fround((r() < 0.5 ? 1 : -1) * 2 ** -24 * (1 + 2 ** -23));
      const b = Math.fround(1 - 2 ** -23);
      const naive = Math.fround(a * b + c);
      const exact = exactFmaf(a, b, c);
      if (naive !== exact) hits++;
      expect(Object.is(fmaf(a, b, c), exact), `${a} ${b} ${c}`).toBe(true);
    }
    expect(hits).toBeGreaterThan(100); // the cases do exercise the double-rounding fix
  });
  it('handles zeros, infinities and NaN', () => {
    expect(Object.is(fmaf(0, -1, 0), 0)).toBe(true);
    expect(Object.is(fmaf(-0, 1, -0), -0)).toBe(true);
    expect(fmaf(Infinity, 1, 1)).toBe(Infinity);
    expect(fmaf(Infinity, 0, 1)).toBeNaN();
    expect(fmaf(3.4028234663852886e38, 2, 0)).toBe(Infinity);
  });
});
