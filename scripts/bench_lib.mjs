// Shared timing helpers for the bench scripts: best-of-N wall time in TS, and numpy's same
// calls timed in one python3 process, so both sides run on the same machine in the same run.
import { spawnSync } from 'node:child_process';

/**
 * Best time in ns per value of fn() producing n values, over `reps` runs (after a warm-up).
 * With --expose-gc, garbage is collected before each run, outside the timed region: numpy frees
 * the previous result at once (reference counting), so its allocator reuses warm memory, while
 * V8 frees big arrays only at a GC and would otherwise time fresh pages from the OS each run.
 */
export function timeTs(fn, n, reps = 5) {
  fn();
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    globalThis.gc?.();
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0));
  }
  return best / n;
}

/**
 * Times python expressions (each producing n values) with numpy; `setup` runs first.
 * Returns ns/value per expression, or null when python3/numpy is missing.
 */
export function timeNumpy(setup, exprs, n, reps = 5) {
  const code = `
import json, time
import numpy as np
${setup}
out = []
for e in ${JSON.stringify(exprs)}:
    f = eval('lambda: ' + e)
    f()
    best = float('inf')
    for _ in range(${reps}):
        t0 = time.perf_counter_ns(); f(); best = min(best, time.perf_counter_ns() - t0)
    out.append(best / ${n})
print(json.dumps(out))
`;
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const r = spawnSync('python3', ['-c', code], { encoding: 'utf8', env });
  if (r.status !== 0) return null;
  return JSON.parse(r.stdout);
}

/** Prints one table row per case: TS ns/value, numpy ns/value and the TS/numpy ratio. */
export function report(title, rows) {
  console.log(`\n${title}`);
  console.log('  call'.padEnd(46) + 'n'.padStart(10) + 'TS ns/val'.padStart(12) + 'numpy ns/val'.padStart(14) + 'TS/numpy'.padStart(10));
  for (const r of rows) {
    const ratio = r.np == null ? '   n/a' : (r.ts / r.np).toFixed(2);
    console.log(`  ${r.name}`.padEnd(46) + String(r.n).padStart(10) + r.ts.toFixed(2).padStart(12)
      + (r.np == null ? 'n/a' : r.np.toFixed(2)).padStart(14) + ratio.padStart(10));
  }
}
