// Arithmetic in a JAX float dtype: float32 (every result rounded with Math.fround, XLA's own
// transcendental formulas) or float64 (XLA's log1p/erf_inv formulas in double; log, exp and pow
// from glibc, which XLA:CPU calls for float64). `fused` is config `xla_fma`.
import { exp, fma, log, pow } from '../math/index.js';
import { powf } from '../math/powf.js';
import { config } from './config.js';
import { madd, xlaErfInv, xlaErfInvf, xlaErff, xlaExpf, xlaLog1p, xlaLog1pf, xlaLogf } from './xla_math.js';

export type FloatDtype = 'float32' | 'float64';

export interface FloatOps {
  dtype: FloatDtype;
  /** Rounds to the dtype. */
  r(x: number): number;
  /** a*b + c as XLA:CPU evaluates it (fused or not). */
  madd(a: number, b: number, c: number): number;
  log(x: number): number;
  log1p(x: number): number;
  exp(x: number): number;
  pow(x: number, y: number): number;
  sqrt(x: number): number;
  erfInv(x: number): number;
  erf(x: number): number;
  /** finfo: eps, epsneg, tiny, nmant. */
  eps: number;
  epsneg: number;
  tiny: number;
  nmant: number;
}

const fr = Math.fround;
const id = (x: number): number => x;

export function floatOps(dtype: FloatDtype): FloatOps {
  const fused = config.read('xla_fma');
  if (dtype === 'float32') {
    return {
      dtype,
      r: fr,
      madd: (a, b, c) => madd(a, b, c, fused),
      log: (x) => xlaLogf(x, fused),
      log1p: (x) => xlaLog1pf(x, fused),
      exp: (x) => xlaExpf(x, fused),
      pow: (x, y) => powf(x, y),
      sqrt: (x) => fr(Math.sqrt(x)),
      erfInv: (x) => xlaErfInvf(x, fused),
      erf: (x) => xlaErff(x, fused),
      eps: 2 ** -23,
      epsneg: 2 ** -24,
      tiny: 2 ** -126,
      nmant: 23,
    };
  }
  const log1p = (x: number): number => xlaLog1p(x, fused, log, fma);
  return {
    dtype,
    r: id,
    madd: fused ? fma : (a, b, c) => a * b + c,
    log,
    log1p,
    exp,
    pow,
    sqrt: Math.sqrt,
    erfInv: (x) => xlaErfInv(x, fused, log1p, fma),
    erf: (x) => erf64(x, fused),
    eps: 2 ** -52,
    epsneg: 2 ** -53,
    tiny: 2 ** -1022,
    nmant: 52,
  };
}

// float64 erf (StableHLO materializeErfApproximationF64, Cephes' rationals).
const ERFC_P = [
  2.46196981473530512524e-10, 5.64189564831068821977e-1, 7.46321056442269912687e0, 4.86371970985681366614e1,
  1.96520832956077098242e2, 5.26445194995477358631e2, 9.3452852717195760754e2, 1.02755188689515710272e3,
  5.57535335369399327526e2,
];
const ERFC_Q = [
  1, 1.32281951154744992508e1, 8.67072140885989742329e1, 3.54937778887819891062e2, 9.75708501743205489753e2,
  1.82390916687909736289e3, 2.24633760818710981792e3, 1.65666309194161350182e3, 5.57535340817727675546e2,
];
const ERFC_R = [5.64189583547755073984e-1, 1.27536670759978104416e0, 5.01905042251180477414e0, 6.16021097993053585195e0, 7.4097426995044893916e0, 2.9788666537210024067e0];
const ERFC_S = [1, 2.2605286322011727659e0, 9.39603524938001434673e0, 1.20489539808096656605e1, 1.70814450747565897222e1, 9.60896809063285878198e0, 3.3690764510008151605e0];
const ERF_T = [9.60497373987051638749e0, 9.00260197203842689217e1, 2.23200534594684319226e3, 7.00332514112805075473e3, 5.55923013010394962768e4];
const ERF_U = [1, 3.35617141647503099647e1, 5.21357949780152679795e2, 4.59432382970980127987e3, 2.26290000613890934246e4, 4.92673942608635921086e4];
const MAXLOG = 7.09782712893383996843e2;

function horner64(x: number, c: readonly number[], fused: boolean): number {
  let p = c[0]!;
  for (let i = 1; i < c.length; i++) p = fused ? fma(p, x, c[i]!) : p * x + c[i]!;
  return p;
}

function erf64(x: number, fused: boolean): number {
  if (Math.abs(x) < 1) {
    const xsq = x * x;
    return (x * horner64(xsq, ERF_T, fused)) / horner64(xsq, ERF_U, fused);
  }
  const z = -(x * x);
  const ez = exp(z);
  const ax = Math.abs(x);
  let erfc = ax < 8
    ? (ez * horner64(ax, ERFC_P, fused)) / horner64(ax, ERFC_Q, fused)
    : (ez * horner64(ax, ERFC_R, fused)) / horner64(ax, ERFC_S, fused);
  if (z < -MAXLOG) erfc = 0;
  if (x < 0) erfc = 2 - erfc;
  return 1 - erfc;
}
