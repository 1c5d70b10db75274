// numpy's Generator: the core methods (core.ts) plus every distribution. Each method
// validates and broadcasts like _generator.pyx; the samplers live in src/distributions.
import { exactCounts, refuseInexactCounts } from '../core/pyint.js';
import { GeneratorCore } from './core.js';
import { broadcastDraw, broadcastShapes } from '../core/broadcast.js';
import { POISSON_LAM_MAX, checkArray, checkScalar, distSpec, passesScalar, isNonNegative, param } from '../core/constraints.js';
import { MemoryError, OverflowError, ValueError } from '../core/errors.js';
import { kahanSum } from '../core/kahan.js';
import { keywordOnly } from '../core/keywords.js';
import { type Int64Result, int64Result } from '../core/int64_result.js';
import {
  type ArrayLike, type NDArray, type Size, asFloat64, flatten, isTypedArray, normalizeSize, pyTuple,
  shapeOf, shapeSize, toNumber, toScalarDouble, withShape,
} from '../core/ndarray.js';
import { cLong, cLongBig, pyInt, rowsShapeOf, scalarRowsShapeOf } from '../core/pyint.js';
import { BETA, fillBeta, randomBeta } from '../distributions/beta.js';
import { BINOMIAL, type BinomialCache, newBinomialCache, randomBinomial } from '../distributions/binomial.js';
import {
  CHISQUARE, F, NONCENTRAL_CHISQUARE, NONCENTRAL_F, randomChisquare, randomF, randomNoncentralChisquare, randomNoncentralF,
  fillF, fillNoncentralChisquare, fillNoncentralF,
} from '../distributions/chisquare.js';
import {
  EXPONENTIAL, GAMMA, LOGNORMAL, NORMAL, PARETO, POWER, RAYLEIGH, STANDARD_T, WALD, WEIBULL,
  randomExponential, randomGamma, randomLognormal, randomNormal, randomPareto, randomPower,
  randomRayleigh, randomStandardCauchy, randomStandardT, randomWald, randomWeibull, fillStandardT, fillWald,
} from '../distributions/continuous.js';
import { checkAlphaSequence, dirichletFill } from '../distributions/dirichlet.js';
import {
  randomStandardExponential, randomStandardExponentialF, randomStandardExponentialInv,
  randomStandardExponentialInvF,
} from '../distributions/exponential.js';
import { checkOutput } from '../core/check_output.js';
import { type DtypeLike, type FloatArray, fillFloat, floatDtype } from '../core/float_fill.js';
import { STANDARD_GAMMA, fillGamma, fillGammaF, randomStandardGamma, randomStandardGammaF } from '../distributions/gamma.js';
import { GEOMETRIC, fillGeometric, randomGeometric } from '../distributions/geometric.js';
import { GUMBEL, randomGumbel } from '../distributions/gumbel.js';
import { HYPERGEOMETRIC, fillHypergeometric, randomHypergeometric } from '../distributions/hypergeometric.js';
import { LAPLACE, randomLaplace } from '../distributions/laplace.js';
import { LOGISTIC, randomLogistic } from '../distributions/logistic.js';
import { LOGSERIES, fillLogseries, randomLogseries } from '../distributions/logseries.js';
import { randomMultinomial } from '../distributions/multinomial.js';
import { multivariateNormal, type MvnMethod } from '../distributions/multivariate_normal.js';
import { mvhgCount, mvhgMarginals } from '../distributions/mvhg.js';
import { randomStandardNormal, randomStandardNormalF } from '../distributions/normal.js';
import {
  type Parsed,
  anyBroadcast, asArg, parseF64, parseI64, ufuncBroadcast,
} from '../core/param_checks.js';
import { NEGATIVE_BINOMIAL, fillNegativeBinomial, randomNegativeBinomial } from '../distributions/negative_binomial.js';
import { POISSON, fillPoisson, randomPoisson } from '../distributions/poisson.js';
import { TRIANGULAR, fillTriangular, randomTriangular } from '../distributions/triangular.js';
import { UNIFORM, randomUniform } from '../distributions/uniform.js';
import { VONMISES, fillVonmises, randomVonmises } from '../distributions/vonmises.js';
import { ZIPF, fillZipf, randomZipf } from '../distributions/zipf.js';
import {
  fillExponential, fillGumbel, fillLaplace, fillLogistic, fillLognormal, fillNormal, fillPareto, fillPower, fillRayleigh,
  fillStandardCauchy, fillStandardExponential, fillStandardExponentialF, fillStandardNormal, fillStandardNormalF,
  fillUniform, fillWeibull,
} from '../distributions/ziggurat_fill.js';
import type { Shape, FloatingDtype, Float32Dtype, Float64Dtype } from '../core/ndarray.js'; // overload signatures
import { INT64_MAX_AS_DOUBLE, INT64_MAX_BIG } from '../core/constants.js';

type Float = number | NDArray<Float64Array>;
type FloatOrF32 = number | NDArray<FloatArray>;

const NB = NEGATIVE_BINOMIAL;
/** numpy checks n and p itself (NaN first), then draws through disc() with no constraint. */
// (checked above; an int64 result, as numpy's disc() allocates it)
const NB_DRAW = distSpec({ n: param('n', 'none'), p: param('p', 'none') }, null, 'int64').list;
const HYPERGEOM_MAX = 1e9;
const INT64_MAX = 9223372036854775807;
const isScalarArg = (x: ArrayLike): boolean => shapeOf(x).length === 0;
/** numpy's scalar path reads each parameter with PyFloat_AsDouble (real numbers only). */
const scalarDoubles = (...xs: ArrayLike[]): void => { for (const x of xs) if (!isTypedArray(x)) toScalarDouble(x); };

/**
 * numpy's Generator: every distribution of numpy.random.Generator on top of GeneratorCore, bit-exact with numpy.
 * Sizeless calls with scalar parameters return a number; a `size` gives a typed array with numpy's `shape`.
 * @example const rng = default_rng(42); rng.normal(0, 1, [2, 3])
 */
export class Generator extends GeneratorCore {
  /** numpy's class name for the repr (`Generator(PCG64)`), whatever a bundler calls this class. */
  static readonly pyName = 'Generator';
  /** numpy's per-Generator binomial_t: setup for the last (n, p), a pure cache. */
  private readonly binomialCache: BinomialCache = newBinomialCache();

  // ---- float fills with dtype and out ----

  /**
   * Standard normal draws (mean 0, standard deviation 1) by numpy's ziggurat.
   * @param size - output shape (number or shape array); omitted returns a number
   * @param dtype - 'float64' (default) or 'float32'
   * @param out - a Float64Array/Float32Array matching dtype and size to fill and return
   * @example rng.standard_normal([2, 3])
   */
  standard_normal(size?: null, dtype?: FloatingDtype, out?: null): number;
  standard_normal(size: Shape, dtype?: Float64Dtype, out?: Float64Array | null): NDArray<Float64Array>;
  standard_normal(size: Shape | null | undefined, dtype: Float32Dtype, out?: Float32Array | null): NDArray<Float32Array>;
  standard_normal<T extends Float64Array | Float32Array>(size: Size, dtype: FloatingDtype | undefined, out: T): NDArray<T>;
  standard_normal(size?: Size, dtype?: FloatingDtype, out?: Float64Array | Float32Array | null): number | NDArray<Float64Array> | NDArray<Float32Array>;
  standard_normal(size?: Size, dtype?: DtypeLike, out?: FloatArray | null): FloatOrF32 {
    if (size === undefined && dtype === undefined && out == null) return randomStandardNormal(this.bit_generator);
    const dt = floatDtype(dtype, 'standard_normal');
    const bg = this.bit_generator;
    if (dt === 'float64') {
      return fillFloat(size, dt, out, () => randomStandardNormal(bg), (o, n) => fillStandardNormal(bg, o as Float64Array, n));
    }
    return fillFloat(size, dt, out, () => randomStandardNormalF(bg), (o, n) => fillStandardNormalF(bg, o as Float32Array, n));
  }

  /**
   * Standard exponential draws (scale 1, mean 1).
   * @param size - output shape (number or shape array); omitted returns a number
   * @param dtype - 'float64' (default) or 'float32'
   * @param method - 'zig' (ziggurat, default) or 'inv' (inverse CDF)
   * @param out - a Float64Array/Float32Array matching dtype and size to fill and return
   * @example rng.standard_exponential(5, 'float32')
   */
  standard_exponential(size?: null, dtype?: FloatingDtype, method?: 'zig' | 'inv', out?: null): number;
  standard_exponential(size: Shape, dtype?: Float64Dtype, method?: 'zig' | 'inv', out?: Float64Array | null): NDArray<Float64Array>;
  standard_exponential(size: Shape | null | undefined, dtype: Float32Dtype, method?: 'zig' | 'inv', out?: Float32Array | null): NDArray<Float32Array>;
  standard_exponential<T extends Float64Array | Float32Array>(size: Size, dtype: FloatingDtype | undefined, method: 'zig' | 'inv' | undefined, out: T): NDArray<T>;
  standard_exponential(size?: Size, dtype?: FloatingDtype, method?: 'zig' | 'inv', out?: Float64Array | Float32Array | null): number | NDArray<Float64Array> | NDArray<Float32Array>;
  standard_exponential(size?: Size, dtype?: DtypeLike, method: string = 'zig', out?: FloatArray | null): FloatOrF32 {
    if (size === undefined && dtype === undefined && method === 'zig' && out == null) return randomStandardExponential(this.bit_generator);
    const dt = floatDtype(dtype, 'standard_exponential');
    const bg = this.bit_generator;
    const zig = method === 'zig';
    if (dt === 'float64' && zig) {
      return fillFloat(size, dt, out, () => randomStandardExponential(bg), (o, n) => fillStandardExponential(bg, o as Float64Array, n));
    }
    if (zig) {
      return fillFloat(size, dt, out, () => randomStandardExponentialF(bg), (o, n) => fillStandardExponentialF(bg, o as Float32Array, n));
    }
    const draw = dt === 'float64' ? () => randomStandardExponentialInv(bg)
      : zig ? () => randomStandardExponentialF(bg) : () => randomStandardExponentialInvF(bg);
    return fillFloat(size, dt, out, draw, (o, n) => {
      for (let i = 0; i < n; i++) o[i] = draw();
    });
  }

  /**
   * Gamma draws with scale 1 and the given shape (k).
   * @param shape - shape k of the distribution, non-negative; broadcasts
   * @param size - output shape; omitted draws one value per broadcast `shape`
   * @param dtype - 'float64' (default) or 'float32'
   * @param out - a Float64Array/Float32Array matching dtype and size to fill and return
   * @example rng.standard_gamma(2.0, [3])
   */
  standard_gamma(shape: number, size?: null, dtype?: FloatingDtype, out?: null): number;
  standard_gamma(shape: ArrayLike, size: Shape, dtype?: Float64Dtype, out?: Float64Array | null): NDArray<Float64Array>;
  standard_gamma(shape: ArrayLike, size: Shape | null | undefined, dtype: Float32Dtype, out?: Float32Array | null): NDArray<Float32Array>;
  standard_gamma<T extends Float64Array | Float32Array>(shape: ArrayLike, size: Size, dtype: FloatingDtype | undefined, out: T): NDArray<T>;
  standard_gamma(shape: ArrayLike, size?: Size, dtype?: FloatingDtype, out?: Float64Array | Float32Array | null): number | NDArray<Float64Array> | NDArray<Float32Array>;
  standard_gamma(shape: ArrayLike, size?: Size, dtype?: DtypeLike, out?: FloatArray | null): FloatOrF32 {
    const dt = floatDtype(dtype, 'standard_gamma');
    const bg = this.bit_generator;
    if (out !== undefined && out !== null) checkOutput(out, dt, size);
    if (dt === 'float64') {
      return broadcastDraw(size, [shape], STANDARD_GAMMA.list, (a) => randomStandardGamma(bg, a),
        Float64Array, (out as Float64Array | null | undefined) ?? null, (o, n, a) => fillGamma(bg, o, n, a, 1.0));
    }
    // cont_f: the parameter is cast to float32 before checks and draws
    const p = asFloat64(shape);
    if (p.shape.length === 0 && !isTypedArray(shape)) toScalarDouble(shape);
    const f = Float32Array.from(p.data);
    const arg: ArrayLike = p.shape.length === 0 ? f[0]! : withShape(Float64Array.from(f), p.shape);
    return broadcastDraw(size, [arg], STANDARD_GAMMA.list, (a) => randomStandardGammaF(bg, a),
      Float32Array, (out as Float32Array | null | undefined) ?? null, (o, n, a) => fillGammaF(bg, o, n, a));
  }

  // ---- continuous distributions (numpy's cont()) ----

  /**
   * Uniform draws on the half-open interval [low, high).
   * @param low - lower bound, included (default 0.0)
   * @param high - upper bound, excluded (default 1.0); high - low must be finite and non-negative
   * @param size - output shape; omitted draws one value per broadcast (low, high)
   * @example rng.uniform(-1, 1, 4)
   */
  uniform(low?: number, high?: number, size?: null): number;
  uniform(low: ArrayLike | undefined, high: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  uniform(low?: ArrayLike, high?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  uniform(low: ArrayLike = UNIFORM.low.default, high: ArrayLike = UNIFORM.high.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size === undefined && typeof low === 'number' && typeof high === 'number') {
      const r = high - low; // numpy refuses a negative (or -0) range and an infinite one
      if (r >= 0 && r < Infinity && !Object.is(r, -0)) return low + r * bg.next_double();
    }
    const draw = (lo: number, rng: number) => randomUniform(bg, lo, rng);
    const specs = UNIFORM.list;
    if (isScalarArg(low) && isScalarArg(high)) {
      scalarDoubles(low, high);
      const lo = parseF64(low).data[0]!, hi = parseF64(high).data[0]!;
      const rng = hi - lo;
      if (!Number.isFinite(rng)) throw new OverflowError('high - low range exceeds valid bounds');
      return broadcastDraw(size, [lo, rng], specs, draw, Float64Array, null, (o, n, a, r) => fillUniform(bg, o, n, a, r));
    }
    const pl = parseF64(low), ph = parseF64(high);
    const { shape, idx } = ufuncBroadcast([ph, pl]);
    const range = new Float64Array(idx[0]!.length);
    for (let i = 0; i < range.length; i++) range[i] = ph.data[idx[0]![i]!]! - pl.data[idx[1]![i]!]!;
    if (!range.every((v) => Number.isFinite(v))) throw new OverflowError('Range exceeds valid bounds');
    return broadcastDraw(size, [asArg(pl), asArg({ data: range, shape })], specs, draw);
  }

  /**
   * Normal (Gaussian) draws with mean `loc` and standard deviation `scale`.
   * @param loc - mean of the distribution (default 0.0)
   * @param scale - standard deviation, non-negative (default 1.0)
   * @param size - output shape; omitted draws one value per broadcast (loc, scale)
   * @example rng.normal(0, 1, [2, 3])
   */
  normal(loc?: number, scale?: number, size?: null): number;
  normal(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  normal(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  normal(loc: ArrayLike = NORMAL.loc.default, scale: ArrayLike = NORMAL.scale.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size === undefined && typeof loc === 'number' && isNonNegative(scale)) return loc + scale * randomStandardNormal(bg);
    return broadcastDraw(size, [loc, scale], NORMAL.list, (a, b) => randomNormal(bg, a, b),
      Float64Array, null, (o, n, a, b) => fillNormal(bg, o, n, a, b));
  }

  /**
   * Exponential draws with scale beta = 1/lambda (mean `scale`).
   * @param scale - scale beta, non-negative (default 1.0)
   * @param size - output shape; omitted draws one value per broadcast `scale`
   * @example rng.exponential(2.0, 5)
   */
  exponential(scale?: number, size?: null): number;
  exponential(scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  exponential(scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  exponential(scale: ArrayLike = EXPONENTIAL.scale.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size === undefined && isNonNegative(scale)) return scale * randomStandardExponential(bg);
    return broadcastDraw(size, [scale], EXPONENTIAL.list, (a) => randomExponential(bg, a),
      Float64Array, null, (o, n, a) => fillExponential(bg, o, n, a));
  }

  /**
   * Gamma draws with shape k and scale theta (mean k * theta).
   * @param shape - shape k, non-negative
   * @param scale - scale theta, non-negative (default 1.0)
   * @param size - output shape; omitted draws one value per broadcast (shape, scale)
   * @example rng.gamma(2.0, 0.5, [3])
   */
  gamma(shape: number, scale?: number, size?: null): number;
  gamma(shape: ArrayLike, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  gamma(shape: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  gamma(shape: ArrayLike, scale: ArrayLike = GAMMA.scale.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(shape, GAMMA.list[0]!) && passesScalar(scale, GAMMA.list[1]!)) return randomGamma(bg, shape, scale);
    return broadcastDraw(size, [shape, scale], GAMMA.list,
      (a, b) => randomGamma(bg, a, b), Float64Array, null, (o, n, a, b) => fillGamma(bg, o, n, a, b));
  }

  /**
   * Beta draws on (0, 1) with shape parameters alpha and beta.
   * @param a - alpha, positive
   * @param b - beta, positive
   * @param size - output shape; omitted draws one value per broadcast (a, b)
   * @example rng.beta(2, 5, 4)
   */
  beta(a: number, b: number, size?: null): number;
  beta(a: ArrayLike, b: ArrayLike, size: Shape): NDArray<Float64Array>;
  beta(a: ArrayLike, b: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  beta(a: ArrayLike, b: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(a, BETA.list[0]!) && passesScalar(b, BETA.list[1]!)) return randomBeta(bg, a, b);
    return broadcastDraw(size, [a, b], BETA.list, (x, y) => randomBeta(bg, x, y),
      Float64Array, null, (o, cnt, x, y) => fillBeta(bg, o, cnt, x, y));
  }

  /**
   * F (Fisher-Snedecor) draws: the ratio of two scaled chi-square variables.
   * @param dfnum - numerator degrees of freedom, positive
   * @param dfden - denominator degrees of freedom, positive
   * @param size - output shape; omitted draws one value per broadcast (dfnum, dfden)
   * @example rng.f(5, 10, 3)
   */
  f(dfnum: number, dfden: number, size?: null): number;
  f(dfnum: ArrayLike, dfden: ArrayLike, size: Shape): NDArray<Float64Array>;
  f(dfnum: ArrayLike, dfden: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  f(dfnum: ArrayLike, dfden: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(dfnum, F.list[0]!) && passesScalar(dfden, F.list[1]!)) return randomF(bg, dfnum, dfden);
    return broadcastDraw(size, [dfnum, dfden], F.list, (a, b) => randomF(bg, a, b),
      Float64Array, null, (o, cnt, a, b) => fillF(bg, o, cnt, a, b));
  }

  /**
   * Noncentral F draws: F with a noncentral chi-square numerator.
   * @param dfnum - numerator degrees of freedom, positive
   * @param dfden - denominator degrees of freedom, positive
   * @param nonc - noncentrality, non-negative
   * @param size - output shape; omitted draws one value per broadcast parameter set
   * @example rng.noncentral_f(3, 20, 3.0, 5)
   */
  noncentral_f(dfnum: number, dfden: number, nonc: number, size?: null): number;
  noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, size: Shape): NDArray<Float64Array>;
  noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    return broadcastDraw(size, [dfnum, dfden, nonc],
      NONCENTRAL_F.list, (a, b, c) => randomNoncentralF(bg, a, b, c),
      Float64Array, null, (o, cnt, a, b, c) => fillNoncentralF(bg, o, cnt, a, b, c));
  }

  /**
   * Chi-square draws: the sum of `df` squared standard normals.
   * @param df - degrees of freedom, positive
   * @param size - output shape; omitted draws one value per broadcast `df`
   * @example rng.chisquare(2, 4)
   */
  chisquare(df: number, size?: null): number;
  chisquare(df: ArrayLike, size: Shape): NDArray<Float64Array>;
  chisquare(df: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  chisquare(df: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(df, CHISQUARE.list[0]!)) return randomChisquare(bg, df);
    return broadcastDraw(size, [df], CHISQUARE.list, (a) => randomChisquare(bg, a),
      Float64Array, null, (o, cnt, a) => fillGamma(bg, o, cnt, a / 2.0, 2.0));
  }

  /**
   * Noncentral chi-square draws.
   * @param df - degrees of freedom, positive
   * @param nonc - noncentrality (sum of squared means), non-negative
   * @param size - output shape; omitted draws one value per broadcast (df, nonc)
   * @example rng.noncentral_chisquare(3, 20, 4)
   */
  noncentral_chisquare(df: number, nonc: number, size?: null): number;
  noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, size: Shape): NDArray<Float64Array>;
  noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(df, NONCENTRAL_CHISQUARE.list[0]!) && passesScalar(nonc, NONCENTRAL_CHISQUARE.list[1]!)) return randomNoncentralChisquare(bg, df, nonc);
    return broadcastDraw(size, [df, nonc], NONCENTRAL_CHISQUARE.list, (a, b) => randomNoncentralChisquare(bg, a, b),
      Float64Array, null, (o, cnt, a, b) => fillNoncentralChisquare(bg, o, cnt, a, b));
  }

  /**
   * Standard Cauchy (Lorentz) draws: location 0, scale 1.
   * @param size - output shape (number or shape array); omitted returns a number
   * @example rng.standard_cauchy([2, 2])
   */
  standard_cauchy(size?: null): number;
  standard_cauchy(size: Shape): NDArray<Float64Array>;
  standard_cauchy(size?: Size): number | NDArray<Float64Array>;
  standard_cauchy(size?: Size): Float {
    const bg = this.bit_generator;
    return broadcastDraw(size, [], [], () => randomStandardCauchy(bg), Float64Array, null, (o, n) => fillStandardCauchy(bg, o, n));
  }

  /**
   * Student's t draws with `df` degrees of freedom.
   * @param df - degrees of freedom, positive
   * @param size - output shape; omitted draws one value per broadcast `df`
   * @example rng.standard_t(10, 5)
   */
  standard_t(df: number, size?: null): number;
  standard_t(df: ArrayLike, size: Shape): NDArray<Float64Array>;
  standard_t(df: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  standard_t(df: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(df, STANDARD_T.list[0]!)) return randomStandardT(bg, df);
    return broadcastDraw(size, [df], STANDARD_T.list, (a) => randomStandardT(bg, a),
      Float64Array, null, (o, cnt, a) => fillStandardT(bg, o, cnt, a));
  }

  /**
   * von Mises (circular normal) draws on [-pi, pi].
   * @param mu - mode (centre) of the distribution, in radians
   * @param kappa - concentration, non-negative (0 gives a uniform angle)
   * @param size - output shape; omitted draws one value per broadcast (mu, kappa)
   * @example rng.vonmises(0, 4, 3)
   */
  vonmises(mu: number, kappa: number, size?: null): number;
  vonmises(mu: ArrayLike, kappa: ArrayLike, size: Shape): NDArray<Float64Array>;
  vonmises(mu: ArrayLike, kappa: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  vonmises(mu: ArrayLike, kappa: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    return broadcastDraw(size, [mu, kappa], VONMISES.list, (a, b) => randomVonmises(bg, a, b),
      Float64Array, null, (o, cnt, a, b) => fillVonmises(bg, o, cnt, a, b));
  }

  /**
   * Pareto II (Lomax) draws: classical Pareto minus 1, on [0, inf).
   * @param a - shape of the distribution, positive
   * @param size - output shape; omitted draws one value per broadcast `a`
   * @example rng.pareto(3, 4)
   */
  pareto(a: number, size?: null): number;
  pareto(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  pareto(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  pareto(a: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(a, PARETO.list[0]!)) return randomPareto(bg, a);
    return broadcastDraw(size, [a], PARETO.list, (x) => randomPareto(bg, x), Float64Array, null, (o, n, x) => fillPareto(bg, o, n, x));
  }

  /**
   * Weibull draws with shape `a` and scale 1.
   * @param a - shape of the distribution, non-negative
   * @param size - output shape; omitted draws one value per broadcast `a`
   * @example rng.weibull(1.5, 4)
   */
  weibull(a: number, size?: null): number;
  weibull(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  weibull(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  weibull(a: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(a, WEIBULL.list[0]!)) return randomWeibull(bg, a);
    return broadcastDraw(size, [a], WEIBULL.list, (x) => randomWeibull(bg, x), Float64Array, null, (o, n, x) => fillWeibull(bg, o, n, x));
  }

  /**
   * Power-function draws on [0, 1] with PDF a * x^(a-1).
   * @param a - exponent, positive
   * @param size - output shape; omitted draws one value per broadcast `a`
   * @example rng.power(5, 3)
   */
  power(a: number, size?: null): number;
  power(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  power(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  power(a: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(a, POWER.list[0]!)) return randomPower(bg, a);
    return broadcastDraw(size, [a], POWER.list, (x) => randomPower(bg, x), Float64Array, null, (o, n, x) => fillPower(bg, o, n, x));
  }

  /**
   * Laplace (double exponential) draws with location `loc` and scale `scale`.
   * @param loc - position of the peak (default 0.0)
   * @param scale - exponential decay, non-negative (default 1.0)
   * @param size - output shape; omitted draws one value per broadcast (loc, scale)
   * @example rng.laplace(0, 1, 4)
   */
  laplace(loc?: number, scale?: number, size?: null): number;
  laplace(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  laplace(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  laplace(loc: ArrayLike = LAPLACE.loc.default, scale: ArrayLike = LAPLACE.scale.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(loc, LAPLACE.list[0]!) && passesScalar(scale, LAPLACE.list[1]!)) return randomLaplace(bg, loc, scale);
    return broadcastDraw(size, [loc, scale], LAPLACE.list,
      (a, b) => randomLaplace(bg, a, b), Float64Array, null, (o, n, a, b) => fillLaplace(bg, o, n, a, b));
  }

  /**
   * Gumbel (extreme value type I) draws with mode `loc` and scale `scale`.
   * @param loc - location (mode) of the distribution (default 0.0)
   * @param scale - scale, non-negative (default 1.0)
   * @param size - output shape; omitted draws one value per broadcast (loc, scale)
   * @example rng.gumbel(0, 1, 4)
   */
  gumbel(loc?: number, scale?: number, size?: null): number;
  gumbel(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  gumbel(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  gumbel(loc: ArrayLike = GUMBEL.loc.default, scale: ArrayLike = GUMBEL.scale.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(loc, GUMBEL.list[0]!) && passesScalar(scale, GUMBEL.list[1]!)) return randomGumbel(bg, loc, scale);
    return broadcastDraw(size, [loc, scale], GUMBEL.list,
      (a, b) => randomGumbel(bg, a, b), Float64Array, null, (o, n, a, b) => fillGumbel(bg, o, n, a, b));
  }

  /**
   * Logistic draws with location `loc` and scale `scale`.
   * @param loc - mean (and median) of the distribution (default 0.0)
   * @param scale - scale, non-negative (default 1.0)
   * @param size - output shape; omitted draws one value per broadcast (loc, scale)
   * @example rng.logistic(0, 1, 4)
   */
  logistic(loc?: number, scale?: number, size?: null): number;
  logistic(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  logistic(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  logistic(loc: ArrayLike = LOGISTIC.loc.default, scale: ArrayLike = LOGISTIC.scale.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(loc, LOGISTIC.list[0]!) && passesScalar(scale, LOGISTIC.list[1]!)) return randomLogistic(bg, loc, scale);
    return broadcastDraw(size, [loc, scale], LOGISTIC.list,
      (a, b) => randomLogistic(bg, a, b), Float64Array, null, (o, n, a, b) => fillLogistic(bg, o, n, a, b));
  }

  /**
   * Log-normal draws: exp of a normal with mean `mean` and standard deviation `sigma`.
   * @param mean - mean of the underlying normal (default 0.0)
   * @param sigma - standard deviation of the underlying normal, non-negative (default 1.0)
   * @param size - output shape; omitted draws one value per broadcast (mean, sigma)
   * @example rng.lognormal(0, 0.5, 4)
   */
  lognormal(mean?: number, sigma?: number, size?: null): number;
  lognormal(mean: ArrayLike | undefined, sigma: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  lognormal(mean?: ArrayLike, sigma?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  lognormal(mean: ArrayLike = LOGNORMAL.mean.default, sigma: ArrayLike = LOGNORMAL.sigma.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(mean, LOGNORMAL.list[0]!) && passesScalar(sigma, LOGNORMAL.list[1]!)) return randomLognormal(bg, mean, sigma);
    return broadcastDraw(size, [mean, sigma], LOGNORMAL.list,
      (a, b) => randomLognormal(bg, a, b), Float64Array, null, (o, n, a, b) => fillLognormal(bg, o, n, a, b));
  }

  /**
   * Rayleigh draws with mode `scale`.
   * @param scale - scale (mode), non-negative (default 1.0)
   * @param size - output shape; omitted draws one value per broadcast `scale`
   * @example rng.rayleigh(2.0, 4)
   */
  rayleigh(scale?: number, size?: null): number;
  rayleigh(scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  rayleigh(scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  rayleigh(scale: ArrayLike = RAYLEIGH.scale.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(scale, RAYLEIGH.list[0]!)) return randomRayleigh(bg, scale);
    return broadcastDraw(size, [scale], RAYLEIGH.list, (a) => randomRayleigh(bg, a), Float64Array, null, (o, n, a) => fillRayleigh(bg, o, n, a));
  }

  /**
   * Wald (inverse Gaussian) draws with mean `mean` and shape `scale`.
   * @param mean - mean of the distribution, positive
   * @param scale - shape parameter lambda, positive
   * @param size - output shape; omitted draws one value per broadcast (mean, scale)
   * @example rng.wald(1, 3, 4)
   */
  wald(mean: number, scale: number, size?: null): number;
  wald(mean: ArrayLike, scale: ArrayLike, size: Shape): NDArray<Float64Array>;
  wald(mean: ArrayLike, scale: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  wald(mean: ArrayLike, scale: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(mean, WALD.list[0]!) && passesScalar(scale, WALD.list[1]!)) return randomWald(bg, mean, scale);
    return broadcastDraw(size, [mean, scale], WALD.list, (a, b) => randomWald(bg, a, b),
      Float64Array, null, (o, cnt, a, b) => fillWald(bg, o, cnt, a, b));
  }

  /**
   * Triangular draws on [left, right] peaking at `mode`.
   * @param left - lower limit
   * @param mode - peak, with left <= mode <= right
   * @param right - upper limit, greater than left
   * @param size - output shape; omitted draws one value per broadcast parameter set
   * @example rng.triangular(-3, 0, 8, 4)
   */
  triangular(left: number, mode: number, right: number, size?: null): number;
  triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, size: Shape): NDArray<Float64Array>;
  triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    const draw = (l: number, m: number, r: number) => randomTriangular(bg, l, m, r);
    const pl = parseF64(left), pm = parseF64(mode), pr = parseF64(right);
    if (pl.shape.length === 0 && pm.shape.length === 0 && pr.shape.length === 0) {
      scalarDoubles(left, mode, right);
      const l = pl.data[0]!, m = pm.data[0]!, r = pr.data[0]!;
      if (l > m) throw new ValueError('left > mode');
      if (m > r) throw new ValueError('mode > right');
      if (l === r) throw new ValueError('left == right');
      return broadcastDraw(size, [l, m, r], TRIANGULAR.list, draw,
        Float64Array, null, (o, cnt, a, b, c) => fillTriangular(bg, o, cnt, a, b, c));
    }
    if (anyBroadcast([pl, pm], (l, m) => l! > m!)) throw new ValueError('left > mode');
    if (anyBroadcast([pm, pr], (m, r) => m! > r!)) throw new ValueError('mode > right');
    if (anyBroadcast([pl, pr], (l, r) => l === r)) throw new ValueError('left == right');
    return broadcastDraw(size, [asArg(pl), asArg(pm), asArg(pr)], TRIANGULAR.list, draw);
  }

  // ---- discrete distributions (numpy's disc(); int64 results as JS numbers) ----

  /**
   * Binomial draws: successes in `n` trials, each succeeding with probability `p`.
   * @param n - number of trials, an integer >= 0
   * @param p - success probability, in [0, 1]
   * @param size - output shape; omitted draws one value per broadcast (n, p)
   * @example rng.binomial(10, 0.5, 5)
   */
  binomial(n: number, p: number, size?: null): number;
  binomial(n: ArrayLike, p: ArrayLike, size: Shape): NDArray<Float64Array>;
  binomial(n: ArrayLike, p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  binomial(n: ArrayLike, p: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    const bc = this.binomialCache;
    // a plain count and probability that certainly pass: numpy's checks change nothing
    if (size == null && isNonNegative(n) && Number.isSafeInteger(n) && passesScalar(p, BINOMIAL.list[0]!)) {
      return randomBinomial(bg, p, n, bc);
    }
    exactCounts(n, 'n', false);
    const draw = (pp: number, nn: number) => randomBinomial(bg, pp, nn, bc);
    const specs = BINOMIAL.list;
    // the 2**53 refusal once numpy's checks of p, n and size would all pass, before any draw
    const refuse = (ns: Float64Array | number[]): void => {
      normalizeSize(size, false, 8, 'int64');
      exactCounts(n, 'n');
      refuseInexactCounts(ns, 'n');
    };
    if (isScalarArg(p) && isScalarArg(n)) {
      const dp = parseF64(p).data[0]!;
      scalarDoubles(p);
      // numpy converts n to an int64 array first (int() of each element, so None is refused
      // there; a float 0-d array under the 'safe' rule), then casts a 0-d one with <int64_t>
      const ni = isTypedArray(n) ? cLong(parseI64(n).data[0]!) : (parseI64(n), cLong(n));
      checkScalar(dp, BINOMIAL.p.name, BINOMIAL.p.cons);
      checkScalar(ni, BINOMIAL.n.name, BINOMIAL.n.cons);
      refuse([ni]);
      return broadcastDraw(size, [dp, ni], specs, draw, Float64Array, null, (o, cnt, pp, nn) => {
        for (let i = 0; i < cnt; i++) o[i] = randomBinomial(bg, pp, nn, bc);
      });
    }
    const pn = parseI64(n);
    // after numpy's own checks of p and n would pass
    if (pn.data.every((v) => v >= 0) && parseF64(p).data.every((v) => v >= 0 && v <= 1)) refuse(pn.data);
    return broadcastDraw(size, [p, asArg(pn)], specs, draw);
  }

  /**
   * Negative binomial draws: failures before the `n`-th success, success probability `p`.
   * @param n - number of successes, positive (may be non-integer)
   * @param p - success probability, in (0, 1]
   * @param size - output shape; omitted draws one value per broadcast (n, p)
   * @example rng.negative_binomial(5, 0.5, 4)
   */
  negative_binomial(n: number, p: number, size?: null): number;
  negative_binomial(n: ArrayLike, p: ArrayLike, size: Shape): NDArray<Float64Array>;
  negative_binomial(n: ArrayLike, p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  negative_binomial(n: ArrayLike, p: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    const pn = parseF64(n), pp = parseF64(p);
    const tooLarge = 'n too large or p too small, see Generator.negative_binomial Notes';
    const maxLam = (nn: number, q: number) => (1 - q) / q * (nn + 10 * Math.sqrt(nn));
    if (pn.shape.length === 0 && pp.shape.length === 0) {
      scalarDoubles(n, p);
      checkScalar(pn.data[0]!, NB.n.name, NB.n.cons);
      checkScalar(pp.data[0]!, NB.p.name, NB.p.cons);
      if (maxLam(pn.data[0]!, pp.data[0]!) > POISSON_LAM_MAX) throw new ValueError(tooLarge);
    } else {
      checkArray(pn.data, NB.n.name, NB.n.cons);
      checkArray(pp.data, NB.p.name, NB.p.cons);
      if (anyBroadcast([pp, pn], (q, nn) => maxLam(nn!, q!) > POISSON_LAM_MAX)) throw new ValueError(tooLarge);
    }
    return broadcastDraw(size, [asArg(pn), asArg(pp)], NB_DRAW, (nn, q) => randomNegativeBinomial(bg, nn, q), Float64Array, null,
      (o, cnt, nn, q) => fillNegativeBinomial(bg, o, cnt, nn, q));
  }

  /**
   * Poisson draws with expected count `lam`.
   * @param lam - expected number of events, non-negative and below numpy's maximum (default 1.0)
   * @param size - output shape; omitted draws one value per broadcast `lam`
   * @example rng.poisson(3.5, 5)
   */
  poisson(lam?: number, size?: null): number;
  poisson(lam: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  poisson(lam?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  poisson(lam: ArrayLike = POISSON.lam.default, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(lam, POISSON.list[0]!)) return randomPoisson(bg, lam);
    return broadcastDraw(size, [lam], POISSON.list, (a) => randomPoisson(bg, a), Float64Array, null,
      (o, n, a) => fillPoisson(bg, o, n, a));
  }

  /**
   * Zipf (zeta) draws: positive integers k with probability proportional to k^-a.
   * @param a - distribution parameter, greater than 1
   * @param size - output shape; omitted draws one value per broadcast `a`
   * @example rng.zipf(2, 5)
   */
  zipf(a: number, size?: null): number;
  zipf(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  zipf(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  zipf(a: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(a, ZIPF.list[0]!)) return randomZipf(bg, a);
    return broadcastDraw(size, [a], ZIPF.list, (x) => randomZipf(bg, x),
      Float64Array, null, (o, cnt, x) => fillZipf(bg, o, cnt, x));
  }

  /**
   * Geometric draws: the number of trials up to and including the first success.
   * @param p - success probability of one trial, in (0, 1]
   * @param size - output shape; omitted draws one value per broadcast `p`
   * @example rng.geometric(0.35, 5)
   */
  geometric(p: number, size?: null): number | bigint;
  geometric(p: ArrayLike, size: Shape): NDArray<Float64Array> | NDArray<BigInt64Array>;
  geometric(p: ArrayLike, size?: Size): Int64Result;
  geometric(p: ArrayLike, size?: Size): Int64Result {
    const bg = this.bit_generator;
    if (size == null && passesScalar(p, GEOMETRIC.list[0]!)) return int64Result(randomGeometric(bg, p));
    // numpy clamps to INT64_MAX (p below ~1e-20): int64Result gives that value as a bigint
    return int64Result(broadcastDraw(size, [p], GEOMETRIC.list, (x) => randomGeometric(bg, x), Float64Array, null,
      (o, n, x) => fillGeometric(bg, o, n, x)) as number | NDArray<Float64Array>);
  }

  /**
   * Hypergeometric draws: good items among `nsample` drawn without replacement.
   * @param ngood - number of good items, an integer >= 0 (below 1e9)
   * @param nbad - number of bad items, an integer >= 0 (below 1e9)
   * @param nsample - number of items drawn, at most ngood + nbad
   * @param size - output shape; omitted draws one value per broadcast parameter set
   * @example rng.hypergeometric(100, 2, 10, 5)
   */
  hypergeometric(ngood: number, nbad: number, nsample: number, size?: null): number;
  hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, size: Shape): NDArray<Float64Array>;
  hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    const draw = (g: number, b: number, s: number) => randomHypergeometric(bg, g, b, s);
    const specs = HYPERGEOMETRIC.list;
    const tooBig = `both ngood and nbad must be less than ${HYPERGEOM_MAX}`;
    const pg = parseI64(ngood), pb = parseI64(nbad), ps = parseI64(nsample);
    if (pg.shape.length === 0 && pb.shape.length === 0 && ps.shape.length === 0) {
      // numpy converts all three to int64 arrays, then casts each 0-d one again with <int64_t>
      // (a str that converted is now "an integer is required")
      const int64 = (x: ArrayLike, p: Parsed): number => (isTypedArray(x) ? p.data[0]! : Number(cLongBig(x)));
      const g = int64(ngood, pg), b = int64(nbad, pb), s = int64(nsample, ps);
      if (g >= HYPERGEOM_MAX || b >= HYPERGEOM_MAX) throw new ValueError(tooBig);
      if (g + b < s) throw new ValueError('ngood + nbad < nsample');
      return broadcastDraw(size, [g, b, s], specs, draw,
        Float64Array, null, (o, cnt, a, b, c) => fillHypergeometric(bg, o, cnt, a, b, c));
    }
    if (pg.data.some((v) => v >= HYPERGEOM_MAX) || pb.data.some((v) => v >= HYPERGEOM_MAX)) throw new ValueError(tooBig);
    if (anyBroadcast([pg, pb, ps], (g, b, s) => g! + b! < s!)) throw new ValueError('ngood + nbad < nsample');
    return broadcastDraw(size, [asArg(pg), asArg(pb), asArg(ps)], specs, draw);
  }

  /**
   * Logarithmic series draws: positive integers k with probability proportional to p^k / k.
   * @param p - shape parameter, in [0, 1)
   * @param size - output shape; omitted draws one value per broadcast `p`
   * @example rng.logseries(0.6, 5)
   */
  logseries(p: number, size?: null): number;
  logseries(p: ArrayLike, size: Shape): NDArray<Float64Array>;
  logseries(p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  logseries(p: ArrayLike, size?: Size): Float {
    const bg = this.bit_generator;
    if (size == null && passesScalar(p, LOGSERIES.list[0]!)) return randomLogseries(bg, p);
    return broadcastDraw(size, [p], LOGSERIES.list, (x) => randomLogseries(bg, x),
      Float64Array, null, (o, cnt, x) => fillLogseries(bg, o, cnt, x));
  }

  // ---- multivariate distributions ----

  /**
   * Multivariate normal draws with mean vector `mean` and covariance `cov`; each row has length N.
   * @param mean - 1-d mean vector of length N
   * @param cov - N x N covariance, symmetric positive-semidefinite
   * @param size - leading shape; the result has shape [...size, N] (omitted: [N])
   * @param check_valid - 'warn' (default), 'raise' or 'ignore' for a non-PSD `cov`
   * @param tol - tolerance of the PSD check (default 1e-8)
   * @param method - numpy's keyword-only `method` (positional here, README): 'svd' (default),
   *   'eigh' or 'cholesky'; or an options object `{ method }`
   * @example rng.multivariate_normal([0, 0], [[1, 0.5], [0.5, 1]], 3, 'warn', 1e-8, 'cholesky')
   */
  multivariate_normal(
    mean: ArrayLike, cov: ArrayLike, size?: Size, check_valid?: string, tol?: number,
    method?: MvnMethod | { method?: MvnMethod },
  ): NDArray<Float64Array>;
  multivariate_normal(
    mean: ArrayLike, cov: ArrayLike, size?: Size, check_valid: string = 'warn', tol: number = 1e-8, ...kw: unknown[]
  ): NDArray<Float64Array> {
    const { method = 'svd' } = keywordOnly('multivariate_normal', ['method'], kw, 5);
    return multivariateNormal(
      (shape) => this.standard_normal(shape) as NDArray<Float64Array>,
      mean, cov, size, check_valid, tol, method as string,
    );
  }

  /**
   * Multinomial draws: counts of `n` trials over categories with probabilities `pvals`.
   * @param n - number of trials, an integer >= 0; broadcasts
   * @param pvals - category probabilities along the last axis; the last entry takes the remainder (sum of the others <= 1)
   * @param size - leading shape; the result has shape [...size, len(pvals)]
   * @example rng.multinomial(20, [1/6, 1/6, 1/6, 1/6, 1/6, 1/6], 2)
   */
  multinomial(n: ArrayLike, pvals: ArrayLike, size?: Size): NDArray<Float64Array> {
    const bg = this.bit_generator;
    const bc = this.binomialCache;
    const nShape = shapeOf(n);
    // numpy converts n to an int64 array before it looks at pvals (int() errors, C long range)
    if (nShape.length === 0 && !isTypedArray(n)) cLongBig(pyInt(n));
    const nArr = nShape.length === 0 ? null : parseI64(n);
    const parr = asFloat64(pvals);
    const ndim = parr.shape.length;
    const d = ndim >= 1 ? parr.shape[ndim - 1]! : 0;
    if (d === 0) {
      throw new ValueError(
        'pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.');
    }
    checkArray(parr.data, 'pvals', 'bounded_0_1');
    const pix = parr.data;
    for (let off = 0; off < pix.length; off += d) {
      if (kahanSum(pix.subarray(off, off + d - 1)) > 1.0 + 1e-12) {
        const slice = ndim === 1 ? '[:-1]' : '[...,:-1]';
        const f32 = pvals instanceof Float32Array && sumOf(pix) < 1.0001;
        throw new ValueError(f32
          ? `sum(pvals${slice}.astype(np.float64)) > 1.0. The pvals array is cast to 64-bit floating point ` +
            'prior to checking the sum. Precision changes when casting may cause problems even if the sum of ' +
            'the original pvals is valid.'
          : `sum(pvals${slice}) > 1.0`);
      }
    }
    if (nArr !== null || ndim > 1) {
      const on = nArr ?? parseI64(n);
      checkArray(on.data, 'n', 'non_negative');
      exactCounts(n, 'n', false);
      const offShape = parr.shape.slice(0, ndim - 1);
      const want = normalizeSize(size, false, 1, 'int8'); // numpy's np.empty(size, dtype=np.int8)
      const shapes = want === null ? [on.shape, offShape] : [on.shape, offShape, want];
      const it = broadcastShapes(shapes);
      if (want !== null && (it.length !== want.length || it.some((v, k) => v !== want[k]))) {
        throw new ValueError(
          `Output size ${pyTuple(want)} is not compatible with broadcast dimensions of inputs ${pyTuple(it)}.`);
      }
      // the 2**53 refusal after numpy's checks, before any draw (a bigint the doubles above rounded too)
      exactCounts(n, 'n');
      refuseInexactCounts(on.data, 'n');
      const { idx } = ufuncBroadcastTo([on.shape, offShape], it);
      const count = shapeSize(it);
      const out = new Float64Array(count * d);
      for (let i = 0; i < count; i++) {
        randomMultinomial(bg, on.data[idx[0]![i]!]!, out, i * d, pix, idx[1]![i]! * d, d, bc);
      }
      return withShape(out, [...it, d]);
    }
    const shape = rowsShapeOf(size, d, 'int64');
    const out = new Float64Array(shapeSize(shape));
    // then casts a 0-d n again with <int64_t> (a str that converted is "an integer is required")
    const ni = isTypedArray(n) ? cLong(parseF64(n).data[0]!) : Number(cLongBig(n));
    checkScalar(ni, 'n', 'non_negative');
    exactCounts(n, 'n');
    refuseInexactCounts([ni], 'n');
    for (let off = 0; off < out.length; off += d) randomMultinomial(bg, ni, out, off, pix, 0, d, bc);
    return withShape(out, shape);
  }

  /**
   * Multivariate hypergeometric draws: `nsample` items drawn without replacement from an urn of colours.
   * @param colors - 1-d counts of each colour, non-negative integers
   * @param nsample - number of items drawn, at most sum(colors)
   * @param size - leading shape; the result has shape [...size, len(colors)]
   * @param method - 'marginals' (default) or 'count'
   * @example rng.multivariate_hypergeometric([16, 8, 4], 6, 3)
   */
  multivariate_hypergeometric(
    colors: ArrayLike, nsample: number | bigint, size?: Size, method: string = 'marginals',
  ): NDArray<Float64Array> {
    if (method !== 'count' && method !== 'marginals') throw new ValueError('method must be "count" or "marginals".');
    if (typeof nsample === 'bigint') nsample = Number(nsample);
    // (-0 is a float: an integer JS number stands for a Python int, -0.0 does not)
    if (typeof nsample !== 'number' || !Number.isInteger(nsample) || Object.is(nsample, -0)) {
      throw new ValueError('nsample must be an integer');
    }
    if (nsample < 0) throw new ValueError('nsample must be nonnegative.');
    if (nsample > INT64_MAX_AS_DOUBLE) throw new ValueError(`nsample must not exceed ${'9223372036854775807'}`);
    const cs = shapeOf(colors);
    const badColors = () => new ValueError(
      'colors must be a one-dimensional sequence of nonnegative integers not exceeding 9223372036854775807.');
    if (cs.length !== 1) throw badColors();
    const cdata = Float64Array.from(flatten(colors, toNumber));
    const integral = isTypedArray(colors) ? !(colors instanceof Float64Array || colors instanceof Float32Array)
      : cdata.every((v) => Number.isInteger(v)) && !flatten(colors, (v) => v).some((v) => Object.is(v, -0)); // -0 is a float
    if (cdata.length > 0 && !integral) throw badColors();
    if (cdata.some((v) => v < 0 || v > INT64_MAX_AS_DOUBLE)) throw badColors();
    // the int64 overflow check needs exact integers: BigInt, once per call
    // (bigint colors beyond 2**53 are summed as given, not as their rounded doubles)
    let big = 0n;
    for (const v of flatten(colors, (x) => (typeof x === 'bigint' ? x : BigInt(toNumber(x))))) {
      const b = v;
      if (b > INT64_MAX_BIG - big) {
        throw new ValueError(
          'sum(colors) must not exceed the maximum value of a 64 bit signed integer (9223372036854775807)');
      }
      big += b;
    }
    const total = Number(big);
    if (method === 'marginals' && total >= 1000000000) {
      throw new ValueError('When method is "marginals", sum(colors) must be less than 1000000000.');
    }
    if (method === 'count' && big > 1152921504606846975n) {
      throw new ValueError("When method is 'count', sum(colors) must not exceed 1152921504606846975");
    }
    if (nsample > total) throw new ValueError('nsample > sum(colors)');
    const shape = scalarRowsShapeOf(size, cdata.length);
    const out = new Float64Array(shapeSize(shape));
    if (cdata.length === 0) return withShape(out, shape);
    const numVariates = out.length / cdata.length;
    // numpy mallocs sum(colors) size_t's for 'count'; beyond 2**30 of them (8 GiB) we refuse with
    // the MemoryError numpy gives when that fails (README), rather than fill gigabytes here
    if (method === 'count' && total > 2 ** 30 && nsample > 0 && numVariates > 0) {
      throw new MemoryError(`Insufficient memory for multivariate_hypergeometric with method='count' and sum(colors)=${total}`);
    }
    if (method === 'count') mvhgCount(this.bit_generator, total, cdata, nsample, numVariates, out);
    else mvhgMarginals(this.bit_generator, total, cdata, nsample, numVariates, out);
    return withShape(out, shape);
  }

  /**
   * Dirichlet draws: probability vectors of length k with concentration `alpha`.
   * @param alpha - 1-d concentration parameters, non-negative
   * @param size - leading shape; the result has shape [...size, k]
   * @example rng.dirichlet([10, 5, 3], 2)
   */
  dirichlet(alpha: ArrayLike, size?: Size): NDArray<Float64Array> {
    checkAlphaSequence(alpha);
    const a = asFloat64(alpha);
    if (a.shape.length !== 1) {
      throw new ValueError(
        'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    if (a.data.some((v) => v < 0)) throw new ValueError('alpha < 0');
    const k = a.data.length;
    const shape = rowsShapeOf(size, k);
    const out = new Float64Array(shapeSize(shape));
    dirichletFill(this.bit_generator, a.data, out);
    return withShape(out, shape);
  }
}

function sumOf(d: Float64Array): number {
  let s = 0;
  for (const v of d) s += v;
  return s;
}

/** Flat indices of each shape under the C-order walk of `target` (shapes already broadcast-checked). */
function ufuncBroadcastTo(shapes: number[][], target: number[]): { idx: Int32Array[] } {
  const parsed = shapes.map((s) => ({ data: new Float64Array(shapeSize(s)), shape: s }));
  // include the target so dimensions come from it even where the operands are shorter
  const { idx } = ufuncBroadcast([...parsed, { data: new Float64Array(shapeSize(target)), shape: target }]);
  return { idx: idx.slice(0, shapes.length) };
}
