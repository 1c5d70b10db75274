// The bit generators bundle for browsers and run in a bare JS context, on the WebAssembly
// kernels where the context has WebAssembly and on the TS fallback where it does not.
import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import { MT19937, PCG64, PCG64DXSM, Philox, SFC64 } from '../../src/index.js';

const ENTRY = `
import { PCG64, PCG64DXSM, Philox, SFC64, MT19937 } from './src/index.ts';
import { kernels } from './src/bitgen/kernels.ts';
const gens = { PCG64, PCG64DXSM, Philox, SFC64, MT19937 };
globalThis.result = {
  backend: kernels().backend,
  raw: Object.fromEntries(Object.entries(gens).map(([k, C]) => {
    const bg = new C(20240601);
    const d = new Float64Array(100);
    bg.fill_double(d);
    return [k, [...bg.random_raw(300)].map(String).concat([...d].map(String))];
  })),
};
`;

it('bundles for the browser and gives the same streams with and without WebAssembly', async () => {
  const r = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent',
  });
  const code = r.outputFiles[0]!.text;
  expect(code).not.toMatch(/require\(["']node:/);
  const want = Object.fromEntries(Object.entries({ PCG64, PCG64DXSM, Philox, SFC64, MT19937 }).map(([k, C]) => {
    const bg = new C(20240601);
    const d = new Float64Array(100);
    bg.fill_double(d);
    return [k, [...(bg.random_raw(300) as BigUint64Array)].map(String).concat([...d].map(String))];
  }));
  for (const withWasm of [true, false]) {
    const ctx: Record<string, unknown> = { crypto: globalThis.crypto, console };
    if (!withWasm) ctx.WebAssembly = undefined; // a vm context has its own WebAssembly otherwise
    runInNewContext(code, ctx);
    const res = ctx.result as { backend: string; raw: Record<string, string[]> };
    expect(res.backend).toBe(withWasm ? 'wasm' : 'ts');
    expect(res.raw).toEqual(want);
  }
});
