// Times random_raw(10**7) and a 10**7 next_double fill (Generator.random's path) for every bit
// generator, beside numpy's same calls run by python3 in this process tree, and prints ns/value
// and the TS/numpy ratio. PCG64 and PCG64DXSM are timed on both kernels (WebAssembly, pure TS).
// Usage: npx tsc -p tsconfig.build.json && node scripts/bench_bitgens.mjs [n]
import { spawnSync } from 'node:child_process';
import { MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../dist/index.js';
import { setKernelBackend } from '../dist/bitgen/kernels.js';

const N = Number(process.argv[2] ?? 1e7);
const REPS = 5;

function best(fn) {
  let t = Infinity;
  for (let r = 0; r < REPS; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    t = Math.min(t, Number(process.hrtime.bigint() - t0));
  }
  return t / N;
}

function timeTs(Ctor) {
  const bg = new Ctor(12345);
  const out = new Float64Array(N);
  bg.random_raw(1000);
  return {
    raw: best(() => bg.random_raw(N)),
    skip: best(() => bg.random_raw(N, false)),
    double: best(() => bg.fill_double(out, 0, N)),
  };
}

const PY = `
import sys, time, json
import numpy as np
n = int(sys.argv[1]); reps = int(sys.argv[2])
def best(f):
    t = float('inf')
    for _ in range(reps):
        t0 = time.perf_counter_ns(); f(); t = min(t, time.perf_counter_ns() - t0)
    return t / n
res = {}
for name in ['PCG64', 'PCG64DXSM', 'Philox', 'SFC64', 'MT19937']:
    bg = getattr(np.random, name)(12345)
    g = np.random.Generator(bg)
    out = np.empty(n)
    res[name] = {'raw': best(lambda: bg.random_raw(n)), 'skip': best(lambda: bg.random_raw(n, output=False)),
                 'double': best(lambda: g.random(out=out))}
print(json.dumps(res))
`;

// numpy is timed before and after the TS runs and the better figure kept, so a busy machine
// penalises both sides alike as far as possible.
function numpyTimes() {
  const py = spawnSync('python3', ['-c', PY, String(N), String(REPS)], { encoding: 'utf8' });
  if (py.status !== 0) {
    console.log(`numpy timings unavailable: ${py.stderr || py.error}`);
    return null;
  }
  return JSON.parse(py.stdout);
}
const npBefore = numpyTimes();

const rows = [];
const gens = { PCG64, PCG64DXSM, Philox, SFC64, MT19937 };
for (const [name, Ctor] of Object.entries(gens)) {
  const kernels = name !== 'MT19937';
  for (const backend of kernels ? ['wasm', 'ts'] : ['ts']) {
    if (kernels && setKernelBackend(backend) !== backend) continue;
    const t = timeTs(Ctor);
    rows.push({ name: kernels ? `${name} (${backend})` : name, base: name, ...t });
  }
}
setKernelBackend('wasm');
const npAfter = npBefore === null ? null : numpyTimes();
const np = npBefore === null || npAfter === null ? null : Object.fromEntries(Object.keys(npBefore).map((k) => [k,
  Object.fromEntries(Object.keys(npBefore[k]).map((m) => [m, Math.min(npBefore[k][m], npAfter[k][m])]))]));

// random_raw(n) returns a fresh n*8-byte array; on hosts where first-touch page faults are slow
// (numpy sidesteps them with transparent huge pages), that cost alone is shown here.
const touch = best(() => new Uint32Array(new BigUint64Array(N).buffer).fill(1));

const f = (x) => x.toFixed(2).padStart(7);
console.log(`n = ${N}, best of ${REPS}; ns/value (TS / numpy = ratio)`);
console.log('generator            random_raw(n)                   random_raw(n, output=False)     next_double fill (Generator.random(out=))');
for (const r of rows) {
  const n = np?.[r.base];
  const cell = (ts, ref) => `${f(ts)} / ${ref === undefined ? '   n/a' : f(ref)} = ${ref === undefined ? 'n/a' : (ts / ref).toFixed(2)}`;
  console.log(`${r.name.padEnd(20)} ${cell(r.raw, n?.raw).padEnd(31)} ${cell(r.skip, n?.skip).padEnd(31)} ${cell(r.double, n?.double)}`);
}
console.log(`allocating and first touching a fresh BigUint64Array(${N}) alone: ${touch.toFixed(2)} ns/value`);
