// Timing machinery for npm run bench: TS calls and numpy's same calls, interleaved in the same
// rounds (one python3 worker process answers one timing at a time), best of N for each side.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

/** One timed call of fn in ns, garbage collected first (with --expose-gc, outside the timing). */
export function timeOnce(fn) {
  // numpy frees each result at once (reference counting) and reuses warm memory; V8 frees big
  // arrays only at a GC, so collect before each run rather than time fresh pages from the OS
  globalThis.gc?.();
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0);
}

const WORKER = String.raw`
import json, sys, time
import numpy as np
fs = []
for line in sys.stdin:
    msg = json.loads(line)
    if msg['op'] == 'setup':
        g = {'np': np}
        exec(msg['code'], g)
        for i, body in enumerate(msg['bodies']):
            exec('def _f%d():\n    ' % i + body.replace('\n', '\n    '), g)
            fs.append(g['_f%d' % i])
        print('ok', flush=True)
    else:
        f = fs[msg['i']]
        if msg.get('warm'):
            f()
        t0 = time.perf_counter_ns(); f(); t = time.perf_counter_ns() - t0
        print(t, flush=True)
`;

/** The variable bench.mjs leaves the environment's own GLIBC_TUNABLES in when it adds glibc's hugetlb. */
export const ORIGINAL_TUNABLES = 'NUMPY_RANDOM_BENCH_GLIBC_TUNABLES';

/**
 * numpy's environment: this process's, without OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE (they slow
 * numpy here) and with GLIBC_TUNABLES as it was before bench.mjs added hugetlb for V8, so numpy
 * runs as it does by default (its own madvise on large arrays, glibc's usual heap).
 */
function numpyEnv() {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
  const original = env[ORIGINAL_TUNABLES];
  if (original !== undefined) {
    if (original === '') delete env.GLIBC_TUNABLES;
    else env.GLIBC_TUNABLES = original;
    delete env[ORIGINAL_TUNABLES];
  }
  return env;
}

/**
 * A python3 worker holding numpy's side of every case (in numpyEnv()), or null (reason printed)
 * without numpy.
 */
export async function numpyWorker(setup, bodies) {
  const env = numpyEnv();
  const py = spawn('python3', ['-c', WORKER], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  py.stderr.on('data', (d) => { err += d; });
  const lines = createInterface({ input: py.stdout })[Symbol.asyncIterator]();
  const ask = async (msg) => {
    py.stdin.write(JSON.stringify(msg) + '\n');
    const r = await lines.next();
    if (r.done) throw new Error(err.trim().split('\n').pop() || 'python3 exited');
    return r.value;
  };
  try {
    await ask({ op: 'setup', code: setup, bodies });
  } catch (e) {
    console.log(`numpy timings unavailable: ${e.message}`);
    py.kill();
    return null;
  }
  return {
    time: async (i, warm = false) => Number(await ask({ op: 'time', i, warm })),
    close: () => py.stdin.end(),
  };
}

/**
 * Runs `rounds` rounds over the cases; in each, every case is timed once in TS and then once in
 * numpy, and each side keeps its best. A case is { ts: () => void, n } (n values or calls per run);
 * numpy's side is body i of the worker. Returns [{ ts, np }] in ns per value.
 */
export async function timeInterleaved(cases, worker, rounds, onRound) {
  const best = cases.map(() => ({ ts: Infinity, np: Infinity }));
  for (let r = 0; r <= rounds; r++) {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      // round 0 warms both sides up (JIT, caches) and is not counted
      const t = timeOnce(c.ts);
      const p = worker ? await worker.time(i) : Infinity;
      if (r > 0) {
        best[i].ts = Math.min(best[i].ts, t / c.n);
        best[i].np = Math.min(best[i].np, p / c.n);
      }
    }
    onRound?.(r);
  }
  return best.map((b) => ({ ts: b.ts, np: Number.isFinite(b.np) ? b.np : null }));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The results as a markdown table per group, with each group's median ratio. */
export function formatTables(rows) {
  const groups = [...new Set(rows.map((r) => r.group))];
  const out = [];
  for (const g of groups) {
    const rs = rows.filter((r) => r.group === g);
    const unit = rs[0].unit;
    out.push(`\n### ${g}\n`);
    out.push(`| call | n | TS ${unit} | numpy ${unit} | TS/numpy |`);
    out.push('|---|--:|--:|--:|--:|');
    for (const r of rs) {
      const ratio = r.np == null ? 'n/a' : (r.ts / r.np).toFixed(2);
      out.push(`| \`${r.name}\` | ${r.n.toExponential(0).replace('e+', 'e')} | ${r.ts.toFixed(2)} | ${r.np == null ? 'n/a' : r.np.toFixed(2)} | ${ratio} |`);
    }
    const ratios = rs.filter((r) => r.np != null).map((r) => r.ts / r.np);
    if (ratios.length > 1) out.push(`\nmedian TS/numpy ${median(ratios).toFixed(2)}, worst ${Math.max(...ratios).toFixed(2)}`);
  }
  return out.join('\n');
}

// The sibling scripts' helpers (bench_pyrandom, bench_jax, bench_torch): TS-only best-of-N timing
// and numpy timed in one python3 run.

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
  const env = numpyEnv();
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
