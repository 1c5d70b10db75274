// Builds the conformance bundle: test/engines/bundle.ts as one ES module for browsers, Node,
// Bun and Deno alike (no Node built-ins), into .engines/bundle.mjs.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT_DIR = join(ROOT, '.engines');
export const BUNDLE = join(OUT_DIR, 'bundle.mjs');

export async function buildBundle() {
  mkdirSync(OUT_DIR, { recursive: true });
  const r = await build({
    entryPoints: [join(ROOT, 'test/engines/bundle.ts')], bundle: true, format: 'esm', platform: 'browser',
    target: 'es2022', outfile: BUNDLE, logLevel: 'warning', metafile: true,
  });
  const inputs = Object.keys(r.metafile.inputs);
  const nodeOnly = inputs.filter((f) => f.startsWith('node:') || f.includes('src/cli/main') || f.includes('src/cli/check'));
  if (nodeOnly.length) throw new Error(`the bundle pulls in Node-only code: ${nodeOnly.join(', ')}`);
  return BUNDLE;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await buildBundle());
}
