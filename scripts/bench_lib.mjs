// Timing machinery for npm run bench: TS calls and numpy's same calls, interleaved in the same
// rounds (one python3 worker process answers one timing at a time), best of N for each side.
import { spawn } from 'node:child_process';
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

/**
 * A python3 worker holding numpy's side of every case, or null (reason printed) without numpy.
 * OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE are dropped from its environment only: they slow numpy here.
 */
export async function numpyWorker(setup, bodies) {
  const env = { ...process.env };
  delete env.OPENBLAS_CORETYPE;
  delete env.OPENBLAS_L2_SIZE;
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
