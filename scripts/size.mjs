// Prints the minified + gzipped size (esbuild, then gzip -9) of what a bundler keeps for a few
// typical imports of the built package (dist/). Run `npm run build` first (npm run size does).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The ESM file each subpath of package.json's exports map resolves to. */
function entryOf(sub) {
  const e = pkg.exports[sub];
  const target = typeof e === 'string' ? e : e.import ?? e.default;
  return join(root, typeof target === 'string' ? target : target.default);
}

const subpaths = Object.keys(pkg.exports).filter((k) => !k.includes('*') && k !== './package.json' && !k.endsWith('/node'));
const cases = [
  ["import { default_rng } from 'numpy-random'", `export { default_rng } from ${JSON.stringify(entryOf('.'))};`],
  ["import { seed, rand } from 'numpy-random'", `export { seed, rand } from ${JSON.stringify(entryOf('.'))};`],
  ["import { log } from 'numpy-random/math'", `export { log } from ${JSON.stringify(entryOf('./math'))};`],
  [`the whole package (${subpaths.join(', ')})`,
    subpaths.map((s, i) => `export * as m${i} from ${JSON.stringify(entryOf(s))};`).join('\n')],
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('min      gzip     import');
for (const [label, contents] of cases) {
  const r = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'error',
  });
  const code = r.outputFiles[0].contents;
  console.log(`${kb(code.length).padEnd(9)}${kb(gzipSync(code, { level: 9 }).length).padEnd(9)}${label}`);
}
