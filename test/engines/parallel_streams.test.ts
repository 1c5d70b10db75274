// examples/parallel_streams.mjs (worker_threads + SeedSequence.spawn) gives numpy's numbers for
// the same spawn tree (test/engines/parallel_streams.json, scripts/engines/parallel_golden.py).
// The example imports 'numpy-random'; here it is bundled against src/ so no build is needed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('four worker threads reproduce numpy\'s four spawned streams', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'par-')), 'parallel_streams.mjs');
  await build({
    entryPoints: [join(__dirname, '../../examples/parallel_streams.mjs')], bundle: true, platform: 'node', format: 'esm',
    outfile: out, alias: { 'numpy-random': join(__dirname, '../../src/index.ts') }, logLevel: 'silent',
  });
  const r = spawnSync(process.execPath, [out, '--json'], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  const got = JSON.parse(r.stdout) as unknown[];
  const want = (JSON.parse(readFileSync(join(__dirname, 'parallel_streams.json'), 'utf8')) as { results: unknown[] }).results;
  expect(got).toEqual(want);
});
