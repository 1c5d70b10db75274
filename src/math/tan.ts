// Tangent returning glibc 2.36's result bit for bit: its x86-64 FMA build of s_tan.c (IBM's
// accurate tan, the variant libm's ifunc picks on any FMA machine). Small |x| takes an odd
// polynomial; up to 0.787 a table of tan at multiples of about 1/256 plus a short polynomial of
// the rest; beyond, x is reduced to a + da modulo pi/2 (Cody-Waite with three or four parts of
// pi/2 up to 1e8, branred's Payne-Hanek beyond), and the same two evaluations give tan, or -cot
// in odd quadrants. Each multiply-add GCC fused in the FMA build (read from libm's disassembly,
// not guessed from the C) is one exact fma here; branred is not part of the FMA variant.
import { fma } from './fma.js';
import { branred, branredLow, branredQuadrant } from './sincos.js';
import { XFG } from './tan_data.js';

const D3 = 0.3333333333333333; // 0x1.5555555555555p-2
const D5 = 0.1333333333332673; // 0x1.11111111107c6p-3
const D7 = 0.05396825411095433; // 0x1.ba1ba1cdb8745p-5
const D9 = 0.021869380598167253; // 0x1.664ed49cfc666p-6
const D11 = 0.008896546349534924; // 0x1.2385a3cf2e4eap-7
const E0 = 0.3333333333332254; // 0x1.5555555554dbdp-2
const E1 = 0.13333354920669913; // 0x1.11112e0a6b45fp-3
const G1 = 1.2589993048095494e-8; // 0x1.b096c00000000p-27
const G2 = 0.060799986124038696; // 0x1.f212d00000000p-5 (also the reduced-argument bound gy2)
const G3 = 0.7869997024536133; // 0x1.92f1a00000000p-1
const G4 = 25;
const G5 = 1e8;
const MP1 = 1.5707963407039642; // 0x1.921fb58000000p+0
const MP2 = -1.3909067564377153e-8; // -0x1.dde973c000000p-27
const MP3 = -4.9789962505147994e-17; // -0x1.cb3b399d747f2p-55
const PP3 = -4.97899623147991e-17; // -0x1.cb3b398000000p-55
const PP4 = -1.9034889620193266e-25; // -0x1.d747f23e32ed7p-83
const HPINV = 0.6366197723675814; // 0x1.45f306dc9c883p-1 (2/pi)
const TOINT = 6755399441055744; // 0x1.8p52

let low = 0; // da of the last reduction (module scratch: no allocation per call)
let odd = 0; // the last reduction's quadrant parity

/** tail + x^3 p(x^2), the odd polynomial's Horner steps and final add fused. */
function poly(x: number, tail: number): number {
  const x2 = x * x;
  let t = fma(x2, D11, D9);
  t = fma(x2, t, D7);
  t = fma(x2, t, D5);
  t = fma(x2, t, D3);
  return fma(x * x2, t, tail);
}

/** Row of the table for |y| in (0.0608, 0.787]: (int)(256 y - 15.5), exact in either order. */
function row(y: number): number {
  return ((256 * y - 15.5) | 0) * 3;
}

/** pz = z + z^3 (e0 + e1 z^2), with GCC's two fusions. */
function pzOf(z: number): number {
  const z2 = z * z;
  return fma(z * z2, fma(z2, E1, E0), z);
}

/** -1/(a + t): Dekker's double-length reciprocal (EADD, DIV2) with its fused product errors. */
function negCot(a: number, t: number): number {
  const b = a + t;
  const db = Math.abs(a) > Math.abs(t) ? a - b + t : t - b + a;
  const c = 1 / b;
  const u = c * b;
  const uu = fma(c, b, -u);
  const cc = fma(-c, db, 1 - u - uu + 0) / b;
  const z = c + cc;
  const zz = c - z + cc;
  return -(zz + z);
}

/** tan (or -cot when `odd`) of the reduced a + da. */
function reduced(a: number, da: number): number {
  let ya = a, yya = da, sy = 1;
  if (a < 0) { ya = -a; yya = -da; sy = -1; }
  if (ya <= G2) {
    const t2 = poly(a, da);
    return odd ? negCot(a, t2) : a + t2;
  }
  const i = row(ya);
  const z = ya - XFG[i]! + yya;
  const pz = pzOf(z);
  const fi = XFG[i + 1]!, gi = XFG[i + 2]!;
  if (odd) return (gi - ((fi + gi) * pz) / (fi + pz)) * -sy;
  return (((fi + gi) * pz) / (gi - pz) + fi) * sy;
}

/** Cody-Waite for 0.787 < |x| <= 25: x - xn pi/2 with pi/2 as mp1 + mp2 + mp3. */
function reduceSmall(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  odd = (xn | 0) & 1;
  const t1 = fma(-xn, MP2, fma(-xn, MP1, x));
  const a = fma(-xn, MP3, t1);
  low = fma(-xn, MP3, t1 - a);
  return a;
}

/** Cody-Waite for 25 < |x| <= 1e8: pi/2 as mp1 + mp2 + pp3 + pp4, then renormalised (EADD). */
function reduceMedium(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  odd = (xn | 0) & 1;
  const t1 = fma(-xn, MP2, fma(-xn, MP1, x));
  const tt = fma(-xn, PP3, t1);
  const da0 = fma(-xn, PP3, t1 - tt);
  const a = fma(-xn, PP4, tt);
  const da = fma(-xn, PP4, tt - a) + da0;
  return renormalise(a, da);
}

/** EADD(a, da): the exact sum as a double and its rounding error (in `low`). */
function renormalise(a: number, da: number): number {
  const z = a + da;
  low = Math.abs(a) > Math.abs(da) ? a - z + da : da - z + a;
  return z;
}

/**
 * glibc 2.36's tan(x) (x in radians; FMA variant), bit for bit.
 * @param x - the angle in radians.
 * @example tan(1); // 1.5574077246549023
 */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return x - x; // NaN for NaN and +-Infinity
  const w = Math.abs(x);
  if (w <= G1) return x;
  if (w <= G2) return poly(x, x);
  if (w <= G3) {
    const i = row(w);
    const pz = pzOf(w - XFG[i]!);
    const fi = XFG[i + 1]!, gi = XFG[i + 2]!;
    const y = ((gi + fi) * pz) / (gi - pz) + fi;
    return x < 0 ? -y : y;
  }
  let a: number;
  if (w <= G4) a = reduceSmall(x);
  else if (w <= G5) a = reduceMedium(x);
  else {
    const b = branred(x);
    odd = branredQuadrant() & 1;
    a = renormalise(b, branredLow());
  }
  return reduced(a, low);
}
