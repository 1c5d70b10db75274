// Times Generator.random, Generator.integers(0, 1000) and BitGenerator.random_raw for 10^6 and
// 10^7 values under MT19937 (and PCG64 when built), beside numpy's same calls in the same run.
// Build first: npx tsc -p tsconfig.build.json
// Usage: node scripts/bench_generator.mjs [--quick]
import { spawnSync } from 'node:child_process';
import * as lib from '../dist/index.js';

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

const CALLS_EXTRA = {};

/** Best-of-REPEAT wall time in ns per value. */
CALLS_EXTRA.alloc = (_g, n) => new Float64Array(n).fill(0.5);

function timeTs(bitgen, call, n) {
  const f = CALLS[call] ?? CALLS_EXTRA[call];
  const g = new lib.Generator(new lib[bitgen](12345));
  for (let w = 0; w < 3; w++) f(g, Math.min(n, 1e6)); // warm up the JIT
  let best = Infinity;
  for (let r = 0; r < REPEAT; r++) {
    const t0 = process.hrtime.bigint();
    f(g, n);
    best = Math.min(best, Number(process.hrtime.bigint() - t0));
  }
  return best / n;
}

const PY = `
import json, sys, time
import numpy as np
from numpy.random import Generator, MT19937, PCG64
spec = json.loads(sys.argv[1])
bufs = {}
def out_of(n):
    return bufs.setdefault(n, np.empty(n))
calls = {
    'random': lambda g, n: g.random(n),
    'random(out=)': lambda g, n: g.random(out=out_of(n)),
    'integers(0,1000)': lambda g, n: g.integers(0, 1000, n),
    'random_raw': lambda g, n: g.bit_generator.random_raw(n),
}
out = {}
for bitgen in spec['bitgens']:
    for call in calls:
        for n in spec['sizes']:
            g = Generator({'MT19937': MT19937, 'PCG64': PCG64}[bitgen](12345))
            for _ in range(3):
                calls[call](g, min(n, 10**6))
            best = float('inf')
            for _ in range(spec['repeat']):
                t0 = time.perf_counter_ns()
                calls[call](g, n)
                best = min(best, time.perf_counter_ns() - t0)
            out[f'{bitgen} {call} {n}'] = best / n
print(json.dumps(out))
`;

function timeNumpy() {
  const r = spawnSync('python3', ['-c', PY, JSON.stringify({ bitgens: BITGENS, sizes: SIZES, repeat: REPEAT })], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`numpy timings unavailable: ${(r.stderr || String(r.error)).trim().split('\n').pop()}`);
    return null;
  }
  return JSON.parse(r.stdout);
}

const np = timeNumpy();
const rows = [];
for (const bitgen of BITGENS) {
  for (const call of Object.keys(CALLS)) {
    for (const n of SIZES) {
      const ts = timeTs(bitgen, call, n);
      const ref = np?.[`${bitgen} ${call} ${n}`];
      rows.push({ bitgen, call, n: n.toExponential(0), 'TS ns/value': ts.toFixed(2), 'numpy ns/value': ref?.toFixed(2) ?? '-', 'TS/numpy': ref ? (ts / ref).toFixed(2) : '-' });
    }
  }
}
console.table(rows);

// What a fresh typed array costs here (zeroed pages touched for the first time), for context:
// a sized call pays it, numpy's np.empty reuses freed heap memory.
for (const n of SIZES) {
  const best = timeTs('MT19937', 'alloc', n);
  console.log(`new Float64Array(${n.toExponential(0)}) + first write: ${best.toFixed(2)} ns/value`);
}
