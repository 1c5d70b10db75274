// numpy's Generator binomial (v2.4.6): inversion when n*min(p,1-p) <= 30, else BTPE
// (Kachitvichyanukul & Schmeiser), with numpy's per-Generator setup cache.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { exp, log, log1p } from '../math/index.js';

/** numpy's binomial_t: setup values for the last (n, p), shared by both algorithms. */
export interface BinomialCache {
  has: boolean; nsave: number; psave: number;
  r: number; q: number; fm: number; m: number; p1: number; xm: number; xl: number; xr: number;
  c: number; laml: number; lamr: number; p2: number; p3: number; p4: number;
}

export const newBinomialCache = (): BinomialCache => ({
  has: false, nsave: 0, psave: 0, r: 0, q: 0, fm: 0, m: 0, p1: 0, xm: 0, xl: 0, xr: 0,
  c: 0, laml: 0, lamr: 0, p2: 0, p3: 0, p4: 0,
});

const stirling = (v: number, v2: number): number =>
  (13680. - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.;

function binomialBtpe(bg: BitGenerator, n: number, p: number, bc: BinomialCache): number {
  if (!bc.has || bc.nsave !== n || bc.psave !== p) {
    bc.nsave = n; bc.psave = p; bc.has = true;
    const r = Math.min(p, 1.0 - p);
    const q = 1.0 - r;
    const fm = n * r + r;
    const m = Math.floor(fm);
    const p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
    const xm = m + 0.5;
    const xl = xm - p1, xr = xm + p1;
    const c = 0.134 + 20.5 / (15.3 + m);
    let a = (fm - xl) / (fm - xl * r);
    const laml = a * (1.0 + a / 2.0);
    a = (xr - fm) / (xr * q);
    const lamr = a * (1.0 + a / 2.0);
    const p2 = p1 * (1.0 + 2.0 * c);
    const p3 = p2 + c / laml;
    const p4 = p3 + c / lamr;
    bc.r = r; bc.q = q; bc.fm = fm; bc.m = m; bc.p1 = p1; bc.xm = xm; bc.xl = xl; bc.xr = xr;
    bc.c = c; bc.laml = laml; bc.lamr = lamr; bc.p2 = p2; bc.p3 = p3; bc.p4 = p4;
  }
  const { r, q, m, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4 } = bc;
  const nrq = n * r * q;
  let y: number;
  // the C code's goto steps as a loop: `continue` is "goto Step10"
  for (;;) {
    const u = bg.next_double() * p4;
    let v = bg.next_double();
    if (u <= p1) {
      y = Math.floor(xm - p1 * v + u);
      break;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + log(v) / laml);
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - log(v) / lamr);
      if (y > n || v === 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    // Step 50
    const k = Math.abs(y - m);
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      const s = r / q;
      const a = s * (n + 1);
      let F = 1.0;
      if (m < y) {
        for (let i = m + 1; i <= y; i++) F *= a / i - s;
      } else if (m > y) {
        for (let i = y + 1; i <= m; i++) F /= a / i - s;
      }
      if (v > F) continue;
      break;
    }
    // Step 52
    const rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = -k * k / (2 * nrq);
    const A = log(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    if (A > xm * log(f1 / x1) + (n - m + 0.5) * log(z / w) + (y - m) * log(w * r / (x1 * q)) +
      stirling(f1, f1 * f1) + stirling(z, z * z) + stirling(x1, x1 * x1) + stirling(w, w * w)) {
      continue;
    }
    break;
  }
  // Step 60
  if (p > 0.5) y = n - y;
  return y;
}

function binomialInversion(bg: BitGenerator, n: number, p: number, bc: BinomialCache): number {
  if (!bc.has || bc.nsave !== n || bc.psave !== p) {
    bc.nsave = n; bc.psave = p; bc.has = true;
    bc.q = 1.0 - p;
    bc.r = exp(n * log1p(-p));
    bc.c = n * p;
    bc.m = Math.trunc(Math.min(n, bc.c + 10.0 * Math.sqrt(bc.c * bc.q + 1)));
  }
  const q = bc.q, qn = bc.r, bound = bc.m;
  let X = 0;
  let px = qn;
  let U = bg.next_double();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = bg.next_double();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}

export function randomBinomial(bg: BitGenerator, p: number, n: number, bc: BinomialCache): number {
  if (n === 0 || p === 0.0) return 0;
  if (p <= 0.5) {
    if (p * n <= 30.0) return binomialInversion(bg, n, p, bc);
    return binomialBtpe(bg, n, p, bc);
  }
  const q = 1.0 - p;
  if (q * n <= 30.0) return n - binomialInversion(bg, n, q, bc);
  return n - binomialBtpe(bg, n, q, bc);
}
