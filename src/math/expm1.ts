// exp(x) - 1 returning glibc 2.36's result bit for bit: the x86-64 FMA build of
// sysdeps/ieee754/dbl-64/s_expm1.c (fdlibm's algorithm) that glibc's 2.36 release branch selects at
// run time (backported "x86_64: Add expm1 with FMA", in Debian's 2.36-9+deb12u*). x = k ln2 + r,
// expm1(r) from a rational approximation in r^2/2 with a correction term, then scaled by 2^k.
// The multiply-adds GCC fuses there are correctly rounded fmas here; the fused t*ln2_hi (exact,
// ln2_hi has 32 trailing zero bits) and products by 0.5 and 2 need no fusing.
import { F64, U32 } from './bits.js';
import { fmaADRare, tieByTail } from './fma.js';

const O_THRESHOLD = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF
const LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const INVLN2 = 1.44269504088896338700; // 0x3ff71547 652b82fe
const TINY = 1.0e-300;
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;
const SPLIT = 134217729; // 2^27 + 1

/** y with k added to its exponent (glibc's SET_HIGH_WORD(y, high + (k << 20))). */
function addExponent(y: number, k: number): number {
  F64[0] = y;
  U32[1] = (U32[1]! + (k << 20)) | 0;
  return F64[0];
}

/**
 * glibc 2.36's expm1(x) (e**x - 1, accurate near 0; FMA variant), bit for bit.
 * @param x - the exponent.
 * @example expm1(1e-10);
 */
export function expm1(x: number): number {
  F64[0] = x;
  let hx = U32[1];
  const neg = hx! >>> 31 !== 0;
  hx! &= 0x7fffffff;
  if (hx! >= 0x4043687a) {
    // |x| >= 56 ln2
    if (hx! >= 0x40862e42) {
      // |x| >= 709.78...
      if (hx! >= 0x7ff00000) {
        if ((hx! & 0xfffff) !== 0 || U32[0] !== 0) return x + x;
        return neg ? -1.0 : x;
      }
      if (x > O_THRESHOLD) return Infinity;
    }
    if (neg) return TINY - 1.0;
  }
  let k: number;
  let c = 0;
  if (hx! > 0x3fd62e42) {
    // |x| > ln2/2
    let hi: number;
    let lo: number;
    if (hx! < 0x3ff0a2b2) {
      // |x| < 1.5 ln2
      if (!neg) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (neg ? -0.5 : 0.5));
      const t = k;
      hi = x - t * LN2_HI; // exact here
      lo = t * LN2_LO;
    }
    x = hi - lo;
    c = hi - x - lo;
  } else if (hx! < 0x3c900000) {
    return x; // |x| < 2^-54
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  // |x| < 0.35 here: hxs < 0.061, so the polynomial steps and 3 - r1*hfx have a dominant addend
  // (|p| < |s|/16, tie test only); the other fused sites use the general form.
  const R1P = hxs * Q1;
  let R1 = 1.0 + R1P;
  const R1T = 1.0 - R1 + R1P;
  const R1T2 = R1T + R1T;
  if (R1T !== 0 && R1 + R1T2 - R1 === R1T2) R1 = fmaADRare(hxs, Q1, 1.0, R1P, R1, R1T);
  const h2 = hxs * hxs;
  const R2P = hxs * Q3;
  let R2 = Q2 + R2P;
  const R2T = Q2 - R2 + R2P;
  const R2T2 = R2T + R2T;
  if (R2T !== 0 && R2 + R2T2 - R2 === R2T2) R2 = fmaADRare(hxs, Q3, Q2, R2P, R2, R2T);
  const h4 = h2 * h2;
  const R3P = hxs * Q5;
  let R3 = Q4 + R3P;
  const R3T = Q4 - R3 + R3P;
  const R3T2 = R3T + R3T;
  if (R3T !== 0 && R3 + R3T2 - R3 === R3T2) R3 = fmaADRare(hxs, Q5, Q4, R3P, R3, R3T);
  const r0P = h2 * R2;
  let r0 = R1 + r0P;
  const r0T = R1 - r0 + r0P;
  const r0T2 = r0T + r0T;
  if (r0T !== 0 && r0 + r0T2 - r0 === r0T2) r0 = fmaADRare(h2, R2, R1, r0P, r0, r0T);
  const r1P = h4 * R3;
  let r1 = r0 + r1P;
  const r1T = r0 - r1 + r1P;
  const r1T2 = r1T + r1T;
  if (r1T !== 0 && r1 + r1T2 - r1 === r1T2) r1 = fmaADRare(h4, R3, r0, r1P, r1, r1T);
  const nr1 = -r1;
  const tP = nr1 * hfx;
  let t = 3.0 + tP;
  const tT = 3.0 - t + tP;
  const tT2 = tT + tT;
  if (tT !== 0 && t + tT2 - t === tT2) t = fmaADRare(nr1, hfx, 3.0, tP, t, tT);
  const nx = -x;
  const denA = nx;
  const denB = t;
  const denC = 6.0;
  const denP = denA * denB;
  let denSp = SPLIT * denA;
  const denAh = denSp - (denSp - denA);
  const denAl = denA - denAh;
  denSp = SPLIT * denB;
  const denBh = denSp - (denSp - denB);
  const denBl = denB - denBh;
  const denE = denAh * denBh - denP + denAh * denBl + denAl * denBh + denAl * denBl;
  const denS = denP + denC;
  const denBb = denS - denP;
  const denT = denP - (denS - denBb) + (denC - denBb);
  const denV = denT + denE;
  const denVb = denV - denT;
  const denW = denT - (denV - denVb) + (denE - denVb);
  let den = denS + denV;
  if (denW !== 0) den = tieByTail(denS, denV, denW, den);
  let e = hxs * ((r1 - t) / den);
  if (k === 0) {
    const nh = -hxs;
    const xeA = x;
    const xeB = e;
    const xeC = nh;
    const xeP = xeA * xeB;
    let xeSp = SPLIT * xeA;
    const xeAh = xeSp - (xeSp - xeA);
    const xeAl = xeA - xeAh;
    xeSp = SPLIT * xeB;
    const xeBh = xeSp - (xeSp - xeB);
    const xeBl = xeB - xeBh;
    const xeE = xeAh * xeBh - xeP + xeAh * xeBl + xeAl * xeBh + xeAl * xeBl;
    const xeS = xeP + xeC;
    const xeBb = xeS - xeP;
    const xeT = xeP - (xeS - xeBb) + (xeC - xeBb);
    const xeV = xeT + xeE;
    const xeVb = xeV - xeT;
    const xeW = xeT - (xeV - xeVb) + (xeE - xeVb);
    let xe = xeS + xeV;
    if (xeW !== 0) xe = tieByTail(xeS, xeV, xeW, xe);
    return x - xe;
  }
  const ec = e - c;
  const nc = -c;
  const e1A = x;
  const e1B = ec;
  const e1C = nc;
  const e1P = e1A * e1B;
  let e1Sp = SPLIT * e1A;
  const e1Ah = e1Sp - (e1Sp - e1A);
  const e1Al = e1A - e1Ah;
  e1Sp = SPLIT * e1B;
  const e1Bh = e1Sp - (e1Sp - e1B);
  const e1Bl = e1B - e1Bh;
  const e1E = e1Ah * e1Bh - e1P + e1Ah * e1Bl + e1Al * e1Bh + e1Al * e1Bl;
  const e1S = e1P + e1C;
  const e1Bb = e1S - e1P;
  const e1T = e1P - (e1S - e1Bb) + (e1C - e1Bb);
  const e1V = e1T + e1E;
  const e1Vb = e1V - e1T;
  const e1W = e1T - (e1V - e1Vb) + (e1E - e1Vb);
  let e1 = e1S + e1V;
  if (e1W !== 0) e1 = tieByTail(e1S, e1V, e1W, e1);
  e = e1 - hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  if (k <= -2 || k > 56) {
    // exp(x) - 1 rounds to exp(x) here
    const y = 1.0 - (e - x);
    return addExponent(y, k) - 1.0;
  }
  if (k < 20) {
    F64[0] = 0;
    U32[1] = 0x3ff00000 - (0x200000 >> k); // t = 1 - 2^-k
    t = F64[0];
    return addExponent(t - (e - x), k);
  }
  F64[0] = 0;
  U32[1] = (0x3ff - k) << 20; // t = 2^-k
  t = F64[0];
  let y = x - (e + t);
  y += 1.0;
  return addExponent(y, k);
}
