// numpy's binomial from distributions.c (v2.4.6): inversion when n*min(p,1-p) <= 30, else BTPE
// (Kachitvichyanukul & Schmeiser, with the historical 13680 constant and all four Stirling terms),
// over a per-instance setup cache. RandomState's legacy binomial calls the same BTPE with its own
// inversion (a different qn), which is why the inversion takes its qn rule as a parameter.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { exp, log, log1p } from '../math/index.js';
import { BinomialCache } from './binomial_cache.js';
import { toLong } from './long.js';
import { distSpec, param } from '../core/constraints.js';
import { TWO_53 } from '../core/constants.js';

export { BinomialCache };
export const newBinomialCache = (): BinomialCache => new BinomialCache();

/** How inversion computes q**n, the probability of 0 successes. */
export type QnRule = (n: number, p: number, q: number) => number;
const generatorQn: QnRule = (n, p) => exp(n * log1p(-p));

const stirling = (v: number, v2: number): number =>
  (13680. - (462. - (132. - (99. - 140. / v2) / v2) / v2) / v2) / v / 166320.;

function btpeSetup(b: BinomialCache, n: number, p: number): void {
  const r = Math.min(p, 1.0 - p);
  const q = 1.0 - r;
  const fm = n * r + r;
  const m = toLong(Math.floor(fm));
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
  b.r = r; b.q = q; b.fm = fm; b.m = m; b.p1 = p1; b.xm = xm; b.xl = xl; b.xr = xr;
  b.c = c; b.laml = laml; b.lamr = lamr; b.p2 = p2; b.p3 = p3; b.p4 = p4;
}

/** -k*k as C computes it on longs (exact, wrapping at 64 bits), for the Step52 test. */
function negSquare(k: number): number {
  if (k <= 94906265) return -k * k;
  return Number(BigInt.asIntN(64, -BigInt(k) * BigInt(k)));
}

/** n - x with the long difference taken exactly, as C does before converting to double. */
function longDiff(n: number, x: number): number {
  const d = n - x;
  if (Math.abs(n) <= TWO_53) return d;
  return Number(BigInt(n) - BigInt(x));
}

/** numpy's random_binomial_btpe (n is a C long). */
export function randomBinomialBtpe(bg: BitGenerator, n: number, p: number, b: BinomialCache): number {
  if (!b.claim(n, p)) btpeSetup(b, n, p);
  const { r, q, m, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4 } = b;
  const nrq = n * r * q;
  let y: number;
  // the C code's goto steps as a loop: `continue` is "goto Step10"
  for (;;) {
    const u = bg.next_double() * p4;
    let v = bg.next_double();
    if (u <= p1) {
      y = toLong(Math.floor(xm - p1 * v + u));
      break;
    }
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = toLong(Math.floor(x));
    } else if (u <= p3) {
      y = toLong(Math.floor(xl + log(v) / laml));
      if (y < 0 || v === 0.0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = toLong(Math.floor(xr - log(v) / lamr));
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
    const t = negSquare(k) / (2 * nrq);
    const A = log(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    if (A > xm * log(f1 / x1) + (longDiff(n, m) + 0.5) * log(z / w) + (y - m) * log((w * r) / (x1 * q)) +
      stirling(f1, f1 * f1) + stirling(z, z * z) + stirling(x1, x1 * x1) + stirling(w, w * w)) {
      continue;
    }
    break;
  }
  // Step 60
  if (p > 0.5) y = longDiff(n, y);
  return y;
}

/** numpy's binomial inversion, q**n computed by `qnRule`. */
export function binomialInversion(bg: BitGenerator, n: number, p: number, b: BinomialCache, qnRule: QnRule): number {
  if (!b.claim(n, p)) {
    const q = 1.0 - p;
    const np = n * p;
    b.q = q;
    b.r = qnRule(n, p, q);
    b.c = np;
    b.m = toLong(Math.min(n, np + 10.0 * Math.sqrt(np * q + 1)));
  }
  const q = b.q, qn = b.r, bound = b.m;
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

/** Inversion or BTPE on min(p, 1-p), flipped back when p > 0.5 (no shortcut for n == 0 or p == 0). */
export function binomialDispatch(bg: BitGenerator, p: number, n: number, b: BinomialCache, qnRule: QnRule): number {
  if (p <= 0.5) {
    if (p * n <= 30.0) return binomialInversion(bg, n, p, b, qnRule);
    return randomBinomialBtpe(bg, n, p, b);
  }
  const q = 1.0 - p;
  if (q * n <= 30.0) return n - binomialInversion(bg, n, q, b, qnRule);
  return n - randomBinomialBtpe(bg, n, q, b);
}

/** numpy's random_binomial (Generator.binomial, and multinomial in both APIs). */
export function randomBinomial(bg: BitGenerator, p: number, n: number, b: BinomialCache): number {
  if (n === 0 || p === 0.0) return 0;
  return binomialDispatch(bg, p, n, b, generatorQn);
}

/** The sampler takes (p, n); numpy's signature is (n, p). */
export const BINOMIAL = distSpec({ n: param('n', 'non_negative', true), p: param('p', 'bounded_0_1') }, ['p', 'n'], 'int64');
