// The package build: ES modules, declarations and source maps with tsc (dist/), the
// declarations made readable by TypeScript 5.0-5.6 (see plainTypedArrays), then a CommonJS
// twin of every module with esbuild (dist/cjs/, its own package.json says "commonjs") so
// `require` works for every subpath of the exports map without Node's require(esm).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkExports } from './exports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cjs = join(dist, 'cjs');

/** Every file under dir, recursively. */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * TypeScript >= 5.7 writes inferred typed arrays as `Float64Array<ArrayBuffer>`; older
 * versions have no type parameter there and reject the whole file. Every typed array this
 * package returns owns a plain ArrayBuffer, so the parameter carries nothing users need.
 */
export function plainTypedArrays(dts) {
  return dts.replace(
    /\b((?:Big)?(?:Int|Uint|Float)(?:8|16|32|64)(?:Clamped)?Array)<(?:ArrayBufferLike|ArrayBuffer)>/g, '$1');
}

const problems = checkExports();
if (problems.length > 0) {
  console.error(`package.json exports are not in the generated form:\n  ${problems.join('\n  ')}\nrun: node scripts/exports.mjs`);
  process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

const files = walk(dist);
for (const f of files.filter((p) => p.endsWith('.d.ts'))) writeFileSync(f, plainTypedArrays(readFileSync(f, 'utf8')));

// CommonJS: one output per module (not one bundle per subpath), so every subpath shares one
// copy of each module's state (the global RandomState, the backend choice) as the ES build does.
const sources = walk(join(root, 'src')).filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'));
await build({
  entryPoints: sources, outdir: cjs, outbase: join(root, 'src'), format: 'cjs', platform: 'neutral',
  target: 'es2022', sourcemap: true, logLevel: 'warning',
});
writeFileSync(join(cjs, 'package.json'), '{ "type": "commonjs" }\n');
// The declarations again beside the CommonJS files, where TypeScript reads them as CommonJS.
for (const f of walk(dist).filter((p) => p.endsWith('.d.ts') && !p.startsWith(cjs + '/'))) {
  const target = join(cjs, relative(dist, f));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(f, target);
}
console.log(`built dist/ (${sources.length} modules, ES and CommonJS)`);
