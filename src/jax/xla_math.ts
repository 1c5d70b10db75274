// The float32 elementary functions jax.random's samplers reach through XLA:CPU, in XLA's own
// formulas (not glibc's): log1p is XLA's `xla.log1p` intrinsic (a Cephes rational below sqrt(2)-1,
// log(1+x) above), log and exp are the Cephes/Eigen polynomials XLA:CPU substitutes for
// logf/expf (xla/service/cpu/llvm_ir_runtime.cc), erf_inv and erf are StableHLO's CHLO lowerings
// (Giles' polynomial; Eigen's rational).
//
// Every float32 operation is rounded with Math.fround. XLA:CPU lets LLVM contract a multiply
// feeding an add into one FMA (`AllowFPOpFusion = Fast`), which FMA-capable hosts (x86-64 with
// FMA3, ARM64) do; `fused` selects that (exact fmaf) or separate roundings. Which multiply-add
// pairs LLVM fuses is modelled as "every a*b + c step of the source formula"; see README.
import { fmaf } from '../math/fmaf.js';

const fr = Math.fround;

/** a*b + c in float32, fused or with the product rounded first. */
export function madd(a: number, b: number, c: number, fused: boolean): number {
  return fused ? fmaf(a, b, c) : fr(fr(a * b) + c);
}

const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

// Cephes log, float32 (Eigen's plog / XLA GenerateVF32Log).
const SQRTHF = fr(0.707106781186547524);
const LP = [
  7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, +1.4249322787e-1,
  -1.6668057665e-1, +2.0000714765e-1, -2.4999993993e-1, +3.3333331174e-1,
].map(fr) as [number, number, number, number, number, number, number, number, number];
const LQ1 = fr(-2.12194440e-4);
const LQ2 = fr(0.693359375);
const MIN_NORM = 2 ** -126;

/** XLA:CPU's float32 log. Subnormal inputs are treated as 2^-126, as XLA does. */
export function xlaLogf(x: number, fused: boolean): number {
  x = fr(x);
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (!(x > 0)) return NaN;
  F32[0] = x < MIN_NORM ? MIN_NORM : x;
  const bits = U32[0]!;
  let e = (bits >>> 23) - 0x7f + 1;
  U32[0] = (bits & ~0x7f800000) | 0x3f000000;
  let m = F32[0]!;
  const mask = m < SQRTHF;
  const m1 = mask ? m : 0;
  m = fr(m - 1);
  if (mask) e -= 1;
  m = fr(m + m1);
  const x2 = fr(m * m);
  const x3 = fr(x2 * m);
  let y = madd(m, LP[0], LP[1], fused);
  let y1 = madd(m, LP[3], LP[4], fused);
  let y2 = madd(m, LP[6], LP[7], fused);
  y = madd(y, m, LP[2], fused);
  y1 = madd(y1, m, LP[5], fused);
  y2 = madd(y2, m, LP[8], fused);
  y = madd(y, x3, y1, fused);
  y = madd(y, x3, y2, fused);
  // y * x3 + q1 * e: the first product fuses with the sum, the second is rounded alone.
  y = madd(y, x3, fr(LQ1 * e), fused);
  m = madd(-0.5, x2, m, fused);
  m = fr(m + y);
  return madd(LQ2, e, m, fused);
}

// Cephes exp, float32 (XLA GenerateVF32Exp).
const LOG2EF = fr(1.44269504088896341);
const EC1 = fr(0.693359375);
const EC2 = fr(-2.12194440e-4);
const EP = [1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1].map(fr) as [
  number, number, number, number, number, number,
];
const EXP_LO = fr(-87.8);
const EXP_HI = fr(88.8);

/** XLA:CPU's float32 exp (results below 2^-126 flush to 0, as XLA's does). */
export function xlaExpf(x: number, fused: boolean): number {
  x = fr(x);
  if (x !== x) return NaN;
  x = x < EXP_LO ? EXP_LO : x > EXP_HI ? EXP_HI : x;
  let n = Math.floor(madd(x, LOG2EF, 0.5, fused));
  n = n < -127 ? -127 : n > 127 ? 127 : n;
  let r = madd(-EC1, n, x, fused);
  r = madd(-EC2, n, r, fused);
  let z = madd(r, EP[0], EP[1], fused);
  z = madd(z, r, EP[2], fused);
  z = madd(z, r, EP[3], fused);
  z = madd(z, r, EP[4], fused);
  z = madd(z, r, EP[5], fused);
  z = madd(z, fr(r * r), r, fused);
  z = fr(1 + z);
  U32[0] = (n + 127) << 23;
  return fr(z * F32[0]!);
}

// XLA's log1p intrinsic: x + (-x^2/2 + x^3 * P(x)/Q(x)) for |x| < sqrt(2) - 1, else log(1 + x).
const L1P_NUM = [
  4.5270000862445199635215e-5, 4.9854102823193375972212e-1, 6.5787325942061044846969e0, 2.9911919328553073277375e1,
  6.0949667980987787057556e1, 5.7112963590585538103336e1, 2.0039553499201281259648e1,
];
const L1P_DEN = [
  1, 1.5062909083469192043167e1, 8.3047565967967209469434e1, 2.2176239823732856465394e2,
  3.0909872225312059774938e2, 2.1642788614495947685003e2, 6.0118660497603843919306e1,
];
const L1P_NUM32 = L1P_NUM.map(fr);
const L1P_DEN32 = L1P_DEN.map(fr);
const L1P_SMALL = 0.41421356237309504880;
const L1P_SMALL32 = fr(L1P_SMALL);

function horner32(x: number, c: readonly number[], fused: boolean): number {
  let p = c[0]!;
  for (let i = 1; i < c.length; i++) p = madd(p, x, c[i]!, fused);
  return p;
}

/** XLA:CPU's float32 log1p. */
export function xlaLog1pf(x: number, fused: boolean): number {
  x = fr(x);
  if (!(Math.abs(x) < L1P_SMALL32)) return xlaLogf(fr(x + 1), fused);
  const xsq = fr(x * x);
  const q = fr(horner32(x, L1P_NUM32, fused) / horner32(x, L1P_DEN32, fused));
  const s = fr(fr(x * xsq) * q);
  return fr(x + madd(-0.5, xsq, s, fused));
}

// erf_inv, float32 (StableHLO erfInv32).
const EI_LT5 = [
  2.81022636e-08, 3.43273939e-07, -3.5233877e-06, -4.39150654e-06, 0.00021858087, -0.00125372503, -0.00417768164,
  0.246640727, 1.50140941,
].map(fr);
const EI_GE5 = [
  -0.000200214257, 0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047,
  1.00167406, 2.83297682,
].map(fr);

export function xlaErfInvf(x: number, fused: boolean): number {
  x = fr(x);
  const w0 = -xlaLog1pf(fr(x * -x), fused);
  const lt = w0 < 5;
  const c = lt ? EI_LT5 : EI_GE5;
  const w = lt ? fr(w0 - 2.5) : fr(fr(Math.sqrt(w0)) - 3);
  let p = c[0]!;
  for (let i = 1; i < 9; i++) p = madd(p, w, c[i]!, fused);
  if (Math.abs(x) === 1) return x * Infinity;
  return fr(p * x);
}

// erf, float32 (StableHLO materializeErfApproximationF32, Eigen's rational on [-4, 4]).
const ERF_ALPHA = [
  -2.72614225801306e-10, 2.77068142495902e-08, -2.10102402082508e-06, -5.69250639462346e-05, -7.34990630326855e-04,
  -2.95459980854025e-03, -1.60960333262415e-02,
].map(fr);
const ERF_BETA = [-1.45660718464996e-05, -2.13374055278905e-04, -1.68282697438203e-03, -7.37332916720468e-03, -1.42647390514189e-02].map(fr);

export function xlaErff(x: number, fused: boolean): number {
  x = fr(x);
  x = x < -4 ? -4 : x > 4 ? 4 : x;
  const xsq = fr(x * x);
  const r = fr(fr(x * horner32(xsq, ERF_ALPHA, fused)) / horner32(xsq, ERF_BETA, fused));
  return r < -1 ? -1 : r > 1 ? 1 : r;
}

// float64 counterparts: XLA's log1p intrinsic has the same formula in double; erf_inv is erfInv64.
function fma64(a: number, b: number, c: number, fused: boolean, fma: (a: number, b: number, c: number) => number): number {
  return fused ? fma(a, b, c) : a * b + c;
}

export function xlaLog1p(x: number, fused: boolean, log: (x: number) => number, fma: (a: number, b: number, c: number) => number): number {
  if (!(Math.abs(x) < L1P_SMALL)) return log(x + 1);
  const xsq = x * x;
  let num = L1P_NUM[0]!;
  let den = L1P_DEN[0]!;
  for (let i = 1; i < 7; i++) {
    num = fma64(num, x, L1P_NUM[i]!, fused, fma);
    den = fma64(den, x, L1P_DEN[i]!, fused, fma);
  }
  return x + fma64(-0.5, xsq, x * xsq * (num / den), fused, fma);
}

const EI64_LT625 = [
  -3.6444120640178196996e-21, -1.685059138182016589e-19, 1.2858480715256400167e-18, 1.115787767802518096e-17,
  -1.333171662854620906e-16, 2.0972767875968561637e-17, 6.6376381343583238325e-15, -4.0545662729752068639e-14,
  -8.1519341976054721522e-14, 2.6335093153082322977e-12, -1.2975133253453532498e-11, -5.4154120542946279317e-11,
  1.051212273321532285e-09, -4.1126339803469836976e-09, -2.9070369957882005086e-08, 4.2347877827932403518e-07,
  -1.3654692000834678645e-06, -1.3882523362786468719e-05, 0.0001867342080340571352, -0.00074070253416626697512,
  -0.0060336708714301490533, 0.24015818242558961693, 1.6536545626831027356,
];
const EI64_LT16 = [
  2.2137376921775787049e-09, 9.0756561938885390979e-08, -2.7517406297064545428e-07, 1.8239629214389227755e-08,
  1.5027403968909827627e-06, -4.013867526981545969e-06, 2.9234449089955446044e-06, 1.2475304481671778723e-05,
  -4.7318229009055733981e-05, 6.8284851459573175448e-05, 2.4031110387097893999e-05, -0.0003550375203628474796,
  0.00095328937973738049703, -0.0016882755560235047313, 0.0024914420961078508066, -0.0037512085075692412107,
  0.005370914553590063617, 1.0052589676941592334, 3.0838856104922207635,
];
const EI64_GE16 = [
  -2.7109920616438573243e-11, -2.5556418169965252055e-10, 1.5076572693500548083e-09, -3.7894654401267369937e-09,
  7.6157012080783393804e-09, -1.4960026627149240478e-08, 2.9147953450901080826e-08, -6.7711997758452339498e-08,
  2.2900482228026654717e-07, -9.9298272942317002539e-07, 4.5260625972231537039e-06, -1.9681778105531670567e-05,
  7.5995277030017761139e-05, -0.00021503011930044477347, -0.00013871931833623122026, 1.0103004648645343977,
  4.8499064014085844221,
];

/** StableHLO erfInv64: three branches in w = -log1p(-x^2). */
export function xlaErfInv(x: number, fused: boolean, log1p: (x: number) => number, fma: (a: number, b: number, c: number) => number): number {
  const w0 = -log1p(x * -x);
  const c = w0 < 6.25 ? EI64_LT625 : w0 < 16 ? EI64_LT16 : EI64_GE16;
  const w = w0 < 6.25 ? w0 - 3.125 : Math.sqrt(w0) - (w0 < 16 ? 3.25 : 5);
  let p = c[0]!;
  for (let i = 1; i < c.length; i++) p = fma64(p, w, c[i]!, fused, fma);
  if (Math.abs(x) === 1) return x * Infinity;
  return p * x;
}
