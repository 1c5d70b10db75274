// npm run bench: the core RandomState calls beside numpy's, then every other bench_*.mjs script.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RandomState } from '../dist/index.js';
import { report, timeNumpy, timeTs } from './bench_lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const rows = [];
for (const n of [1e6, 1e7]) {
  const calls = [
    ['RandomState.random_sample', 'rs.random_sample(n)', (rs) => rs.random_sample(n)],
    ['RandomState.standard_normal', 'rs.standard_normal(n)', (rs) => rs.standard_normal(n)],
    ['RandomState.randint(0, 1000)', 'rs.randint(0, 1000, n)', (rs) => rs.randint(0, 1000, n)],
  ];
  const reps = n >= 1e7 ? 3 : 5;
  const np = timeNumpy(`rs = np.random.RandomState(12345)\nn = ${n}`, calls.map((c) => c[1]), n, reps);
  const rs = new RandomState(12345);
  calls.forEach(([name, , fn], i) => rows.push({ name, n, ts: timeTs(() => fn(rs), n, reps), np: np?.[i] ?? null }));
}
report('RandomState core (MT19937, legacy seeding)', rows);

const only = process.argv[2];
for (const f of readdirSync(here).filter((f) => /^bench_.+\.mjs$/.test(f) && f !== 'bench_lib.mjs').sort()) {
  if (only && !f.includes(only)) continue;
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) console.log(`${f} failed with status ${r.status}`);
}
