import { afterEach, describe, expect, it } from 'vitest';
import { OverflowError, ValueError } from '../../src/core/errors.js';
import * as J from '../../src/jax/index.js';
import { threefryKernel } from '../../src/jax/threefry.js';

const { config, key, PRNGKey, split, fold_in, bits, key_data, wrap_key_data, threefry2x32 } = J;
const A = (x: ArrayLike<number | bigint>): (number | bigint)[] => Array.from(x);
const legacy = (): void => config.update('jax_threefry_partitionable', false);
afterEach(() => config.reset());

describe('threefry2x32 (Random123 known answers)', () => {
  it.each([
    [[0, 0], [0, 0], [0x6b200159, 0x99ba4efe]],
    [[0xffffffff, 0xffffffff], [0xffffffff, 0xffffffff], [0x1cb996fc, 0xbb002be7]],
    [[0x13198a2e, 0x03707344], [0x243f6a88, 0x85a308d3], [0xc4923a9c, 0x483df7a0]],
  ])('key %j count %j', (k, c, want) => {
    expect(A(threefry2x32(k, c))).toEqual(want);
  });

  it('odd length pads with 0 and keeps the shape', () => {
    const c = Object.assign(Uint32Array.of(1, 2, 3), { shape: [3] });
    const out = threefry2x32([5, 7], c);
    const even = threefry2x32([5, 7], [1, 2, 3, 0]);
    expect(out.shape).toEqual([3]);
    expect(A(out)).toEqual(A(even).slice(0, 3));
  });

  it('rejects non-uint32 input', () => {
    expect(() => threefry2x32([1.5, 0], [0, 0])).toThrow(TypeError);
    expect(() => threefry2x32([1, 2, 3], [0, 0])).toThrow(TypeError);
  });

  const n = process.env.JAX_LARGE ? 10_000_000 : 1_000_000;
  it(`JAX's large test at n = ${n}`, () => {
    const x0 = new Uint32Array(n).fill(0x243f6a88);
    const x1 = new Uint32Array(n).fill(0x85a308d3);
    const o0 = new Uint32Array(n);
    const o1 = new Uint32Array(n);
    threefryKernel(0x13198a2e, 0x03707344, x0, x1, o0, o1, n);
    expect(o0.every((v) => v === 0xc4923a9c)).toBe(true);
    expect(o1.every((v) => v === 0x483df7a0)).toBe(true);
  });
});

describe('seeds (test_prng_seeds_and_keys)', () => {
  it.each([
    [0, [0, 0], [0, 0]],
    [-1, [0, 4294967295], [4294967295, 4294967295]],
    [-3, [0, 4294967293], [4294967295, 4294967293]],
    [2 ** 31 - 1 + 100, [0, 2147483747], [0, 2147483747]],
    [-(2 ** 31) - 100, [0, 2147483548], [4294967295, 2147483548]],
    [-(2 ** 31) - 101, [0, 2147483547], [4294967295, 2147483547]],
    [2 ** 32 + 5, [0, 5], [1, 5]],
  ])('seed %d', (seed, x32, x64) => {
    expect(A(PRNGKey(seed))).toEqual(x32);
    expect(A(key(BigInt(seed)))).toEqual(x32);
    config.update('jax_enable_x64', true);
    expect(A(PRNGKey(seed))).toEqual(x64);
  });

  it('OverflowError outside int64, TypeError for non-integers and arrays', () => {
    expect(() => key(2n ** 63n)).toThrow(OverflowError);
    expect(() => key(-(2n ** 63n) - 1n)).toThrow('Python int too large to convert to C long');
    expect(A(key(2n ** 63n - 1n))).toEqual([0, 4294967295]);
    expect(() => key(1.5)).toThrow(TypeError);
    expect(() => key([1, 2] as unknown as number)).toThrow('key accepts a scalar seed, but was given an array of shape (2,) != (). Use jax.vmap for batching');
  });

  it('jax_random_seed_offset adds to the seed', () => {
    config.update('jax_random_seed_offset', 3);
    expect(A(key(1))).toEqual([0, 4]);
    expect(config.values.jax_random_seed_offset).toBe(3);
  });
});

describe('split, fold_in, bits: partitionable layout (default)', () => {
  it('split(key(0), 3) and fold_in equivalence', () => {
    const s = split(key(0), 3);
    expect(s.shape).toEqual([3, 2]);
    expect(A(s)).toEqual([1797259609, 2579123966, 928981903, 3453687069, 4146024105, 2718843009]);
    for (let i = 0; i < 3; i++) expect(A(fold_in(key(0), i))).toEqual(A(s.subarray(2 * i, 2 * i + 2)));
    const big = split(key(77), 50);
    for (const i of [0, 17, 49]) expect(A(fold_in(key(77), i))).toEqual(A(big.subarray(2 * i, 2 * i + 2)));
  });

  it('unstack gives the keys of a key array', () => {
    const s = split(key(0), [2, 2]);
    const ks = J.unstack(s);
    expect(ks.length).toBe(4);
    expect(ks[3]!.shape).toEqual([2]);
    expect(A(ks[3]!)).toEqual(A(s.subarray(6, 8)));
    expect(() => J.unstack(Uint32Array.of(1, 2, 3) as never)).toThrow(TypeError);
  });

  it('split with a shape', () => {
    const s = split(key(0), [2, 3]);
    expect(s.shape).toEqual([2, 3, 2]);
    expect(A(s)).toEqual(A(split(key(0), 6)));
  });

  it('bits at every width', () => {
    expect(A(bits(key(0), [5]))).toEqual([4070199207, 4202968722, 1427181096, 2012915765, 2447653815]);
    expect(A(bits(key(0), [5], 'uint8'))).toEqual([167, 146, 40, 53, 183]);
    expect(A(bits(key(0), [5], 'uint16'))).toEqual([20391, 13970, 3624, 43061, 15287]);
    expect(A(bits(key(1701), [3]))).toEqual([1111271205, 2679469115, 974515252]);
    expect(A(bits(key(1701), [3], 'uint8'))).toEqual([37, 59, 52]);
    expect(A(bits(key(1701), [3], 'uint16'))).toEqual([42789, 29755, 60468]);
    config.update('jax_enable_x64', true);
    const b = bits(key(0), [3]);
    expect(b).toBeInstanceOf(BigUint64Array);
    expect(A(b)).toEqual([7719171245655871230n, 3989946895414531357n, 17807037942121513089n]);
  });

  it('uint64 falls back to uint32 without x64', () => {
    expect(bits(key(0), [5], 'uint64')).toBeInstanceOf(Uint32Array);
  });
});

describe('legacy layout (jax_threefry_partitionable=false)', () => {
  it('testPRNGValues split and fold_in', () => {
    legacy();
    expect(config.read('jax_threefry_partitionable')).toBe(false);
    expect(A(split(key(0), 4))).toEqual([
      2285895361, 1501764800, 1518642379, 4090693311, 433833334, 4221794875, 839183663, 3740430601,
    ]);
    expect(A(fold_in(key(0), 4))).toEqual([2285895361, 433833334]);
    expect(A(split(key(0)))).toEqual(A(split(key(0), 2)));
  });

  it('testRngRandomBits (seed 1701) and the view property', () => {
    legacy();
    expect(A(bits(key(1701), [3], 'uint8'))).toEqual([216, 115, 43]);
    expect(A(bits(key(1701), [3], 'uint16'))).toEqual([41682, 1300, 55017]);
    expect(A(bits(key(1701), [3], 'uint32'))).toEqual([56197195, 4200222568, 961309823]);
    const b8 = bits(key(1701), [12], 'uint8') as Uint8Array;
    const b16 = bits(key(1701), [6], 'uint16') as Uint16Array;
    const b32 = bits(key(1701), [3], 'uint32');
    expect(A(new Uint32Array(b8.buffer))).toEqual(A(b32));
    expect(A(new Uint32Array(b16.buffer))).toEqual(A(b32));
    config.update('jax_enable_x64', true);
    expect(A(bits(key(1701), [3], 'uint64'))).toEqual([3982329540505020460n, 16822122385914693683n, 7882654074788531506n]);
  });

  it('_RANDOM_VALUES_CASES bits rows (seed 942802475), odd sizes', () => {
    legacy();
    const k = key(942802475);
    expect(A(bits(k, [5], 'uint8'))).toEqual([10, 158, 82, 54, 158]);
    expect(A(bits(k, [5], 'uint16'))).toEqual([6738, 38161, 50695, 57337, 61600]);
    expect(A(bits(k, [5], 'uint32'))).toEqual([1978747883, 4134381225, 3628107870, 689687174, 2788938207]);
    config.update('jax_enable_x64', true);
    expect(A(bits(k, [5], 'uint64'))).toEqual([
      17649965731882839947n, 1415307058040849897n, 8282622628079774249n, 14024425113645909402n, 2012979996110532418n,
    ]);
  });
});

describe('key checks', () => {
  it('wrong dtype, shape, batched keys', () => {
    expect(() => split(Float64Array.of(0, 0) as never)).toThrow(
      'JAX encountered invalid PRNG key data: expected key_data.dtype = uint32; got dtype=float64',
    );
    expect(() => split(Uint32Array.of(0, 0, 0) as never)).toThrow(
      'JAX encountered invalid PRNG key data: expected key_data.shape to end with (2,); got shape=(3,)',
    );
    expect(() => split([0, 0] as never)).toThrow('expected key_data to have ndim, shape, and dtype attributes');
    const ks = split(key(0), 3);
    expect(() => J.uniform(ks)).toThrow(new ValueError('uniform accepts a single key, but was given a key array of shape (3,) != (). Use jax.vmap for batching.'));
    expect(A(key_data(ks))).toEqual(A(ks));
    expect(key_data(ks).shape).toEqual([3, 2]);
    expect(A(wrap_key_data(Uint32Array.of(1, 2)))).toEqual([1, 2]);
    expect(() => wrap_key_data(Int32Array.of(1, 2) as never)).toThrow(TypeError);
  });

  it('shape errors', () => {
    expect(() => bits(key(0), [-1])).toThrow(TypeError);
    expect(() => bits(key(0), [1.5])).toThrow('Shapes must be 1D sequences of concrete values of integer type, got (1.5,).');
    expect(() => bits(key(0), [2], 'int32')).toThrow('dtype argument to `bits` must be an unsigned int dtype, got int32');
    expect(() => fold_in(key(0), [1, 2] as never)).toThrow(TypeError);
  });

  it('config rejects unknown names and wrong types', () => {
    expect(() => config.update('nope' as never, true as never)).toThrow('Unrecognized config option: nope');
    expect(() => config.update('jax_enable_x64', 1 as never)).toThrow(TypeError);
  });
});
