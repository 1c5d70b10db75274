// numpy's legacy_random_binomial: the shared dispatch and BTPE of distributions.c with the legacy
// inversion's q**n = exp(n log q), and no shortcut for n == 0 or p == 0 (those still draw).
// multinomial() calls the Generator-side random_binomial over the same setup cache.
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { exp, log } from '../../math/index.js';
import type { BinomialCache } from '../../distributions/binomial_cache.js';
import { binomialDispatch, type QnRule } from '../../distributions/binomial.js';
import { distSpec, param } from '../../core/constraints.js';

export { randomBinomial } from '../../distributions/binomial.js';

const legacyQn: QnRule = (n, _p, q) => exp(n * log(q));

/** numpy's legacy_random_binomial (n is a C long). */
export function legacyBinomial(bg: BitGenerator, p: number, n: number, b: BinomialCache): number {
  return binomialDispatch(bg, p, n, b, legacyQn);
}

/** The sampler takes (p, n); numpy's signature is (n, p). */
export const LEGACY_BINOMIAL = distSpec({ n: param('n', 'legacy_non_negative_inbounds_long'), p: param('p', 'bounded_0_1') }, ['p', 'n'], 'int64');
