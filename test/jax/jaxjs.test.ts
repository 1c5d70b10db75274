// Cross-check of the default (partitionable) layout against @jax-js/jax, an independent JS port of
// jax.random, where it claims JAX's bits: key, split, 32-bit bits, uniform on [0, 1), bernoulli.
// Skips (saying so) when the package cannot be loaded.
import { describe, expect, it } from 'vitest';
import * as J from '../../src/jax/index.js';

interface JsArray { ref: JsArray; data(): Promise<ArrayLike<number>> }
interface JaxJs {
  random: {
    key(seed: number): JsArray;
    split(k: JsArray, n: number): JsArray;
    bits(k: JsArray, shape: number[]): JsArray;
    uniform(k: JsArray, shape: number[]): JsArray;
    bernoulli(k: JsArray, p: number, shape: number[]): JsArray;
  };
}

let lib: JaxJs | null = null;
let why = '';
try {
  lib = (await import('@jax-js/jax')) as unknown as JaxJs;
} catch (e) {
  why = String(e);
  console.warn(`@jax-js/jax cross-check skipped: ${why}`);
}

const A = (x: ArrayLike<number | bigint | boolean>): number[] => Array.from(x, Number);
const SEEDS = [0, 1, 42, 1701, 123456789, 2 ** 31 - 1, -1];

describe.skipIf(lib === null)(`@jax-js/jax cross-check${lib === null ? ` (skipped: @jax-js/jax did not load: ${why})` : ''}`, () => {
  it.each(SEEDS)('seed %d: key, split, bits, uniform, bernoulli', async (seed) => {
    const R = lib!.random;
    const ours = J.key(seed);
    const theirs = R.key(seed);
    expect(A(await theirs.ref.data())).toEqual(A(ours));
    expect(A(await R.split(theirs.ref, 5).data())).toEqual(A(J.split(ours, 5)));
    expect(A(await R.bits(theirs.ref, [37]).data())).toEqual(A(J.bits(ours, [37])));
    expect(A(await R.uniform(theirs.ref, [4, 9]).data())).toEqual(A(J.uniform(ours, [4, 9])));
    expect(A(await R.bernoulli(theirs.ref, 0.3, [41]).data())).toEqual(A(J.bernoulli(ours, 0.3, [41])));
  });
});
