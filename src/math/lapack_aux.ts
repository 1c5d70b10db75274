// LAPACK's scalar helpers and plane rotations shared by the eigh and svd ports (linalg.ts,
// svd.ts): dlamch constants, SIGN, dlapy2, dlartg, dlasr, and dlarfg over OpenBLAS's dnrm2.
import { nrm2 } from './openblas.js';

export const EPS = 1.1102230246251565e-16; // dlamch('E')
export const SAFMIN = 2.2250738585072014e-308; // dlamch('S')

const SIGN_F64 = new Float64Array(1);
const SIGN_U32 = new Uint32Array(SIGN_F64.buffer);

/** Fortran's SIGN(a, b): |a| with b's sign bit (gfortran's copysign, so -0 and a NaN's sign count). */
export const sign = (a: number, b: number): number => {
  SIGN_F64[0] = b;
  return SIGN_U32[1]! >>> 31 === 0 ? Math.abs(a) : -Math.abs(a);
};
/** dlapy2: sqrt(x^2 + y^2) without overflow; a NaN argument is returned as it is. */
export const lapy2 = (x: number, y: number): number => {
  if (Number.isNaN(y)) return y;
  if (Number.isNaN(x)) return x;
  const xa = Math.abs(x), ya = Math.abs(y);
  const w = Math.max(xa, ya), z = Math.min(xa, ya);
  return z === 0 || w > 1.7976931348623157e308 ? w : w * Math.sqrt(1 + (z / w) * (z / w));
};

const RTMIN = Math.sqrt(SAFMIN), RTMAX = Math.sqrt(1 / SAFMIN / 2);

/** dlartg (LAPACK 3.10+): c, s, r with r = sign(f) * hypot(f, g), scaled near under- and overflow. */
export function lartg(f: number, g: number): [number, number, number] {
  if (g === 0) return [1, 0, f];
  if (f === 0) return [0, sign(1, g), Math.abs(g)];
  const f1 = Math.abs(f), g1 = Math.abs(g);
  if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
    const d = Math.sqrt(f * f + g * g);
    const r = sign(d, f);
    return [f1 / d, g / r, r];
  }
  const u = Math.min(1 / SAFMIN, Math.max(SAFMIN, f1, g1));
  const fs = f / u, gs = g / u;
  const d = Math.sqrt(fs * fs + gs * gs);
  const r = sign(d, f);
  return [Math.abs(fs) / d, gs / r, r * u];
}

/** dlasr('R', 'V', direct): rotations on column pairs (j, j+1) of z (column-major n x n) from column `off`. */
export function lasrRV(forward: boolean, n: number, mm: number, c: Float64Array, s: Float64Array, cOff: number, z: Float64Array, off: number): void {
  const step = (j: number) => {
    const ct = c[cOff + j]!, st = s[cOff + j]!;
    if (ct === 1 && st === 0) return;
    const c0 = (off + j) * n, c1 = (off + j + 1) * n;
    for (let i = 0; i < n; i++) {
      const t = z[c1 + i]!;
      z[c1 + i] = ct * t - st * z[c0 + i]!;
      z[c0 + i] = st * t + ct * z[c0 + i]!;
    }
  };
  if (forward) for (let j = 0; j < mm - 1; j++) step(j);
  else for (let j = mm - 2; j >= 0; j--) step(j);
}

/** dlasr('L', 'V', dir) on rows off.. of vt (n columns). */
export function lasrLV(forward: boolean, mm: number, c: ArrayLike<number>, s: ArrayLike<number>, a: Float64Array, n: number, off: number): void {
  const step = (j: number) => {
    const ct = c[j]!, st = s[j]!;
    if (ct === 1 && st === 0) return;
    for (let i = 0; i < n; i++) {
      const t = a[off + j + 1 + i * n]!;
      a[off + j + 1 + i * n] = ct * t - st * a[off + j + i * n]!;
      a[off + j + i * n] = st * t + ct * a[off + j + i * n]!;
    }
  };
  if (forward) for (let j = 0; j < mm - 1; j++) step(j);
  else for (let j = mm - 2; j >= 0; j--) step(j);
}

/**
 * dlarfg on alpha = v[aOff] and x = v[xOff + i*inc] (i < n - 1): returns tau, leaves beta at
 * v[aOff] and the reflector's tail in x. Tiny norms are rescaled by 1/safmin as LAPACK does.
 */
export function larfg(n: number, v: Float64Array, aOff: number, xOff: number, inc: number): number {
  if (n <= 1) return 0;
  let xnorm = nrm2(n - 1, v, xOff, inc);
  if (xnorm === 0) return 0;
  let alpha = v[aOff]!;
  let beta = -sign(lapy2(alpha, xnorm), alpha);
  const safmin = SAFMIN / EPS, rsafmn = 1 / safmin;
  let knt = 0;
  if (Math.abs(beta) < safmin) {
    do {
      knt++;
      for (let i = 0; i < n - 1; i++) v[xOff + i * inc] = v[xOff + i * inc]! * rsafmn;
      beta *= rsafmn;
      alpha *= rsafmn;
    } while (Math.abs(beta) < safmin && knt < 20);
    xnorm = nrm2(n - 1, v, xOff, inc);
    beta = -sign(lapy2(alpha, xnorm), alpha);
  }
  const tau = (beta - alpha) / beta;
  const scale = 1 / (alpha - beta);
  for (let i = 0; i < n - 1; i++) v[xOff + i * inc] = v[xOff + i * inc]! * scale;
  for (let j = 0; j < knt; j++) beta *= safmin;
  v[aOff] = beta;
  return tau;
}
