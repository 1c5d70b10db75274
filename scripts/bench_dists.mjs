// Times Generator distributions (10^6 values, MT19937) beside numpy's same calls in python3.
// Usage: npx tsc -p tsconfig.build.json && node scripts/bench_dists.mjs
import { spawnSync } from 'node:child_process';
import { Generator, MT19937 } from '../dist/index.js';

const N = 1_000_000;
const CASES = [
  ['normal', (g) => g.normal(0, 1, N), 'g.normal(0, 1, N)'],
  ['gamma(2.5)', (g) => g.gamma(2.5, 1, N), 'g.gamma(2.5, 1, N)'],
  ['poisson(10)', (g) => g.poisson(10, N), 'g.poisson(10, N)'],
  ['binomial(100, 0.3)', (g) => g.binomial(100, 0.3, N), 'g.binomial(100, 0.3, N)'],
  ['exponential', (g) => g.exponential(1, N), 'g.exponential(1, N)'],
];
const REPS = 7;

function best(fn) {
  let t = Infinity;
  for (let r = 0; r < REPS; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    t = Math.min(t, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return t;
}

const ts = {};
for (const [name, fn] of CASES) {
  const g = new Generator(new MT19937(12345));
  fn(g); // warm up
  ts[name] = best(() => fn(g));
}

const py = `
import time, json
from numpy.random import Generator, MT19937
N = ${N}
g = Generator(MT19937(12345))
out = {}
for name, src in ${JSON.stringify(CASES.map(([n, , s]) => [n, s]))}:
    f = eval('lambda: ' + src)
    f()
    best = min((lambda t0: (f(), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(${REPS}))
    out[name] = best * 1e3
print(json.dumps(out))
`;
const r = spawnSync('python3', ['-c', py], { encoding: 'utf8' });
const np = r.status === 0 ? JSON.parse(r.stdout) : null;
if (!np) console.log(`numpy timings unavailable: ${r.stderr || r.error}`);

console.log(`${'distribution'.padEnd(22)}${'TS ms'.padStart(10)}${'numpy ms'.padStart(10)}${'TS/numpy'.padStart(10)}`);
for (const [name] of CASES) {
  const n = np?.[name];
  console.log(`${name.padEnd(22)}${ts[name].toFixed(1).padStart(10)}${(n?.toFixed(1) ?? '-').padStart(10)}${(n ? (ts[name] / n).toFixed(2) : '-').padStart(10)}`);
}
