#!/usr/bin/env node
// Where a log/exp/pow-bound sampler's time goes (issue 16): for each one, the full Generator(PCG64)
// call at 10^6, the standard draws it starts from, its exact math calls alone over those draws
// (WebAssembly twins, as the fills call them), and the JS->WebAssembly call itself (an identity
// module). The sum of the parts against the whole says whether a batched path (one wasm call per
// chunk) could pay, or whether the functions' own cost dominates.
// usage: npm run build && node scripts/bench_math_fill.mjs
import { default_rng } from '../dist/index.js';
import { mathWasm } from '../dist/math/wasm/backend.js';

const N = 1_000_000, ROUNDS = 5;
const W = mathWasm();
if (W === null) throw new Error('WebAssembly math unavailable');
const { pow, expm1, log, log1p } = W;
const time = (f) => {
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const s = performance.now();
    f();
    best = Math.min(best, performance.now() - s);
  }
  return (best * 1e6) / N;
};

// (module (func (export "id") (param f64) (result f64) local.get 0))
const ID = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 124, 1, 124, 3, 2, 1, 0, 7, 6, 1, 2, 105, 100,
  0, 0, 10, 6, 1, 4, 0, 32, 0, 11]);
const id = new WebAssembly.Instance(new WebAssembly.Module(ID)).exports.id;

const g = default_rng(12345);
const e = g.standard_exponential(N);
const u = g.random(N);
const o = new Float64Array(N);

// Each loop its own function, so every call site stays monomorphic.
const rows = [
  ['standard_exponential', () => g.standard_exponential(N), null],
  ['random', () => g.random(N), null],
  ['JS->wasm identity call', null, () => { for (let i = 0; i < N; i++) o[i] = id(e[i]); }],
  ['weibull(2)', () => g.weibull(2, N), () => { for (let i = 0; i < N; i++) o[i] = pow(e[i], 0.5); }],
  ['pareto(3)', () => g.pareto(3, N), () => { for (let i = 0; i < N; i++) o[i] = expm1(e[i] / 3); }],
  ['power(3)', () => g.power(3, N), () => { for (let i = 0; i < N; i++) o[i] = pow(-expm1(-e[i]), 1 / 3); }],
  ['logistic', () => g.logistic(0, 1, N), () => { for (let i = 0; i < N; i++) o[i] = log(u[i] / (1 - u[i])); }],
  ['gumbel', () => g.gumbel(0, 1, N), () => { for (let i = 0; i < N; i++) o[i] = -log(-log(1 - u[i])); }],
  ['geometric(0.3)', () => g.geometric(0.3, N), () => { const d = log1p(-0.3); for (let i = 0; i < N; i++) o[i] = Math.ceil(-e[i] / d); }],
];
console.log('ns/value at 10^6, best of', ROUNDS, '(Generator(PCG64); math = the exact calls alone over precomputed draws)');
console.log('sampler'.padEnd(24), 'full'.padStart(7), 'math'.padStart(7));
for (const [name, full, math] of rows) {
  const a = full ? time(full).toFixed(1) : '-', b = math ? time(math).toFixed(1) : '-';
  console.log(name.padEnd(24), a.padStart(7), b.padStart(7));
}
