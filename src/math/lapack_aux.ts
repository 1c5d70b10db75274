// LAPACK's helpers shared by the eigh and svd ports (linalg.ts, svd.ts): dlamch constants, SIGN,
// dlapy2, dlartg, dlasr, dlascl, and the reflectors dlarfg and dlarf over OpenBLAS's kernels.
import { F64, U32 } from './bits.js';
import { gemvN, gemvT, ger, nrm2 } from './openblas.js';

export const EPS = 1.1102230246251565e-16; // dlamch('E')
export const SAFMIN = 2.2250738585072014e-308; // dlamch('S')
export const PRECISION = 2 * EPS; // dlamch('P')

/** Fortran's SIGN(a, b): |a| with b's sign bit (gfortran's copysign, so -0 and a NaN's sign count). */
export const sign = (a: number, b: number): number => {
  F64[0] = b;
  return U32[1]! >>> 31 === 0 ? Math.abs(a) : -Math.abs(a);
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

/** iladlc: the last column of the m x cols matrix at c[off] with a nonzero (0 if none). */
function lastNonzeroColumn(m: number, cols: number, c: Float64Array, off: number, ld: number): number {
  if (cols === 0) return 0;
  if (c[off + (cols - 1) * ld] !== 0 || c[off + m - 1 + (cols - 1) * ld] !== 0) return cols;
  for (let j = cols; j >= 1; j--) {
    for (let i = 0; i < m; i++) if (c[off + i + (j - 1) * ld] !== 0) return j;
  }
  return 0;
}

/** iladlr: the last row of the rows x n matrix at c[off] with a nonzero (0 if none). */
function lastNonzeroRow(rows: number, n: number, c: Float64Array, off: number, ld: number): number {
  if (rows === 0) return 0;
  if (c[off + rows - 1] !== 0 || c[off + rows - 1 + (n - 1) * ld] !== 0) return rows;
  let last = 0;
  for (let j = 0; j < n; j++) {
    let i = rows;
    while (i >= 1 && c[off + i - 1 + j * ld] === 0) i--;
    last = Math.max(last, i);
  }
  return last;
}

/**
 * dlarf: C = H C (left) or C H (right) for H = I - tau v v^T, v = a[vOff + i*incv]; C is m x n
 * at c[cOff]. Trailing zeros of v and zero rows or columns of C are skipped, as LAPACK does,
 * since they change the shape BLAS sees and so its rounding.
 */
export function larf(
  left: boolean, m: number, n: number, a: Float64Array, vOff: number, incv: number, tau: number,
  c: Float64Array, cOff: number, ld: number, work: Float64Array,
): void {
  if (tau === 0) return;
  let lastv = left ? m : n;
  while (lastv > 0 && a[vOff + (lastv - 1) * incv] === 0) lastv--;
  if (lastv === 0) return;
  if (left) {
    const lastc = lastNonzeroColumn(lastv, n, c, cOff, ld);
    if (lastc === 0) return;
    gemvT(lastv, lastc, c, cOff, ld, a, vOff, incv, work);
    ger(lastv, lastc, -tau, a, vOff, incv, work, 0, 1, c, cOff, ld);
  } else {
    const lastc = lastNonzeroRow(m, lastv, c, cOff, ld);
    if (lastc === 0) return;
    gemvN(lastc, lastv, c, cOff, ld, a, vOff, incv, work);
    ger(lastc, lastv, -tau, work, 0, 1, a, vOff, incv, c, cOff, ld);
  }
}

/** dlascl('G'): multiplies x by cto/cfrom in steps that neither overflow nor underflow. */
export function lascl(cfrom: number, cto: number, x: Float64Array): void {
  const small = SAFMIN, big = 1 / small;
  let cfromc = cfrom, ctoc = cto;
  for (let done = false; !done;) {
    const cfrom1 = cfromc * small;
    let mul: number;
    if (cfrom1 === cfromc) {
      mul = ctoc / cfromc; done = true;
    } else {
      const cto1 = ctoc / big;
      if (cto1 === ctoc) {
        mul = ctoc; done = true; cfromc = 1;
      } else if (Math.abs(cfrom1) > Math.abs(ctoc) && ctoc !== 0) {
        mul = small; cfromc = cfrom1;
      } else if (Math.abs(cto1) > Math.abs(cfromc)) {
        mul = big; ctoc = cto1;
      } else {
        mul = ctoc / cfromc; done = true;
        if (mul === 1) return;
      }
    }
    for (let i = 0; i < x.length; i++) x[i] = x[i]! * mul;
  }
}
