// Natural logarithm returning glibc 2.36's result bit for bit (its x86-64 FMA build, e_log.c).
// Algorithm (glibc / Arm optimized-routines): x = 2^k z with z in [0x1.6p-1, 0x1.6p0) split into
// 128 subintervals; log(x) = k ln2 + log(c) + log1p(z/c - 1) with a degree-6 polynomial, and a
// separate degree-12 polynomial for x within about 1/16 of 1. Each multiply-add that GCC fuses in
// glibc's FMA build is computed here as one correctly rounded fma (see fma.ts); all other steps
// are plain IEEE double operations, as in glibc.
import { F64, POW2, U32 } from './bits.js';
import { fmaADRare, splitTable, tieByTail, toOdd } from './fma.js';
import { A, B, LN2HI, LN2LO, T } from './log_data.js';

const TWO27 = 134217728;
const TWO52 = 4503599627370496;

const INVC_SPLIT = splitTable(T, 2); // Veltkamp halves of each invc
const SPLIT = 134217729; // 2^27 + 1
const TWOM52 = 2 ** -52;
const LN2LO_SPLIT = splitTable(new Float64Array([LN2LO]), 1);
const LN2LO_HI = LN2LO_SPLIT[0]!;
const LN2LO_LO = LN2LO_SPLIT[1]!;

const A0 = A[0], A1 = A[1]!, A2 = A[2]!, A3 = A[3]!, A4 = A[4]!;
if (A0 !== -0.5 - 2 ** -53) throw new Error('log: unexpected A0');
const B0 = B[0]!, B1 = B[1]!, B2 = B[2]!, B3 = B[3]!, B4 = B[4]!, B5 = B[5]!;
const B6 = B[6]!, B7 = B[7]!, B8 = B[8]!, B9 = B[9]!, B10 = B[10]!;

/**
 * log(x) for x within [1 - 2^-4, 1 + 0x1.09p-4), x != 1. The fused multiply-adds are written out;
 * with |r| < 0.065 every polynomial step's addend dominates (|p| < |s|/16), so only the tie test
 * of fmaAD remains there; the last two sites use the general form.
 */
function logNear1(x: number): number {
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  let a8: number;
  {
    const p = r * B8;
    a8 = B7 + p;
    const t = B7 - a8 + p;
    const t2 = t + t;
    if (t !== 0 && a8 + t2 - a8 === t2) a8 = fmaADRare(r, B8, B7, p, a8, t);
  }
  let a9: number;
  {
    const p = r2 * B9;
    a9 = a8 + p;
    const t = a8 - a9 + p;
    const t2 = t + t;
    if (t !== 0 && a9 + t2 - a9 === t2) a9 = fmaADRare(r2, B9, a8, p, a9, t);
  }
  let q3: number;
  {
    const p = r3 * B10;
    q3 = a9 + p;
    const t = a9 - q3 + p;
    const t2 = t + t;
    if (t !== 0 && q3 + t2 - q3 === t2) q3 = fmaADRare(r3, B10, a9, p, q3, t);
  }
  let b5: number;
  {
    const p = r * B5;
    b5 = B4 + p;
    const t = B4 - b5 + p;
    const t2 = t + t;
    if (t !== 0 && b5 + t2 - b5 === t2) b5 = fmaADRare(r, B5, B4, p, b5, t);
  }
  let b6: number;
  {
    const p = r2 * B6;
    b6 = b5 + p;
    const t = b5 - b6 + p;
    const t2 = t + t;
    if (t !== 0 && b6 + t2 - b6 === t2) b6 = fmaADRare(r2, B6, b5, p, b6, t);
  }
  let q2: number;
  {
    const p = r3 * q3;
    q2 = b6 + p;
    const t = b6 - q2 + p;
    const t2 = t + t;
    if (t !== 0 && q2 + t2 - q2 === t2) q2 = fmaADRare(r3, q3, b6, p, q2, t);
  }
  let c2: number;
  {
    const p = r * B2;
    c2 = B1 + p;
    const t = B1 - c2 + p;
    const t2 = t + t;
    if (t !== 0 && c2 + t2 - c2 === t2) c2 = fmaADRare(r, B2, B1, p, c2, t);
  }
  let c3: number;
  {
    const p = r2 * B3;
    c3 = c2 + p;
    const t = c2 - c3 + p;
    const t2 = t + t;
    if (t !== 0 && c3 + t2 - c3 === t2) c3 = fmaADRare(r2, B3, c2, p, c3, t);
  }
  let q1: number;
  {
    const p = r3 * q2;
    q1 = c3 + p;
    const t = c3 - q1 + p;
    const t2 = t + t;
    if (t !== 0 && q1 + t2 - q1 === t2) q1 = fmaADRare(r3, q2, c3, p, q1, t);
  }
  // r * 2^27 and the products by B0 = -1/2 below are exact, so their fused forms are plain.
  const w = r * TWO27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const w2 = rhi * rhi * B0;
  const hi = r + w2;
  const lo0 = r - hi + w2;
  let lo: number;
  {
    const pa = B0 * rlo;
    const pb = rhi + r;
    const pc = lo0;
    const p = pa * pb;
    let sp = SPLIT * pa;
    const ah = sp - (sp - pa);
    const al = pa - ah;
    sp = SPLIT * pb;
    const bh = sp - (sp - pb);
    const bl = pb - bh;
    const e = ah * bh - p + ah * bl + al * bh + al * bl;
    const s = p + pc;
    const bb = s - p;
    const t = p - (s - bb) + (pc - bb);
    const v = t + e;
    const vb = v - t;
    const w = t - (v - vb) + (e - vb);
    lo = s + v;
    if (w !== 0) lo = tieByTail(s, v, w, lo);
  }
  let y: number;
  {
    const pa = r3;
    const pb = q1;
    const pc = lo;
    const p = pa * pb;
    let sp = SPLIT * pa;
    const ah = sp - (sp - pa);
    const al = pa - ah;
    sp = SPLIT * pb;
    const bh = sp - (sp - pb);
    const bl = pb - bh;
    const e = ah * bh - p + ah * bl + al * bh + al * bl;
    const s = p + pc;
    const bb = s - p;
    const t = p - (s - bb) + (pc - bb);
    const v = t + e;
    const vb = v - t;
    const w = t - (v - vb) + (e - vb);
    y = s + v;
    if (w !== 0) y = tieByTail(s, v, w, y);
  }
  return y + hi;
}

/**
 * glibc 2.36's log(x) (the natural logarithm, FMA variant), bit for bit.
 * @param x - the argument (log of a negative is NaN, log(0) is -Infinity).
 * @example log(2); // 0.6931471805599453
 */
export function log(x: number): number {
  F64[0] = x;
  let hw = U32[1];
  if (hw! >= 0x3fee0000 && hw! < 0x3ff10900) {
    if (hw === 0x3ff00000 && U32[0] === 0) return 0;
    return logNear1(x);
  }
  const top = hw! >>> 16;
  let ks = 0;
  if (top < 0x0010 || top >= 0x7ff0) {
    if ((hw! & 0x7fffffff) === 0 && U32[0] === 0) return -Infinity;
    if (x === Infinity) return x;
    if ((top & 0x8000) !== 0 || (top & 0x7ff0) === 0x7ff0) return (x - x) / (x - x);
    x *= TWO52; // subnormal: normalize (k is corrected by the 52 below)
    F64[0] = x;
    hw = U32[1];
    ks = 52;
  }
  // The main path is written out (no helper calls on the common path) so that V8 keeps every
  // intermediate unboxed; each fused site's rare cases go to fma.ts.
  const tmp = (hw! - 0x3fe60000) | 0;
  const i = (tmp >>> 13) & 127;
  const k0 = tmp >> 20;
  // z = x / 2^k0 exactly: a power-of-two product instead of rewriting the exponent bits (reading
  // the double back after a 32-bit store stalls store forwarding).
  const z = x * POW2[1100 - k0]!;
  const k = k0 - ks;
  const invc = T[2 * i]!;
  const logc = T[2 * i + 1]!;
  // r = fma(z, invc, -1): z*invc = pz + ez exactly (Dekker, invc's halves precomputed) and pz - 1
  // is exact (Sterbenz: pz is within 1/128 of 1), so (pz - 1) + ez is the single rounding.
  const pz = z * invc;
  const sz = SPLIT * z;
  const zh = sz - (sz - z);
  const zl = z - zh;
  const ih = INVC_SPLIT[2 * i]!;
  const il = INVC_SPLIT[2 * i + 1]!;
  const r = pz - 1.0 + (zh * ih - pz + zh * il + zl * ih + zl * il);
  const kd = k;
  // k*Ln2hi is exact (Ln2hi has 42 bits, |k| < 2^11) and the table makes adding logc exact.
  const w = kd * LN2HI + logc;
  const hi = w + r;
  let lo = w - hi + r;
  if (k !== 0) {
    // lo = fma(kd, Ln2lo, lo): kd has at most 11 bits, so with Ln2lo's halves kd*Ln2lo = pk + ek
    // exactly (Dekker with kd as its own high half); then TwoSum and the odd-rounded tail as in
    // fmaCore.
    const pk = kd * LN2LO;
    const ek = kd * LN2LO_HI - pk + kd * LN2LO_LO;
    const s = pk + lo;
    const bb = s - pk;
    const t = pk - (s - bb) + (lo - bb);
    const v = t + ek;
    const vb = v - t;
    const ww = t - (v - vb) + (ek - vb);
    lo = ww === 0 ? s + v : s + toOdd(v, ww);
  }
  const r2 = r * r;
  // Polynomial steps: fmaAD's fast path written out (see fmaAD for the proof). Here |r| < 2^-8,
  // so |r*A4| < |A3|/256, |r*A2| < |A1|/256 and |r2*q2| < |q1|/2^16: the addend always dominates
  // (|p| <= |s|/8) and only the tie test remains.
  let p = r * A4;
  let q2 = A3 + p;
  let t = A3 - q2 + p;
  let t2 = t + t;
  if (t !== 0 && q2 + t2 - q2 === t2) q2 = fmaADRare(r, A4, A3, p, q2, t);
  p = r * A2;
  let q1 = A1 + p;
  t = A1 - q1 + p;
  t2 = t + t;
  if (t !== 0 && q1 + t2 - q1 === t2) q1 = fmaADRare(r, A2, A1, p, q1, t);
  p = r2 * q2;
  let q = q1 + p;
  t = q1 - q + p;
  t2 = t + t;
  if (t !== 0 && q + t2 - q === t2) q = fmaADRare(r2, q2, q1, p, q, t);
  // y0 = fma(r2, A0, lo) with A0 = -1/2 - 2^-53: r2*A0 = h + h*2^-52 exactly (h = -r2/2), so
  // lo + r2*A0 = sa + ta + d with (sa, ta) = TwoSum(h, lo) and d = h*2^-52 (both products by
  // powers of two are exact: r2 is 0 or above 2^-1000 here); then the odd-rounded tail.
  const h = -0.5 * r2;
  const d = h * TWOM52;
  const sa = h + lo;
  const ba = sa - h;
  const ta = h - (sa - ba) + (lo - ba);
  const va = ta + d;
  const vba = va - ta;
  const wa = ta - (va - vba) + (d - vba);
  const y0 = wa === 0 ? sa + va : sa + toOdd(va, wa);
  // y = fma(r3, q, y0): fmaAD's fast path with its dominance test (y0 may cancel).
  const r3 = r * r2;
  p = r3 * q;
  let y = y0 + p;
  t = y0 - y + p;
  t2 = t + t;
  if (!(Math.abs(p) <= Math.abs(y) * 0.125) || (t !== 0 && y + t2 - y === t2)) y = fmaADRare(r3, q, y0, p, y, t);
  return y + hi;
}
