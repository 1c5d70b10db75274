// Times Generator.random, Generator.integers(0, 1000) and BitGenerator.random_raw for 10^6 and
// 10^7 values under MT19937 (and PCG64 when built), beside numpy's same calls in the same run.
// Build first: npx tsc -p tsconfig.build.json
// Usage: node scripts/bench_generator.mjs [--quick]
import * as lib from '../dist/index.js';
import { timeNumpy, timeTs } from './bench_lib.mjs';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [1e6] : [1e6, 1e7];
const REPEAT = 5;
const BITGENS = ['MT19937', 'PCG64'].filter((n) => typeof lib[n] === 'function');

const OUT = new Map();
const outOf = (n) => OUT.get(n) ?? OUT.set(n, new Float64Array(n)).get(n);

const CALLS = {
  random: (g, n) => g.random(n),
  'random(out=)': (g, n) => g.random(n, 'float64', outOf(n)),
  'integers(0,1000)': (g, n) => g.integers(0, 1000, n),
  random_raw: (g, n) => g.bit_generator.random_raw(n),
};

/** Best-of-REPEAT wall time in ns per value, after a JIT warm-up of three calls of up to 10^6 values. */
function timeCall(f, bitgen, n) {
  const g = new lib.Generator(new lib[bitgen](12345));
  return timeTs(() => f(g, n), n, REPEAT, () => { for (let w = 0; w < 3; w++) f(g, Math.min(n, 1e6)); });
}

const PY_SETUP = `
from numpy.random import Generator, MT19937, PCG64
bufs = {}
def out_of(n):
    return bufs.setdefault(n, np.empty(n))
calls = {
    'random': lambda g, n: g.random(n),
    'random(out=)': lambda g, n: g.random(out=out_of(n)),
    'integers(0,1000)': lambda g, n: g.integers(0, 1000, n),
    'random_raw': lambda g, n: g.bit_generator.random_raw(n),
}
gens = {'MT19937': Generator(MT19937(12345)), 'PCG64': Generator(PCG64(12345))}
`;

const keys = [];
for (const bitgen of BITGENS) for (const call of Object.keys(CALLS)) for (const n of SIZES) keys.push([bitgen, call, n]);
// each expression times n values; timeNumpy's divisor is 1, so divide here
const npNs = timeNumpy(PY_SETUP, keys.map(([b, c, n]) => `calls[${JSON.stringify(c)}](gens[${JSON.stringify(b)}], ${n})`), 1, REPEAT);
const np = npNs && Object.fromEntries(keys.map(([b, c, n], i) => [`${b} ${c} ${n}`, npNs[i] / n]));
const rows = [];
for (const [bitgen, call, n] of keys) {
  const ts = timeCall(CALLS[call], bitgen, n);
  const ref = np?.[`${bitgen} ${call} ${n}`];
  rows.push({ bitgen, call, n: n.toExponential(0), 'TS ns/value': ts.toFixed(2), 'numpy ns/value': ref?.toFixed(2) ?? '-', 'TS/numpy': ref ? (ts / ref).toFixed(2) : '-' });
}
console.table(rows);

// What a fresh typed array costs here (zeroed pages touched for the first time), for context:
// a sized call pays it, numpy's np.empty reuses freed heap memory.
for (const n of SIZES) {
  const best = timeCall((_g, m) => new Float64Array(m).fill(0.5), 'MT19937', n);
  console.log(`new Float64Array(${n.toExponential(0)}) + first write: ${best.toFixed(2)} ns/value`);
}
