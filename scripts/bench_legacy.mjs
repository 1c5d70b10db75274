// Benchmark: RandomState distributions, 10**6 values per call, against numpy's same calls in the
// same run. Build first: npx tsc -p tsconfig.build.json; then: node scripts/bench_legacy.mjs
import { spawnSync } from 'node:child_process';
import { RandomState } from '../dist/index.js';

const N = 1_000_000;
const REPS = 5;
const CALLS = [
  ['normal', 'normal(size=N)', (rs) => rs.normal(0, 1, N)],
  ['gamma(2.5)', 'gamma(2.5, size=N)', (rs) => rs.gamma(2.5, 1, N)],
  ['poisson(10)', 'poisson(10, size=N)', (rs) => rs.poisson(10, N)],
  ['binomial(100, 0.3)', 'binomial(100, 0.3, size=N)', (rs) => rs.binomial(100, 0.3, N)],
  ['exponential', 'exponential(size=N)', (rs) => rs.exponential(1, N)],
];

function bestOf(fn) {
  let best = Infinity;
  for (let r = 0; r < REPS; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

const ours = CALLS.map(([, , f]) => {
  const rs = new RandomState(12345);
  f(rs); // warm up
  return bestOf(() => f(rs));
});

const py = `
import json, time, numpy as np
N = ${N}
rs = np.random.RandomState(12345)
out = []
for expr in ${JSON.stringify(CALLS.map(([, e]) => e))}:
    f = eval('lambda: rs.' + expr)
    f()
    best = float('inf')
    for _ in range(${REPS}):
        t0 = time.perf_counter(); f(); best = min(best, (time.perf_counter() - t0) * 1e3)
    out.append(best)
print(json.dumps(out))
`;
const r = spawnSync('python3', ['-c', py], { encoding: 'utf8' });
const theirs = r.status === 0 ? JSON.parse(r.stdout) : null;
if (!theirs) console.log(`numpy not available: ${r.stderr.trim().split('\n').pop()}`);

console.log(`RandomState, ${N} values per call, best of ${REPS} (ms)`);
console.log('call'.padEnd(22) + 'TS'.padStart(10) + 'numpy'.padStart(10) + 'TS/numpy'.padStart(10));
CALLS.forEach(([name], i) => {
  const t = ours[i], n = theirs ? theirs[i] : NaN;
  console.log(name.padEnd(22) + t.toFixed(1).padStart(10) + n.toFixed(1).padStart(10) + (t / n).toFixed(2).padStart(10));
});
