// Live cross-check against the installed numpy: random parameters for every distribution,
// run through numpy (python3) and through us, on MT19937 and PCG64; every value and state must
// be bit-exact.
// Skips with a printed reason when python3 or numpy is unavailable.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replay, type SeqCase } from './dist_replay.js';

const probe = spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], { encoding: 'utf8' });
const skipReason = probe.status !== 0 ? `python3 with numpy is not available (${(probe.stderr || String(probe.error)).trim().split('\n').pop()})` : '';
if (skipReason) console.log(`dist_live: skipped: ${skipReason}`);

const SCRIPT = join(__dirname, '..', '..', 'scripts', 'golden', 'generator_dists.py');

function python(req: unknown): { cases: SeqCase[] } {
  const r = spawnSync('python3', [SCRIPT, 'live'], { input: JSON.stringify(req), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return JSON.parse(r.stdout.replace(/\bNaN\b/g, '"__nan__"').replace(/-Infinity\b/g, '"__-inf__"').replace(/\bInfinity\b/g, '"__inf__"'),
    (_k, v) => (v === '__nan__' ? NaN : v === '__inf__' ? Infinity : v === '__-inf__' ? -Infinity : v));
}

/** A small seeded PRNG for the parameters (xorshift32), so a failure can be re-run from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

type Gen = (u: () => number) => unknown[];
const U = (u: () => number, a: number, b: number) => a + (b - a) * u();
const I = (u: () => number, a: number, b: number) => Math.floor(U(u, a, b + 1));
const PARAMS: Record<string, Gen> = {
  uniform: (u) => { const l = U(u, -10, 10); return [l, l + U(u, 0, 20)]; },
  normal: (u) => [U(u, -5, 5), U(u, 0, 5)],
  exponential: (u) => [U(u, 0, 5)],
  gamma: (u) => [u() < 0.5 ? U(u, 0, 1) : U(u, 1, 20), U(u, 0.1, 3)],
  beta: (u) => [u() < 0.5 ? U(u, 0.01, 1) : U(u, 1, 10), u() < 0.5 ? U(u, 0.01, 1) : U(u, 1, 10)],
  f: (u) => [U(u, 0.1, 50), U(u, 0.1, 50)],
  noncentral_f: (u) => [U(u, 0.1, 50), U(u, 0.1, 50), U(u, 0, 10)],
  chisquare: (u) => [U(u, 0.1, 50)],
  noncentral_chisquare: (u) => [U(u, 0.1, 10), U(u, 0, 20)],
  standard_t: (u) => [U(u, 0.1, 30)],
  vonmises: (u) => [U(u, -3, 3), 10 ** U(u, -9, 8)],
  pareto: (u) => [U(u, 0.1, 10)],
  weibull: (u) => [U(u, 0, 5)],
  power: (u) => [U(u, 0.1, 5)],
  laplace: (u) => [U(u, -5, 5), U(u, 0, 3)],
  gumbel: (u) => [U(u, -5, 5), U(u, 0, 3)],
  logistic: (u) => [U(u, -5, 5), U(u, 0, 3)],
  lognormal: (u) => [U(u, -2, 2), U(u, 0, 2)],
  rayleigh: (u) => [U(u, 0, 5)],
  wald: (u) => [U(u, 0.1, 5), U(u, 0.1, 5)],
  triangular: (u) => { const l = U(u, -5, 0), m = l + U(u, 0, 5); return [l, m, m + U(u, 0.1, 5)]; },
  binomial: (u) => [Math.floor(10 ** U(u, 0, 6)), u()],
  negative_binomial: (u) => [U(u, 0.1, 100), U(u, 0.05, 1)],
  poisson: (u) => [10 ** U(u, -2, 8)],
  zipf: (u) => [U(u, 1.01, 5)],
  geometric: (u) => [10 ** U(u, -6, 0)],
  hypergeometric: (u) => { const g = I(u, 0, 1000), b = I(u, 0, 1000); return [g, b, I(u, 0, g + b)]; },
  logseries: (u) => [U(u, 0, 0.999)],
  standard_cauchy: () => [],
  standard_normal: (u) => [null, u() < 0.5 ? 'float32' : 'float64'],
  standard_exponential: (u) => [null, u() < 0.5 ? 'float32' : 'float64', u() < 0.5 ? 'zig' : 'inv'],
  standard_gamma: (u) => [u() < 0.5 ? U(u, 0, 1) : U(u, 1, 20), null, u() < 0.5 ? 'float32' : 'float64'],
  multinomial: (u) => {
    const k = I(u, 2, 6);
    const w = Array.from({ length: k }, () => u());
    const s = w.reduce((a, b) => a + b, 0);
    return [I(u, 0, 5000), w.map((v) => v / s)];
  },
  dirichlet: (u) => { const small = u() < 0.3; return [Array.from({ length: I(u, 2, 5) }, () => (small ? U(u, 0, 0.1) : U(u, 0.1, 5)))]; },
  multivariate_hypergeometric: (u) => {
    const colors = Array.from({ length: I(u, 1, 5) }, () => I(u, 0, 50));
    const t = colors.reduce((a, b) => a + b, 0);
    return [colors, I(u, 0, t), null, u() < 0.5 ? 'count' : 'marginals'];
  },
};

/** Puts `size` at the method's size position (after the distribution parameters). */
function withSize(method: string, params: unknown[], size: number): unknown[] {
  const sizeAt: Record<string, number> = { standard_normal: 0, standard_exponential: 0, standard_gamma: 1, multivariate_hypergeometric: 2 };
  const a = params.slice();
  const i = sizeAt[method] ?? a.length;
  a[i] = size;
  return a;
}

describe.skipIf(skipReason !== '')('live cross-check with numpy (random parameters)', () => {
  const seed = (Date.now() % 1000000007) >>> 0;
  const u = prng(seed);
  const requests = Object.entries(PARAMS).flatMap(([method, gen]) =>
    Array.from({ length: 8 }, (_, k) => ({
      id: `live/${method}/${k}`, seed: Math.floor(u() * 4294967296),
      // every other case on PCG64 (native 64-bit draws, buffered uint32 halves)
      ...(k % 2 === 1 ? { bitgen: 'PCG64' } : {}),
      calls: [[method, withSize(method, gen(u), 25), {}]],
    })));

  it(`every distribution matches numpy bit for bit (parameter seed ${seed})`, { timeout: 60000 }, () => {
    const { cases } = python({ cases: requests });
    expect(cases.length).toBe(requests.length);
    for (const c of cases) replay(c);
  });
});
