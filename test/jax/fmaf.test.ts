// fmaf against an exact rational reference (BigInt) and against the project's exact double fma.
import { describe, expect, it } from 'vitest';
import { fma } from '../../src/math/fma.js';
import { fmaf } from '../../src/math/fmaf.js';

const F = new Float64Array(1);
const U = new BigUint64Array(F.buffer);

/** x = m * 2^e exactly (m a bigint). */
function decompose(x: number): [bigint, number] {
  F[0] = x;
  const b = U[0]!;
  const sign = b >> 63n ? -1n : 1n;
  const ex = Number((b >> 52n) & 0x7ffn);
  let m = b & ((1n << 52n) - 1n);
  if (ex === 0) return [sign * m, -1074];
  m |= 1n << 52n;
  return [sign * m, ex - 1075];
}

/** The float32 nearest (ties to even) to the exact a*b + c, computed with integers. */
function refFmaf(a: number, b: number, c: number): number {
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  const [mc, ec] = decompose(c);
  const ep = ea + eb;
  const e0 = Math.min(ep, ec);
  const sum = ma * mb * (1n << BigInt(ep - e0)) + mc * (1n << BigInt(ec - e0));
  if (sum === 0n) return a * b + c; // the sign of an exact zero follows IEEE (p + c in double is exact here)
  const neg = sum < 0n;
  let mag = neg ? -sum : sum;
  let e = e0;
  // Normalise to 24 significant bits, or fewer below 2^-126 (subnormals: quantum 2^-149).
  const bitlen = mag.toString(2).length;
  let shift = bitlen - 24;
  if (e + shift < -149) shift = -149 - e;
  if (shift > 0) {
    const rem = mag & ((1n << BigInt(shift)) - 1n);
    const halfway = 1n << BigInt(shift - 1);
    mag >>= BigInt(shift);
    if (rem > halfway || (rem === halfway && (mag & 1n) === 1n)) mag += 1n;
    e += shift;
  }
  const v = Number(mag) * 2 ** e;
  const r = Math.fround(v);
  return neg ? -r : r;
}

function randF32(rng: () => number): number {
  const u = new Uint32Array(1);
  u[0] = Math.floor(rng() * 2 ** 32);
  const e = (u[0] >>> 23) & 0xff;
  if (e === 0xff) u[0] = u[0] & ~0x40000000; // keep it finite
  return new Float32Array(u.buffer)[0]!;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('fmaf', () => {
  it('matches the exact reference on hard cases (ties, cancellation, subnormals)', () => {
    const cases: [number, number, number][] = [
      [1 + 2 ** -23, 1 + 2 ** -23, -1],
      [1 + 2 ** -12, 1 + 2 ** -12, 2 ** -48],         // product's last bits decide a tie
      [1 + 2 ** -23, 1 - 2 ** -23, -1],
      [2 ** -70, 2 ** -70, 2 ** -149],
      [3, 2 ** -149, -(2 ** -148)],
      [Math.fround(0.1), Math.fround(10), -1],
      [1 + 2 ** -23, 1.5 - 2 ** -22, 2 ** -24],
      [-0, 5, 0], [0, -5, -0], [-0, 5, -0],
    ].map(([a, b, c]) => [Math.fround(a!), Math.fround(b!), Math.fround(c!)]);
    for (const [a, b, c] of cases) expect(Object.is(fmaf(a, b, c), refFmaf(a, b, c))).toBe(true);
  });

  it('is the correct rounding on random operands where double rounding of fma would fail', () => {
    const rng = mulberry32(12345);
    let doubleRoundingDiffers = 0;
    for (let i = 0; i < 6000; i++) {
      const a = randF32(rng);
      const b = randF32(rng);
      // c near -a*b exercises cancellation; near a*b/2^24 exercises the halfway points
      const p = Math.fround(a * b);
      const mode = i % 3;
      const c = mode === 0 ? -p : mode === 1 ? Math.fround(p * 2 ** -24 * (1 + rng())) : randF32(rng);
      if (!Number.isFinite(a * b + c)) continue;
      const got = fmaf(a, b, c);
      const want = refFmaf(a, b, c);
      expect(Object.is(got, want) || (got === 0 && want === 0 && Object.is(got, a * b + c))).toBe(true);
      const viaFma = Math.fround(fma(a, b, c));
      if (!Object.is(viaFma, got)) doubleRoundingDiffers++;
    }
    // Rounding the exact double fma to float32 is wrong only on double-rounding ties.
    expect(doubleRoundingDiffers).toBeLessThan(20);
  });

  it('products on float32 midpoints plus tiny addends (the double-rounding cases), and binade edges', () => {
    const rng = mulberry32(777);
    let ties = 0;
    for (let i = 0; i < 6000; i++) {
      // 13-bit significands: a*b has at most 26 bits, so it is often exactly a float32 midpoint.
      const a = Math.fround((4096 + Math.floor(rng() * 4096)) * 2 ** (Math.floor(rng() * 40) - 30));
      const b = Math.fround((4096 + Math.floor(rng() * 4096)) * 2 ** (Math.floor(rng() * 40) - 30));
      const sign = rng() < 0.5 ? -1 : 1;
      const c = Math.fround(sign * a * b * 2 ** -(55 + Math.floor(rng() * 20)));
      const got = fmaf(a, b, c);
      expect(got).toBe(refFmaf(a, b, c));
      if (got !== Math.fround(fma(a, b, c))) ties++;
      // just below a power of two: s - r spans two binades
      const e = Math.fround(2 ** (Math.floor(rng() * 20) - 10));
      const below = Math.fround(e * (1 - 2 ** -24));
      expect(fmaf(below, 1, c * 2 ** -40)).toBe(refFmaf(below, 1, c * 2 ** -40));
      expect(fmaf(e, 1 + 2 ** -23, -e * 2 ** -24 - e * 2 ** -60)).toBe(refFmaf(e, 1 + 2 ** -23, Math.fround(-e * 2 ** -24 - e * 2 ** -60)));
    }
    expect(ties).toBeGreaterThan(30); // the naive fround(fma) really fails here
  });

  it('differs from fround(fma) on a constructed double-rounding tie', () => {
    // (1 + 2^-12)^2 + 2^-80 = 1 + 2^-11 + 2^-24 + 2^-80: the double fma drops 2^-80 and lands on a
    // float32 tie that rounds down to even; the correct float32 result rounds up.
    const a = Math.fround(1 + 2 ** -12);
    const c = 2 ** -80;
    expect(Math.fround(fma(a, a, c))).toBe(1 + 2 ** -11);
    expect(fmaf(a, a, c)).toBe(1 + 2 ** -11 + 2 ** -23);
    expect(fmaf(a, a, c)).toBe(refFmaf(a, a, c));
    expect(fmaf(a, a, -c)).toBe(1 + 2 ** -11);
  });

  it('propagates infinities and NaN', () => {
    expect(fmaf(Infinity, 1, 1)).toBe(Infinity);
    expect(fmaf(Infinity, 0, 1)).toBeNaN();
    expect(fmaf(3e38, 3e38, -Infinity)).toBe(-Infinity);
    expect(fmaf(3e38, 10, 0)).toBe(Infinity);
  });
});
