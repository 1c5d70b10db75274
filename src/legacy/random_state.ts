// numpy's RandomState: the core (state, uniform, integers, choice, shuffle) plus every legacy
// distribution, each front end following mtrand.pyx's checks and their order.
import { cLong, exactCounts, refuseInexactCounts, rowsShapeOf } from '../core/pyint.js';
import { mvnSizePrefix, pyFloatAsDouble } from '../core/pyint.js';
import { broadcastDraw, broadcastIndices, broadcastShapes, ufuncShape } from '../core/broadcast.js';
import { asArg } from '../core/param_checks.js';
import { type ParamSpec, checkArray, checkScalar, passesScalar, isNonNegative } from '../core/constraints.js';
import { OverflowError, ValueError } from '../core/errors.js';
import { kahanSum } from '../core/kahan.js';
import { keywordOnly } from '../core/keywords.js';
import { type Int64Result, int64Result } from '../core/int64_result.js';
import {
  type ArrayLike, type NDArray, type Size,
  asFloat64, normalizeSize, shapeSize, withShape,
} from '../core/ndarray.js';
import { GUMBEL, randomGumbel } from '../distributions/gumbel.js';
import { LAPLACE, randomLaplace } from '../distributions/laplace.js';
import { LOGISTIC, randomLogistic } from '../distributions/logistic.js';
import { LEGACY_POISSON, fillPoisson, randomPoisson } from '../distributions/poisson.js';
import { TRIANGULAR, fillTriangular, randomTriangular } from '../distributions/triangular.js';
import { LEGACY_UNIFORM, randomUniform } from '../distributions/uniform.js';
import { LEGACY_BETA, legacyBeta } from './distributions/beta.js';
import { LEGACY_BINOMIAL, legacyBinomial } from './distributions/binomial.js';
import { BinomialCache } from '../distributions/binomial_cache.js';
import { legacyStandardCauchy } from './distributions/cauchy.js';
import { LEGACY_CHISQUARE, legacyChisquare } from './distributions/chisquare.js';
import { checkAlphaSequence } from '../distributions/dirichlet.js';
import { LEGACY_EXPONENTIAL, fillLegacyExponential, legacyExponential, legacyStandardExponential } from './distributions/exponential.js';
import { LEGACY_F, LEGACY_NONCENTRAL_F, legacyF, legacyNoncentralF } from './distributions/f.js';
import { LEGACY_GAMMA, LEGACY_STANDARD_GAMMA, legacyGamma, legacyStandardGamma } from './distributions/gamma.js';
import { LEGACY_GEOMETRIC, fillLegacyGeometric, legacyGeometric } from './distributions/geometric.js';
import { LEGACY_HYPERGEOMETRIC, fillLegacyHypergeometric, legacyHypergeometric } from './distributions/hypergeometric.js';
import { LEGACY_LOGSERIES, fillLegacyLogseries, legacyLogseries } from './distributions/logseries.js';
import { toLong } from '../distributions/long.js';
import { asLongs, refuseInexactLongs } from './distributions/long_params.js';
import { randomMultinomial } from '../distributions/multinomial.js';
import { type CheckValid, multivariateNormalTransform } from './distributions/multivariate_normal.js';
import { mvnMeanError, mvnShapes } from '../distributions/multivariate_normal.js';
import { LEGACY_NEGATIVE_BINOMIAL, legacyNegativeBinomial } from './distributions/negative_binomial.js';
import { LEGACY_NONCENTRAL_CHISQUARE, legacyNoncentralChisquare } from './distributions/noncentral_chisquare.js';
import { LEGACY_LOGNORMAL, LEGACY_NORMAL, legacyLognormal, legacyNormal } from './distributions/normal.js';
import { LEGACY_PARETO, legacyPareto } from './distributions/pareto.js';
import { LEGACY_POWER, legacyPower } from './distributions/power.js';
import { LEGACY_RAYLEIGH, legacyRayleigh } from './distributions/rayleigh.js';
import { LEGACY_STANDARD_T, legacyStandardT } from './distributions/standard_t.js';
import {
  fillLegacyBeta, fillLegacyChisquare, fillLegacyDirichlet, fillLegacyF, fillLegacyGamma, fillLegacyNegativeBinomial, fillLegacyNoncentralChisquare,
  fillLegacyNoncentralF, fillLegacyStandardGamma, fillLegacyStandardT, fillLegacyVonmises, fillLegacyWald,
} from './block_fills.js';
import { LEGACY_VONMISES, legacyVonmises, vonmisesNeverReturns } from './distributions/vonmises.js';
import { LEGACY_WALD, legacyWald } from './distributions/wald.js';
import { LEGACY_WEIBULL, legacyWeibull } from './distributions/weibull.js';
import { LEGACY_ZIPF, fillLegacyZipf, legacyZipf, zipfNeverReturns } from './distributions/zipf.js';
import { RandomStateCore } from './random_state_core.js';
import {
  fillLegacyLognormal, fillLegacyNormal, fillLegacyPareto, fillLegacyPower, fillLegacyRayleigh, fillLegacyStandardCauchy,
  fillLegacyWeibull,
} from '../distributions/legacy_fill.js';
import { fillGumbel, fillLaplace, fillLogistic, fillUniform } from '../distributions/ziggurat_fill.js';
import type { Shape } from '../core/ndarray.js'; // overload signatures

type Real = number | NDArray<Float64Array>;


/** PyFloat_AsDouble of a 0-d parameter as passed (a 0-d ndarray converts; a str or None does not). */
function scalarAsDouble(x: unknown): void {
  if (!ArrayBuffer.isView(x)) pyFloatAsDouble(x);
}

/**
 * numpy's legacy RandomState (MT19937 by default): the seeding, state and uniform/integer methods
 * of {@link RandomStateCore} plus every legacy distribution, bit-exact with numpy's mtrand. Array
 * parameters broadcast against each other; a sized call returns a typed array with `shape`.
 * @example const rs = new RandomState(42); rs.normal(0, 1, 3)
 */
export class RandomState extends RandomStateCore {
  /** numpy's binomial_t, shared by binomial() and multinomial(); never reset, like numpy's. */
  private readonly _binomial = new BinomialCache();

  // ---- continuous, on the gauss-caching augmented state ----

  /**
   * Samples from a normal (Gaussian) distribution with mean loc and standard deviation scale
   * (legacy polar method, gauss cache shared with standard_normal).
   * @param loc - mean; default 0
   * @param scale - standard deviation, >= 0; default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(42).normal(10, 2, [2, 3])
   */
  normal(loc?: number, scale?: number, size?: null): number;
  normal(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  normal(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  normal(loc: ArrayLike = LEGACY_NORMAL.loc.default, scale: ArrayLike = LEGACY_NORMAL.scale.default, size?: Size): Real {
    const s = this._aug;
    if (size === undefined && typeof loc === 'number' && isNonNegative(scale)) return legacyNormal(s, loc, scale);
    return broadcastDraw(size, [loc, scale], LEGACY_NORMAL.list, (a, b) => legacyNormal(s, a, b), Float64Array, null,
      (o, n, a, b) => fillLegacyNormal(s, o, n, a, b));
  }

  /**
   * Samples from a log-normal distribution: exp of a normal with the given mean and sigma.
   * @param mean - mean of the underlying normal; default 0
   * @param sigma - standard deviation of the underlying normal, >= 0; default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).lognormal(0, 0.5, 4)
   */
  lognormal(mean?: number, sigma?: number, size?: null): number;
  lognormal(mean: ArrayLike | undefined, sigma: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  lognormal(mean?: ArrayLike, sigma?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  lognormal(mean: ArrayLike = LEGACY_LOGNORMAL.mean.default, sigma: ArrayLike = LEGACY_LOGNORMAL.sigma.default, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(mean, LEGACY_LOGNORMAL.list[0]!) && passesScalar(sigma, LEGACY_LOGNORMAL.list[1]!)) return legacyLognormal(s, mean, sigma);
    return broadcastDraw(size, [mean, sigma], LEGACY_LOGNORMAL.list, (a, b) => legacyLognormal(s, a, b),
      Float64Array, null, (o, n, a, b) => fillLegacyLognormal(s, o, n, a, b));
  }

  /**
   * Samples from the standard exponential distribution (scale 1), by numpy's legacy inversion.
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).standard_exponential(3)
   */
  standard_exponential(size?: null): number;
  standard_exponential(size: Shape): NDArray<Float64Array>;
  standard_exponential(size?: Size): number | NDArray<Float64Array>;
  standard_exponential(size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [], [], () => legacyStandardExponential(s), Float64Array, null, (o, n) => fillLegacyExponential(s, o, n, 1.0));
  }

  /**
   * Samples from an exponential distribution with density exp(-x/scale)/scale.
   * @param scale - the scale beta = 1/lambda, >= 0; default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).exponential(2.0, 5)
   */
  exponential(scale?: number, size?: null): number;
  exponential(scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  exponential(scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  exponential(scale: ArrayLike = LEGACY_EXPONENTIAL.scale.default, size?: Size): Real {
    const s = this._aug;
    if (size === undefined && isNonNegative(scale)) return legacyExponential(s, scale);
    return broadcastDraw(size, [scale], LEGACY_EXPONENTIAL.list, (a) => legacyExponential(s, a), Float64Array, null,
      (o, n, a) => fillLegacyExponential(s, o, n, a));
  }

  /**
   * Samples from a gamma distribution with the given shape and scale 1.
   * @param shape - the shape k, >= 0 (no default)
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).standard_gamma(2.5, 3)
   */
  standard_gamma(shape: number, size?: null): number;
  standard_gamma(shape: ArrayLike, size: Shape): NDArray<Float64Array>;
  standard_gamma(shape: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  standard_gamma(shape: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(shape, LEGACY_STANDARD_GAMMA.list[0]!)) return legacyStandardGamma(s, shape);
    return broadcastDraw(size, [shape], LEGACY_STANDARD_GAMMA.list, (a) => legacyStandardGamma(s, a),
      Float64Array, null, (o, cnt, a) => fillLegacyStandardGamma(s, o, cnt, a));
  }

  /**
   * Samples from a gamma distribution with the given shape k and scale theta.
   * @param shape - the shape k, >= 0 (no default)
   * @param scale - the scale theta, >= 0; default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).gamma(2, 2, 3)
   */
  gamma(shape: number, scale?: number, size?: null): number;
  gamma(shape: ArrayLike, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  gamma(shape: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  gamma(shape: ArrayLike, scale: ArrayLike = LEGACY_GAMMA.scale.default, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(shape, LEGACY_GAMMA.list[0]!) && passesScalar(scale, LEGACY_GAMMA.list[1]!)) return legacyGamma(s, shape, scale);
    return broadcastDraw(size, [shape, scale], LEGACY_GAMMA.list, (a, b) => legacyGamma(s, a, b),
      Float64Array, null, (o, cnt, a, b) => fillLegacyGamma(s, o, cnt, a, b));
  }

  /**
   * Samples from a beta distribution on [0, 1] with shape parameters a (alpha) and b (beta).
   * @param a - alpha, > 0
   * @param b - beta, > 0
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).beta(0.5, 0.5, 4)
   */
  beta(a: number, b: number, size?: null): number;
  beta(a: ArrayLike, b: ArrayLike, size: Shape): NDArray<Float64Array>;
  beta(a: ArrayLike, b: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  beta(a: ArrayLike, b: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(a, LEGACY_BETA.list[0]!) && passesScalar(b, LEGACY_BETA.list[1]!)) return legacyBeta(s, a, b);
    return broadcastDraw(size, [a, b], LEGACY_BETA.list, (x, y) => legacyBeta(s, x, y),
      Float64Array, null, (o, cnt, x, y) => fillLegacyBeta(s, o, cnt, x, y));
  }

  /**
   * Samples from an F (Fisher-Snedecor) distribution with dfnum and dfden degrees of freedom.
   * @param dfnum - numerator degrees of freedom, > 0
   * @param dfden - denominator degrees of freedom, > 0
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).f(5, 10, 3)
   */
  f(dfnum: number, dfden: number, size?: null): number;
  f(dfnum: ArrayLike, dfden: ArrayLike, size: Shape): NDArray<Float64Array>;
  f(dfnum: ArrayLike, dfden: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  f(dfnum: ArrayLike, dfden: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(dfnum, LEGACY_F.list[0]!) && passesScalar(dfden, LEGACY_F.list[1]!)) return legacyF(s, dfnum, dfden);
    return broadcastDraw(size, [dfnum, dfden], LEGACY_F.list, (a, b) => legacyF(s, a, b),
      Float64Array, null, (o, cnt, a, b) => fillLegacyF(s, o, cnt, a, b));
  }

  /**
   * Samples from a noncentral F distribution.
   * @param dfnum - numerator degrees of freedom, > 0
   * @param dfden - denominator degrees of freedom, > 0
   * @param nonc - non-centrality, >= 0
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).noncentral_f(3, 20, 3.0, 2)
   */
  noncentral_f(dfnum: number, dfden: number, nonc: number, size?: null): number;
  noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, size: Shape): NDArray<Float64Array>;
  noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [dfnum, dfden, nonc],
      LEGACY_NONCENTRAL_F.list, (a, b, c) => legacyNoncentralF(s, a, b, c),
      Float64Array, null, (o, cnt, a, b, c) => fillLegacyNoncentralF(s, o, cnt, a, b, c));
  }

  /**
   * Samples from a chi-square distribution with df degrees of freedom.
   * @param df - degrees of freedom, > 0
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).chisquare(2, 4)
   */
  chisquare(df: number, size?: null): number;
  chisquare(df: ArrayLike, size: Shape): NDArray<Float64Array>;
  chisquare(df: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  chisquare(df: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(df, LEGACY_CHISQUARE.list[0]!)) return legacyChisquare(s, df);
    return broadcastDraw(size, [df], LEGACY_CHISQUARE.list, (a) => legacyChisquare(s, a),
      Float64Array, null, (o, cnt, a) => fillLegacyChisquare(s, o, cnt, a));
  }

  /**
   * Samples from a noncentral chi-square distribution.
   * @param df - degrees of freedom, > 0
   * @param nonc - non-centrality, >= 0
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).noncentral_chisquare(3, 20, 2)
   */
  noncentral_chisquare(df: number, nonc: number, size?: null): number;
  noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, size: Shape): NDArray<Float64Array>;
  noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(df, LEGACY_NONCENTRAL_CHISQUARE.list[0]!) && passesScalar(nonc, LEGACY_NONCENTRAL_CHISQUARE.list[1]!)) return legacyNoncentralChisquare(s, df, nonc);
    return broadcastDraw(size, [df, nonc], LEGACY_NONCENTRAL_CHISQUARE.list, (a, b) => legacyNoncentralChisquare(s, a, b),
      Float64Array, null, (o, cnt, a, b) => fillLegacyNoncentralChisquare(s, o, cnt, a, b));
  }

  /**
   * Samples from the standard Cauchy distribution (a Lorentzian, mode 0): a ratio of two standard
   * normals.
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).standard_cauchy(3)
   */
  standard_cauchy(size?: null): number;
  standard_cauchy(size: Shape): NDArray<Float64Array>;
  standard_cauchy(size?: Size): number | NDArray<Float64Array>;
  standard_cauchy(size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [], [], () => legacyStandardCauchy(s),
      Float64Array, null, (o, cnt) => fillLegacyStandardCauchy(s, o, cnt));
  }

  /**
   * Samples from Student's t distribution with df degrees of freedom.
   * @param df - degrees of freedom, > 0
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).standard_t(10, 5)
   */
  standard_t(df: number, size?: null): number;
  standard_t(df: ArrayLike, size: Shape): NDArray<Float64Array>;
  standard_t(df: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  standard_t(df: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(df, LEGACY_STANDARD_T.list[0]!)) return legacyStandardT(s, df);
    return broadcastDraw(size, [df], LEGACY_STANDARD_T.list, (a) => legacyStandardT(s, a),
      Float64Array, null, (o, cnt, a) => fillLegacyStandardT(s, o, cnt, a));
  }

  /**
   * Samples from a Pareto II (Lomax) distribution with shape a; add 1 and multiply by the mode for
   * the classical Pareto.
   * @param a - shape, > 0
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).pareto(3, 4)
   */
  pareto(a: number, size?: null): number;
  pareto(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  pareto(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  pareto(a: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(a, LEGACY_PARETO.list[0]!)) return legacyPareto(s, a);
    return broadcastDraw(size, [a], LEGACY_PARETO.list, (x) => legacyPareto(s, x), Float64Array, null,
      (o, n, x) => fillLegacyPareto(s.bitgen, o, n, x));
  }

  /**
   * Samples from a Weibull distribution with shape a and scale 1: (-ln U)^(1/a).
   * @param a - shape, >= 0 (a = 0 gives 0)
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).weibull(5, 3)
   */
  weibull(a: number, size?: null): number;
  weibull(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  weibull(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  weibull(a: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(a, LEGACY_WEIBULL.list[0]!)) return legacyWeibull(s, a);
    return broadcastDraw(size, [a], LEGACY_WEIBULL.list, (x) => legacyWeibull(s, x), Float64Array, null,
      (o, n, x) => fillLegacyWeibull(s.bitgen, o, n, x));
  }

  /**
   * Samples on [0, 1] from a power distribution with density a x^(a-1) (a beta(a, 1)).
   * @param a - exponent, > 0
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).power(5, 3)
   */
  power(a: number, size?: null): number;
  power(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  power(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  power(a: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(a, LEGACY_POWER.list[0]!)) return legacyPower(s, a);
    return broadcastDraw(size, [a], LEGACY_POWER.list, (x) => legacyPower(s, x), Float64Array, null,
      (o, n, x) => fillLegacyPower(s.bitgen, o, n, x));
  }

  /**
   * Samples from a Wald (inverse Gaussian) distribution.
   * @param mean - distribution mean, > 0
   * @param scale - the shape parameter lambda, > 0
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).wald(3, 2, 4)
   */
  wald(mean: number, scale: number, size?: null): number;
  wald(mean: ArrayLike, scale: ArrayLike, size: Shape): NDArray<Float64Array>;
  wald(mean: ArrayLike, scale: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  wald(mean: ArrayLike, scale: ArrayLike, size?: Size): Real {
    const s = this._aug;
    if (size == null && passesScalar(mean, LEGACY_WALD.list[0]!) && passesScalar(scale, LEGACY_WALD.list[1]!)) return legacyWald(s, mean, scale);
    return broadcastDraw(size, [mean, scale], LEGACY_WALD.list, (a, b) => legacyWald(s, a, b),
      Float64Array, null, (o, cnt, a, b) => fillLegacyWald(s, o, cnt, a, b));
  }

  // ---- continuous, on the bit generator alone ----

  /**
   * Samples on [-pi, pi] from a von Mises (circular normal) distribution. A kappa so large that
   * numpy's loop would never return (above about 1e16) is refused with ValueError.
   * @param mu - mode (centre) of the distribution
   * @param kappa - concentration, >= 0 (0 gives the uniform on the circle)
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).vonmises(0, 4, 5)
   */
  vonmises(mu: number, kappa: number, size?: null): number;
  vonmises(mu: ArrayLike, kappa: ArrayLike, size: Shape): NDArray<Float64Array>;
  vonmises(mu: ArrayLike, kappa: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  vonmises(mu: ArrayLike, kappa: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    refuseNonTerminating(kappa, 'kappa', 'non_negative', vonmisesNeverReturns,
      'kappa too large: numpy\'s legacy vonmises never returns once its envelope parameter rounds to 1 (kappa above about 1e16)', mu);
    return broadcastDraw(size, [mu, kappa], LEGACY_VONMISES.list, (a, b) => legacyVonmises(bg, a, b),
      Float64Array, null, (o, cnt, a, b) => fillLegacyVonmises(bg, o, cnt, a, b));
  }

  /**
   * Samples from a Rayleigh distribution with the given scale (mode).
   * @param scale - scale and mode, >= 0; default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).rayleigh(3, 4)
   */
  rayleigh(scale?: number, size?: null): number;
  rayleigh(scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  rayleigh(scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  rayleigh(scale: ArrayLike = LEGACY_RAYLEIGH.scale.default, size?: Size): Real {
    const bg = this._bit_generator;
    if (size == null && passesScalar(scale, LEGACY_RAYLEIGH.list[0]!)) return legacyRayleigh(bg, scale);
    return broadcastDraw(size, [scale], LEGACY_RAYLEIGH.list, (a) => legacyRayleigh(bg, a), Float64Array, null,
      (o, n, a) => fillLegacyRayleigh(bg, o, n, a));
  }

  /**
   * Samples from a Laplace (double exponential) distribution with location loc and scale.
   * @param loc - position of the peak; default 0
   * @param scale - exponential decay, >= 0; default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).laplace(0, 2, 3)
   */
  laplace(loc?: number, scale?: number, size?: null): number;
  laplace(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  laplace(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  laplace(loc: ArrayLike = LAPLACE.loc.default, scale: ArrayLike = LAPLACE.scale.default, size?: Size): Real {
    const bg = this._bit_generator;
    if (size == null && passesScalar(loc, LAPLACE.list[0]!) && passesScalar(scale, LAPLACE.list[1]!)) return randomLaplace(bg, loc, scale);
    return broadcastDraw(size, [loc, scale], LAPLACE.list,
      (a, b) => randomLaplace(bg, a, b), Float64Array, null, (o, n, a, b) => fillLaplace(bg, o, n, a, b));
  }

  /**
   * Samples from a Gumbel (extreme value type I) distribution.
   * @param loc - location of the mode; default 0
   * @param scale - scale, >= 0; default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).gumbel(0, 0.1, 3)
   */
  gumbel(loc?: number, scale?: number, size?: null): number;
  gumbel(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  gumbel(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  gumbel(loc: ArrayLike = GUMBEL.loc.default, scale: ArrayLike = GUMBEL.scale.default, size?: Size): Real {
    const bg = this._bit_generator;
    if (size == null && passesScalar(loc, GUMBEL.list[0]!) && passesScalar(scale, GUMBEL.list[1]!)) return randomGumbel(bg, loc, scale);
    return broadcastDraw(size, [loc, scale], GUMBEL.list,
      (a, b) => randomGumbel(bg, a, b), Float64Array, null, (o, n, a, b) => fillGumbel(bg, o, n, a, b));
  }

  /**
   * Samples from a logistic distribution with location loc and scale.
   * @param loc - mean (and median); default 0
   * @param scale - scale, >= 0; default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).logistic(10, 1, 3)
   */
  logistic(loc?: number, scale?: number, size?: null): number;
  logistic(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  logistic(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  logistic(loc: ArrayLike = LOGISTIC.loc.default, scale: ArrayLike = LOGISTIC.scale.default, size?: Size): Real {
    const bg = this._bit_generator;
    if (size == null && passesScalar(loc, LOGISTIC.list[0]!) && passesScalar(scale, LOGISTIC.list[1]!)) return randomLogistic(bg, loc, scale);
    return broadcastDraw(size, [loc, scale], LOGISTIC.list,
      (a, b) => randomLogistic(bg, a, b), Float64Array, null, (o, n, a, b) => fillLogistic(bg, o, n, a, b));
  }

  /**
   * Samples from the uniform distribution on [low, high): low + (high - low) U. As in numpy there
   * is no low <= high check, but a non-finite range is refused (OverflowError).
   * @param low - lower boundary (included); default 0
   * @param high - upper boundary (excluded); default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).uniform(-1, 1, 5)
   */
  uniform(low?: number, high?: number, size?: null): number;
  uniform(low: ArrayLike | undefined, high: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  uniform(low?: ArrayLike, high?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  uniform(low: ArrayLike = LEGACY_UNIFORM.low.default, high: ArrayLike = LEGACY_UNIFORM.high.default, size?: Size): Real {
    const bg = this._bit_generator;
    if (size === undefined && typeof low === 'number' && typeof high === 'number' && Number.isFinite(high - low)) {
      return low + (high - low) * bg.next_double();
    }
    const lo = asFloat64(low), hi = asFloat64(high);
    if (lo.shape.length === 0 && hi.shape.length === 0) {
      // numpy reads 0-d parameters again with PyFloat_AsDouble (a str or None is a TypeError)
      [low, high].forEach(scalarAsDouble);
      const range = hi.data[0]! - lo.data[0]!;
      if (!Number.isFinite(range)) throw new OverflowError('Range exceeds valid bounds');
      return broadcastDraw(size, [lo.data[0]!, range], LEGACY_UNIFORM.list, (a, r) => randomUniform(bg, a, r), Float64Array, null,
        (o, n, a, r) => fillUniform(bg, o, n, a, r));
    }
    ufuncShape([hi.shape, lo.shape]);
    const shape = broadcastShapes([hi.shape, lo.shape]);
    const range = elementwise(hi, lo, shape, (h, l) => h - l);
    if (!range.every(Number.isFinite)) throw new OverflowError('Range exceeds valid bounds');
    return broadcastDraw(size, [asArg(lo), asArg({ data: range, shape })], LEGACY_UNIFORM.list, (a, r) => randomUniform(bg, a, r),
      Float64Array, null, (o, cnt, a, r) => { for (let i = 0; i < cnt; i++) o[i] = randomUniform(bg, a, r); });
  }

  /**
   * Samples from a triangular distribution on [left, right] peaking at mode; requires left <= mode
   * <= right and left < right.
   * @param left - lower limit
   * @param mode - the peak
   * @param right - upper limit
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).triangular(-3, 0, 8, 4)
   */
  triangular(left: number, mode: number, right: number, size?: null): number;
  triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, size: Shape): NDArray<Float64Array>;
  triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    const l = asFloat64(left), m = asFloat64(mode), r = asFloat64(right);
    const draw = (a: number, b: number, c: number): number => randomTriangular(bg, a, b, c);
    if (l.shape.length === 0 && m.shape.length === 0 && r.shape.length === 0) {
      [left, mode, right].forEach(scalarAsDouble); // as numpy does for 0-d parameters
      const fl = l.data[0]!, fm = m.data[0]!, fr = r.data[0]!;
      if (fl > fm) throw new ValueError('left > mode');
      if (fm > fr) throw new ValueError('mode > right');
      if (fl === fr) throw new ValueError('left == right');
      return broadcastDraw(size, [fl, fm, fr], TRIANGULAR.list, draw,
        Float64Array, null, (o, cnt, a, b, c) => fillTriangular(bg, o, cnt, a, b, c));
    }
    const any = (x: typeof l, y: typeof l, pred: (u: number, v: number) => boolean): boolean => {
      ufuncShape([x.shape, y.shape]);
      return elementwise(x, y, broadcastShapes([x.shape, y.shape]), (u, v) => (pred(u, v) ? 1 : 0)).some((v) => v === 1);
    };
    if (any(l, m, (u, v) => u > v)) throw new ValueError('left > mode');
    if (any(m, r, (u, v) => u > v)) throw new ValueError('mode > right');
    if (any(l, r, (u, v) => u === v)) throw new ValueError('left == right');
    return broadcastDraw(size, [asArg(l), asArg(m), asArg(r)], TRIANGULAR.list, draw);
  }

  // ---- discrete (numpy's C long results, returned as JS numbers) ----

  /**
   * Samples from a binomial distribution: successes in n trials of probability p. Legacy: no
   * shortcut for n == 0 or p == 0 (those still draw one double). Results are C longs returned as JS
   * numbers.
   * @param n - number of trials, an integer >= 0
   * @param p - success probability, in [0, 1]
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).binomial(10, 0.5, 6)
   */
  binomial(n: number, p: number, size?: null): number;
  binomial(n: ArrayLike, p: ArrayLike, size: Shape): NDArray<Float64Array>;
  binomial(n: ArrayLike, p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  binomial(n: ArrayLike, p: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    const cache = this._binomial;
    // a plain count and probability that certainly pass: numpy's conversions and checks change nothing
    if (size == null && isNonNegative(n) && Number.isSafeInteger(n) && passesScalar(p, LEGACY_BINOMIAL.list[0]!)) {
      return legacyBinomial(bg, p, n, cache);
    }
    const pArr = asFloat64(p);
    const nArr = asLongs(n);
    if (pArr.shape.length === 0 && nArr.shape.length === 0) {
      // numpy's scalar path then reads p with PyFloat_AsDouble and casts n with <long> (an int)
      scalarAsDouble(p);
      if (!ArrayBuffer.isView(n) && typeof n !== 'number' && typeof n !== 'bigint' && typeof n !== 'boolean') {
        throw new TypeError('an integer is required');
      }
    }
    // the 2**53 refusal once numpy's checks of p, n and size would pass, before any draw
    if (pArr.data.every((v) => v >= 0 && v <= 1) && nArr.data.every((v) => v >= 0)) {
      normalizeSize(size, false, 8, 'int64');
      refuseInexactLongs(n);
    }
    return broadcastDraw(size, [asArg(pArr), asArg(nArr)], LEGACY_BINOMIAL.list, (pp, nn) => legacyBinomial(bg, pp, nn, cache),
      Float64Array, null, (o, cnt, pp, nn) => { for (let i = 0; i < cnt; i++) o[i] = legacyBinomial(bg, pp, nn, cache); });
  }

  /**
   * Samples from a negative binomial distribution: failures before the n-th success with success
   * probability p (n may be a non-integer).
   * @param n - number of successes, > 0
   * @param p - success probability, in [0, 1]
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).negative_binomial(1, 0.1, 5)
   */
  negative_binomial(n: number, p: number, size?: null): number;
  negative_binomial(n: ArrayLike, p: ArrayLike, size: Shape): NDArray<Float64Array>;
  negative_binomial(n: ArrayLike, p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  negative_binomial(n: ArrayLike, p: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [n, p], LEGACY_NEGATIVE_BINOMIAL.list, (a, b) => legacyNegativeBinomial(s, a, b),
      Float64Array, null, (o, cnt, a, b) => fillLegacyNegativeBinomial(s, o, cnt, a, b));
  }

  /**
   * Samples from a Poisson distribution with expected count lam.
   * @param lam - expected number of events, >= 0 (and not too large); default 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).poisson(5, 10)
   */
  poisson(lam?: number, size?: null): number;
  poisson(lam: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  poisson(lam?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  poisson(lam: ArrayLike = LEGACY_POISSON.lam.default, size?: Size): Real {
    const bg = this._bit_generator;
    if (size == null && passesScalar(lam, LEGACY_POISSON.list[0]!)) return toLong(randomPoisson(bg, lam));
    return broadcastDraw(size, [lam], LEGACY_POISSON.list, (a) => toLong(randomPoisson(bg, a)),
      Float64Array, null, (o, cnt, a) => fillPoisson(bg, o, cnt, a));
  }

  /**
   * Samples from a Zipf (zeta) distribution with exponent a. Values of a for which numpy's loop
   * (practically) never returns (a - 1 < 2.3e-11 or a >= 1025) are refused with ValueError.
   * @param a - exponent, > 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).zipf(2, 5)
   */
  zipf(a: number, size?: null): number;
  zipf(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  zipf(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  zipf(a: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    refuseNonTerminating(a, 'a', 'gt_1', zipfNeverReturns,
      'a too close to 1 or too large: numpy\'s legacy zipf (practically) never returns for a - 1 < 2.3e-11 or a >= 1025');
    return broadcastDraw(size, [a], LEGACY_ZIPF.list, (x) => legacyZipf(bg, x),
      Float64Array, null, (o, cnt, x) => fillLegacyZipf(bg, o, cnt, x));
  }

  /**
   * Samples from a geometric distribution: the number of trials (>= 1) up to the first success.
   * @param p - success probability of a trial, in (0, 1]
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).geometric(0.35, 5)
   */
  geometric(p: number, size?: null): number | bigint;
  geometric(p: ArrayLike, size: Shape): NDArray<Float64Array> | NDArray<BigInt64Array>;
  geometric(p: ArrayLike, size?: Size): Int64Result;
  geometric(p: ArrayLike, size?: Size): Int64Result {
    const bg = this._bit_generator;
    // a tiny p gives numpy's INT64_MIN (its C cast of a huge double): int64Result makes it a bigint
    return int64Result(broadcastDraw(size, [p], LEGACY_GEOMETRIC.list, (x) => legacyGeometric(bg, x),
      Float64Array, null, (o, cnt, x) => fillLegacyGeometric(bg, o, cnt, x)) as number | NDArray<Float64Array>);
  }

  /**
   * Samples from a logarithmic series distribution.
   * @param p - shape, in [0, 1)
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).logseries(0.6, 5)
   */
  logseries(p: number, size?: null): number;
  logseries(p: ArrayLike, size: Shape): NDArray<Float64Array>;
  logseries(p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  logseries(p: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    if (size == null && passesScalar(p, LEGACY_LOGSERIES.list[0]!)) return legacyLogseries(bg, p);
    return broadcastDraw(size, [p], LEGACY_LOGSERIES.list, (x) => legacyLogseries(bg, x),
      Float64Array, null, (o, cnt, x) => fillLegacyLogseries(bg, o, cnt, x));
  }

  /**
   * Samples from a hypergeometric distribution: good items among nsample drawn without replacement
   * from ngood good and nbad bad items; requires ngood + nbad >= nsample.
   * @param ngood - number of good items, >= 0
   * @param nbad - number of bad items, >= 0
   * @param nsample - number drawn, >= 1
   * @param size - output shape; omitted/null: a number, or the broadcast shape of array parameters
   * @example new RandomState(0).hypergeometric(100, 2, 10, 5)
   */
  hypergeometric(ngood: number, nbad: number, nsample: number, size?: null): number;
  hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, size: Shape): NDArray<Float64Array>;
  hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    const g = asLongs(ngood), b = asLongs(nbad), n = asLongs(nsample);
    if (g.shape.length === 0 && b.shape.length === 0 && n.shape.length === 0) {
      // numpy adds the two C longs in int64, which wraps
      const big = (x: ArrayLike, d: number): bigint => (typeof x === 'bigint' ? x : BigInt(d));
      if (BigInt.asIntN(64, big(ngood, g.data[0]!) + big(nbad, b.data[0]!)) < big(nsample, n.data[0]!)) {
        throw new ValueError('ngood + nbad < nsample');
      }
    } else {
      ufuncShape([g.shape, b.shape]);
      const gb = broadcastShapes([g.shape, b.shape]);
      const sum = elementwise(g, b, gb, (x, y) => x + y);
      ufuncShape([gb, n.shape]);
      const lt = elementwise({ data: sum, shape: gb }, n, broadcastShapes([gb, n.shape]), (x, y) => (x < y ? 1 : 0));
      if (lt.some((v) => v === 1)) throw new ValueError('ngood + nbad < nsample');
    }
    // the 2**53 refusal once numpy's checks of the counts and size would pass, before any draw
    if (g.data.every((v) => v >= 0) && b.data.every((v) => v >= 0) && n.data.every((v) => v >= 1)) {
      normalizeSize(size, false, 8, 'int64');
      [ngood, nbad, nsample].forEach(refuseInexactLongs);
    }
    return broadcastDraw(size, [asArg(g), asArg(b), asArg(n)], LEGACY_HYPERGEOMETRIC.list, (x, y, z) => legacyHypergeometric(bg, x, y, z),
      Float64Array, null, (o, cnt, x, y, z) => fillLegacyHypergeometric(bg, o, cnt, x, y, z));
  }

  // ---- multivariate ----

  /**
   * Samples from a multinomial distribution: counts of each of d outcomes in n trials with
   * probabilities pvals (the last entry takes whatever the others leave).
   * @param n - number of trials, an integer >= 0
   * @param pvals - probabilities of the d outcomes (1-d; sum of all but the last <= 1)
   * @param size - leading shape (the last axis has length d); omitted: one draw of shape [d]
   * @example rs.multinomial(20, [1/6, 1/6, 1/6, 1/6, 1/6, 1/6], 2)
   */
  multinomial(n: number | bigint, pvals: ArrayLike, size?: Size): NDArray<Float64Array> {
    // numpy casts n with <long>: an ndarray converts only when 0-d
    if (ArrayBuffer.isView(n) && (n as { shape?: number[] }).shape?.length !== 0) {
      throw new TypeError('only 0-dimensional arrays can be converted to Python scalars');
    }
    exactCounts(n, 'n', false);
    const ni = cLong(n);
    const parr = asFloat64(pvals);
    if (parr.shape.length === 0) throw new TypeError('pvals must be a 1-d sequence');
    if (parr.shape.length > 1) {
      throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    const pix = parr.data;
    const d = pix.length;
    checkArray(pix, 'pvals', 'bounded_0_1');
    if (d && kahanSum(pix.subarray(0, d - 1)) > 1.0 + 1e-12) {
      const narrowFloat = pvals instanceof Float32Array && pix.reduce((x, y) => x + y, 0) < 1.0001;
      throw new ValueError(narrowFloat
        ? 'sum(pvals[:-1].astype(np.float64)) > 1.0. The pvals array is cast to 64-bit floating point prior to checking the sum. Precision changes when casting may cause problems even if the sum of the original pvals is valid.'
        : 'sum(pvals[:-1]) > 1.0');
    }
    const shape = rowsShapeOf(size, d, 'int64');
    const out = new Float64Array(shapeSize(shape));
    if (ni < 0) throw new ValueError('n < 0');
    // the 2**53 rule (README) once numpy's checks have passed, before any draw
    exactCounts(n, 'n');
    refuseInexactCounts([ni], 'n');
    const niter = d ? out.length / d : 0;
    for (let i = 0, off = 0; i < niter; i++, off += d) {
      randomMultinomial(this._bit_generator, ni, out, off, pix, 0, d, this._binomial);
    }
    return withShape(out, shape);
  }

  /**
   * Samples from a Dirichlet distribution of order k: rows of k positive values summing to 1.
   * @param alpha - concentration parameters (1-d, length k, each > 0)
   * @param size - leading shape (the last axis has length k); omitted: one draw of shape [k]
   * @example rs.dirichlet([10, 5, 3], 4)
   */
  dirichlet(alpha: ArrayLike, size?: Size): NDArray<Float64Array> {
    checkAlphaSequence(alpha);
    const a = asFloat64(alpha);
    if (a.shape.length !== 1) {
      throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    if (a.data.some((v) => v <= 0)) throw new ValueError('alpha <= 0');
    const k = a.data.length;
    const shape = rowsShapeOf(size, k);
    const out = new Float64Array(shapeSize(shape));
    fillLegacyDirichlet(this._aug, a.data, out);
    return withShape(out, shape);
  }

  /**
   * Samples from a multivariate normal distribution with the given mean and covariance, numpy's
   * legacy way: the standard normals are drawn first, then cov's SVD (svdLapack in
   * src/math/linalg.ts,
   * following LAPACK dgesdd's steps so the vector signs agree) gives x = z (sqrt(s) v) + mean.
   * @param mean - mean vector (1-d, length d)
   * @param cov - covariance matrix (d x d, symmetric positive-semidefinite)
   * @param size - leading shape (the last axis has length d); omitted: one draw of shape [d]
   * @param check_valid - 'warn' (default), 'raise' or 'ignore' when cov is not
   * positive-semidefinite
   * @param tol - tolerance of that check; default 1e-8
   * @example rs.multivariate_normal([0, 0], [[1, 0.5], [0.5, 1]], 3)
   */
  multivariate_normal(
    mean: ArrayLike, cov: ArrayLike, size?: Size, check_valid?: CheckValid, tol?: number,
  ): NDArray<Float64Array>;
  multivariate_normal(
    mean: ArrayLike, cov: ArrayLike, size?: Size, check_valid: CheckValid = 'warn', tol = 1e-8, ...kw: unknown[]
  ): NDArray<Float64Array> {
    // numpy's RandomState has no `method`: a sixth argument or option is its TypeError
    keywordOnly('multivariate_normal', [], kw, 5);
    let shape: number[] = [];
    const dt = mvnShapes(mean, cov, () => { shape = mvnSizePrefix(size) as number[]; });
    const c = asFloat64(cov);
    const n = c.shape[0]!;
    const m = dt === null ? asFloat64(mean).data : new Float64Array(n);
    const finalShape = normalizeSize([...shape, n])!;
    const z = this.standard_normal(finalShape) as NDArray<Float64Array>;
    const out = multivariateNormalTransform(z, m, c.data, check_valid, tol);
    if (dt !== null) throw mvnMeanError(dt, true); // numpy's `x += mean`, after drawing
    return withShape(out, finalShape);
  }
}

/**
 * Parameter values for which numpy's own loop would not return are refused before any draw,
 * after numpy's checks (so numpy's errors keep their precedence).
 */
function refuseNonTerminating(
  x: ArrayLike, name: string, cons: ParamSpec['cons'], never: (v: number) => boolean, message: string,
  other?: ArrayLike,
): void {
  const p = asFloat64(x);
  const scalar = p.shape.length === 0 && (other === undefined || asFloat64(other).shape.length === 0);
  // numpy's scalar path reads the parameters with PyFloat_AsDouble (real numbers only) first
  if (scalar) [x, other].forEach((a) => { if (a !== undefined) scalarAsDouble(a); });
  if (scalar) checkScalar(p.data[0]!, name, cons);
  else checkArray(p.data, name, cons);
  if (p.data.some(never)) throw new ValueError(message);
}

/** f over two arrays broadcast to `shape`, in C order. */
function elementwise(
  x: { data: Float64Array; shape: number[] }, y: { data: Float64Array; shape: number[] }, shape: number[],
  f: (u: number, v: number) => number,
): Float64Array {
  const [ix, iy] = broadcastIndices([x.shape, y.shape], shape) as [Int32Array, Int32Array];
  const out = new Float64Array(ix.length);
  for (let i = 0; i < out.length; i++) out[i] = f(x.data[ix[i]!]!, y.data[iy[i]!]!);
  return out;
}
