// numpy-random/pyrandom beside CPython's own `random` (timed by python3 in the same run):
// random(), randint(1, 6), gauss(), shuffle of 10^5 items. Run after `npm run build`:
//   node scripts/bench_pyrandom.mjs
// `runPyrandomBench()` returns the rows (and prints them) for scripts/bench.mjs.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { Random } from '../dist/pyrandom/index.js';
import { timeTs } from './bench_lib.mjs';

const CASES = [
  { name: 'random()', n: 1e6, py: 'for _ in R(None, n): f()', pysetup: 'f = r.random', ts: (r, n) => { let s = 0; for (let i = 0; i < n; i++) s += r.random(); return s; } },
  { name: 'randint(1, 6)', n: 1e6, py: 'for _ in R(None, n): f(1, 6)', pysetup: 'f = r.randint', ts: (r, n) => { let s = 0; for (let i = 0; i < n; i++) s += r.randint(1, 6); return s; } },
  { name: 'gauss()', n: 1e6, py: 'for _ in R(None, n): f()', pysetup: 'f = r.gauss', ts: (r, n) => { let s = 0; for (let i = 0; i < n; i++) s += r.gauss(); return s; } },
  { name: 'shuffle(10^5 items), per item', n: 1e5, py: 'r.shuffle(x)', pysetup: 'x = list(range(n))', ts: (r, n, x) => r.shuffle(x) },
];

/** CPython's ns per value for each case (best of `reps`), or null without python3. */
function timeCPython(reps) {
  const code = `
import json, random, sys, time
from itertools import repeat as R
r = random.Random(12345)
out = []
for setup, stmt, n in ${JSON.stringify(CASES.map((c) => [c.pysetup, c.py, c.n]))}:
    env = {'r': r, 'R': R, 'n': n}
    exec(setup, env)
    body = compile(stmt, 'bench', 'exec')
    best = float('inf')
    for _ in range(${reps}):
        t0 = time.perf_counter_ns(); exec(body, env); best = min(best, time.perf_counter_ns() - t0)
    out.append(best / n)
print(json.dumps({'version': sys.version.split()[0], 'ns': out}))
`;
  const p = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
  if (p.status !== 0) {
    console.log(`CPython timings unavailable: ${(p.stderr || String(p.error)).trim().split('\n').pop()}`);
    return null;
  }
  return JSON.parse(p.stdout);
}

/** Times each case in TS and in CPython; prints a table with the CPython/TS ratio. */
export function runPyrandomBench(reps = 5) {
  const r = new Random(12345);
  const rows = CASES.map((c) => {
    const x = Array.from({ length: c.n }, (_, i) => i);
    return { name: c.name, n: c.n, ts: timeTs(() => c.ts(r, c.n, x), c.n, reps) };
  });
  const py = timeCPython(reps);
  rows.forEach((row, i) => { row.py = py ? py.ns[i] : null; });
  console.log(`\nnumpy-random/pyrandom beside CPython ${py ? py.version : '(unavailable)'} random`);
  console.log('  call'.padEnd(36) + 'n'.padStart(9) + 'TS ns/call'.padStart(12) + 'CPython ns'.padStart(12) + 'CPython/TS'.padStart(12));
  for (const row of rows) {
    console.log(`  ${row.name}`.padEnd(36) + String(row.n).padStart(9) + row.ts.toFixed(1).padStart(12)
      + (row.py == null ? 'n/a' : row.py.toFixed(1)).padStart(12)
      + (row.py == null ? 'n/a' : (row.py / row.ts).toFixed(1) + 'x').padStart(12));
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) runPyrandomBench();
