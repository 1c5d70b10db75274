// CPython's math.lgamma, which is CPython's own code (Modules/mathmodule.c m_lgamma: Lanczos' sum
// with N = 13, g = 6.024680040776729583740234375, and the reflection formula through m_sinpi), not
// glibc's lgamma. Plain double operations (CPython's x86-64 build fuses none); log, sin, cos are
// glibc's. Errors as math.lgamma raises them.
import { OverflowError, ValueError } from '../core/errors.js';
import { cos, log, sin } from './index.js';

const PI = 3.141592653589793;
const LOGPI = 1.1447298858494002;
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_N = 13;
/** Numerator coefficients of the Lanczos rational function. Data. */
const NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
/** Denominator x (x + 1) ... (x + 11) as coefficients. Data. */
const DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = LANCZOS_N - 1; i >= 0; i--) {
      num = num * x + NUM[i]!;
      den = den * x + DEN[i]!;
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + NUM[i]!;
      den = den / x + DEN[i]!;
    }
  }
  return num / den;
}

/** sin(pi x) for finite x, exact at integers and half-integers (CPython's m_sinpi). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  // C's round() rounds halves away from zero; for 2y >= 0 that is Math.round.
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1.0 : 1.0) * r;
}

/**
 * math.lgamma(x) of CPython 3.11 / 3.12 (its own Lanczos code, using glibc's log, not glibc's lgamma).
 * @param x - the argument (poles at 0, -1, -2, ... raise ValueError).
 * @example pyLgamma(10); // log(9!)
 */
export function pyLgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) throw new ValueError('math domain error');
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
  if (r === Infinity || r === -Infinity) throw new OverflowError('math range error');
  return r;
}
