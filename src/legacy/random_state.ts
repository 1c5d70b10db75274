// numpy's RandomState: the core (state, uniform, integers, choice, shuffle) plus every legacy
// distribution, each front end following mtrand.pyx's checks and their order.
import { mvnSizePrefix } from '../core/pyint.js';
import { type ParamSpec, broadcastDraw, isNonNegative, broadcastIndices, broadcastShapes, checkArray, checkScalar } from '../core/broadcast.js';
import { OverflowError, ValueError } from '../core/errors.js';
import { kahanSum } from '../core/kahan.js';
import {
  type ArrayLike, type NDArray, type Size,
  asFloat64, normalizeSize, pyTuple, shapeSize, withShape,
} from '../core/ndarray.js';
import { randomGumbel } from '../distributions/gumbel.js';
import { randomLaplace } from '../distributions/laplace.js';
import { randomLogistic } from '../distributions/logistic.js';
import { randomPoisson } from '../distributions/poisson.js';
import { randomTriangular } from '../distributions/triangular.js';
import { randomUniform } from '../distributions/uniform.js';
import { legacyGauss } from './aug_state.js';
import { legacyBeta } from './distributions/beta.js';
import { legacyBinomial } from './distributions/binomial.js';
import { BinomialCache } from '../distributions/binomial_cache.js';
import { legacyStandardCauchy } from './distributions/cauchy.js';
import { legacyChisquare } from './distributions/chisquare.js';
import { legacyDirichletRow } from './distributions/dirichlet.js';
import { fillLegacyExponential, legacyExponential, legacyStandardExponential } from './distributions/exponential.js';
import { legacyF, legacyNoncentralF } from './distributions/f.js';
import { legacyGamma, legacyStandardGamma } from './distributions/gamma.js';
import { legacyGeometric } from './distributions/geometric.js';
import { legacyHypergeometric } from './distributions/hypergeometric.js';
import { legacyLogseries } from './distributions/logseries.js';
import { toLong } from '../distributions/long.js';
import { asLong, asLongs } from './distributions/long_params.js';
import { randomMultinomial } from '../distributions/multinomial.js';
import { type CheckValid, multivariateNormalTransform } from './distributions/multivariate_normal.js';
import { legacyNegativeBinomial } from './distributions/negative_binomial.js';
import { legacyNoncentralChisquare } from './distributions/noncentral_chisquare.js';
import { legacyLognormal, legacyNormal } from './distributions/normal.js';
import { legacyPareto } from './distributions/pareto.js';
import { legacyPower } from './distributions/power.js';
import { legacyRayleigh } from './distributions/rayleigh.js';
import { legacyStandardT } from './distributions/standard_t.js';
import { legacyVonmises, vonmisesNeverReturns } from './distributions/vonmises.js';
import { legacyWald } from './distributions/wald.js';
import { legacyWeibull } from './distributions/weibull.js';
import { legacyZipf, zipfNeverReturns } from './distributions/zipf.js';
import { RandomStateCore } from './random_state_core.js';
import {
  fillLegacyLognormal, fillLegacyNormal, fillLegacyPareto, fillLegacyPower, fillLegacyRayleigh, fillLegacyWeibull,
} from '../distributions/legacy_fill.js';
import { fillInversion, fillUniform } from '../distributions/ziggurat_fill.js';
import type { Shape } from '../core/ndarray.js'; // overload signatures

type Real = number | NDArray<Float64Array>;

const NONE: ParamSpec = { name: '', cons: 'none' };
const spec = (name: string, cons: ParamSpec['cons']): ParamSpec => ({ name, cons });
const LONG_IN_BOUNDS = 'legacy_non_negative_inbounds_long' as const;

/** numpy's error for element-wise operations on shapes that do not broadcast. */
function operandShapes(a: readonly number[], b: readonly number[]): void {
  try {
    broadcastShapes([a, b]);
  } catch {
    throw new ValueError(`operands could not be broadcast together with shapes ${pyTuple(a)} ${pyTuple(b)} `);
  }
}

/** A parsed parameter back as an argument for broadcastDraw (0-d as a plain number). */
const paramArg = (p: { data: Float64Array; shape: number[] }): ArrayLike =>
  (p.shape.length === 0 ? p.data[0]! : withShape(p.data, p.shape));

/** numpy's `(size, d)` / `tuple(size) + (d,)` for the multivariate samplers. */
function rowsShape(size: Size, d: number): number[] {
  if (typeof size === 'number' && !Number.isInteger(size)) throw new TypeError("'float' object is not iterable");
  const shape = normalizeSize(size);
  return shape === null ? [d] : [...shape, d];
}

export class RandomState extends RandomStateCore {
  /** numpy's binomial_t, shared by binomial() and multinomial(); never reset, like numpy's. */
  private readonly _binomial = new BinomialCache();

  // ---- continuous, on the gauss-caching augmented state ----

  normal(loc?: number, scale?: number, size?: null): number;
  normal(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  normal(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  normal(loc: ArrayLike = 0.0, scale: ArrayLike = 1.0, size?: Size): Real {
    const s = this._aug;
    if (size === undefined && typeof loc === 'number' && isNonNegative(scale)) return legacyNormal(s, loc, scale);
    return broadcastDraw(size, [loc, scale], [NONE, spec('scale', 'non_negative')], (a, b) => legacyNormal(s, a, b), Float64Array, null,
      (o, n, a, b) => fillLegacyNormal(s, o, n, a, b));
  }

  lognormal(mean?: number, sigma?: number, size?: null): number;
  lognormal(mean: ArrayLike | undefined, sigma: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  lognormal(mean?: ArrayLike, sigma?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  lognormal(mean: ArrayLike = 0.0, sigma: ArrayLike = 1.0, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [mean, sigma], [NONE, spec('sigma', 'non_negative')], (a, b) => legacyLognormal(s, a, b),
      Float64Array, null, (o, n, a, b) => fillLegacyLognormal(s, o, n, a, b));
  }

  standard_exponential(size?: null): number;
  standard_exponential(size: Shape): NDArray<Float64Array>;
  standard_exponential(size?: Size): number | NDArray<Float64Array>;
  standard_exponential(size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [], [], () => legacyStandardExponential(s), Float64Array, null, (o, n) => fillLegacyExponential(s, o, n, 1.0));
  }

  exponential(scale?: number, size?: null): number;
  exponential(scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  exponential(scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  exponential(scale: ArrayLike = 1.0, size?: Size): Real {
    const s = this._aug;
    if (size === undefined && isNonNegative(scale)) return legacyExponential(s, scale);
    return broadcastDraw(size, [scale], [spec('scale', 'non_negative')], (a) => legacyExponential(s, a), Float64Array, null,
      (o, n, a) => fillLegacyExponential(s, o, n, a));
  }

  standard_gamma(shape: number, size?: null): number;
  standard_gamma(shape: ArrayLike, size: Shape): NDArray<Float64Array>;
  standard_gamma(shape: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  standard_gamma(shape: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [shape], [spec('shape', 'non_negative')], (a) => legacyStandardGamma(s, a));
  }

  gamma(shape: number, scale?: number, size?: null): number;
  gamma(shape: ArrayLike, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  gamma(shape: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  gamma(shape: ArrayLike, scale: ArrayLike = 1.0, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [shape, scale], [spec('shape', 'non_negative'), spec('scale', 'non_negative')],
      (a, b) => legacyGamma(s, a, b));
  }

  beta(a: number, b: number, size?: null): number;
  beta(a: ArrayLike, b: ArrayLike, size: Shape): NDArray<Float64Array>;
  beta(a: ArrayLike, b: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  beta(a: ArrayLike, b: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [a, b], [spec('a', 'positive'), spec('b', 'positive')], (x, y) => legacyBeta(s, x, y));
  }

  f(dfnum: number, dfden: number, size?: null): number;
  f(dfnum: ArrayLike, dfden: ArrayLike, size: Shape): NDArray<Float64Array>;
  f(dfnum: ArrayLike, dfden: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  f(dfnum: ArrayLike, dfden: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [dfnum, dfden], [spec('dfnum', 'positive'), spec('dfden', 'positive')],
      (a, b) => legacyF(s, a, b));
  }

  noncentral_f(dfnum: number, dfden: number, nonc: number, size?: null): number;
  noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, size: Shape): NDArray<Float64Array>;
  noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  noncentral_f(dfnum: ArrayLike, dfden: ArrayLike, nonc: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [dfnum, dfden, nonc],
      [spec('dfnum', 'positive'), spec('dfden', 'positive'), spec('nonc', 'non_negative')],
      (a, b, c) => legacyNoncentralF(s, a, b, c));
  }

  chisquare(df: number, size?: null): number;
  chisquare(df: ArrayLike, size: Shape): NDArray<Float64Array>;
  chisquare(df: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  chisquare(df: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [df], [spec('df', 'positive')], (a) => legacyChisquare(s, a));
  }

  noncentral_chisquare(df: number, nonc: number, size?: null): number;
  noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, size: Shape): NDArray<Float64Array>;
  noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  noncentral_chisquare(df: ArrayLike, nonc: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [df, nonc], [spec('df', 'positive'), spec('nonc', 'non_negative')],
      (a, b) => legacyNoncentralChisquare(s, a, b));
  }

  standard_cauchy(size?: null): number;
  standard_cauchy(size: Shape): NDArray<Float64Array>;
  standard_cauchy(size?: Size): number | NDArray<Float64Array>;
  standard_cauchy(size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [], [], () => legacyStandardCauchy(s));
  }

  standard_t(df: number, size?: null): number;
  standard_t(df: ArrayLike, size: Shape): NDArray<Float64Array>;
  standard_t(df: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  standard_t(df: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [df], [spec('df', 'positive')], (a) => legacyStandardT(s, a));
  }

  pareto(a: number, size?: null): number;
  pareto(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  pareto(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  pareto(a: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [a], [spec('a', 'positive')], (x) => legacyPareto(s, x), Float64Array, null,
      (o, n, x) => fillLegacyPareto(s.bitgen, o, n, x));
  }

  weibull(a: number, size?: null): number;
  weibull(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  weibull(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  weibull(a: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [a], [spec('a', 'non_negative')], (x) => legacyWeibull(s, x), Float64Array, null,
      (o, n, x) => fillLegacyWeibull(s.bitgen, o, n, x));
  }

  power(a: number, size?: null): number;
  power(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  power(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  power(a: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [a], [spec('a', 'positive')], (x) => legacyPower(s, x), Float64Array, null,
      (o, n, x) => fillLegacyPower(s.bitgen, o, n, x));
  }

  wald(mean: number, scale: number, size?: null): number;
  wald(mean: ArrayLike, scale: ArrayLike, size: Shape): NDArray<Float64Array>;
  wald(mean: ArrayLike, scale: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  wald(mean: ArrayLike, scale: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [mean, scale], [spec('mean', 'positive'), spec('scale', 'positive')],
      (a, b) => legacyWald(s, a, b));
  }

  // ---- continuous, on the bit generator alone ----

  vonmises(mu: number, kappa: number, size?: null): number;
  vonmises(mu: ArrayLike, kappa: ArrayLike, size: Shape): NDArray<Float64Array>;
  vonmises(mu: ArrayLike, kappa: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  vonmises(mu: ArrayLike, kappa: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    refuseNonTerminating(kappa, 'kappa', 'non_negative', vonmisesNeverReturns,
      'kappa too large: numpy\'s legacy vonmises never returns once its envelope parameter rounds to 1 (kappa above about 1e16)', mu);
    return broadcastDraw(size, [mu, kappa], [spec('mu', 'none'), spec('kappa', 'non_negative')],
      (a, b) => legacyVonmises(bg, a, b));
  }

  rayleigh(scale?: number, size?: null): number;
  rayleigh(scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  rayleigh(scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  rayleigh(scale: ArrayLike = 1.0, size?: Size): Real {
    const bg = this._bit_generator;
    return broadcastDraw(size, [scale], [spec('scale', 'non_negative')], (a) => legacyRayleigh(bg, a), Float64Array, null,
      (o, n, a) => fillLegacyRayleigh(bg, o, n, a));
  }

  laplace(loc?: number, scale?: number, size?: null): number;
  laplace(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  laplace(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  laplace(loc: ArrayLike = 0.0, scale: ArrayLike = 1.0, size?: Size): Real {
    const bg = this._bit_generator;
    return broadcastDraw(size, [loc, scale], [spec('loc', 'none'), spec('scale', 'non_negative')],
      (a, b) => randomLaplace(bg, a, b), Float64Array, null, (o, n, a, b) => fillInversion(bg, 'laplace', o, n, a, b));
  }

  gumbel(loc?: number, scale?: number, size?: null): number;
  gumbel(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  gumbel(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  gumbel(loc: ArrayLike = 0.0, scale: ArrayLike = 1.0, size?: Size): Real {
    const bg = this._bit_generator;
    return broadcastDraw(size, [loc, scale], [spec('loc', 'none'), spec('scale', 'non_negative')],
      (a, b) => randomGumbel(bg, a, b), Float64Array, null, (o, n, a, b) => fillInversion(bg, 'gumbel', o, n, a, b));
  }

  logistic(loc?: number, scale?: number, size?: null): number;
  logistic(loc: ArrayLike | undefined, scale: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  logistic(loc?: ArrayLike, scale?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  logistic(loc: ArrayLike = 0.0, scale: ArrayLike = 1.0, size?: Size): Real {
    const bg = this._bit_generator;
    return broadcastDraw(size, [loc, scale], [spec('loc', 'none'), spec('scale', 'non_negative')],
      (a, b) => randomLogistic(bg, a, b), Float64Array, null, (o, n, a, b) => fillInversion(bg, 'logistic', o, n, a, b));
  }

  /** low + (high - low) U; no low <= high check, but a non-finite range is refused. */
  uniform(low?: number, high?: number, size?: null): number;
  uniform(low: ArrayLike | undefined, high: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  uniform(low?: ArrayLike, high?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  uniform(low: ArrayLike = 0.0, high: ArrayLike = 1.0, size?: Size): Real {
    const bg = this._bit_generator;
    if (size === undefined && typeof low === 'number' && typeof high === 'number' && Number.isFinite(high - low)) {
      return low + (high - low) * bg.next_double();
    }
    const lo = asFloat64(low), hi = asFloat64(high);
    if (lo.shape.length === 0 && hi.shape.length === 0) {
      const range = hi.data[0]! - lo.data[0]!;
      if (!Number.isFinite(range)) throw new OverflowError('Range exceeds valid bounds');
      return broadcastDraw(size, [lo.data[0]!, range], [NONE, NONE], (a, r) => randomUniform(bg, a, r), Float64Array, null,
        (o, n, a, r) => fillUniform(bg, o, n, a, r));
    }
    operandShapes(hi.shape, lo.shape);
    const shape = broadcastShapes([hi.shape, lo.shape]);
    const range = elementwise(hi, lo, shape, (h, l) => h - l);
    if (!range.every(Number.isFinite)) throw new OverflowError('Range exceeds valid bounds');
    return broadcastDraw(size, [paramArg(lo), paramArg({ data: range, shape })], [NONE, NONE],
      (a, r) => randomUniform(bg, a, r));
  }

  triangular(left: number, mode: number, right: number, size?: null): number;
  triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, size: Shape): NDArray<Float64Array>;
  triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  triangular(left: ArrayLike, mode: ArrayLike, right: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    const l = asFloat64(left), m = asFloat64(mode), r = asFloat64(right);
    const draw = (a: number, b: number, c: number): number => randomTriangular(bg, a, b, c);
    if (l.shape.length === 0 && m.shape.length === 0 && r.shape.length === 0) {
      const fl = l.data[0]!, fm = m.data[0]!, fr = r.data[0]!;
      if (fl > fm) throw new ValueError('left > mode');
      if (fm > fr) throw new ValueError('mode > right');
      if (fl === fr) throw new ValueError('left == right');
      return broadcastDraw(size, [fl, fm, fr], [NONE, NONE, NONE], draw);
    }
    const any = (x: typeof l, y: typeof l, pred: (u: number, v: number) => boolean): boolean => {
      operandShapes(x.shape, y.shape);
      return elementwise(x, y, broadcastShapes([x.shape, y.shape]), (u, v) => (pred(u, v) ? 1 : 0)).some((v) => v === 1);
    };
    if (any(l, m, (u, v) => u > v)) throw new ValueError('left > mode');
    if (any(m, r, (u, v) => u > v)) throw new ValueError('mode > right');
    if (any(l, r, (u, v) => u === v)) throw new ValueError('left == right');
    return broadcastDraw(size, [paramArg(l), paramArg(m), paramArg(r)],
      [NONE, NONE, NONE], draw);
  }

  // ---- discrete (numpy's C long results, returned as JS numbers) ----

  /** Legacy binomial: no shortcut for n == 0 or p == 0 (those still draw one double). */
  binomial(n: number, p: number, size?: null): number;
  binomial(n: ArrayLike, p: ArrayLike, size: Shape): NDArray<Float64Array>;
  binomial(n: ArrayLike, p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  binomial(n: ArrayLike, p: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    const cache = this._binomial;
    const pArr = asFloat64(p);
    const nArr = asLongs(n);
    return broadcastDraw(size, [paramArg(pArr), paramArg(nArr)], [spec('p', 'bounded_0_1'), spec('n', LONG_IN_BOUNDS)],
      (pp, nn) => legacyBinomial(bg, pp, nn, cache));
  }

  negative_binomial(n: number, p: number, size?: null): number;
  negative_binomial(n: ArrayLike, p: ArrayLike, size: Shape): NDArray<Float64Array>;
  negative_binomial(n: ArrayLike, p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  negative_binomial(n: ArrayLike, p: ArrayLike, size?: Size): Real {
    const s = this._aug;
    return broadcastDraw(size, [n, p], [spec('n', 'positive'), spec('p', 'bounded_0_1')],
      (a, b) => legacyNegativeBinomial(s, a, b));
  }

  poisson(lam?: number, size?: null): number;
  poisson(lam: ArrayLike | undefined, size: Shape): NDArray<Float64Array>;
  poisson(lam?: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  poisson(lam: ArrayLike = 1.0, size?: Size): Real {
    const bg = this._bit_generator;
    return broadcastDraw(size, [lam], [spec('lam', 'legacy_poisson')], (a) => toLong(randomPoisson(bg, a)));
  }

  zipf(a: number, size?: null): number;
  zipf(a: ArrayLike, size: Shape): NDArray<Float64Array>;
  zipf(a: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  zipf(a: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    refuseNonTerminating(a, 'a', 'gt_1', zipfNeverReturns,
      'a too close to 1 or too large: numpy\'s legacy zipf (practically) never returns for a - 1 < 2.3e-11 or a >= 1025');
    return broadcastDraw(size, [a], [spec('a', 'gt_1')], (x) => legacyZipf(bg, x));
  }

  geometric(p: number, size?: null): number;
  geometric(p: ArrayLike, size: Shape): NDArray<Float64Array>;
  geometric(p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  geometric(p: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    return broadcastDraw(size, [p], [spec('p', 'bounded_gt_0_1')], (x) => legacyGeometric(bg, x));
  }

  logseries(p: number, size?: null): number;
  logseries(p: ArrayLike, size: Shape): NDArray<Float64Array>;
  logseries(p: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  logseries(p: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    return broadcastDraw(size, [p], [spec('p', 'bounded_lt_0_1')], (x) => legacyLogseries(bg, x));
  }

  hypergeometric(ngood: number, nbad: number, nsample: number, size?: null): number;
  hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, size: Shape): NDArray<Float64Array>;
  hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, size?: Size): number | NDArray<Float64Array>;
  hypergeometric(ngood: ArrayLike, nbad: ArrayLike, nsample: ArrayLike, size?: Size): Real {
    const bg = this._bit_generator;
    const g = asLongs(ngood), b = asLongs(nbad), n = asLongs(nsample);
    if (g.shape.length === 0 && b.shape.length === 0 && n.shape.length === 0) {
      if (g.data[0]! + b.data[0]! < n.data[0]!) throw new ValueError('ngood + nbad < nsample');
    } else {
      operandShapes(g.shape, b.shape);
      const gb = broadcastShapes([g.shape, b.shape]);
      const sum = elementwise(g, b, gb, (x, y) => x + y);
      operandShapes(gb, n.shape);
      const lt = elementwise({ data: sum, shape: gb }, n, broadcastShapes([gb, n.shape]), (x, y) => (x < y ? 1 : 0));
      if (lt.some((v) => v === 1)) throw new ValueError('ngood + nbad < nsample');
    }
    return broadcastDraw(size, [paramArg(g), paramArg(b), paramArg(n)],
      [spec('ngood', LONG_IN_BOUNDS), spec('nbad', 'non_negative'), spec('nsample', 'gte_1')],
      (x, y, z) => legacyHypergeometric(bg, x, y, z));
  }

  // ---- multivariate ----

  multinomial(n: number | bigint, pvals: ArrayLike, size?: Size): NDArray<Float64Array> {
    const ni = asLong(n);
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
    const shape = rowsShape(size, d);
    const out = new Float64Array(shapeSize(shape));
    if (ni < 0) throw new ValueError('n < 0');
    const niter = d ? out.length / d : 0;
    for (let i = 0, off = 0; i < niter; i++, off += d) {
      randomMultinomial(this._bit_generator, ni, out, off, pix, 0, d, this._binomial);
    }
    return withShape(out, shape);
  }

  dirichlet(alpha: ArrayLike, size?: Size): NDArray<Float64Array> {
    if (typeof alpha !== 'object') {
      const pyType = typeof alpha === 'boolean' ? 'bool' : typeof alpha === 'number' && !Number.isInteger(alpha) ? 'float' : 'int';
      throw new TypeError(`object of type '${pyType}' has no len()`);
    }
    const a = asFloat64(alpha);
    if (a.shape.length !== 1) {
      throw new ValueError('setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
    }
    if (a.data.some((v) => v <= 0)) throw new ValueError('alpha <= 0');
    const k = a.data.length;
    const shape = rowsShape(size, k);
    const out = new Float64Array(shapeSize(shape));
    for (let i = 0; i < out.length; i += k) legacyDirichletRow(this._aug, a.data, out, i);
    return withShape(out, shape);
  }

  /**
   * numpy's legacy multivariate_normal: the standard normals are drawn first, then cov's SVD
   * (svdLapack in src/math/linalg.ts, following LAPACK dgesdd's steps so the vector signs agree) gives
   * x = z (sqrt(s) v) + mean.
   */
  multivariate_normal(
    mean: ArrayLike, cov: ArrayLike, size?: Size, check_valid: CheckValid = 'warn', tol = 1e-8,
  ): NDArray<Float64Array> {
    const m = asFloat64(mean);
    const c = asFloat64(cov);
    const shape = mvnSizePrefix(size) as number[];
    if (m.shape.length !== 1) throw new ValueError('mean must be 1 dimensional');
    if (c.shape.length !== 2 || c.shape[0] !== c.shape[1]) throw new ValueError('cov must be 2 dimensional and square');
    if (m.shape[0] !== c.shape[0]) throw new ValueError('mean and cov must have same length');
    const finalShape = normalizeSize([...shape, m.shape[0]!])!;
    const z = this.standard_normal(finalShape) as NDArray<Float64Array>;
    return withShape(multivariateNormalTransform(z, m.data, c.data, check_valid, tol), finalShape);
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
