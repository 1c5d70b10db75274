// Type-checks test/types against the built package as a user's project sees it: a temporary
// project whose node_modules/numpy-random links to this checkout (so the exports map, the
// typesVersions and the dist/ declarations are what resolve), compiled strict with
// skipLibCheck off by the current TypeScript and by TypeScript 5.0 (devDependency
// typescript-5.0), under nodenext (ESM and CommonJS files), bundler, and node10 resolution.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const compilers = [
  ['current', require.resolve('typescript/bin/tsc'), require('typescript/package.json').version],
  ['5.0', require.resolve('typescript-5.0/bin/tsc'), require('typescript-5.0/package.json').version],
];
const strict = { strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['es2022'], noUnusedLocals: false };
const configs = {
  nodenext: { compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext' }, files: ['pins.ts', 'cjs.cts'] },
  bundler: { compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' }, files: ['pins.ts'] },
  node10: { compilerOptions: { ...strict, module: 'commonjs', moduleResolution: 'node' }, files: ['pins.ts'] },
};

const dir = mkdtempSync(join(tmpdir(), 'numpy-random-types-'));
let failed = 0;
try {
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'numpy-random'), 'dir');
  cpSync(join(root, 'test', 'types'), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  for (const [name, config] of Object.entries(configs)) {
    writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
    for (const [label, tsc, version] of compilers) {
      try {
        execFileSync(process.execPath, [tsc, '-p', join(dir, `tsconfig.${name}.json`)], { cwd: dir, stdio: 'pipe' });
        console.log(`ok    TypeScript ${version} (${label}), ${name}`);
      } catch (e) {
        failed++;
        console.log(`FAIL  TypeScript ${version} (${label}), ${name}\n${e.stdout}${e.stderr}`);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed === 0 ? 0 : 1);
