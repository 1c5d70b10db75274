// The batch Box-Muller of randn's AVX2 path (src/torch/normal.ts boxMullerAvx2) against the
// scalar avx_mathfun functions it restructures (log256, sincos256, an exact fmaf), lane for lane:
// u1 and u2 sweep the 24-bit uniform grid (every 61st value of u1's 2^24 with an odd stride
// through u2, plus both ends), plain and with mean/std. The golden files check the composition
// against torch itself; this checks the two TypeScript forms bit for bit on far more inputs.
import { describe, expect, it } from 'vitest';
import { boxMullerAvx2 } from '../../src/torch/normal.js';
import { log256, sincos256, COS } from '../../src/math/avx_mathfun.js';
import { fmaf } from '../../src/math/fmaf.js';

const TWO_PI_F = Math.fround(2 * Math.PI);

function scalarPair(u1: number, u2: number, mean: number, std: number, plain: boolean): [number, number] {
  const radius = Math.fround(Math.sqrt(Math.fround(log256(Math.fround(1 - u1)) * -2)));
  const s = sincos256(Math.fround(TWO_PI_F * u2));
  const n1 = Math.fround(radius * COS[0]!), n2 = Math.fround(radius * s);
  return plain ? [n1, n2] : [fmaf(n1, std, mean), fmaf(n2, std, mean)];
}

function check(k1: Float64Array, k2: Float64Array, mean: number, std: number): string[] {
  const plain = mean === 0 && std === 1;
  const blocks = Math.ceil(k1.length / 8);
  const d = new Float32Array(16 * blocks);
  for (let i = 0; i < blocks * 8; i++) {
    const b = (i >> 3) * 16, l = i & 7;
    d[b + l] = k1[i % k1.length]! * 2 ** -24;
    d[b + l + 8] = k2[i % k2.length]! * 2 ** -24;
  }
  const u = d.slice();
  boxMullerAvx2(d, 0, d.length, Math.fround(mean), Math.fround(std), plain);
  const bad: string[] = [];
  for (let i = 0; i < blocks * 8 && bad.length < 5; i++) {
    const b = (i >> 3) * 16, l = i & 7;
    const [c, s] = scalarPair(u[b + l]!, u[b + l + 8]!, Math.fround(mean), Math.fround(std), plain);
    if (!Object.is(c, d[b + l]) || !Object.is(s, d[b + l + 8])) bad.push(`u1=${u[b + l]} u2=${u[b + l + 8]}: ${d[b + l]}, ${d[b + l + 8]} vs ${c}, ${s}`);
  }
  return bad;
}

describe('boxMullerAvx2 = log256 / sincos256 / fmaf lane by lane', () => {
  const n = Math.floor(2 ** 24 / 61);
  const k1 = new Float64Array(n + 2), k2 = new Float64Array(n + 2);
  for (let i = 0; i < n; i++) { k1[i] = i * 61; k2[i] = (i * 40503 + 7) % 2 ** 24; }
  k1[n] = 2 ** 24 - 1; k2[n] = 2 ** 24 - 1; // u = 1 - 2^-24 (smallest 1 - u1, theta next to 2 pi)
  k1[n + 1] = 0; k2[n + 1] = 0;
  it('plain (randn)', () => { expect(check(k1, k2, 0, 1)).toEqual([]); });
  it('with mean and std (normal_)', () => { expect(check(k2, k1, 1.5, 0.75)).toEqual([]); expect(check(k1, k2, -3.25, 1e-3)).toEqual([]); });
  it('touches only whole blocks of 16 in [from, to)', () => {
    const d = new Float32Array(40).fill(0.25);
    boxMullerAvx2(d, 8, 39, 0, 1, true);
    expect(Array.from(d.subarray(0, 8))).toEqual(new Array(8).fill(0.25));
    expect(Array.from(d.subarray(24))).toEqual(new Array(16).fill(0.25));
    expect(d.subarray(8, 24).every((v) => v !== 0.25)).toBe(true);
  });
});
