// Benchmark: RandomState distributions, 10**6 values per call, against numpy's same calls in the
// same run. Build first: npx tsc -p tsconfig.build.json; then: node scripts/bench_legacy.mjs
import { RandomState } from '../dist/index.js';
import { timeNumpy, timeTs } from './bench_lib.mjs';

const N = 1_000_000;
const REPS = 5;
const CALLS = [
  ['normal', 'normal(size=N)', (rs) => rs.normal(0, 1, N)],
  ['gamma(2.5)', 'gamma(2.5, size=N)', (rs) => rs.gamma(2.5, 1, N)],
  ['poisson(10)', 'poisson(10, size=N)', (rs) => rs.poisson(10, N)],
  ['binomial(100, 0.3)', 'binomial(100, 0.3, size=N)', (rs) => rs.binomial(100, 0.3, N)],
  ['exponential', 'exponential(size=N)', (rs) => rs.exponential(1, N)],
];

// timings in ms per call (n = 1e6 values per call turns ns/value into ms)
const ours = CALLS.map(([, , f]) => {
  const rs = new RandomState(12345);
  return timeTs(() => f(rs), 1e6, REPS);
});
const theirs = timeNumpy(`N = ${N}\nrs = np.random.RandomState(12345)`, CALLS.map(([, e]) => `rs.${e}`), 1e6, REPS);

console.log(`RandomState, ${N} values per call, best of ${REPS} (ms)`);
console.log('call'.padEnd(22) + 'TS'.padStart(10) + 'numpy'.padStart(10) + 'TS/numpy'.padStart(10));
CALLS.forEach(([name], i) => {
  const t = ours[i], n = theirs ? theirs[i] : NaN;
  console.log(name.padEnd(22) + t.toFixed(1).padStart(10) + n.toFixed(1).padStart(10) + (t / n).toFixed(2).padStart(10));
});
