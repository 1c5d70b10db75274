// Shared timing helpers for the bench scripts: best-of-N wall time in TS, and numpy's same
// calls timed in one python3 process, so both sides run on the same machine in the same run.
import { spawnSync } from 'node:child_process';

/**
 * Best time in ns per value of fn() producing n values, over `reps` runs (after `warmup()`, by
 * default one call of fn).
 * With --expose-gc, garbage is collected before each run, outside the timed region: numpy frees
 * the previous result at once (reference counting), so its allocator reuses warm memory, while
 * V8 frees big arrays only at a GC and would otherwise time fresh pages from the OS each run.
 */
export function timeTs(fn, n, reps = 5, warmup = fn) {
  warmup();
  let best = Infinity;
  for (let r = 0; r < reps; r++) best = Math.min(best, timeOnce(fn));
  return best / n;
}

/** One timed call of fn in ns, garbage collected first (with --expose-gc). */
function timeOnce(fn) {
  globalThis.gc?.();
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0);
}

/**
 * Round-robin timing: each of `reps` rounds calls every fn once, and each keeps its best time, so
 * a loaded machine slows all cases alike. Returns ns per value for each fn (fns[i] makes n values).
 */
export function timeTsRoundRobin(fns, n, reps = 5) {
  fns.forEach((fn) => fn());
  const best = fns.map(() => Infinity);
  for (let r = 0; r < reps; r++) fns.forEach((fn, i) => { best[i] = Math.min(best[i], timeOnce(fn)); });
  return best.map((t) => t / n);
}

/**
 * Times python expressions (each producing n values) with numpy; `setup` runs first. With
 * `roundRobin`, each round times every expression once (as timeTsRoundRobin does).
 * Returns ns/value per expression, or null when python3/numpy is missing (the reason is printed).
 */
export function timeNumpy(setup, exprs, n, reps = 5, { roundRobin = false } = {}) {
  const code = `
import json, time
import numpy as np
${setup}
fs = [eval('lambda: ' + e) for e in ${JSON.stringify(exprs)}]
best = [float('inf')] * len(fs)
def once(i):
    t0 = time.perf_counter_ns(); fs[i](); best[i] = min(best[i], time.perf_counter_ns() - t0)
if ${roundRobin ? 'True' : 'False'}:
    for f in fs:
        f()
    for _ in range(${reps}):
        for i in range(len(fs)):
            once(i)
else:
    for i, f in enumerate(fs):
        f()
        for _ in range(${reps}):
            once(i)
print(json.dumps([b / ${n} for b in best]))
`;
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const r = spawnSync('python3', ['-c', code], { encoding: 'utf8', env });
  if (r.status !== 0) {
    console.log(`numpy timings unavailable: ${(r.stderr || String(r.error)).trim().split('\n').pop()}`);
    return null;
  }
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
