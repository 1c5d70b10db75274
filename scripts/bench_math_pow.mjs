#!/usr/bin/env node
// A/B timing of pow in one process: the WebAssembly module and TypeScript pow of the working tree
// against older copies given on the command line (a pow_wasm_bytes.ts and a pow.ts, e.g. from
// `git show`), on the input ranges of scripts/bench_math.mjs plus two harder ones. CPU time per call,
// median of interleaved rounds.
// usage: node scripts/bench_math_pow.mjs [old_pow_wasm_bytes.ts old_pow.ts]
//        node scripts/bench_math_pow.mjs --count [--cases out.bin]
// --count runs an instrumented copy of the TypeScript pow (the wasm twin makes the same checks)
// over 10^6 draws of each input family and reports how often each fast-path check fails (and the
// exact fused code runs); --cases also writes, as (x, y) pairs for scripts/libm_oracle.py
// --golden-pow, inputs where a check failed, where plain unfused values would be wrong (up to 60
// per family), where the result lies within 2^-20 ulp of a rounding boundary, and 40 plain draws
// per family.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const N = 200_000;
const ROUNDS = 9;

/** pow's wasm loader and TypeScript pow, bundled from src/math with the given files swapped in. */
async function variant(wasmBytes, powTs) {
  const dir = mkdtempSync(join(tmpdir(), 'bench_pow_'));
  const entry = `import { loadPow } from '${join(ROOT, 'src/math/wasm/math_wasm.ts')}';
import { pow } from '${join(ROOT, 'src/math/pow.ts')}';
const w = loadPow(); // (older loaders returned the function itself)
export const wasm = typeof w === 'function' ? w : w?.fn; export const ts = pow;`;
  const plugins = [{
    name: 'swap',
    setup(b) {
      // the old file is read from its path but resolves its imports from the file it replaces
      const swap = (filter, file, dir) => {
        b.onResolve({ filter }, () => ({ path: resolve(file), namespace: 'old', pluginData: dir }));
      };
      if (wasmBytes) swap(/pow_wasm_bytes\.js$/, wasmBytes, join(ROOT, 'src/math/wasm'));
      if (powTs) swap(/^\.\/pow\.js$|src\/math\/pow\.ts$/, powTs, join(ROOT, 'src/math'));
      b.onLoad({ filter: /.*/, namespace: 'old' }, (a) => ({
        contents: readFileSync(a.path, 'utf8'), resolveDir: a.pluginData, loader: 'ts',
      }));
    },
  }];
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', write: false, plugins,
    resolveExtensions: ['.ts', '.js'],
  });
  rmSync(dir, { recursive: true, force: true });
  return import('data:text/javascript,' + encodeURIComponent(out.outputFiles[0].text));
}

let seed = 12345;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  const a = seed;
  seed = (seed * 1103515245 + 12345) >>> 0;
  return ((a >>> 5) * 67108864 + (seed >>> 6)) / 9007199254740992;
};
const pairs = (fx, fy) => {
  const x = new Float64Array(N), y = new Float64Array(N);
  for (let i = 0; i < N; i++) { x[i] = fx(); y[i] = fy(); }
  return { x, y };
};
const CASES = [
  ['u01^(1/(0.05+10u))', pairs(() => 1 - rnd(), () => 1 / (0.05 + 10 * rnd()))],
  ['(0,50)^(0.1,10)', pairs(() => 50 * (1 - rnd()), () => 0.1 + 9.9 * rnd())],
  ['near1^(+-1e4)', pairs(() => 1 + (rnd() - 0.5) * 0.02, () => (rnd() - 0.5) * 2e4)],
];

let id = 0;
const loop = () => new Function('fn', 'x', 'y', 'n', `// ${id++}\nlet a = 0; for (let i = 0; i < n; i++) a += fn(x[i], y[i]); return a;`);
const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };

/** The TypeScript pow with counters at its checks (global __hit(kind) calls). */
const COUNTING = [
    [/let slow = false;/, 'let slow = false; __hit("calls");'],
    [/else slow = true;/, 'else { slow = true; __hit("lhi"); }'],
    [/    slow = true;\n  \}\n\}/, '    slow = true; __hit("er");\n  }\n}'],
    [/etmp !== u1 \+ \(p2 - d2\)\) \{/, 'etmp !== u1 + (p2 - d2)) { __hit("tmp");'],
    [/  const t2x = t \+ t;\n  if \(t !== 0 && res/, '  const t2x = t + t;\n  __near(res, t);\n  if (t !== 0 && res'],
];
/** The TypeScript pow with plain unfused values in place of the checked ones (finds the inputs that need the checks). */
const UNCHECKED = [
  [/lhi = hi0 \+ \(lo \+ \(blo \+ blo\)\);\n      if \(lhi === hi0 \+ \(lo - \(blo \+ blo\)\)\)/, 'lhi = hi0 + lo;\n      if (true)'],
  [/const era = er \+ \(elo \+ d\);\n  return era === er \+ \(elo - d\) \? era : NaN;/, 'return er + elo;'],
  [/const u1 = c0 \+ \(p1 \+ d1\);/, 'const u1 = c0 + p1;'],
  [/let etmp = u1 \+ \(p2 \+ d2\);\n  if \(u1 !== c0 \+ \(p1 - d1\) \|\| etmp !== u1 \+ \(p2 - d2\)\)/, 'let etmp = u1 + p2;\n  if (false)'],
];
async function instrumented(edits) {
  const out = await build({
    entryPoints: [join(ROOT, 'src/math/pow.ts')], bundle: true, format: 'esm', write: false,
    plugins: [{
      name: 'count',
      setup(b) {
        b.onLoad({ filter: /src\/math\/pow\.ts$/ }, (a) => {
          let src = readFileSync(a.path, 'utf8');
          for (const [re, to] of edits) {
            if (!re.test(src)) throw new Error(`--count: ${re} not found in pow.ts`);
            src = src.replace(re, to);
          }
          return { contents: src, loader: 'ts' };
        });
      },
    }],
  });
  return (await import('data:text/javascript,' + encodeURIComponent(out.outputFiles[0].text))).pow;
}

async function count(casesFile) {
  const pow = await instrumented(COUNTING);
  const unchecked = await instrumented(UNCHECKED);
  const B = new BigUint64Array(2), D = new Float64Array(B.buffer);
  const differ = (a, b) => { D[0] = a; D[1] = b; return B[0] !== B[1] && !(a !== a && b !== b); };
  const r = Math.random;
  const anyD = (lo, hi) => 2 ** (lo + Math.floor(r() * (hi - lo + 1))) * (1 + r());
  const families = {
    'U^(1/(0.05+10u))': () => [1 - r(), 1 / (0.05 + 10 * r())],
    '(0,50)^(0.1,10)': () => [50 * (1 - r()), 0.1 + 9.9 * r()],
    '(0,50)^(-20,20)': () => [50 * (1 - r()), 40 * r() - 20],
    'random x^(-3,3)': () => [anyD(-1022, 1023), 6 * r() - 3],
    '2^(-5..5)^+-2^(-70..64)': () => [anyD(-5, 5), (r() < 0.5 ? -1 : 1) * anyD(-70, 64)],
    '-x^int(-300,300)': () => [-anyD(-10, 10), Math.floor(600 * r()) - 300],
    '(1+-1e-3)^2^(0..62)': () => [1 + (r() - 0.5) * 2e-3, anyD(0, 62)],
    '(1+-1e-2)^(+-1e4)': () => [1 + (r() - 0.5) * 0.02, (r() - 0.5) * 2e4],
    '(1+-5e-3)^(+-1e5)': () => [1 + (r() - 0.5) * 0.01, (r() - 0.5) * 2e5],
    // lo's bound is widest against lhi's ulp at the ends of the interval around 1
    '(1+-(4.5..5.2)e-3)^+-(1e2..3e3)': () => [1 + (r() < 0.5 ? -1 : 1) * (0.0045 + 0.0007 * r()),
      (r() < 0.5 ? -1 : 1) * (100 + 2900 * r())],
  };
  const F = new Float64Array(1), W = new Uint32Array(F.buffer);
  const keep = [];
  let cur = [0, 0], hits = {};
  const kept = {};
  globalThis.__hit = (k) => {
    hits[k] = (hits[k] ?? 0) + 1;
    if (k !== 'calls' && (kept[k] = (kept[k] ?? 0) + 1) <= 100) keep.push(cur);
  };
  globalThis.__near = (res, t) => {
    F[0] = res;
    W[0] = 0;
    W[1] &= 0x7ff00000; // 2^e <= |res|: ulp = 2^e * 2^-52
    const off = Math.abs(Math.abs(t) / (F[0] * 2 ** -52) - 0.5);
    if (off < 2 ** -20 && (kept.near = (kept.near ?? 0) + 1) <= 200) keep.push(cur);
  };
  const N = 1_000_000;
  for (const [name, gen] of Object.entries(families)) {
    hits = {};
    for (let i = 0; i < N; i++) {
      cur = gen();
      if (i < 40) keep.push(cur); // plain draws of each family too
      const v = pow(cur[0], cur[1]);
      if (casesFile && differ(v, unchecked(cur[0], cur[1])) && (kept[`wrong ${name}`] = (kept[`wrong ${name}`] ?? 0) + 1) <= 60) keep.push(cur);
    }
    const c = hits.calls ?? 0;
    const pct = (k) => `${k} ${hits[k] ?? 0} (${(100 * (hits[k] ?? 0) / c).toFixed(3)}%)`;
    console.log(`${name.padEnd(26)} fast-path entries ${c}; checks failed: ${['lhi', 'er', 'tmp'].map(pct).join(', ')}`);
  }
  if (casesFile) {
    writeFileSync(casesFile, new Float64Array(keep.flat()));
    console.log(`wrote ${keep.length} (x, y) pairs to ${casesFile}`);
  }
}

if (process.argv[2] === '--count') {
  await count(process.argv[3] === '--cases' ? process.argv[4] : undefined);
  process.exit(0);
}

const [oldW, oldT] = process.argv.slice(2);
const cur = await variant(null, null);
const old = oldW ? await variant(oldW, oldT) : null;
const fns = [['wasm', cur.wasm], ['ts', cur.ts]];
if (old) fns.push(['wasm old', old.wasm], ['ts old', old.ts]);
console.log(`ns per call (CPU time, median of ${ROUNDS} interleaved rounds of ${N})`);
for (const [name, { x, y }] of CASES) {
  const runs = fns.map(() => loop());
  const t = fns.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    fns.forEach(([, fn], j) => {
      const t0 = cpu();
      runs[j](fn, x, y, N);
      t[j].push((cpu() - t0) * 1000 / N);
    });
  }
  const med = (a) => a.sort((p, q) => p - q)[a.length >> 1];
  console.log(`${name.padEnd(22)} ` + fns.map(([n], j) => `${n} ${med(t[j]).toFixed(1)}`).join('  '));
}
