// log(1 + x) returning glibc 2.36's result bit for bit: the x86-64 FMA build of
// sysdeps/ieee754/dbl-64/s_log1p.c (fdlibm's algorithm) that glibc's 2.36 release branch selects at
// run time (backported "x86_64: Add log1p with FMA", in Debian's 2.36-9+deb12u*). 1 + x = 2^k (1 + f),
// log(1 + f) from s = f/(2 + f) and a degree-14 odd polynomial, plus a correction c for the rounding
// of 1 + x. The multiply-adds GCC fuses there are correctly rounded fmas here; products by k*ln2_hi
// (exact: ln2_hi has 32 trailing zero bits) and by powers of two need no fusing.
import { F64, U32 } from './bits.js';
import { fmaADRare, fmaCore, tieByTail } from './fma.js';

const LN2_HI = 6.93147180369123816490e-1; // 3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 3dea39ef 35793c76
const TWO54 = 1.8014398509481984e16;
const LP1 = 6.666666666666735130e-1;
const LP2 = 3.999999999940941908e-1;
const LP3 = 2.857142874366239149e-1;
const LP4 = 2.222219843214978396e-1;
const LP5 = 1.818357216161805012e-1;
const LP6 = 1.531383769920937332e-1;
const LP7 = 1.479819860511658591e-1;
const SPLIT = 134217729; // 2^27 + 1

/**
 * glibc 2.36's log1p(x) (log(1 + x), accurate near 0; FMA variant), bit for bit.
 * @param x - the argument, > -1.
 * @example log1p(1e-10);
 */
export function log1p(x: number): number {
  F64[0] = x;
  const hx = U32[1]! | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3fda827a) {
    // x < 0.41422
    if (ax >= 0x3ff00000) {
      // x <= -1
      if (x === -1.0) return -TWO54 / 0;
      return (x - x) / (x - x);
    }
    if (ax < 0x3e200000) {
      // |x| < 2^-29
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      F64[0] = u;
      hu = U32[1]! | 0;
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      hu = hx;
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    F64[0] = u;
    if (hu < 0x6a09e) {
      U32[1] = hu | 0x3ff00000; // normalize u
    } else {
      k += 1;
      U32[1] = hu | 0x3fe00000; // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    u = F64[0];
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c = fmaCore(k, LN2_LO, c);
      return k * LN2_HI + c;
    }
    const R = hfsq * fmaCore(-0.66666666666666666, f, 1.0);
    if (k === 0) return f - R;
    return k * LN2_HI - (R - fmaCore(k, LN2_LO, c) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  // z = s^2 < 0.03 and every term is positive: the polynomial steps' addends dominate
  // (|p| < |s|/16, tie test only). GCC fuses z*Lp1 (not z2*R2) into R1 + z2*R2: general form.
  const z2 = z * z;
  const R2P = z * LP3;
  let R2 = LP2 + R2P;
  const R2T = LP2 - R2 + R2P;
  const R2T2 = R2T + R2T;
  if (R2T !== 0 && R2 + R2T2 - R2 === R2T2) R2 = fmaADRare(z, LP3, LP2, R2P, R2, R2T);
  const z4 = z2 * z2;
  const R3P = z * LP5;
  let R3 = LP4 + R3P;
  const R3T = LP4 - R3 + R3P;
  const R3T2 = R3T + R3T;
  if (R3T !== 0 && R3 + R3T2 - R3 === R3T2) R3 = fmaADRare(z, LP5, LP4, R3P, R3, R3T);
  const z6 = z4 * z2;
  const R4P = z * LP7;
  let R4 = LP6 + R4P;
  const R4T = LP6 - R4 + R4P;
  const R4T2 = R4T + R4T;
  if (R4T !== 0 && R4 + R4T2 - R4 === R4T2) R4 = fmaADRare(z, LP7, LP6, R4P, R4, R4T);
  const zr2 = z2 * R2;
  const RaA = z;
  const RaB = LP1;
  const RaC = zr2;
  const RaP = RaA * RaB;
  let RaSp = SPLIT * RaA;
  const RaAh = RaSp - (RaSp - RaA);
  const RaAl = RaA - RaAh;
  RaSp = SPLIT * RaB;
  const RaBh = RaSp - (RaSp - RaB);
  const RaBl = RaB - RaBh;
  const RaE = RaAh * RaBh - RaP + RaAh * RaBl + RaAl * RaBh + RaAl * RaBl;
  const RaS = RaP + RaC;
  const RaBb = RaS - RaP;
  const RaT = RaP - (RaS - RaBb) + (RaC - RaBb);
  const RaV = RaT + RaE;
  const RaVb = RaV - RaT;
  const RaW = RaT - (RaV - RaVb) + (RaE - RaVb);
  let Ra = RaS + RaV;
  if (RaW !== 0) Ra = tieByTail(RaS, RaV, RaW, Ra);
  const RbP = z4 * R3;
  let Rb = Ra + RbP;
  const RbT = Ra - Rb + RbP;
  const RbT2 = RbT + RbT;
  if (RbT !== 0 && Rb + RbT2 - Rb === RbT2) Rb = fmaADRare(z4, R3, Ra, RbP, Rb, RbT);
  const RP = z6 * R4;
  let R = Rb + RP;
  const RT = Rb - R + RP;
  const RT2 = RT + RT;
  if (RT !== 0 && R + RT2 - R === RT2) R = fmaADRare(z6, R4, Rb, RP, R, RT);
  const sr = s * (hfsq + R);
  if (k === 0) return f - (hfsq - sr);
  return k * LN2_HI - (hfsq - (sr + fmaCore(k, LN2_LO, c)) - f);
}
