#!/usr/bin/env node
// A/B timing of pow in one process: the WebAssembly module and TypeScript pow of the working tree
// against older copies given on the command line (a pow_wasm_bytes.ts and a pow.ts, e.g. from
// `git show`), on the input ranges of scripts/bench_math.mjs plus two harder ones. CPU time per call,
// median of interleaved rounds.
// usage: node scripts/bench_math_pow.mjs [old_pow_wasm_bytes.ts old_pow.ts]
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const N = 200_000;
const ROUNDS = 9;

/** pow's wasm loader and TypeScript pow, bundled from src/math with the given files swapped in. */
async function variant(wasmBytes, powTs) {
  const dir = mkdtempSync(join(tmpdir(), 'bench_pow_'));
  const entry = `import { loadPow } from '${join(ROOT, 'src/math/wasm/math_wasm.ts')}';
import { pow } from '${join(ROOT, 'src/math/pow.ts')}';
export const wasm = loadPow(); export const ts = pow;`;
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
