// Times Generator distributions (10^6 values, MT19937) beside numpy's same calls in python3.
// Usage: npx tsc -p tsconfig.build.json && node scripts/bench_dists.mjs
import { Generator, MT19937 } from '../dist/index.js';
import { timeNumpy, timeTsRoundRobin } from './bench_lib.mjs';

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
// Times in ms per call (ns / 1e6).
const gens = CASES.map(() => new Generator(new MT19937(12345)));
const tsMs = timeTsRoundRobin(CASES.map(([, fn], i) => () => fn(gens[i])), 1e6, REPS);
const ts = Object.fromEntries(CASES.map(([name], i) => [name, tsMs[i]]));
const npMs = timeNumpy(`from numpy.random import Generator, MT19937\nN = ${N}\ngs = [Generator(MT19937(12345)) for _ in range(${CASES.length})]`,
  CASES.map(([, , src], i) => src.replace(/^g\./, `gs[${i}].`)), 1e6, REPS, { roundRobin: true });
const np = npMs && Object.fromEntries(CASES.map(([name], i) => [name, npMs[i]]));

console.log(`${'distribution'.padEnd(22)}${'TS ms'.padStart(10)}${'numpy ms'.padStart(10)}${'TS/numpy'.padStart(10)}`);
for (const [name] of CASES) {
  const n = np?.[name];
  console.log(`${name.padEnd(22)}${ts[name].toFixed(1).padStart(10)}${(n?.toFixed(1) ?? '-').padStart(10)}${(n ? (ts[name] / n).toFixed(2) : '-').padStart(10)}`);
}
