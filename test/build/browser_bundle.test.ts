// The package must bundle for browsers without Node built-ins and run in a bare JS context.
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

describe('browser bundle', () => {
  it('bundles src/index.ts for the browser platform and runs with only Web Crypto', async () => {
    const r = await build({
      entryPoints: ['src/index.ts'], bundle: true, platform: 'browser', format: 'iife',
      globalName: 'npr', write: false, logLevel: 'silent',
    });
    const code = r.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);
    const ctx: Record<string, unknown> = { crypto: globalThis.crypto, console };
    runInNewContext(`${code}\nnpr.seed(42); globalThis.out = Array.from(npr.rand(3)); globalThis.fresh = npr.randint(0, 10);`, ctx);
    expect(ctx.out).toEqual([0.3745401188473625, 0.9507143064099162, 0.7319939418114051]);
    expect(typeof ctx.fresh).toBe('number');
  });
  it('bundles the numpy-random/math entry too', async () => {
    const r = await build({ entryPoints: ['src/math/index.ts'], bundle: true, platform: 'browser', write: false, logLevel: 'silent' });
    expect(r.outputFiles[0]!.text.length).toBeGreaterThan(0);
  });
});
