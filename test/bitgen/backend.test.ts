// Which backend this run uses: the 'ts' vitest project must really run the TypeScript twins.
import { expect, it } from 'vitest';
import { kernels } from '../../src/bitgen/kernels.js';
import { mathWasm } from '../../src/math/wasm/backend.js';

it(`runs the ${process.env.NUMPY_RANDOM_BACKEND === 'ts' ? 'pure-TS' : 'WebAssembly'} backend`, () => {
  const ts = process.env.NUMPY_RANDOM_BACKEND === 'ts';
  expect(kernels().backend).toBe(ts ? 'ts' : 'wasm');
  expect(mathWasm() === null).toBe(ts);
});
