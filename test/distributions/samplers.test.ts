// The samplers of src/distributions called directly, draw by draw on a bare bit generator, against
// numpy's Generator golden vectors (size 40, scalar parameters, the first call on a fresh MT19937):
// the front ends' bulk fills must agree with these per-draw functions, and both with numpy.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { randomBeta } from '../../src/distributions/beta.js';
import { randomBinomial } from '../../src/distributions/binomial.js';
import { BinomialCache } from '../../src/distributions/binomial_cache.js';
import { randomChisquare, randomF, randomNoncentralChisquare, randomNoncentralF } from '../../src/distributions/chisquare.js';
import { randomStandardCauchy, randomStandardT, randomWald, randomWeibull } from '../../src/distributions/continuous.js';
import { randomStandardExponential } from '../../src/distributions/exponential.js';
import { randomStandardGamma } from '../../src/distributions/gamma.js';
import { randomGeometric } from '../../src/distributions/geometric.js';
import { randomGumbel } from '../../src/distributions/gumbel.js';
import { randomHypergeometric } from '../../src/distributions/hypergeometric.js';
import { randomLaplace } from '../../src/distributions/laplace.js';
import { randomLogistic } from '../../src/distributions/logistic.js';
import { randomLogseries } from '../../src/distributions/logseries.js';
import { randomNegativeBinomial } from '../../src/distributions/negative_binomial.js';
import { randomStandardNormal } from '../../src/distributions/normal.js';
import { randomPoisson } from '../../src/distributions/poisson.js';
import { randomTriangular } from '../../src/distributions/triangular.js';
import { randomUniform } from '../../src/distributions/uniform.js';
import { randomVonmises } from '../../src/distributions/vonmises.js';
import { randomZipf } from '../../src/distributions/zipf.js';
import { exp, expm1, pow } from '../../src/math/index.js';
import { decode, loadGolden, type Encoded } from '../helpers/golden.js';


// numpy's distributions.c composes these from the standard samplers; the rest are samplers as such.
const SAMPLERS: Record<string, (bg: BitGenerator, p: number[]) => () => number> = {
  beta: (bg, [a, b]) => () => randomBeta(bg, a!, b!),
  // (numpy casts the counts of binomial and hypergeometric to int64 first)
  binomial: (bg, [n, p]) => { const bc = new BinomialCache(); return () => randomBinomial(bg, p!, Math.trunc(n!), bc); },
  chisquare: (bg, [df]) => () => randomChisquare(bg, df!),
  exponential: (bg, [scale = 1]) => () => scale * randomStandardExponential(bg),
  f: (bg, [a, b]) => () => randomF(bg, a!, b!),
  gamma: (bg, [shape, scale = 1]) => () => scale * randomStandardGamma(bg, shape!),
  geometric: (bg, [p]) => () => randomGeometric(bg, p!),
  gumbel: (bg, [loc = 0, scale = 1]) => () => randomGumbel(bg, loc, scale),
  hypergeometric: (bg, [g, b, s]) => () => randomHypergeometric(bg, Math.trunc(g!), Math.trunc(b!), Math.trunc(s!)),
  laplace: (bg, [loc = 0, scale = 1]) => () => randomLaplace(bg, loc, scale),
  logistic: (bg, [loc = 0, scale = 1]) => () => randomLogistic(bg, loc, scale),
  lognormal: (bg, [mean = 0, sigma = 1]) => () => exp(mean + sigma * randomStandardNormal(bg)),
  logseries: (bg, [p]) => () => randomLogseries(bg, p!),
  negative_binomial: (bg, [n, p]) => () => randomNegativeBinomial(bg, n!, p!),
  noncentral_chisquare: (bg, [df, nonc]) => () => randomNoncentralChisquare(bg, df!, nonc!),
  noncentral_f: (bg, [a, b, nonc]) => () => randomNoncentralF(bg, a!, b!, nonc!),
  normal: (bg, [loc = 0, scale = 1]) => () => loc + scale * randomStandardNormal(bg),
  pareto: (bg, [a]) => () => expm1(randomStandardExponential(bg) / a!),
  poisson: (bg, [lam = 1]) => () => randomPoisson(bg, lam),
  power: (bg, [a]) => () => pow(-expm1(-randomStandardExponential(bg)), 1 / a!),
  rayleigh: (bg, [mode = 1]) => () => mode * Math.sqrt(2 * randomStandardExponential(bg)),
  standard_cauchy: (bg) => () => randomStandardCauchy(bg),
  standard_gamma: (bg, [shape]) => () => randomStandardGamma(bg, shape!),
  standard_normal: (bg) => () => randomStandardNormal(bg),
  standard_t: (bg, [df]) => () => randomStandardT(bg, df!),
  triangular: (bg, [l, m, r]) => () => randomTriangular(bg, l!, m!, r!),
  uniform: (bg, [low = 0, high = 1]) => () => randomUniform(bg, low, high - low),
  vonmises: (bg, [mu, kappa]) => () => randomVonmises(bg, mu!, kappa!),
  wald: (bg, [mean, scale]) => () => randomWald(bg, mean!, scale!),
  weibull: (bg, [a]) => () => randomWeibull(bg, a!),
  zipf: (bg, [a]) => () => randomZipf(bg, a!),
};

interface Call { method: string; args: unknown[]; kwargs: Record<string, unknown>; value?: Encoded }
interface Case { id: string; seed: number | string; calls: Call[] }

const bitsOf = (x: number): string => {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  return b.getBigUint64(0).toString(16);
};

const cases = loadGolden<Case>('generator_dists').cases.filter((c) => {
  const first = c.calls[0];
  return first?.value !== undefined && Object.keys(first.kwargs).length === 0 && first.value.shape.length === 1
    && first.args.at(-1) === first.value.shape[0] && first.args.slice(0, -1).every((a) => typeof a === 'number');
});

describe('samplers, draw by draw, against numpy', () => {
  it('covers every sampler in the table with golden cases', () => {
    const seen = new Set(cases.map((c) => c.calls[0]!.method));
    expect([...seen].filter((m) => SAMPLERS[m] === undefined)).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(Object.keys(SAMPLERS).length - 1);
  });
  for (const c of cases) {
    const call = c.calls[0]!;
    it(c.id, () => {
      const bg = new MT19937(typeof c.seed === 'string' ? BigInt(c.seed) : c.seed);
      const draw = SAMPLERS[call.method]!(bg, call.args.slice(0, -1) as number[]);
      const want = Array.from(decode(call.value!), Number);
      const got = want.map(() => draw());
      expect(got.map(bitsOf)).toEqual(want.map(bitsOf));
    });
  }
});
