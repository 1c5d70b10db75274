// numpy-random/torch beside PyTorch's own calls (Debian's /usr/bin/python3 with python3-torch,
// torch.set_num_threads(1)), timed in one run, round robin on both sides. Standalone after
// `npm run build` (`node --expose-gc scripts/bench_torch.mjs`); `npm run bench` runs it too.
// Each side reports wall-clock and CPU time (process CPU: Node's process.cpuUsage, Python's
// time.process_time_ns), best of the rounds; on a loaded machine the CPU figures are the steadier.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { timeTsRoundRobin } from './bench_lib.mjs';
import * as torch from '../dist/torch/index.js';
import { boxMullerWasm } from '../dist/torch/wasm/normal_wasm.js';
import { set_backend } from '../dist/index.js';

const PYTHON = '/usr/bin/python3';

/** Times the torch expressions (each making n values): [wall, cpu] ns/value each, or null without torch. */
function timeTorch(exprs, n, reps) {
  const code = `
import json, time, torch
torch.set_num_threads(1)
torch.manual_seed(0)
n = ${n}
fs = [eval('lambda: ' + e) for e in ${JSON.stringify(exprs)}]
for f in fs:
    f()
best = [float('inf')] * len(fs)
cpu = [float('inf')] * len(fs)
for _ in range(${reps}):
    for i, f in enumerate(fs):
        c0 = time.process_time_ns(); t0 = time.perf_counter_ns(); f()
        best[i] = min(best[i], time.perf_counter_ns() - t0); cpu[i] = min(cpu[i], time.process_time_ns() - c0)
print(json.dumps([[b / ${n} for b in best], [c / ${n} for c in cpu]]))
`;
  const r = spawnSync(PYTHON, ['-c', code], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`torch timings unavailable: ${(r.stderr || String(r.error)).trim().split('\n').pop()}`);
    return null;
  }
  return JSON.parse(r.stdout);
}

/** Best process CPU time per value of each function, round robin (as timeTsRoundRobin). */
function cpuRoundRobin(fns, n, reps) {
  const best = fns.map(() => Infinity);
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) * 1000; };
  for (let r = 0; r < reps; r++) {
    fns.forEach((fn, i) => { globalThis.gc?.(); const t0 = cpu(); fn(); best[i] = Math.min(best[i], cpu() - t0); });
  }
  return best.map((t) => t / n);
}

const RELAXED_FLAG = '--experimental-wasm-relaxed-simd';

/**
 * randn's wall and CPU ns/value on the relaxed kernel, timed by a child Node with V8's flag: what
 * engines with relaxed SIMD (Node 22 and later, Chrome, Deno) run. Null when this engine has it
 * already (the main rows show it) or the child cannot run it.
 */
function relaxedRandnInChild(n, reps) {
  if (process.env.NUMPY_RANDOM_BENCH_CHILD === '1' || boxMullerWasm()?.kind === 'relaxed') return null;
  const code = `
import * as torch from ${JSON.stringify(new URL('../dist/torch/index.js', import.meta.url).href)};
import { boxMullerWasm } from ${JSON.stringify(new URL('../dist/torch/wasm/normal_wasm.js', import.meta.url).href)};
import { timeTsRoundRobin } from ${JSON.stringify(new URL('./bench_lib.mjs', import.meta.url).href)};
if (boxMullerWasm()?.kind !== 'relaxed') { console.log('null'); process.exit(0); }
torch.manual_seed(0);
const f = () => torch.randn(${n});
const wall = timeTsRoundRobin([f], ${n}, ${reps})[0];
let cpu = Infinity;
for (let r = 0; r < ${reps}; r++) { globalThis.gc?.(); const u0 = process.cpuUsage(); f(); const u = process.cpuUsage(u0); cpu = Math.min(cpu, (u.user + u.system) * 1000); }
console.log(JSON.stringify([wall, cpu / ${n}]));`;
  const r = spawnSync(process.execPath, [RELAXED_FLAG, '--expose-gc', '--input-type=module', '-e', code],
    { encoding: 'utf8', env: { ...process.env, NUMPY_RANDOM_BENCH_CHILD: '1' } });
  return r.status === 0 ? JSON.parse(r.stdout.trim().split('\n').pop()) : null;
}

export function runTorchBench({ n = 1e6, reps = 7 } = {}) {
  const kind = boxMullerWasm()?.kind ?? 'no SIMD';
  const calls = [
    ['rand(n)', 'torch.rand(n)', () => torch.rand(n)],
    ['rand(n, float64)', 'torch.rand(n, dtype=torch.float64)', () => torch.rand(n, { dtype: 'float64' })],
    [`randn(n) (AVX2, ${kind} kernel)`, 'torch.randn(n)', () => torch.randn(n)],
    // the same call on the TypeScript twins (what hosts without WebAssembly SIMD run)
    ['randn(n) (AVX2, TS backend)', 'torch.randn(n)', () => { set_backend('ts'); try { return torch.randn(n); } finally { set_backend('wasm'); } }],
    ['randn(n, float64)', 'torch.randn(n, dtype=torch.float64)', () => torch.randn(n, { dtype: 'float64' })],
    ['randint(0, 1000, (n,))', 'torch.randint(0, 1000, (n,))', () => torch.randint(0, 1000, [n])],
    ['randint(0, 1000, (n,), int32)', 'torch.randint(0, 1000, (n,), dtype=torch.int32)', () => torch.randint(0, 1000, [n], { dtype: 'int32' })],
  ];
  const th = timeTorch(calls.map((c) => c[1]), n, reps);
  torch.manual_seed(0);
  const ts = timeTsRoundRobin(calls.map((c) => c[2]), n, reps);
  const tsCpu = cpuRoundRobin(calls.map((c) => c[2]), n, reps);
  const load = loadavg()[0];
  console.log(`\nnumpy-random/torch beside torch ${th ? '' : '(torch not available) '}(n = ${n}, torch.set_num_threads(1), load average ${load.toFixed(2)})`);
  console.log('  call'.padEnd(36) + 'TS ns/val'.padStart(12) + 'torch ns/val'.padStart(14) + 'TS/torch'.padStart(10)
    + 'TS cpu'.padStart(10) + 'torch cpu'.padStart(11) + 'cpu ratio'.padStart(11));
  const rows = calls.map(([name], i) => ({ name, ts: ts[i], torch: th?.[0][i] ?? null, tsCpu: tsCpu[i], torchCpu: th?.[1][i] ?? null, load }));
  const relaxed = relaxedRandnInChild(n, reps);
  const randn = calls.findIndex((c) => c[1] === 'torch.randn(n)');
  if (relaxed !== null) {
    rows.splice(randn + 1, 0, { name: 'randn(n) (AVX2, relaxed, V8 flag)', ts: relaxed[0], torch: th?.[0][randn] ?? null,
      tsCpu: relaxed[1], torchCpu: th?.[1][randn] ?? null, load });
  }
  const f = (x) => (x == null ? 'n/a' : x.toFixed(2));
  for (const r of rows) {
    console.log(`  ${r.name}`.padEnd(36) + f(r.ts).padStart(12) + f(r.torch).padStart(14) + (r.torch == null ? 'n/a' : f(r.ts / r.torch)).padStart(10)
      + f(r.tsCpu).padStart(10) + f(r.torchCpu).padStart(11) + (r.torchCpu == null ? 'n/a' : f(r.tsCpu / r.torchCpu)).padStart(11));
  }
  if (relaxed !== null) console.log(`  (the relaxed row: a child Node with ${RELAXED_FLAG}, which engines with relaxed SIMD do not need)`);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runTorchBench();
