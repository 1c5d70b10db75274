// Times random_raw(10**7) and a 10**7 next_double fill (Generator.random's path) for every bit
// generator, beside numpy's same calls run by python3 in this process tree, and prints ns/value
// and the TS/numpy ratio. PCG64 and PCG64DXSM are timed on both kernels (WebAssembly, pure TS).
// Usage: npx tsc -p tsconfig.build.json && node scripts/bench_bitgens.mjs [n]
import { MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../dist/index.js';
import { setKernelBackend } from '../dist/bitgen/kernels.js';
import { timeNumpy, timeTs } from './bench_lib.mjs';

const N = Number(process.argv[2] ?? 1e7);
const REPS = 5;

const best = (fn) => timeTs(fn, N, REPS);

function timeBitgen(Ctor) {
  const bg = new Ctor(12345);
  const out = new Float64Array(N);
  bg.random_raw(1000);
  return {
    raw: best(() => bg.random_raw(N)),
    skip: best(() => bg.random_raw(N, false)),
    double: best(() => bg.fill_double(out, 0, N)),
  };
}

const NAMES = ['PCG64', 'PCG64DXSM', 'Philox', 'SFC64', 'MT19937'];
const METHODS = { raw: 'bgs[{}].random_raw(n)', skip: 'bgs[{}].random_raw(n, output=False)', double: 'gs[{}].random(out=out)' };
const PY_SETUP = `
n = ${N}
bgs = {k: getattr(np.random, k)(12345) for k in ${JSON.stringify(NAMES)}}
gs = {k: np.random.Generator(bg) for k, bg in bgs.items()}
out = np.empty(n)
`;

// numpy is timed before and after the TS runs and the better figure kept, so a busy machine
// penalises both sides alike as far as possible.
function numpyTimes() {
  const exprs = [];
  for (const name of NAMES) for (const m of Object.values(METHODS)) exprs.push(m.replace('{}', JSON.stringify(name)));
  const t = timeNumpy(PY_SETUP, exprs, N, REPS);
  if (t === null) return null;
  let i = 0;
  return Object.fromEntries(NAMES.map((name) => [name, Object.fromEntries(Object.keys(METHODS).map((m) => [m, t[i++]]))]));
}
const npBefore = numpyTimes();

const rows = [];
const gens = { PCG64, PCG64DXSM, Philox, SFC64, MT19937 };
for (const [name, Ctor] of Object.entries(gens)) {
  const kernels = name !== 'MT19937';
  for (const backend of kernels ? ['wasm', 'ts'] : ['ts']) {
    if (kernels && setKernelBackend(backend) !== backend) continue;
    const t = timeBitgen(Ctor);
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
