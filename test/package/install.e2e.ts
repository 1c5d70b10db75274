// The package as users get it: `npm pack` lists only what users need; `npm i <tarball>` and
// `npm i git+file://<clone>` into fresh projects give a package whose every subpath of the
// exports map loads with `import` and with `require`, with the same exports and the same draws.
// Needs a current build (npm run test:package builds first); installs prefer npm's cache and
// fetch what it lacks (a fresh machine has the lockfile's tarballs cached but not the registry's
// metadata that installing a tarball's dependency ranges needs).
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string; version: string; exports: Record<string, unknown>;
};
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const specifier = (sub: string): string => (sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2)}`);
// asynchronous, so the long installs do not block the test worker
const run = promisify(execFile);
const npm = async (args: string[], cwd: string): Promise<string> =>
  (await run('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 })).stdout;
const tmp: string[] = [];
const mkTmp = (tag: string): string => {
  const d = mkdtempSync(join(tmpdir(), `numpy-random-${tag}-`));
  tmp.push(d);
  return d;
};

/** What one subpath exports, seen through import and through require, from a consumer project. */
function loadBoth(project: string, sub: string): { esm: string[]; cjs: string[] } {
  const spec = JSON.stringify(specifier(sub));
  const esm = execFileSync(process.execPath, ['--input-type=module', '-e',
    `const m = await import(${spec}); console.log(JSON.stringify(Object.keys(m).sort()))`], { cwd: project, encoding: 'utf8' });
  const cjs = execFileSync(process.execPath, ['-e',
    `const m = require(${spec}); console.log(JSON.stringify(Object.keys(m).filter((k) => k !== '__esModule').sort()))`],
  { cwd: project, encoding: 'utf8' });
  return { esm: JSON.parse(esm) as string[], cjs: JSON.parse(cjs) as string[] };
}

/** The same draws through both module systems: the facade, a Generator, the math functions. */
function drawsBoth(project: string): { esm: string; cjs: string } {
  const body = (m: string, math: string) =>
    `${m}.seed(5); const a = ${m}.rand(3); const g = ${m}.default_rng(42);` +
    `const b = g.normal(0, 1, 3); const c = g.integers(0, 1000, undefined, 'int64');` +
    `console.log(JSON.stringify([...a, ...b, String(c), ${math}.log(3), ${math}.cos(1e6), ${math}.acos(0.3)]))`;
  const esm = execFileSync(process.execPath, ['--input-type=module', '-e',
    `import * as np from 'numpy-random'; import * as math from 'numpy-random/math'; ${body('np', 'math')}`], { cwd: project, encoding: 'utf8' });
  const cjs = execFileSync(process.execPath, ['-e',
    `const np = require('numpy-random'); const math = require('numpy-random/math'); ${body('np', 'math')}`], { cwd: project, encoding: 'utf8' });
  return { esm, cjs };
}

function consumer(): string {
  const dir = mkTmp('consumer');
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true }\n');
  return dir;
}

function checkInstalled(project: string): void {
  for (const sub of subpaths) {
    const { esm, cjs } = loadBoth(project, sub);
    expect(esm.length, sub).toBeGreaterThan(0);
    expect(cjs, sub).toEqual(esm);
  }
  const { esm, cjs } = drawsBoth(project);
  expect(cjs).toBe(esm);
  // the values numpy gives: np.random.seed(5); rand(3), default_rng(42).normal(0, 1, 3), ...
  const v = JSON.parse(esm) as (number | string)[];
  expect(v[0]).toBe(0.22199317108973948);
  expect(v[3]).toBe(0.30471707975443135);
}

let tarball = '';
beforeAll(async () => {
  const out = mkTmp('pack');
  const json = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', out], root);
  tarball = join(out, (JSON.parse(json) as { filename: string }[])[0]!.filename);
});
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships dist (ES, CommonJS, declarations, source maps), LICENSE, NOTICE, README, CHANGELOG and nothing else', async () => {
    const json = await npm(['pack', '--dry-run', '--ignore-scripts', '--json'], root);
    const files = (JSON.parse(json) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const f of ['LICENSE', 'NOTICE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.d.ts',
      'dist/index.js.map', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json', 'dist/math/index.js']) {
      expect(files, f).toContain(f);
    }
    const extra = files.filter((f) => !f.startsWith('dist/') && !['LICENSE', 'NOTICE', 'README.md', 'CHANGELOG.md', 'package.json'].includes(f));
    expect(extra).toEqual([]);
    expect(files.filter((f) => /\.test\.|^dist\/.*\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    const map = JSON.parse(readFileSync(join(root, 'dist', 'index.js.map'), 'utf8')) as { sourcesContent?: string[] };
    expect(map.sourcesContent?.[0]).toContain('export'); // sources inlined: src/ is not shipped
  });
});

describe('installed from the tarball', () => {
  it('imports and requires every subpath, with the same exports and draws', async () => {
    const project = consumer();
    await npm(['install', tarball], project);
    checkInstalled(project);
  });
});

describe('installed from git', () => {
  it('builds on install (prepare) and imports and requires every subpath', async () => {
    const clone = mkTmp('clone');
    await run('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    const project = consumer();
    await npm(['install', `git+file://${clone}`], project);
    checkInstalled(project);
  });
});
