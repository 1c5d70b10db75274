// binomialvariate(n=1, p=0.5) of CPython 3.12's Lib/random.py (3.11 has none): Devroye's
// geometric method for n * p < 10, Hörmann's BTRS transformed rejection otherwise.
import { ValueError } from '../core/errors.js';
import { log2, pyLgamma } from '../math/index.js';
import { AssertionError, fdiv, pyFloor, pyLog, pySqrt } from './pymath.js';

function pyLog2(x: number): number {
  if (x > 0) return log2(x);
  if (x !== x) return x;
  throw new ValueError('math domain error');
}

/** One binomial variate from the uniform source `random` (Random.random). */
export function binomialvariate(random: () => number, n: number, p: number): number {
  if (n < 0) throw new ValueError('n must be non-negative');
  if (p <= 0.0 || p >= 1.0) {
    if (p === 0.0) return 0;
    if (p === 1.0) return n;
    throw new ValueError('p must be in the range 0.0 <= p <= 1.0');
  }
  if (n === 1) return random() < p ? 1 : 0;
  if (p > 0.5) return n - binomialvariate(random, n, 1.0 - p);

  if (n * p < 10.0) {
    let x = 0, y = 0;
    const c = pyLog2(1.0 - p);
    if (!c) return x;
    for (;;) {
      y += pyFloor(pyLog2(random()) / c) + 1;
      if (y > n) return x;
      x += 1;
    }
  }

  // CPython asserts the BTRS preconditions (a NaN p fails here).
  if (!(n * p >= 10.0 && p <= 0.5)) throw new AssertionError('');
  const spq = pySqrt(n * p * (1.0 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  let setup = false;
  let alpha = 0, lpq = 0, m = 0, h = 0;
  for (;;) {
    let u = random();
    u -= 0.5;
    const us = 0.5 - Math.abs(u);
    const k = pyFloor((fdiv(2.0 * a, us) + b) * u + c);
    if (k < 0 || k > n) continue;
    let v = random();
    if (us >= 0.07 && v <= vr) return k;
    if (!setup) {
      alpha = (2.83 + 5.1 / b) * spq;
      lpq = pyLog(p / (1.0 - p));
      m = pyFloor((n + 1) * p);
      h = pyLgamma(m + 1) + pyLgamma(n - m + 1);
      setup = true;
    }
    v *= alpha / (a / (us * us) + b);
    if (pyLog(v) <= h - pyLgamma(k + 1) - pyLgamma(n - k + 1) + (k - m) * lpq) return k;
  }
}
