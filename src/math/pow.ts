// Power function returning glibc 2.36's result bit for bit (its x86-64 FMA build, e_pow.c).
// Algorithm (glibc / Arm optimized-routines): log(x) to about 68 bits as hi + lo from a 128-entry
// table and a degree-8 polynomial, y*log(x) as ehi + elo with an exact product, then exp with the
// extra low part. Each multiply-add that GCC fuses in glibc's FMA build is one correctly rounded
// fma here (fma.ts); other steps are plain double operations, as in glibc.
import { F64, U32 } from './bits.js';
import { fmaAD, fmaCore, fmaMinusOne, mulErr, splitTable } from './fma.js';
import { C, SBITS, SHIFT, TAIL } from './exp_data.js';
import { reduce, roundedShift } from './exp.js';
import { A, LN2HI, LN2LO, T } from './pow_data.js';

const TWO52 = 4503599627370496;
const TWO1009 = 2 ** 1009;
const TWOM1022 = 2 ** -1022;
const A0 = A[0], A1 = A[1], A2 = A[2], A3 = A[3], A4 = A[4], A5 = A[5], A6 = A[6];
const C2 = C[0], C3 = C[1], C4 = C[2], C5 = C[3];

const INVC_SPLIT = splitTable(T, 3); // Veltkamp halves of each invc

let logTail = 0; // low part of the last logInline result (module scratch, no allocation)

/** log(x) = result + logTail to about 68 bits; (hw, lw) are x's words, subnormals normalized. */
function logInline(hw: number, lw: number): number {
  const tmp = (hw - 0x3fe69555) | 0;
  // 64-bit ix - 0x3fe6955500000000 has the same high word as tmp (low word of OFF is 0).
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  U32[1] = hw - (tmp & 0xfff00000);
  U32[0] = lw;
  const z = F64[0];
  const kd = k;
  const invc = T[3 * i];
  const logc = T[3 * i + 1];
  const logctail = T[3 * i + 2];
  // z/c - 1 is exactly representable (invc has few bits), so (p - 1) + e with z*invc = p + e
  // exactly is the fused fma(z, invc, -1).
  const r = fmaMinusOne(z, invc, INVC_SPLIT[2 * i], INVC_SPLIT[2 * i + 1]);
  // k*Ln2hi + logc is exact by table design.
  const t1 = kd * LN2HI + logc;
  const t2 = t1 + r;
  const lo1 = k === 0 ? logctail : fmaCore(kd, LN2LO, logctail);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r; // A0 = -1/2
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = mulErr(ar, r, ar2); // fma(ar, r, -ar2): the exact error of the product
  const lo4 = t2 - hi + ar2;
  const q = fmaAD(ar2, fmaAD(ar2, fmaAD(r, A6, A5), fmaAD(r, A4, A3)), fmaAD(r, A2, A1));
  const lo = fmaCore(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

/** Returns 0 if not an integer, 1 if odd, 2 if even; (hw, lw) are the words of a finite nonzero y. */
function checkint(hw: number, lw: number): number {
  const e = (hw >>> 20) & 0x7ff;
  if (e < 0x3ff) return 0;
  if (e > 0x3ff + 52) return 2;
  const sh = 0x3ff + 52 - e; // bits below 2^0 in the significand
  if (sh >= 32) {
    if (lw !== 0 || (hw & ((1 << (sh - 32)) - 1)) !== 0) return 0;
    return (hw >>> (sh - 32)) & 1 ? 1 : 2;
  }
  if (sh > 0 && lw << (32 - sh) !== 0) return 0;
  return (lw >>> sh) & 1 ? 1 : 2;
}

/** glibc's issignaling on a NaN's words. */
function isSignaling(hw: number, lw: number): boolean {
  return (hw & 0x7ff80000) === 0x7ff00000 && ((hw & 0x7ffff) !== 0 || lw !== 0);
}

export function pow(x: number, y: number): number {
  F64[0] = y;
  const iyh = U32[1];
  const iyl = U32[0];
  F64[0] = x;
  let ixh = U32[1];
  let ixl = U32[0];
  const topx = ixh >>> 20;
  const topy = iyh >>> 20;
  let signBias = 0;
  if (topx - 1 >= 0x7fe || topx === 0 || (topy & 0x7ff) - 0x3be >= 0x80 || (topy & 0x7ff) < 0x3be) {
    const ay = iyh & 0x7fffffff;
    if ((ay === 0 && iyl === 0) || ay >= 0x7ff00000) {
      // y is +-0, +-inf or nan
      if (ay === 0 && iyl === 0) return isSignaling(ixh, ixl) ? x + y : 1.0;
      if (ixh === 0x3ff00000 && ixl === 0) return isSignaling(iyh, iyl) ? x + y : 1.0;
      if (x !== x || y !== y) return x + y;
      const ax = ixh & 0x7fffffff;
      if (ax === 0x3ff00000 && ixl === 0) return 1.0;
      if (ax < 0x3ff00000 === (iyh >>> 31 === 0)) return 0.0;
      return y * y;
    }
    const ax = ixh & 0x7fffffff;
    if ((ax === 0 && ixl === 0) || ax >= 0x7ff00000) {
      // x is +-0, +-inf or nan
      let x2 = x * x;
      let sb = 0;
      if (ixh >>> 31 !== 0 && checkint(iyh, iyl) === 1) {
        x2 = -x2;
        sb = 1;
      }
      if (ax === 0 && ixl === 0 && iyh >>> 31 !== 0) return (sb ? -1 : 1) / 0;
      return iyh >>> 31 !== 0 ? 1 / x2 : x2;
    }
    // x and y are nonzero finite
    let tx = topx;
    if (ixh >>> 31 !== 0) {
      const yint = checkint(iyh, iyl);
      if (yint === 0) return (x - x) / (x - x);
      if (yint === 1) signBias = 0x40000;
      ixh &= 0x7fffffff;
      tx &= 0x7ff;
    }
    if ((topy & 0x7ff) - 0x3be >= 0x80 || (topy & 0x7ff) < 0x3be) {
      if (ixh === 0x3ff00000 && ixl === 0) return 1.0;
      const gt1 = ixh > 0x3ff00000 || (ixh === 0x3ff00000 && ixl !== 0);
      if ((topy & 0x7ff) < 0x3be) return gt1 ? 1.0 + y : 1.0 - y;
      return gt1 === topy < 0x800 ? Infinity : 0;
    }
    if (tx === 0) {
      F64[0] = x * TWO52;
      ixh = (U32[1] & 0x7fffffff) - (52 << 20);
      ixl = U32[0];
    }
  }
  const hi = logInline(ixh, ixl);
  const lo = logTail;
  const ehi = y * hi;
  const elo = fmaCore(y, lo, mulErr(y, hi, ehi));
  return expInline(ehi, elo, signBias);
}

function expInline(x: number, xtail: number, signBias: number): number {
  F64[0] = x;
  const hw = U32[1];
  let abstop = (hw >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) {
    if (abstop < 0x3c9) {
      const one = 1.0 + x;
      return signBias !== 0 ? -one : one;
    }
    if (abstop >= 0x409) {
      if (hw >>> 31 !== 0) return signBias !== 0 ? -0 : 0;
      return signBias !== 0 ? -Infinity : Infinity;
    }
    abstop = 0;
  }
  const kds = roundedShift(x);
  F64[0] = kds;
  const ki = U32[0];
  const kd = kds - SHIFT;
  const r = reduce(x, kd) + xtail;
  const idx = ki & 127;
  const tail = TAIL[idx];
  const sbHi = (SBITS[2 * idx + 1] + ((ki + signBias) << 13)) | 0;
  const sbLo = SBITS[2 * idx];
  const r2 = r * r;
  const t1 = fmaAD(fmaAD(r, C3, C2), r2, tail + r);
  const tmp = fmaAD(r2 * r2, fmaAD(r, C5, C4), t1);
  if (abstop === 0) return specialcase(tmp, sbHi, sbLo, ki);
  U32[1] = sbHi;
  U32[0] = sbLo;
  const scale = F64[0];
  return fmaAD(scale, tmp, scale);
}

function specialcase(tmp: number, sbHi: number, sbLo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    U32[1] = (sbHi - (1009 << 20)) | 0;
    U32[0] = sbLo;
    const scale = F64[0];
    return TWO1009 * fmaAD(scale, tmp, scale);
  }
  // k < 0: not fused in glibc's FMA build (scale*tmp is used twice).
  const adj = (sbHi + (1022 << 20)) | 0; // signed scale: its sign bit is the result's sign
  U32[1] = adj;
  U32[0] = sbLo;
  const scale = F64[0];
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = hi + lo - one;
    if (y === 0) y = adj < 0 ? -0 : 0;
  }
  return TWOM1022 * y;
}
