// Live cross-check: random methods, parameters (scalar and broadcast), sizes and seeds through
// numpy (python3 subprocess) and through us, value and state after each call. Skips, saying
// why, without python3 + numpy.
import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/index.js';
import { expectMvnClose, expectSameValues } from '../helpers/golden.js';
import { mvnExactHere, numpyStatus, paramRng, runNumpy } from '../helpers/live.js';
import { type Call, checkCall } from './dists_call.js';

const status = numpyStatus();

type Gen = (r: () => number) => unknown[];
const pos = (r: () => number, lo: number, hi: number): number => lo + (hi - lo) * r();
const METHODS: Record<string, Gen> = {
  normal: (r) => [pos(r, -5, 5), pos(r, 0, 3)],
  lognormal: (r) => [pos(r, -1, 1), pos(r, 0, 2)],
  standard_exponential: () => [],
  exponential: (r) => [pos(r, 0, 4)],
  standard_gamma: (r) => [r() < 0.3 ? pos(r, 0, 1) : pos(r, 0, 20)],
  gamma: (r) => [pos(r, 0, 5), pos(r, 0, 3)],
  beta: (r) => [pos(r, 0.01, 3), pos(r, 0.01, 3)],
  chisquare: (r) => [pos(r, 0.05, 20)],
  noncentral_chisquare: (r) => [pos(r, 0.05, 5), pos(r, 0, 30)],
  f: (r) => [pos(r, 0.1, 10), pos(r, 0.1, 10)],
  noncentral_f: (r) => [pos(r, 0.1, 10), pos(r, 0.1, 10), pos(r, 0, 5)],
  standard_cauchy: () => [],
  standard_t: (r) => [pos(r, 0.1, 30)],
  pareto: (r) => [pos(r, 0.1, 5)],
  weibull: (r) => [pos(r, 0, 5)],
  power: (r) => [pos(r, 0.05, 5)],
  wald: (r) => [pos(r, 0.1, 5), pos(r, 0.1, 5)],
  vonmises: (r) => [pos(r, -4, 4), r() < 0.2 ? pos(r, 0, 1e-5) : pos(r, 0, 50)],
  rayleigh: (r) => [pos(r, 0, 3)],
  laplace: (r) => [pos(r, -3, 3), pos(r, 0, 2)],
  gumbel: (r) => [pos(r, -3, 3), pos(r, 0, 2)],
  logistic: (r) => [pos(r, -3, 3), pos(r, 0, 2)],
  uniform: (r) => [pos(r, -5, 5), pos(r, -5, 5)],
  triangular: (r) => { const a = [pos(r, -5, 5), pos(r, -5, 5), pos(r, -5, 5)].sort((x, y) => x - y); return a; },
  binomial: (r) => [Math.floor(pos(r, 0, r() < 0.5 ? 100 : 5000)), r()],
  negative_binomial: (r) => [pos(r, 0.1, 50), pos(r, 0.05, 1)],
  poisson: (r) => [r() < 0.5 ? pos(r, 0, 10) : pos(r, 10, 1e4)],
  zipf: (r) => [pos(r, 1.05, 6)],
  geometric: (r) => [pos(r, 0.01, 1)],
  logseries: (r) => [pos(r, 0, 0.999)],
  hypergeometric: (r) => { const g = Math.floor(pos(r, 0, 300)), b = Math.floor(pos(r, 0, 300)); return [g, b, 1 + Math.floor(pos(r, 0, g + b))]; },
  multinomial: (r) => { const k = 2 + Math.floor(pos(r, 0, 5)); const w = Array.from({ length: k }, () => r()); const t = w.reduce((x, y) => x + y); return [Math.floor(pos(r, 0, 2000)), w.map((v) => v / t)]; },
  dirichlet: (r) => [Array.from({ length: 2 + Math.floor(pos(r, 0, 4)) }, () => pos(r, 0.05, 5))],
  multivariate_normal: (r) => {
    // a full-rank covariance, a rank-2 one plus a small ridge, or an equicorrelation: the last two
    // have repeated eigenvalues, whose vectors only LAPACK's exact rounding pins down, so they are
    // drawn only where numpy runs the kernels ours follow (elsewhere numpy's own vectors for them
    // change with the CPU, and no tolerance compares them)
    const d = 1 + Math.floor(pos(r, 0, 9));
    const drawn = Math.floor(pos(r, 0, 3));
    const kind = mvnExactHere() ? drawn : 0;
    const rank = kind === 1 ? Math.min(2, d) : d;
    const b = Array.from({ length: d }, () => Array.from({ length: rank }, () => pos(r, -1, 1)));
    const ridge = kind === 1 ? 1e-3 : d;
    const cov = kind === 2
      ? b.map((_, i) => b.map((__, j) => (i === j ? 1 : 0.5)))
      : b.map((_, i) => b.map((__, j) => b[i]!.reduce((acc, x, k) => acc + x * b[j]![k]!, 0) + (i === j ? ridge : 0)));
    return [Array.from({ length: d }, () => pos(r, -3, 3)), cov];
  },
};
const VECTOR = new Set(['multinomial', 'dirichlet', 'multivariate_normal']);

interface LiveCase { seed: number; method: string; params: unknown[]; size: number | number[] | null }

function makeCases(n: number, seed: number): LiveCase[] {
  const r = paramRng(seed);
  const names = Object.keys(METHODS);
  const cases: LiveCase[] = [];
  for (let i = 0; i < n; i++) {
    const method = names[Math.floor(r() * names.length)]!;
    let params = METHODS[method]!(r);
    let size: number | number[] | null = [null, 1 + Math.floor(r() * 9), [2, 3]][Math.floor(r() * 3)]!;
    if (!VECTOR.has(method) && params.length > 0 && r() < 0.3) {
      // broadcast: a column of three draws of the first parameter
      const col = [params[0], METHODS[method]!(r)[0], METHODS[method]!(r)[0]];
      params = method === 'triangular' || method === 'hypergeometric' ? params : [col, ...params.slice(1)];
      if (params[0] === col) size = r() < 0.5 ? null : [2, 3];
    }
    cases.push({ seed: Math.floor(r() * 2 ** 32), method, params, size });
  }
  return cases;
}

const PY = `
out = []
for c in INP:
    rs = np.random.RandomState(c['seed'])
    sz = tuple(c['size']) if isinstance(c['size'], list) else c['size']
    r = capture(lambda: getattr(rs, c['method'])(*c['params'], size=sz))
    r['state'] = legacy_state(rs)
    out.append(r)
print(json.dumps(out))
`;

describe.skipIf(!status.ok)(`live cross-check of RandomState distributions against ${status.why}`, () => {
  const seed = (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0;
  const cases = makeCases(400, seed);
  it(`400 random calls (parameter seed ${seed})`, () => {
    const want = runNumpy<Omit<Call, 'method' | 'params' | 'size'>[]>(PY, cases);
    expect(want).toHaveLength(cases.length);
    cases.forEach((c, i) => {
      const call: Call = { ...want[i]!, method: c.method, params: c.params, size: c.size };
      const cmp = c.method !== 'multivariate_normal' ? undefined : mvnExactHere() ? expectSameValues : expectMvnClose;
      checkCall(new RandomState(c.seed), call, `case ${i} ${JSON.stringify(c)}`, cmp);
    });
  });
});
