// Arc cosine returning glibc 2.36's result bit for bit (its x86-64 FMA build of e_asin.c, IBM's
// accurate asin/acos). |x| < 1/8: odd polynomial; up to 0.96875: Taylor expansion around the
// nearest tabulated point (the table holds the point, the coefficients and asin there as a
// double-double); beyond: 2 asin(sqrt((1 - |x|)/2)) with a Newton-refined square root.
// Each multiply-add GCC fuses in the FMA build is one correctly rounded fma here (fma.ts).
import { F64, U32 } from './bits.js';
import { fmaAD, fmaADRare, fmaCore, tieByTail } from './fma.js';
import { ASNCS, INROOT, POWTWO } from './acos_data.js';

const F1 = 1.66666666666664110590506577996662e-1;
const F2 = 7.50000000026122686814431784722623e-2;
const F3 = 4.46428561421059750978517350006940e-2;
const F4 = 3.03821268582119319911193410625235e-2;
const F5 = 2.23551211026525610742786300334557e-2;
const F6 = 1.81382903404565056280372531963613e-2;
const RT0 = 9.99999999859990725855365213134618e-1;
const RT1 = 4.99999999495955425917856814202739e-1;
const RT2 = 0.3750175008673452; // as printed from glibc's rt2, rt3 (uasncs.h)
const RT3 = 0.31252362655451865;
const T27 = 134217728;
const HP0 = 1.5707963267948966; // 0x3FF921FB 54442D18
const HP1 = 6.123233995736766e-17; // 0x3C91A626 33145C07
const SPLIT = 134217729; // 2^27 + 1

/**
 * Expansion around the tabulated point at ASNCS[n] with m polynomial coefficients; the fused
 * multiply-adds are written out (Horner steps with fmaAD's fast path and its dominance test).
 */
function expansion(x: number, pos: boolean, n: number, m: number): number {
  const xx = (pos ? x : -x) - ASNCS[n]!;
  let q = ASNCS[n + 1 + m];
  for (let j = n + m; j >= n + 2; j--) {
    const c = ASNCS[j]!;
    const p = xx * q!;
    let s = c + p;
    const t = c - s + p;
    const t2 = t + t;
    if (!(Math.abs(p) <= Math.abs(s) * 0.125) || (t !== 0 && s + t2 - s === t2)) s = fmaADRare(xx, q!, c, p, s, t);
    q = s;
  }
  const xx2 = xx * xx;
  const a0 = ASNCS[n + 2 + m];
  const a1 = ASNCS[n + 1];
  const pA = xx2;
  const pB = q;
  const pC = a0;
  const pP = pA * pB!;
  let pSp = SPLIT * pA;
  const pAh = pSp - (pSp - pA);
  const pAl = pA - pAh;
  pSp = SPLIT * pB!;
  const pBh = pSp - (pSp - pB!);
  const pBl = pB! - pBh;
  const pE = pAh * pBh - pP + pAh * pBl + pAl * pBh + pAl * pBl;
  const pS = pP + pC!;
  const pBb = pS - pP;
  const pT = pP - (pS - pBb) + (pC! - pBb);
  const pV = pT + pE;
  const pVb = pV - pT;
  const pW = pT - (pV - pVb) + (pE - pVb);
  let p = pS + pV;
  if (pW !== 0) p = tieByTail(pS, pV, pW, p);
  const tA = a1;
  const tB = xx;
  const tC = p;
  const tP = tA! * tB;
  let tSp = SPLIT * tA!;
  const tAh = tSp - (tSp - tA!);
  const tAl = tA! - tAh;
  tSp = SPLIT * tB;
  const tBh = tSp - (tSp - tB);
  const tBl = tB - tBh;
  const tE = tAh * tBh - tP + tAh * tBl + tAl * tBh + tAl * tBl;
  const tS = tP + tC;
  const tBb = tS - tP;
  const tT = tP - (tS - tBb) + (tC - tBb);
  const tV = tT + tE;
  const tVb = tV - tT;
  const tW = tT - (tV - tVb) + (tE - tVb);
  let t = tS + tV;
  if (tW !== 0) t = tieByTail(tS, tV, tW, t);
  const a = ASNCS[n + 3 + m]!;
  const y = pos ? HP0 - a : HP0 + a;
  return y + (pos ? HP1 - t : HP1 + t);
}

/**
 * glibc 2.36's acos(x) (the arc cosine in [0, pi]; FMA variant), bit for bit.
 * @param x - the argument in [-1, 1] (NaN outside).
 * @example acos(0); // 1.5707963267948966
 */
export function acos(x: number): number {
  F64[0] = x;
  const m = U32[1]! | 0;
  const lo = U32[0];
  const k = m & 0x7fffffff;
  const pos = m > 0;
  if (k < 0x3c880000) return HP0;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const P = fmaAD(fmaAD(fmaAD(fmaAD(fmaAD(F6, x2, F5), x2, F4), x2, F3), x2, F2), x2, F1);
    const r = HP0 - x;
    const cor = fmaCore(-P, x2 * x, HP0 - r - x + HP1);
    return r + cor;
  }
  if (k < 0x3fe00000) {
    const n = k < 0x3fd00000 ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352;
    return expansion(x, pos, n, 5);
  }
  if (k < 0x3fe80000) return expansion(x, pos, 1056 + ((k & 0x000fe000) >> 11) * 3, 6);
  if (k < 0x3fed8000) return expansion(x, pos, 992 + ((k & 0x000fe000) >> 13) * 13, 7);
  if (k < 0x3fee8000) return expansion(x, pos, 884 + ((k & 0x000fe000) >> 13) * 14, 8);
  if (k < 0x3fef0000) return expansion(x, pos, 768 + ((k & 0x000fe000) >> 13) * 15, 9);
  if (k < 0x3ff00000) {
    const z = 0.5 * (pos ? 1.0 - x : 1.0 + x);
    F64[0] = z;
    const kz = U32[1]! | 0;
    let t = INROOT[(kz & 0x001fffff) >> 14]! * POWTWO[511 - (kz >> 21)]!;
    const r = fmaCore(-(t * t), z, 1.0);
    t = t * fmaAD(r, fmaAD(r, fmaAD(r, RT3, RT2), RT1), RT0);
    const c = t * z;
    // t = c*(1.5 - 0.5*t*c) is only used in t + y, and GCC fuses that product into the sum.
    const w = fmaCore(-(0.5 * t), c, 1.5);
    const y = T27 * c + c - T27 * c; // products by 2^27 are exact: plain is fused
    const cc = fmaCore(-y, y, z) / fmaCore(c, w, y);
    const p = fmaAD(fmaAD(fmaAD(fmaAD(fmaAD(F6, z, F5), z, F4), z, F3), z, F2), z, F1) * z;
    const prod = p * (y + cc); // shared by both signs, so not fused in glibc either
    if (!pos) {
      const res = HP0 - y + (HP1 - cc - prod);
      return res + res;
    }
    const res = y + (cc + prod);
    return res + res;
  }
  if (k === 0x3ff00000 && lo === 0) return pos ? 0 : 2.0 * HP0;
  return x !== x ? x + x : NaN;
}
