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
  // the bit generator alone (two words per float64 draw), for scale
  ['MT19937 2e6 uint32', (g) => {
    const bg = g.bit_generator, out = new Uint32Array(2 * N);
    for (let i = 0; i < out.length; i++) out[i] = bg.next_uint32();
    return out;
  }, 'g.bit_generator.random_raw(2 * N)'],
];
const REPS = 15;

// Round-robin over the cases and keep each one's best time: a loaded machine slows single runs.
const ts = {};
const gens = CASES.map(() => new Generator(new MT19937(12345)));
CASES.forEach(([, fn], i) => fn(gens[i])); // warm up
for (let r = 0; r < REPS; r++) {
  CASES.forEach(([name, fn], i) => {
    const t0 = process.hrtime.bigint();
    fn(gens[i]);
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    ts[name] = Math.min(ts[name] ?? Infinity, t);
  });
}

const py = `
import time, json
from numpy.random import Generator, MT19937
N = ${N}
cases = [(name, eval('lambda g: ' + src), Generator(MT19937(12345)))
         for name, src in ${JSON.stringify(CASES.map(([n, , s]) => [n, s]))}]
out = {}
for name, f, g in cases:
    f(g)
for _ in range(${REPS}):
    for name, f, g in cases:
        t0 = time.perf_counter()
        f(g)
        t = (time.perf_counter() - t0) * 1e3
        out[name] = min(out.get(name, t), t)
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
