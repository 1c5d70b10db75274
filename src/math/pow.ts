// Power function returning glibc 2.36's result bit for bit (its x86-64 FMA build, e_pow.c).
// Algorithm (glibc / Arm optimized-routines): log(x) to about 68 bits as hi + lo from a 128-entry
// table and a degree-8 polynomial, y*log(x) as ehi + elo with an exact product, then exp with the
// extra low part. Each multiply-add that GCC fuses in glibc's FMA build is one correctly rounded
// fma here (fma.ts); other steps are plain double operations, as in glibc.
import { F64, POW2, U32 } from './bits.js';
import { fmaAD, fmaADRare, fmaCore, splitTable } from './fma.js';
import { C, INVLN2N, NEGLN2HIN, NEGLN2LON, SBITS, SHIFT, TAIL } from './exp_data.js';
import { SCALE } from './exp.js';
import { A, LN2HI, LN2LO, T } from './pow_data.js';

const TWO52 = 4503599627370496;
const TWO1009 = 2 ** 1009;
const TWOM1022 = 2 ** -1022;
const A0 = A[0]!, A1 = A[1]!, A2 = A[2]!, A3 = A[3]!, A4 = A[4]!, A5 = A[5]!, A6 = A[6]!;
const C2 = C[0]!, C3 = C[1]!, C4 = C[2]!, C5 = C[3]!;

const INVC_SPLIT = splitTable(T, 3); // Veltkamp halves of each invc
const SPLIT = 134217729; // 2^27 + 1
const TWOM30 = 2 ** -30;
// the fast path's error-bound constants (derived, with their slack, in build_wasm_math.mjs,
// which also asserts that they hold for these tables)
const KQ = 3.5 * 2 ** -53;
const KK = 2 ** -88;
const TWOM51 = 2 ** -51;
const KLO = 1.01 * 2 ** -52;
const KU = 2.0625 * 2 ** -53;
const KT = 0.171875 * 2 ** -53;
if (A[0] !== -0.5) throw new Error('pow: unexpected A0');

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

/**
 * glibc 2.36's pow(x, y) (x**y with C99's special cases), bit for bit.
 * @param x - the base.
 * @param y - the exponent.
 * @example pow(2, 0.5); // 1.4142135623730951
 */
export function pow(x: number, y: number): number {
  F64[0] = y;
  const iyh = U32[1]!;
  const iyl = U32[0]!;
  F64[0] = x;
  let ixh = U32[1];
  const ixl = U32[0]!;
  const topx = ixh! >>> 20;
  const topy = iyh >>> 20;
  let signBias = 0;
  let ax = x; // |x|, scaled by 2^52 when subnormal (then ks = 52)
  let ks = 0;
  if (topx - 1 >= 0x7fe || topx === 0 || (topy & 0x7ff) - 0x3be >= 0x80 || (topy & 0x7ff) < 0x3be) {
    const ay = iyh & 0x7fffffff;
    if ((ay === 0 && iyl === 0) || ay >= 0x7ff00000) {
      // y is +-0, +-inf or nan
      if (ay === 0 && iyl === 0) return isSignaling(ixh!, ixl) ? x + y : 1.0;
      if (ixh === 0x3ff00000 && ixl === 0) return isSignaling(iyh, iyl) ? x + y : 1.0;
      if (x !== x || y !== y) return x + y;
      const axh = ixh! & 0x7fffffff;
      if (axh === 0x3ff00000 && ixl === 0) return 1.0;
      if (axh < 0x3ff00000 === (iyh >>> 31 === 0)) return 0.0;
      return y * y;
    }
    const axh = ixh! & 0x7fffffff;
    if ((axh === 0 && ixl === 0) || axh >= 0x7ff00000) {
      // x is +-0, +-inf or nan
      let x2 = x * x;
      let sb = 0;
      if (ixh! >>> 31 !== 0 && checkint(iyh, iyl) === 1) {
        x2 = -x2;
        sb = 1;
      }
      if (axh === 0 && ixl === 0 && iyh >>> 31 !== 0) return (sb ? -1 : 1) / 0;
      return iyh >>> 31 !== 0 ? 1 / x2 : x2;
    }
    // x and y are nonzero finite
    let tx = topx;
    if (ixh! >>> 31 !== 0) {
      const yint = checkint(iyh, iyl);
      if (yint === 0) return (x - x) / (x - x);
      if (yint === 1) signBias = 0x40000;
      ixh! &= 0x7fffffff;
      tx &= 0x7ff;
      ax = -x;
    }
    if ((topy & 0x7ff) - 0x3be >= 0x80 || (topy & 0x7ff) < 0x3be) {
      if (ixh === 0x3ff00000 && ixl === 0) return 1.0;
      const gt1 = ixh! > 0x3ff00000 || (ixh === 0x3ff00000 && ixl !== 0);
      if ((topy & 0x7ff) < 0x3be) return gt1 ? 1.0 + y : 1.0 - y;
      return gt1 === topy < 0x800 ? Infinity : 0;
    }
    if (tx === 0) {
      ax = Math.abs(x) * TWO52;
      F64[0] = ax;
      ixh = U32[1];
      ks = 52;
    }
  }
  return powMain(ax, ixh!, ks, y, signBias);
}

/**
 * x^y for finite positive ax = |x| (2^ks * |x| when ks != 0) with high word ixh: glibc's
 * log_inline, the product y*log(x) and exp_inline, written out so that V8 keeps intermediates
 * unboxed. The fused sites after the range reduction run unfused, checked against glibc's
 * roundings (the fast path of build_wasm_math.mjs's definePow, the same steps); a failed check
 * runs them exactly (fma.ts).
 */
function powMain(ax: number, ixh: number, ks: number, y: number, signBias: number): number {
  // ---- log_inline: log(x) = lhi + llo to about 68 bits.
  const tmp = (ixh - 0x3fe69555) | 0; // high word of ix - OFF (OFF's low word is 0)
  const i = (tmp >>> 13) & 127;
  const k0 = tmp >> 20;
  const z = ax * POW2[1100 - k0]!; // exact: rescaling by a power of two
  const k = k0 - ks;
  const kd = k;
  const invc = T[3 * i]!;
  const logc = T[3 * i + 1]!;
  const logctail = T[3 * i + 2]!;
  // r = fma(z, invc, -1), exactly representable (invc has few bits): (pz - 1) + ez with
  // z*invc = pz + ez (Dekker) and pz - 1 exact.
  const pz = z * invc;
  const sz = SPLIT * z;
  const zh = sz - (sz - z);
  const zl = z - zh;
  const ih = INVC_SPLIT[2 * i]!;
  const il = INVC_SPLIT[2 * i + 1]!;
  const r = pz - 1.0 + (zh * ih - pz + zh * il + zl * ih + zl * il);
  const t1 = kd * LN2HI + logc; // exact by table design
  const t2 = t1 + r;
  const lo2 = t1 - t2 + r;
  const ar = A0 * r; // A0 = -1/2
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi0 = t2 + ar2;
  // lo3 = fma(ar, r, -ar2): the exact error of r*ar; r's halves rh + rl give ar's as -rh/2, -rl/2.
  const sr = SPLIT * r;
  const rh = sr - (sr - r);
  const rl = r - rh;
  const lo3 = -0.5 * rh * rh - ar2 + -0.5 * rh * rl + -0.5 * rl * rh + -0.5 * rl * rl;
  const lo4 = t2 - hi0 + ar2;
  // The rest of log_inline and y*log(x) = ehi + elo (ehi = y*lhi, elo = fma(y, llo, fma(y, lhi,
  // -ehi))): the fast path first (build_wasm_math.mjs's powFastLog/powFastElo explain its
  // bounds), glibc's fused sites exactly when a check fails; a failed check on er comes back here.
  let slow = false;
  for (;;) {
    let lhi = 0;
    let llo = 0;
    let blo = 0;
    if (!slow) {
      const lo1 = kd * LN2LO + logctail;
      const q23 = A3 + r * A4 + ar2 * (A5 + r * A6);
      const lo = lo1 + lo2 + lo3 + lo4 + ar3 * (A1 + r * A2 + ar2 * q23);
      blo = Math.abs(ar3) * KQ + Math.abs(lo) * KLO + Math.abs(kd) * KK;
      lhi = hi0 + (lo + (blo + blo));
      if (lhi === hi0 + (lo - (blo + blo))) llo = hi0 - lhi + lo;
      else slow = true;
    }
    if (slow) {
      const lo = loExact(kd, logctail, r, ar2, ar3, lo2, lo3, lo4);
      lhi = hi0 + lo;
      llo = hi0 - lhi + lo;
    }
    const ehi = y * lhi;
    const sy = SPLIT * y;
    const yh = sy - (sy - y);
    const yl = y - yh;
    const sl = SPLIT * lhi;
    const lh = sl - (sl - lhi);
    const ll = lhi - lh;
    const e1 = yh * lh - ehi + yh * ll + yl * lh + yl * ll; // exact error of y*lhi
    let elo: number;
    let de = 0; // bound on |elo - glibc's elo|
    // r = 0 (x a power of two): the unfused lo is glibc's (all its terms but lo1 are 0, and lo1 adds
    // 0), so one exact fma makes elo glibc's too; the check on er could not pin it when er is tiny.
    if (slow || r === 0) {
      elo = fmaCore(y, llo, e1);
    } else {
      const ylo = y * llo;
      elo = ylo + e1;
      de = Math.abs(y) * blo + (Math.abs(ylo) + Math.abs(elo)) * TWOM51;
    }
    F64[0] = ehi;
    const abstop = (U32[1]! >>> 20) & 0x7ff;
    // outside 2^-54 <= |ehi| < 512 only the band below 1024 (results near the limits) reads elo
    if ((abstop - 0x3c9 >= 0x408 - 0x3c9 || abstop < 0x3c9) && abstop !== 0x408) return expLimits(ehi, signBias);
    const er = expReduce(ehi, elo, de + de);
    if (er === er) return expMain(reducedK, er, signBias, abstop === 0x408);
    slow = true;
  }
}

/** glibc's lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4) with all its fused sites, exactly. */
function loExact(kd: number, logctail: number, r: number, ar2: number, ar3: number, lo2: number, lo3: number,
  lo4: number): number {
  const lo1 = fmaCore(kd, LN2LO, logctail);
  const q23 = fmaCore(ar2, fmaCore(r, A6, A5), fmaCore(r, A4, A3));
  const q = fmaCore(ar2, q23, fmaCore(r, A2, A1));
  return fmaCore(ar3, q, lo1 + lo2 + lo3 + lo4);
}

let reducedK = 0; // expReduce's k

/**
 * exp_inline's reduced argument er = fma(kd, NegLn2loN, fma(kd, NegLn2hiN, ehi)) + elo for
 * 2^-54 <= |ehi| < 1024 (k in reducedK), pinned to glibc's value when glibc's elo lies within d/2
 * of elo; NaN when that cannot be proved.
 */
function expReduce(ehi: number, elo: number, d: number): number {
  const pk = ehi * INVLN2N;
  let kds = pk + SHIFT;
  const dk = pk - (kds - SHIFT);
  if (!(Math.abs(Math.abs(dk) - 0.5) > TWOM30)) kds = fmaCore(ehi, INVLN2N, SHIFT);
  const ekd = kds - SHIFT;
  const ki = ekd | 0;
  reducedK = ki;
  let er = ehi;
  if (ki !== 0) {
    // exact for |k| < 2^17 (see exp.ts reduce); the band 512 <= |ehi| < 1024 may exceed it
    const r1 = Math.abs(ekd) < 131072 ? ehi + ekd * NEGLN2HIN : fmaCore(ekd, NEGLN2HIN, ehi);
    const p = ekd * NEGLN2LON;
    er = r1 + p;
    const t = r1 - er + p;
    const t2x = t + t;
    if (!(Math.abs(p) <= Math.abs(er) * 0.125) || (t !== 0 && er + t2x - er === t2x)) er = fmaADRare(ekd, NEGLN2LON, r1, p, er, t);
  }
  const era = er + (elo + d);
  return era === er + (elo - d) ? era : NaN;
}

/**
 * exp_inline's main path from glibc's k and er (the reduced argument with elo added); special:
 * 512 <= |ehi| < 1024. The polynomial's fused sites are pinned like er (build_wasm_math.mjs's
 * powFastExp), exactly otherwise.
 */
function expMain(ki: number, er: number, signBias: number, special: boolean): number {
  const idx = ki & 127;
  const r2 = er * er;
  const c0 = TAIL[idx]! + er;
  const r4 = r2 * r2;
  const p1 = (C2 + er * C3) * r2;
  const d1 = r2 * KU;
  const u1 = c0 + (p1 + d1);
  const p2 = r4 * (C4 + er * C5);
  const d2 = r4 * KT;
  let etmp = u1 + (p2 + d2);
  if (u1 !== c0 + (p1 - d1) || etmp !== u1 + (p2 - d2)) {
    etmp = fmaCore(r4, fmaCore(er, C5, C4), fmaCore(fmaCore(er, C3, C2), r2, c0));
  }
  if (special) return specialcase(etmp, (SBITS[2 * idx + 1]! + ((ki + signBias) << 13)) | 0, SBITS[2 * idx]!, ki);
  const scale0 = SCALE[idx]! * POW2[1100 + (ki >> 7)]!;
  const scale = signBias !== 0 ? -scale0 : scale0;
  // fma(scale, etmp, scale) with |scale*etmp| < |scale|/8: only fmaAD's tie test
  const p = scale * etmp;
  const res = scale + p;
  const t = scale - res + p;
  const t2x = t + t;
  if (t !== 0 && res + t2x - res === t2x) return fmaADRare(scale, etmp, scale, p, res, t);
  return res;
}

/** exp_inline for |x| < 2^-54 or |x| >= 1024: 1, 0 or infinity with the result's sign. */
function expLimits(x: number, signBias: number): number {
  F64[0] = x;
  const hw = U32[1]!;
  if (((hw >>> 20) & 0x7ff) < 0x3c9) {
    const one = 1.0 + x;
    return signBias !== 0 ? -one : one;
  }
  if (hw >>> 31 !== 0) return signBias !== 0 ? -0 : 0;
  return signBias !== 0 ? -Infinity : Infinity;
}

function specialcase(tmp: number, sbHi: number, sbLo: number, ki: number): number {
  if ((ki & 0x80000000) === 0) {
    U32[1] = (sbHi - (1009 << 20)) | 0;
    U32[0] = sbLo;
    const scale = F64[0]!;
    return TWO1009 * fmaAD(scale, tmp, scale);
  }
  // k < 0: not fused in glibc's FMA build (scale*tmp is used twice).
  const adj = (sbHi + (1022 << 20)) | 0; // signed scale: its sign bit is the result's sign
  U32[1] = adj;
  U32[0] = sbLo;
  const scale = F64[0]!;
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
