// LAPACK's 2x2 building blocks as reference LAPACK 3.12 computes them (dlartg from la_xlartg.f90,
// dlas2, dlasv2). The signs they choose decide the signs of the singular vectors numpy returns.

const SAFMIN = 2 ** -1022;
const SAFMAX = 2 ** 1022;
const RTMIN = Math.sqrt(SAFMIN);
const RTMAX = Math.sqrt(SAFMAX / 2);
/** dlamch('Epsilon'): the unit roundoff. */
export const LAPACK_EPS = 2 ** -53;

/** Fortran's SIGN(a, b): |a| with the sign of b (negative zero counts as negative). */
export function fsign(a: number, b: number): number {
  const m = Math.abs(a);
  return b < 0 || Object.is(b, -0) ? -m : m;
}

export interface Rotation { c: number; s: number; r: number }

/** dlartg: c, s, r with [c s; -s c] [f; g] = [r; 0]. */
export function dlartg(f: number, g: number, out: Rotation): Rotation {
  const f1 = Math.abs(f), g1 = Math.abs(g);
  if (g === 0) {
    out.c = 1; out.s = 0; out.r = f;
  } else if (f === 0) {
    out.c = 0; out.s = fsign(1, g); out.r = g1;
  } else if (f1 > RTMIN && f1 < RTMAX && g1 > RTMIN && g1 < RTMAX) {
    const d = Math.sqrt(f * f + g * g);
    out.c = f1 / d;
    out.r = fsign(d, f);
    out.s = g / out.r;
  } else {
    const u = Math.min(SAFMAX, Math.max(SAFMIN, f1, g1));
    const fs = f / u, gs = g / u;
    const d = Math.sqrt(fs * fs + gs * gs);
    out.c = Math.abs(fs) / d;
    const r = fsign(d, f);
    out.s = gs / r;
    out.r = r * u;
  }
  return out;
}

/** dlas2: the singular values (min, max) of [f g; 0 h]. */
export function dlas2(f: number, g: number, h: number): [ssmin: number, ssmax: number] {
  const fa = Math.abs(f), ga = Math.abs(g), ha = Math.abs(h);
  const fhmn = Math.min(fa, ha), fhmx = Math.max(fa, ha);
  if (fhmn === 0) {
    if (fhmx === 0) return [0, ga];
    const mx = Math.max(fhmx, ga), mn = Math.min(fhmx, ga);
    return [0, mx * Math.sqrt(1 + (mn / mx) ** 2)];
  }
  if (ga < fhmx) {
    const as = 1 + fhmn / fhmx;
    const at = (fhmx - fhmn) / fhmx;
    const au = (ga / fhmx) ** 2;
    const c = 2 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
    return [fhmn * c, fhmx / c];
  }
  const au = fhmx / ga;
  if (au === 0) return [(fhmn * fhmx) / ga, ga];
  const as = 1 + fhmn / fhmx;
  const at = (fhmx - fhmn) / fhmx;
  const c = 1 / (Math.sqrt(1 + (as * au) ** 2) + Math.sqrt(1 + (at * au) ** 2));
  const ssmin = fhmn * c * au;
  return [ssmin + ssmin, ga / (c + c)];
}

export interface Svd2 { ssmin: number; ssmax: number; snr: number; csr: number; snl: number; csl: number }

/** dlasv2: the SVD of the upper triangular [f g; 0 h], with signed singular values. */
export function dlasv2(f: number, g: number, h: number): Svd2 {
  let ft = f, fa = Math.abs(ft), ht = h, ha = Math.abs(h);
  let pmax = 1;
  const swap = ha > fa;
  if (swap) {
    pmax = 3;
    [ft, ht] = [ht, ft];
    [fa, ha] = [ha, fa];
  }
  const gt = g, ga = Math.abs(gt);
  let ssmin: number, ssmax: number, clt: number, crt: number, slt: number, srt: number;
  if (ga === 0) {
    ssmin = ha; ssmax = fa; clt = 1; crt = 1; slt = 0; srt = 0;
  } else {
    let gasmal = true;
    ssmin = 0; ssmax = 0; clt = 0; crt = 0; slt = 0; srt = 0;
    if (ga > fa) {
      pmax = 2;
      if (fa / ga < LAPACK_EPS) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1;
        slt = ht / gt;
        srt = 1;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const d = fa - ha;
      let l = d === fa ? 1 : d / fa;
      const m = gt / ft;
      let t = 2 - l;
      const mm = m * m, tt = t * t;
      const s = Math.sqrt(tt + mm);
      const r = l === 0 ? Math.abs(m) : Math.sqrt(l * l + mm);
      const a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm === 0) {
        t = l === 0 ? fsign(2, ft) * fsign(1, gt) : gt / fsign(d, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1 + a);
      }
      l = Math.sqrt(t * t + 4);
      crt = 2 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = ((ht / ft) * srt) / a;
    }
  }
  let csl: number, snl: number, csr: number, snr: number;
  if (swap) {
    csl = srt; snl = crt; csr = slt; snr = clt;
  } else {
    csl = clt; snl = slt; csr = crt; snr = srt;
  }
  let tsign = 1;
  if (pmax === 1) tsign = fsign(1, csr) * fsign(1, csl) * fsign(1, f);
  if (pmax === 2) tsign = fsign(1, snr) * fsign(1, csl) * fsign(1, g);
  if (pmax === 3) tsign = fsign(1, snr) * fsign(1, snl) * fsign(1, h);
  return {
    ssmax: fsign(ssmax, tsign),
    ssmin: fsign(ssmin, tsign * fsign(1, f) * fsign(1, h)),
    snr, csr, snl, csl,
  };
}
