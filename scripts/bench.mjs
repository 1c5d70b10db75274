// npm run bench: every method of Generator and RandomState, every integer dtype, bytes, choice,
// permutation, shuffle, random_raw per bit generator, size-less calls and 10^7 core calls, all in
// this one process (as users run them, so the library's call sites see every generator), each
// timed beside numpy's same call in the same round (TS, then numpy, case by case).
//
// usage: node --expose-gc scripts/bench.mjs [--filter REGEX] [--rounds R] [--json [FILE]] [--quick]
//   --filter  only cases whose "group name" matches REGEX (case-insensitive)
//   --rounds  timed rounds after one warm-up round (default 5; best of R is kept per side)
//   --json    print the rows as JSON (to FILE if given) instead of the tables
//   --quick   10^5 values instead of 10^6 (and no 10^7 group)
//   --no-hugepage  neither side on transparent huge pages: numpy without its madvise(MADV_HUGEPAGE)
//             on large arrays and this process without glibc's hugetlb tunable (see the README)
// On Linux the bench re-runs itself with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 unless that is set
// or --no-hugepage is given: V8 cannot madvise its ArrayBuffers, but glibc (>= 2.35) then does it
// for every mmap'd allocation, so large results fault in 2 MB pages, as numpy's do by its own
// madvise. numpy's worker keeps the environment's own GLIBC_TUNABLES (numpy as installed).
// Without --filter or --json, the sibling modules' scripts (bench_*.mjs: math, pyrandom, jax,
// torch) run afterwards, each in its own process.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lib from '../dist/index.js';
import { mathWasmKinds } from '../dist/math/wasm/backend.js';
import { ORIGINAL_TUNABLES, formatTables, numpyWorker, timeInterleaved } from './bench_lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = argv[i + 1];
  return v === undefined || v.startsWith('--') ? true : v;
};
const filter = opt('--filter', null);
const rounds = Number(opt('--rounds', 5));
const json = opt('--json', null);
const quick = opt('--quick', false) === true;
const noHugepage = opt('--no-hugepage', false) === true;
const HUGETLB = 'glibc.malloc.hugetlb=1';
const tunables = process.env.GLIBC_TUNABLES ?? '';
if (process.platform === 'linux' && !noHugepage && !tunables.includes('glibc.malloc.hugetlb')) {
  const env = { ...process.env, GLIBC_TUNABLES: tunables === '' ? HUGETLB : `${tunables}:${HUGETLB}`, [ORIGINAL_TUNABLES]: tunables };
  const r = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env });
  process.exit(r.status ?? 1);
}
const M = quick ? 1e5 : 1e6;
const BIG = 1e7;
const K = quick ? 2e4 : 1e5; // size-less calls per timed run

const BITGENS = ['MT19937', 'PCG64', 'PCG64DXSM', 'Philox', 'SFC64'];

// The objects both sides call: g* Generators, rs RandomState (legacy seeding), A/B arrays.
function tsContext() {
  const c = { rs: new lib.RandomState(12345), np: { random: lib } };
  for (const b of BITGENS) c[`g_${b}`] = new lib.Generator(new lib[b](12345));
  c.g = c.g_PCG64;
  c.A = new Float64Array(M);
  c.P = new Float64Array(1000).fill(1 / 1000);
  return c;
}
const PY_SETUP = `${noHugepage ? '\nfrom numpy._core import multiarray as _ma\n_ma._set_madvise_hugepage(False)' : ''}
from numpy.random import Generator, RandomState, ${BITGENS.join(', ')}
rs = RandomState(12345)
${BITGENS.map((b) => `g_${b} = Generator(${b}(12345))`).join('\n')}
g = g_PCG64
A = np.zeros(${M})
P = np.full(1000, 1 / 1000)
`;

const cases = [];
/** A case whose call reads the same in JS and Python; `n` values per call. */
function add(group, name, expr, n, pyExpr = expr) {
  cases.push({ group, name, n, unit: 'ns/value', js: `return ${expr};`, py: pyExpr });
}
/** A size-less call, timed over K calls (ns per call). */
function addScalar(group, name, expr, pyExpr = expr) {
  cases.push({ group, name, n: K, unit: 'ns/call', js: `for (let i = 0; i < ${K}; i++) ${expr};`, py: `for _ in range(${K}): ${pyExpr}` });
}

const INT_DTYPES = ['bool', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64'];
const highOf = (dt) => (dt === 'bool' ? 2 : dt.endsWith('8') ? 100 : dt.endsWith('16') ? 1000 : 100000);

// Distributions both front ends share, with typical parameters: [name, args before size].
const DISTS = [
  ['uniform', '0, 1'], ['normal', '0, 1'], ['standard_normal', ''], ['exponential', '1'],
  ['standard_exponential', ''], ['standard_gamma', '2.5'], ['gamma', '2.5, 1'], ['beta', '2, 3'],
  ['f', '5, 7'], ['noncentral_f', '5, 7, 1'], ['chisquare', '5'], ['noncentral_chisquare', '5, 1'],
  ['standard_cauchy', ''], ['standard_t', '5'], ['vonmises', '0, 2'], ['pareto', '3'], ['weibull', '2'],
  ['power', '3'], ['laplace', '0, 1'], ['gumbel', '0, 1'], ['logistic', '0, 1'], ['lognormal', '0, 1'],
  ['rayleigh', '1'], ['wald', '1, 2'], ['triangular', '0, 0.5, 1'], ['binomial', '100, 0.3'],
  ['negative_binomial', '5, 0.5'], ['poisson', '10'], ['poisson', '3'], ['zipf', '2'], ['geometric', '0.3'],
  ['hypergeometric', '50, 50, 20'], ['logseries', '0.6'],
];
const call = (obj, m, args, size) => `${obj}.${m}(${args ? `${args}, ` : ''}${size})`;
const label = (m, args) => (args ? `${m}(${args})` : m);

function frontEnd(group, obj, intMethod) {
  const gen = obj !== 'rs';
  add(group, gen ? 'random' : 'random_sample', `${obj}.${gen ? 'random' : 'random_sample'}(${M})`, M);
  if (gen) add(group, 'random float32', `${obj}.random(${M}, 'float32')`, M);
  add(group, `${intMethod}(0, 1000)`, `${obj}.${intMethod}(0, 1000, ${M})`, M);
  for (const dt of INT_DTYPES) add(group, `${intMethod}(0, ${highOf(dt)}) ${dt}`, `${obj}.${intMethod}(0, ${highOf(dt)}, ${M}, '${dt}')`, M);
  add(group, `${intMethod}(0, 2**40) int64`, `${obj}.${intMethod}(0, ${2 ** 40}, ${M}, 'int64')`, M);
  add(group, `${intMethod}(0, 2**63-1) int64`, `${obj}.${intMethod}(0, 9223372036854775807n, ${M}, 'int64')`, M,
    `${obj}.${intMethod}(0, 9223372036854775807, ${M}, 'int64')`);
  add(group, 'bytes', `${obj}.bytes(${M})`, M);
  add(group, 'choice(1000)', `${obj}.choice(1000, ${M})`, M);
  add(group, 'choice(1000, p)', `${obj}.choice(1000, ${M}, true, P)`, M, `${obj}.choice(1000, ${M}, True, P)`);
  add(group, 'choice(10**6, 10**4, replace=False)', `${obj}.choice(1000000, 10000, false)`, 1e4, `${obj}.choice(1000000, 10000, False)`);
  add(group, 'choice(10**5, 10**5, replace=False)', `${obj}.choice(100000, 100000, false)`, 1e5, `${obj}.choice(100000, 100000, False)`);
  add(group, 'permutation', `${obj}.permutation(${M})`, M);
  add(group, 'shuffle', `${obj}.shuffle(A)`, M);
  for (const [m, args] of DISTS) {
    if (!gen && m === 'standard_exponential') add(group, m, `${obj}.${m}(${M})`, M);
    else add(group, label(m, args), call(obj, m, args, M), M);
  }
  if (gen) {
    add(group, 'standard_normal float32', `${obj}.standard_normal(${M}, 'float32')`, M);
    add(group, 'standard_exponential float32', `${obj}.standard_exponential(${M}, 'float32')`, M);
    add(group, 'standard_gamma(2.5) float32', `${obj}.standard_gamma(2.5, ${M}, 'float32')`, M);
    add(group, 'permuted', `${obj}.permuted(A)`, M);
    add(group, 'multivariate_hypergeometric', `${obj}.multivariate_hypergeometric([10, 20, 30], 12, ${M / 4})`, 3 * M / 4);
  } else {
    add(group, 'tomaxint', `${obj}.tomaxint(${M})`, M);
  }
  add(group, 'multinomial(100, [.2,.3,.5])', `${obj}.multinomial(100, [0.2, 0.3, 0.5], ${M / 4})`, 3 * M / 4);
  add(group, 'dirichlet([1,2,3])', `${obj}.dirichlet([1, 2, 3], ${M / 4})`, 3 * M / 4);
  add(group, 'multivariate_normal(2-d)', `${obj}.multivariate_normal([0, 0], [[1, 0], [0, 1]], ${M / 2})`, M);
}

frontEnd('Generator(PCG64)', 'g', 'integers');
frontEnd('RandomState', 'rs', 'randint');
for (const b of BITGENS.filter((x) => x !== 'PCG64')) {
  const g = `g_${b}`;
  for (const [m, e] of [['random', `${g}.random(${M})`], ['standard_normal', `${g}.standard_normal(${M})`],
    ['exponential', `${g}.exponential(1, ${M})`], ['integers(0, 1000)', `${g}.integers(0, 1000, ${M})`],
    ['uniform', `${g}.uniform(0, 1, ${M})`]]) add(`Generator(${b})`, m, e, M);
}
for (const b of BITGENS) add('random_raw', b, `g_${b}.bit_generator.random_raw(${M})`, M);
for (const [m, e] of [['random()', 'g.random()'], ['integers(0, 1000)', 'g.integers(0, 1000)'], ['uniform()', 'g.uniform()'],
  ['standard_normal()', 'g.standard_normal()'], ['normal()', 'g.normal()'], ['exponential()', 'g.exponential()'],
  ['standard_exponential()', 'g.standard_exponential()'], ['gamma(2.5)', 'g.gamma(2.5)'], ['rayleigh()', 'g.rayleigh()'],
  ['binomial(100, 0.3)', 'g.binomial(100, 0.3)'], ['poisson(10)', 'g.poisson(10)']]) addScalar('size-less Generator(PCG64)', m, e);
for (const [m, e] of [['random_sample()', 'rs.random_sample()'], ['randint(0, 1000)', 'rs.randint(0, 1000)'],
  ['uniform()', 'rs.uniform()'], ['standard_normal()', 'rs.standard_normal()'], ['normal()', 'rs.normal()'],
  ['exponential()', 'rs.exponential()'], ['binomial(100, 0.3)', 'rs.binomial(100, 0.3)'], ['np.random.random()', 'np.random.random()']]) {
  addScalar('size-less RandomState', m, e);
}
if (!quick) {
  for (const [obj, m, args] of [['g', 'random', ''], ['g', 'standard_normal', ''], ['g', 'exponential', '1'],
    ['g', 'integers', '0, 1000'], ['g', 'uniform', '0, 1'], ['g_MT19937', 'random', ''], ['g_MT19937', 'standard_normal', ''],
    ['rs', 'random_sample', ''], ['rs', 'standard_normal', ''], ['rs', 'randint', '0, 1000'], ['rs', 'uniform', '0, 1'],
    ['rs', 'exponential', '1']]) add('10^7 values', `${obj}.${label(m, args)}`, call(obj, m, args, BIG), BIG);
  add('10^7 values', 'PCG64 random_raw', `g.bit_generator.random_raw(${BIG})`, BIG);
}

const re = filter === null ? null : new RegExp(filter, 'i');
const chosen = cases.filter((c) => re === null || re.test(`${c.group} ${c.name}`));
if (chosen.length === 0) {
  console.log(`no case matches ${filter}`);
  process.exit(1);
}
const ctx = tsContext();
const names = Object.keys(ctx);
for (const c of chosen) {
  const f = new Function(...names, c.js);
  const args = names.map((k) => ctx[k]);
  c.ts = () => f(...args);
}
const worker = await numpyWorker(PY_SETUP, chosen.map((c) => c.py));
const log = json === null ? (s) => process.stderr.write(s) : () => {};
log(`${chosen.length} cases, ${rounds} rounds (+1 warm-up), TS and numpy interleaved per case\n`);
const res = await timeInterleaved(chosen, worker, rounds, (r) => log(`round ${r} done\n`));
worker?.close();
const rows = chosen.map((c, i) => ({ group: c.group, name: c.name, n: c.n, unit: c.unit, ts: res[i].ts, np: res[i].np }));
if (json !== null) {
  const text = JSON.stringify(rows.map((r) => ({ ...r, ratio: r.np == null ? null : r.ts / r.np })), null, 1);
  if (json === true) console.log(text);
  else writeFileSync(json, text + '\n');
} else {
  const kinds = [...new Set(Object.values(mathWasmKinds()))].join('/');
  const pages = noHugepage ? 'no huge pages on either side' : `GLIBC_TUNABLES=${process.env.GLIBC_TUNABLES ?? ''}`;
  console.log(`best of ${rounds} rounds; node ${process.version}; ${pages}; math modules: ${kinds} (relaxed: true fused multiply-adds); the machine may be shared, so read ratios as ±20-30%`);
  console.log(formatTables(rows));
}

if (filter === null && json === null) {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const f of readdirSync(here).filter((x) => /^bench_.+\.mjs$/.test(x) && x !== 'bench_lib.mjs').sort()) {
    console.log(`\n## ${f}\n`);
    const r = spawnSync(process.execPath, ['--expose-gc', join(here, f)], { stdio: 'inherit' });
    if (r.status !== 0) console.log(`${f} failed with status ${r.status}`);
  }
}
