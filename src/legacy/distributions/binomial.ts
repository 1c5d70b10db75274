// numpy's binomial samplers over RandomState's shared setup cache:
// legacy_random_binomial (binomial(): inversion with exp(n log q), no shortcut for n == 0 or
// p == 0, so those still draw) and random_binomial (what multinomial() calls: the
// Generator-side entry with its shortcut and exp(n log1p(-p)) inversion). Both use BTPE
// above n*min(p, 1-p) = 30, on 1-p with the result flipped when p > 0.5.
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { exp, log, log1p } from '../../math/index.js';
import type { BinomialCache } from './binomial_cache.js';
import { randomBinomialBtpe } from './binomial_btpe.js';
import { toLong } from './long.js';

type QnRule = (n: number, p: number, q: number) => number;

const legacyQn: QnRule = (n, _p, q) => exp(n * log(q));
const generatorQn: QnRule = (n, p) => exp(n * log1p(-p));

function inversion(bg: BitGenerator, n: number, p: number, b: BinomialCache, qnRule: QnRule): number {
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

function binomialOriginal(bg: BitGenerator, p: number, n: number, b: BinomialCache, qnRule: QnRule): number {
  if (p <= 0.5) {
    if (p * n <= 30.0) return inversion(bg, n, p, b, qnRule);
    return randomBinomialBtpe(bg, n, p, b);
  }
  const q = 1.0 - p;
  if (q * n <= 30.0) return n - inversion(bg, n, q, b, qnRule);
  return n - randomBinomialBtpe(bg, n, q, b);
}

/** numpy's legacy_random_binomial (n is a C long). */
export function legacyBinomial(bg: BitGenerator, p: number, n: number, b: BinomialCache): number {
  return binomialOriginal(bg, p, n, b, legacyQn);
}

/** numpy's random_binomial from distributions.c, as multinomial reaches it. */
export function randomBinomial(bg: BitGenerator, p: number, n: number, b: BinomialCache): number {
  if (n === 0 || p === 0.0) return 0;
  return binomialOriginal(bg, p, n, b, generatorQn);
}
