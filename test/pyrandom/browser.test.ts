// numpy-random/pyrandom must bundle for browsers without Node built-ins and run in a bare JS
// context with only Web Crypto (the hidden global instance seeds itself from it at load).
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

describe('pyrandom browser bundle', () => {
  it('bundles src/pyrandom/index.ts and reproduces CPython in a bare context', async () => {
    const r = await build({
      entryPoints: ['src/pyrandom/index.ts'], bundle: true, platform: 'browser', format: 'iife',
      globalName: 'pyr', write: false, logLevel: 'silent',
    });
    const code = r.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:/);
    const ctx: Record<string, unknown> = { crypto: globalThis.crypto };
    runInNewContext(`${code}
      pyr.seed(42); globalThis.a = pyr.random();
      pyr.seed('hello'); globalThis.b = pyr.random();
      globalThis.fresh = new pyr.Random().random();`, ctx);
    expect(ctx.a).toBe(0.6394267984578837);
    expect(ctx.b).toBe(0.3537754404730722); // CPython 3.11: random.seed('hello'); random.random()
    expect(typeof ctx.fresh).toBe('number');
  });
});
