// The shared core of sin and cos returning glibc 2.36's results bit for bit (its x86-64 FMA build
// of s_sin.c, IBM's accurate sin/cos). x is reduced to a + da (quadrant n) by Cody-Waite with pi/2
// in four parts, or by branred (Payne-Hanek, 2/pi in base 2^24) beyond 105414350; then sin or cos
// of a + da from the sin/cos of the nearest multiple of 1/128 (table) and short Taylor polynomials
// of the rest. Each multiply-add GCC fuses in the FMA build is one correctly rounded fma here
// (fma.ts); branred is not part of the FMA variant and runs with plain operations, as in glibc.
// sin and cos share every piece in glibc (do_sin, do_cos, reduce_sincos, __branred), and GCC
// fuses the same sites in both inlined copies; cos.ts and sin.ts only pick the branches.
import { F64, U32 } from './bits.js';
import { fmaADRare, fmaCore, tieByTail } from './fma.js';
import { SINCOSTAB as TAB } from './sincos_data.js';

const S1 = -0.16666666666666666; // -0x1.5555555555555p-3
const S2 = 0.0083333333333323288; // 0x1.1111111110ECEp-7
const S3 = -0.00019841269834414642; // -0x1.A01A019DB08B8p-13
const S4 = 2.755729806860771e-6; // 0x1.71DE27B9A7ED9p-19
const S5 = -2.5022014848318398e-8; // -0x1.ADDFFC2FCDF59p-26
const BIG = 52776558133248; // 0x1.8p45: adding it rounds to a multiple of 1/128
export const HP0 = 1.5707963267948966; // 0x1.921FB54442D18p0
export const HP1 = 6.123233995736766e-17; // 0x1.1A62633145C07p-54
const MP1 = 1.5707963407039642; // 0x1.921FB58000000p0
const MP2 = -1.3909067564377153e-8; // -0x1.DDE973C000000p-27
const PP3 = -4.9789962314799099e-17; // -0x1.CB3B398000000p-55
const PP4 = -1.9034889620193266e-25; // -0x1.d747f23e32ed7p-83
const HPINV = 0.63661977236758138; // 0x1.45F306DC9C883p-1
const TOINT = 6755399441055744; // 0x1.8p52
const TWOM20 = 2 ** -20;
const SN3 = -1.66666666666664880952546298448555e-1;
const SN5 = 8.33333214285722277379541354343671e-3;
const CS2 = 4.99999999999999999999950396842453e-1;
const CS4 = -4.16666666666664434524222570944589e-2;
const CS6 = 1.38888874007937613028114285595617e-3;

/**
 * cos(x + dx) for |x| < 0.855469 (table + Taylor), its multiply-adds written out. After the
 * table step |x| < 2^-8, so the polynomial steps' addends dominate (tie test only); the
 * correction terms use the general form.
 */
export function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  F64[0] = u;
  const k = U32[0]! << 2;
  x = ax - (u - BIG) + dx;
  const xx = x * x;
  const x3 = x * xx;
  const psP = xx * SN5;
  let ps = SN3 + psP;
  const psT = SN3 - ps + psP;
  const psT2 = psT + psT;
  if (psT !== 0 && ps + psT2 - ps === psT2) ps = fmaADRare(xx, SN5, SN3, psP, ps, psT);
  const sP = x3 * ps;
  let s = x + sP;
  const sT = x - s + sP;
  const sT2 = sT + sT;
  if (sT !== 0 && s + sT2 - s === sT2) s = fmaADRare(x3, ps, x, sP, s, sT);
  const pc4P = xx * CS6;
  let pc4 = CS4 + pc4P;
  const pc4T = CS4 - pc4 + pc4P;
  const pc4T2 = pc4T + pc4T;
  if (pc4T !== 0 && pc4 + pc4T2 - pc4 === pc4T2) pc4 = fmaADRare(xx, CS6, CS4, pc4P, pc4, pc4T);
  const pc2P = xx * pc4;
  let pc2 = CS2 + pc2P;
  const pc2T = CS2 - pc2 + pc2P;
  const pc2T2 = pc2T + pc2T;
  if (pc2T !== 0 && pc2 + pc2T2 - pc2 === pc2T2) pc2 = fmaADRare(xx, pc4, CS2, pc2P, pc2, pc2T);
  const c = xx * pc2;
  const sn = TAB[k]!;
  const ssn = TAB[k + 1];
  const cs = TAB[k + 2]!;
  const ccs = TAB[k + 3];
  const c1A = -s;
  const c1B = ssn;
  const c1C = ccs;
  const c1P = c1A * c1B!;
  let c1Sp = SPLIT * c1A;
  const c1Ah = c1Sp - (c1Sp - c1A);
  const c1Al = c1A - c1Ah;
  c1Sp = SPLIT * c1B!;
  const c1Bh = c1Sp - (c1Sp - c1B!);
  const c1Bl = c1B! - c1Bh;
  const c1E = c1Ah * c1Bh - c1P + c1Ah * c1Bl + c1Al * c1Bh + c1Al * c1Bl;
  const c1S = c1P + c1C!;
  const c1Bb = c1S - c1P;
  const c1T = c1P - (c1S - c1Bb) + (c1C! - c1Bb);
  const c1V = c1T + c1E;
  const c1Vb = c1V - c1T;
  const c1W = c1T - (c1V - c1Vb) + (c1E - c1Vb);
  let c1 = c1S + c1V;
  if (c1W !== 0) c1 = tieByTail(c1S, c1V, c1W, c1);
  const c2A = -cs;
  const c2B = c;
  const c2C = c1;
  const c2P = c2A * c2B;
  let c2Sp = SPLIT * c2A;
  const c2Ah = c2Sp - (c2Sp - c2A);
  const c2Al = c2A - c2Ah;
  c2Sp = SPLIT * c2B;
  const c2Bh = c2Sp - (c2Sp - c2B);
  const c2Bl = c2B - c2Bh;
  const c2E = c2Ah * c2Bh - c2P + c2Ah * c2Bl + c2Al * c2Bh + c2Al * c2Bl;
  const c2S = c2P + c2C;
  const c2Bb = c2S - c2P;
  const c2T = c2P - (c2S - c2Bb) + (c2C - c2Bb);
  const c2V = c2T + c2E;
  const c2Vb = c2V - c2T;
  const c2W = c2T - (c2V - c2Vb) + (c2E - c2Vb);
  let c2 = c2S + c2V;
  if (c2W !== 0) c2 = tieByTail(c2S, c2V, c2W, c2);
  const corA = -sn;
  const corB = s;
  const corC = c2;
  const corP = corA * corB;
  let corSp = SPLIT * corA;
  const corAh = corSp - (corSp - corA);
  const corAl = corA - corAh;
  corSp = SPLIT * corB;
  const corBh = corSp - (corSp - corB);
  const corBl = corB - corBh;
  const corE = corAh * corBh - corP + corAh * corBl + corAl * corBh + corAl * corBl;
  const corS = corP + corC;
  const corBb = corS - corP;
  const corT = corP - (corS - corBb) + (corC - corBb);
  const corV = corT + corE;
  const corVb = corV - corT;
  const corW = corT - (corV - corVb) + (corE - corVb);
  let cor = corS + corV;
  if (corW !== 0) cor = tieByTail(corS, corV, corW, cor);
  return cs + cor;
}

/** sin(x + dx) for |x| < 0.855469 (Taylor below 0.126, else table + Taylor), written out. */
export function doSin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) {
    const xx = x * x;
    const p4P = xx * S5;
    let p4 = S4 + p4P;
    const p4T = S4 - p4 + p4P;
    const p4T2 = p4T + p4T;
    if (p4T !== 0 && p4 + p4T2 - p4 === p4T2) p4 = fmaADRare(xx, S5, S4, p4P, p4, p4T);
    const p3P = p4 * xx;
    let p3 = S3 + p3P;
    const p3T = S3 - p3 + p3P;
    const p3T2 = p3T + p3T;
    if (p3T !== 0 && p3 + p3T2 - p3 === p3T2) p3 = fmaADRare(p4, xx, S3, p3P, p3, p3T);
    const p2P = p3 * xx;
    let p2 = S2 + p2P;
    const p2T = S2 - p2 + p2P;
    const p2T2 = p2T + p2T;
    if (p2T !== 0 && p2 + p2T2 - p2 === p2T2) p2 = fmaADRare(p3, xx, S2, p2P, p2, p2T);
    const p1P = p2 * xx;
    let p1 = S1 + p1P;
    const p1T = S1 - p1 + p1P;
    const p1T2 = p1T + p1T;
    if (p1T !== 0 && p1 + p1T2 - p1 === p1T2) p1 = fmaADRare(p2, xx, S1, p1P, p1, p1T);
    // dx = +-0 (sin's own small arguments): both fused steps add a zero to a nonzero product,
    // so each is the rounded product.
    if (dx === 0) return x + p1 * x * xx;
    const hdx = -(0.5 * dx);
    const t0A = p1;
    const t0B = x;
    const t0C = hdx;
    const t0P = t0A * t0B;
    let t0Sp = SPLIT * t0A;
    const t0Ah = t0Sp - (t0Sp - t0A);
    const t0Al = t0A - t0Ah;
    t0Sp = SPLIT * t0B;
    const t0Bh = t0Sp - (t0Sp - t0B);
    const t0Bl = t0B - t0Bh;
    const t0E = t0Ah * t0Bh - t0P + t0Ah * t0Bl + t0Al * t0Bh + t0Al * t0Bl;
    const t0S = t0P + t0C;
    const t0Bb = t0S - t0P;
    const t0T = t0P - (t0S - t0Bb) + (t0C - t0Bb);
    const t0V = t0T + t0E;
    const t0Vb = t0V - t0T;
    const t0W = t0T - (t0V - t0Vb) + (t0E - t0Vb);
    let t0 = t0S + t0V;
    if (t0W !== 0) t0 = tieByTail(t0S, t0V, t0W, t0);
    const tA = t0;
    const tB = xx;
    const tC = dx;
    const tP = tA * tB;
    let tSp = SPLIT * tA;
    const tAh = tSp - (tSp - tA);
    const tAl = tA - tAh;
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
    return x + t;
  }
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  F64[0] = u;
  const k = U32[0]! << 2;
  x = ax - (u - BIG);
  const xx = x * x;
  const x3 = x * xx;
  const psP = xx * SN5;
  let ps = SN3 + psP;
  const psT = SN3 - ps + psP;
  const psT2 = psT + psT;
  if (psT !== 0 && ps + psT2 - ps === psT2) ps = fmaADRare(xx, SN5, SN3, psP, ps, psT);
  const s0P = x3 * ps;
  let s0 = dx + s0P;
  const s0T = dx - s0 + s0P;
  const s0T2 = s0T + s0T;
  // dx = +-0: s0 = dx + s0P is already the fused result (signed zeros included)
  if (dx !== 0 && (!(Math.abs(s0P) <= Math.abs(s0) * 0.125) || (s0T !== 0 && s0 + s0T2 - s0 === s0T2))) {
    s0 = fmaADRare(x3, ps, dx, s0P, s0, s0T);
  }
  const s = x + s0;
  const pc4P = xx * CS6;
  let pc4 = CS4 + pc4P;
  const pc4T = CS4 - pc4 + pc4P;
  const pc4T2 = pc4T + pc4T;
  if (pc4T !== 0 && pc4 + pc4T2 - pc4 === pc4T2) pc4 = fmaADRare(xx, CS6, CS4, pc4P, pc4, pc4T);
  const pc2P = xx * pc4;
  let pc2 = CS2 + pc2P;
  const pc2T = CS2 - pc2 + pc2P;
  const pc2T2 = pc2T + pc2T;
  if (pc2T !== 0 && pc2 + pc2T2 - pc2 === pc2T2) pc2 = fmaADRare(xx, pc4, CS2, pc2P, pc2, pc2T);
  const cq = xx * pc2;
  const cA = x;
  const cB = dx;
  const cC = cq;
  const cP = cA * cB;
  let cSp = SPLIT * cA;
  const cAh = cSp - (cSp - cA);
  const cAl = cA - cAh;
  cSp = SPLIT * cB;
  const cBh = cSp - (cSp - cB);
  const cBl = cB - cBh;
  const cE = cAh * cBh - cP + cAh * cBl + cAl * cBh + cAl * cBl;
  const cS = cP + cC;
  const cBb = cS - cP;
  const cT = cP - (cS - cBb) + (cC - cBb);
  const cV = cT + cE;
  const cVb = cV - cT;
  const cW = cT - (cV - cVb) + (cE - cVb);
  let c = cS + cV;
  if (cW !== 0) c = tieByTail(cS, cV, cW, c);
  const sn = TAB[k]!;
  const ssn = TAB[k + 1];
  const cs = TAB[k + 2];
  const ccs = TAB[k + 3];
  const c1A = s;
  const c1B = ccs;
  const c1C = ssn;
  const c1P = c1A * c1B!;
  let c1Sp = SPLIT * c1A;
  const c1Ah = c1Sp - (c1Sp - c1A);
  const c1Al = c1A - c1Ah;
  c1Sp = SPLIT * c1B!;
  const c1Bh = c1Sp - (c1Sp - c1B!);
  const c1Bl = c1B! - c1Bh;
  const c1E = c1Ah * c1Bh - c1P + c1Ah * c1Bl + c1Al * c1Bh + c1Al * c1Bl;
  const c1S = c1P + c1C!;
  const c1Bb = c1S - c1P;
  const c1T = c1P - (c1S - c1Bb) + (c1C! - c1Bb);
  const c1V = c1T + c1E;
  const c1Vb = c1V - c1T;
  const c1W = c1T - (c1V - c1Vb) + (c1E - c1Vb);
  let c1 = c1S + c1V;
  if (c1W !== 0) c1 = tieByTail(c1S, c1V, c1W, c1);
  const c2A = -sn;
  const c2B = c;
  const c2C = c1;
  const c2P = c2A * c2B;
  let c2Sp = SPLIT * c2A;
  const c2Ah = c2Sp - (c2Sp - c2A);
  const c2Al = c2A - c2Ah;
  c2Sp = SPLIT * c2B;
  const c2Bh = c2Sp - (c2Sp - c2B);
  const c2Bl = c2B - c2Bh;
  const c2E = c2Ah * c2Bh - c2P + c2Ah * c2Bl + c2Al * c2Bh + c2Al * c2Bl;
  const c2S = c2P + c2C;
  const c2Bb = c2S - c2P;
  const c2T = c2P - (c2S - c2Bb) + (c2C - c2Bb);
  const c2V = c2T + c2E;
  const c2Vb = c2V - c2T;
  const c2W = c2T - (c2V - c2Vb) + (c2E - c2Vb);
  let c2 = c2S + c2V;
  if (c2W !== 0) c2 = tieByTail(c2S, c2V, c2W, c2);
  const corA = cs;
  const corB = s;
  const corC = c2;
  const corP = corA! * corB;
  let corSp = SPLIT * corA!;
  const corAh = corSp - (corSp - corA!);
  const corAl = corA! - corAh;
  corSp = SPLIT * corB;
  const corBh = corSp - (corSp - corB);
  const corBl = corB - corBh;
  const corE = corAh * corBh - corP + corAh * corBl + corAl * corBh + corAl * corBl;
  const corS = corP + corC;
  const corBb = corS - corP;
  const corT = corP - (corS - corBb) + (corC - corBb);
  const corV = corT + corE;
  const corVb = corV - corT;
  const corW = corT - (corV - corVb) + (corE - corVb);
  let cor = corS + corV;
  if (corW !== 0) cor = tieByTail(corS, corV, corW, cor);
  const r = sn + cor;
  return xold < 0 ? -Math.abs(r) : Math.abs(r); // copysign; |xold| >= 0.126 here
}

let reducedLow = 0; // da of the last reduction (module scratch, no allocation)

/** Cody-Waite reduction for |x| < 105414350: returns a (da in reducedLow) and sets quadrant. */
function reduceSincos(x: number): number {
  // t = fma(x, hpinv, toint): the fused sum rounds x*hpinv exactly to an integer; |x*hpinv| < 2^26,
  // so the rounded product is within 2^-27 of it and only products within 2^-20 of a half-integer
  // can round differently (those use fmaCore).
  const ph = x * HPINV;
  let t = ph + TOINT;
  const dh = ph - (t - TOINT);
  if (!(Math.abs(Math.abs(dh) - 0.5) > TWOM20)) t = fmaCore(x, HPINV, TOINT);
  const xn = t - TOINT;
  quadrant = (xn | 0) & 3; // glibc takes the low bits of t's significand: xn mod 4
  const nxn = -xn;
  const y1A = nxn;
  const y1B = MP1;
  const y1C = x;
  const y1P = y1A * y1B;
  let y1Sp = SPLIT * y1A;
  const y1Ah = y1Sp - (y1Sp - y1A);
  const y1Al = y1A - y1Ah;
  y1Sp = SPLIT * y1B;
  const y1Bh = y1Sp - (y1Sp - y1B);
  const y1Bl = y1B - y1Bh;
  const y1E = y1Ah * y1Bh - y1P + y1Ah * y1Bl + y1Al * y1Bh + y1Al * y1Bl;
  const y1S = y1P + y1C;
  const y1Bb = y1S - y1P;
  const y1T = y1P - (y1S - y1Bb) + (y1C - y1Bb);
  const y1V = y1T + y1E;
  const y1Vb = y1V - y1T;
  const y1W = y1T - (y1V - y1Vb) + (y1E - y1Vb);
  let y1 = y1S + y1V;
  if (y1W !== 0) y1 = tieByTail(y1S, y1V, y1W, y1);
  const yA = nxn;
  const yB = MP2;
  const yC = y1;
  const yP = yA * yB;
  let ySp = SPLIT * yA;
  const yAh = ySp - (ySp - yA);
  const yAl = yA - yAh;
  ySp = SPLIT * yB;
  const yBh = ySp - (ySp - yB);
  const yBl = yB - yBh;
  const yE = yAh * yBh - yP + yAh * yBl + yAl * yBh + yAl * yBl;
  const yS = yP + yC;
  const yBb = yS - yP;
  const yT = yP - (yS - yBb) + (yC - yBb);
  const yV = yT + yE;
  const yVb = yV - yT;
  const yW = yT - (yV - yVb) + (yE - yVb);
  let y = yS + yV;
  if (yW !== 0) y = tieByTail(yS, yV, yW, y);
  // GCC duplicates t1 = xn*pp3 (and xn*pp4) into both of its uses, fusing each.
  const t2A = nxn;
  const t2B = PP3;
  const t2C = y;
  const t2P = t2A * t2B;
  let t2Sp = SPLIT * t2A;
  const t2Ah = t2Sp - (t2Sp - t2A);
  const t2Al = t2A - t2Ah;
  t2Sp = SPLIT * t2B;
  const t2Bh = t2Sp - (t2Sp - t2B);
  const t2Bl = t2B - t2Bh;
  const t2E = t2Ah * t2Bh - t2P + t2Ah * t2Bl + t2Al * t2Bh + t2Al * t2Bl;
  const t2S = t2P + t2C;
  const t2Bb = t2S - t2P;
  const t2T = t2P - (t2S - t2Bb) + (t2C - t2Bb);
  const t2V = t2T + t2E;
  const t2Vb = t2V - t2T;
  const t2W = t2T - (t2V - t2Vb) + (t2E - t2Vb);
  let t2 = t2S + t2V;
  if (t2W !== 0) t2 = tieByTail(t2S, t2V, t2W, t2);
  const yt = y - t2;
  const dbA = nxn;
  const dbB = PP3;
  const dbC = yt;
  const dbP = dbA * dbB;
  let dbSp = SPLIT * dbA;
  const dbAh = dbSp - (dbSp - dbA);
  const dbAl = dbA - dbAh;
  dbSp = SPLIT * dbB;
  const dbBh = dbSp - (dbSp - dbB);
  const dbBl = dbB - dbBh;
  const dbE = dbAh * dbBh - dbP + dbAh * dbBl + dbAl * dbBh + dbAl * dbBl;
  const dbS = dbP + dbC;
  const dbBb = dbS - dbP;
  const dbT = dbP - (dbS - dbBb) + (dbC - dbBb);
  const dbV = dbT + dbE;
  const dbVb = dbV - dbT;
  const dbW = dbT - (dbV - dbVb) + (dbE - dbVb);
  let db = dbS + dbV;
  if (dbW !== 0) db = tieByTail(dbS, dbV, dbW, db);
  const bA = nxn;
  const bB = PP4;
  const bC = t2;
  const bP = bA * bB;
  let bSp = SPLIT * bA;
  const bAh = bSp - (bSp - bA);
  const bAl = bA - bAh;
  bSp = SPLIT * bB;
  const bBh = bSp - (bSp - bB);
  const bBl = bB - bBh;
  const bE = bAh * bBh - bP + bAh * bBl + bAl * bBh + bAl * bBl;
  const bS = bP + bC;
  const bBb = bS - bP;
  const bT = bP - (bS - bBb) + (bC - bBb);
  const bV = bT + bE;
  const bVb = bV - bT;
  const bW = bT - (bV - bVb) + (bE - bVb);
  let b = bS + bV;
  if (bW !== 0) b = tieByTail(bS, bV, bW, b);
  const tb = t2 - b;
  const db2A = nxn;
  const db2B = PP4;
  const db2C = tb;
  const db2P = db2A * db2B;
  let db2Sp = SPLIT * db2A;
  const db2Ah = db2Sp - (db2Sp - db2A);
  const db2Al = db2A - db2Ah;
  db2Sp = SPLIT * db2B;
  const db2Bh = db2Sp - (db2Sp - db2B);
  const db2Bl = db2B - db2Bh;
  const db2E = db2Ah * db2Bh - db2P + db2Ah * db2Bl + db2Al * db2Bh + db2Al * db2Bl;
  const db2S = db2P + db2C;
  const db2Bb = db2S - db2P;
  const db2T = db2P - (db2S - db2Bb) + (db2C - db2Bb);
  const db2V = db2T + db2E;
  const db2Vb = db2V - db2T;
  const db2W = db2T - (db2V - db2Vb) + (db2E - db2Vb);
  let db2 = db2S + db2V;
  if (db2W !== 0) db2 = tieByTail(db2S, db2V, db2W, db2);
  reducedLow = db + db2;
  return b;
}

let quadrant = 0;

function doSincos(a: number, da: number, n: number): number {
  const r = (n & 1) !== 0 ? doCos(a, da) : doSin(a, da);
  return (n & 2) !== 0 ? -r : r;
}

/**
 * sin (shift 0) or cos (shift 1) of a finite x with |x| >= 2.426265 (high word without sign k):
 * reduce to a + da in quadrant n and evaluate the quadrant's function.
 */
export function sinCosFar(x: number, k: number, shift: number): number {
  const a = k < 0x419921fb ? reduceSincos(x) : branred(x);
  return doSincos(a, reducedLow, quadrant + shift);
}

// ---- branred: x = n pi/2 + (a + aa) for |x| >= 105414350 (plain double arithmetic).

const TOVERP = new Float64Array([
  10680707.0, 7228996.0, 1387004.0, 2578385.0, 16069853.0, 12639074.0, 9804092.0, 4427841.0,
  16666979.0, 11263675.0, 12935607.0, 2387514.0, 4345298.0, 14681673.0, 3074569.0, 13734428.0,
  16653803.0, 1880361.0, 10960616.0, 8533493.0, 3062596.0, 8710556.0, 7349940.0, 6258241.0,
  3772886.0, 3769171.0, 3798172.0, 8675211.0, 12450088.0, 3874808.0, 9961438.0, 366607.0,
  15675153.0, 9132554.0, 7151469.0, 3571407.0, 2607881.0, 12013382.0, 4155038.0, 6285869.0,
  7677882.0, 13102053.0, 15825725.0, 473591.0, 9065106.0, 15363067.0, 6271263.0, 9264392.0,
  5636912.0, 4652155.0, 7056368.0, 13614112.0, 10155062.0, 1944035.0, 9527646.0, 15080200.0,
  6658437.0, 6231200.0, 6832269.0, 16767104.0, 5075751.0, 3212806.0, 1398474.0, 7579849.0,
  6349435.0, 12618859.0, 4703257.0, 12806093.0, 14477321.0, 2786137.0, 12875403.0, 9837734.0,
  14528324.0, 13719321.0, 343717.0,
]); // 2/pi in base 2^24
const T576 = 2 ** 576;
const TM600 = 2 ** -600;
const TM24 = 2 ** -24;
const RBIG = 6755399441055744; // 0x1.8p52
const RBIG1 = 27021597764222976; // 0x1.8p54
const BR_MP2 = -1.3909067675399456e-8; // 0xBE4DDE97 40000000
const SPLIT = 134217729;
const R = new Float64Array(6);
let brSum = 0;
let brLow = 0;

/** One half of branred: xi * 2/pi, returns b with bb in brLow and the integer part in brSum. */
function branredPart(xi: number): number {
  let sum = 0;
  F64[0] = xi;
  let k = (U32[1]! >>> 20) & 2047;
  k = ((k - 450) / 24) | 0;
  if (k < 0) k = 0;
  F64[0] = T576;
  U32[1] = U32[1]! - ((k * 24) << 20);
  let gor = F64[0];
  for (let i = 0; i < 6; i++) {
    R[i] = xi * TOVERP[k + i]! * gor;
    gor *= TM24;
  }
  for (let i = 0; i < 3; i++) {
    const s = R[i]! + RBIG - RBIG;
    sum += s;
    R[i]! -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += R[5 - i]!;
  let bb = R[0]! - t + R[1]! + R[2]! + R[3]! + R[4]! + R[5]!;
  let s = t + RBIG - RBIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  s = sum + RBIG1 - RBIG1;
  sum -= s;
  brSum = sum;
  brLow = bb;
  return b;
}

/** __branred (also tan's reduction beyond 1e8): returns a; da and the quadrant via branredLow/branredQuadrant. */
export function branred(x: number): number {
  x *= TM600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const b1 = branredPart(x1);
  const bb1 = brLow;
  const sum1 = brSum;
  const b2 = branredPart(x2);
  const bb2 = brLow;
  const sum2 = brSum;
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + bb1 + bb2);
  t = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = t1 * MP1 - b + t1 * BR_MP2 + t2 * MP1 + (t2 * BR_MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = b - s + bb;
  reducedLow = t;
  quadrant = (sum | 0) & 3;
  return s;
}

/** da of the last reduction (branred's second output). */
export function branredLow(): number {
  return reducedLow;
}

/** The quadrant (n mod 4) of the last reduction. */
export function branredQuadrant(): number {
  return quadrant;
}
