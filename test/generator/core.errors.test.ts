// Bad input to Generator's core methods: numpy's error class and message, thrown before any
// draw (the state is unchanged), including inputs only JS can pass. Plus default_rng's pass-through.
import { describe, expect, it } from 'vitest';
import { AxisError, Generator, MT19937, PCG64, RandomState, SeedSequence, ValueError, default_rng } from '../../src/index.js';
import { mtKeySha } from './helpers.js';

const nd = <T extends Float64Array | Int32Array | BigInt64Array>(a: T, shape: number[]): T & { shape: number[] } =>
  Object.assign(a, { shape });

function expectRefused(f: (g: Generator) => unknown, cls: new (...a: never[]) => Error, msg: string): void {
  for (const make of [() => new MT19937(99), () => new PCG64(99)]) {
    const g = new Generator(make());
    g.random(3, 'float32'); // leave PCG64's half-word buffer in play
    const before = JSON.stringify(g.bit_generator.state, (_k, v) => (typeof v === 'bigint' ? String(v) : v instanceof Uint32Array ? mtKeySha(g.bit_generator) : v));
    let err: unknown;
    try { f(g); } catch (e) { err = e; }
    expect(err, msg).toBeInstanceOf(cls);
    expect((err as Error).message).toBe(msg);
    const after = JSON.stringify(g.bit_generator.state, (_k, v) => (typeof v === 'bigint' ? String(v) : v instanceof Uint32Array ? mtKeySha(g.bit_generator) : v));
    expect(after, `${msg}: state unchanged`).toBe(before);
  }
}

describe('random', () => {
  it('dtype', () => {
    expectRefused((g) => g.random(3, 'int32' as never), TypeError, "Unsupported dtype dtype('int32') for random");
    expectRefused((g) => g.random(3, '>f4'), TypeError, "Unsupported dtype dtype('>f4') for random");
    expectRefused((g) => g.random(3, 'nope' as never), TypeError, "data type 'nope' not understood");
  });
  it('size', () => {
    expectRefused((g) => g.random(-1), ValueError, 'negative dimensions are not allowed');
    expectRefused((g) => g.random(2.5), TypeError, "expected a sequence of integers or a single integer, got '2.5'");
  });
  it('out', () => {
    const msg = 'Supplied output array must be contiguous, writable, aligned, and in machine byte-order.';
    expectRefused((g) => g.random(3, 'float64', [0, 0, 0] as never), ValueError, msg);
    expectRefused((g) => g.random(3, 'float64', new Float32Array(3)), TypeError, 'Supplied output array has the wrong type. Expected float64, got float32');
    expectRefused((g) => g.random(null, 'float32', new Int32Array(3) as never), TypeError, 'Supplied output array has the wrong type. Expected float32, got int32');
    expectRefused((g) => g.random(4, 'float64', new Float64Array(3)), ValueError, 'size must match out.shape when used together');
    expectRefused((g) => g.random([3, 1], 'float64', new Float64Array(3)), ValueError, 'size must match out.shape when used together');
  });
  it('out is filled in place and returned', () => {
    const out = nd(new Float64Array(4), [2, 2]);
    const g = new Generator(new MT19937(5));
    expect(g.random([2, 2], 'float64', out)).toBe(out);
    const ref = new Generator(new MT19937(5)).random(4) as Float64Array;
    expect(Array.from(out)).toEqual(Array.from(ref));
  });
});

describe('integers', () => {
  it('bounds', () => {
    expectRefused((g) => g.integers(5, 5), ValueError, 'low >= high');
    expectRefused((g) => g.integers(0), ValueError, 'high <= 0');
    expectRefused((g) => g.integers(5, 4, undefined, undefined, true), ValueError, 'low > high');
    expectRefused((g) => g.integers(0, 257, 3, 'uint8'), ValueError, 'high is out of bounds for uint8');
    expectRefused((g) => g.integers(-1, 5, 3, 'uint8'), ValueError, 'low is out of bounds for uint8');
    expectRefused((g) => g.integers([0, 9], [5, 300], undefined, 'uint8'), ValueError, 'high is out of bounds for uint8');
    expectRefused((g) => g.integers([0, 9], [5, 8]), ValueError, 'low >= high');
    expectRefused((g) => g.integers(0, 2n ** 63n, 1, 'int64', true), ValueError, 'high is out of bounds for int64');
    expectRefused((g) => g.integers(0, NaN), ValueError, 'cannot convert float NaN to integer');
  });
  it('dtype', () => {
    expectRefused((g) => g.integers(5, undefined, 2, 'float32' as never), TypeError, "Unsupported dtype dtype('float32') for integers");
    expectRefused((g) => g.integers(5, undefined, 2, '>i2'), ValueError,
      'Providing a dtype with a non-native byteorder is not supported. If you require platform-independent byteorder, call byteswap when required.');
    expect(new Generator(new MT19937(1)).integers(5, undefined, 2, '>i1')).toBeInstanceOf(Int8Array);
  });
  it('default dtype refuses values a double cannot hold', () => {
    expectRefused((g) => g.integers(0, 2 ** 60), RangeError,
      "the range exceeds 2**53, so the values cannot be exact as JS numbers; pass dtype 'int64' for bigint results");
  });
  it('size', () => expectRefused((g) => g.integers(0, 5, [2, -1]), ValueError, 'negative dimensions are not allowed'));
});

describe('choice', () => {
  it('population', () => {
    expectRefused((g) => g.choice(-1, 3), ValueError, 'a must be a positive integer unless no samples are taken');
    expectRefused((g) => g.choice(2.5), ValueError, "a must be a sequence or an integer, not <class 'float'>");
    expectRefused((g) => g.choice({}), ValueError, "a must be a sequence or an integer, not <class 'dict'>");
    expectRefused((g) => g.choice(nd(new Float64Array([3]), [])), ValueError, "a must be a sequence or an integer, not <class 'numpy.ndarray'>");
    expectRefused((g) => g.choice([]), ValueError, 'a cannot be empty unless no samples are taken');
    expectRefused((g) => g.choice([[1, 2], [3]]), ValueError,
      'setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.');
  });
  it('axis', () => {
    expectRefused((g) => g.choice([[1, 2]], 1, true, null, 2), RangeError, 'tuple index out of range');
    expectRefused((g) => g.choice([[1, 2]], 1, true, null, 0.5), TypeError, 'tuple indices must be integers or slices, not float');
  });
  it('p', () => {
    expectRefused((g) => g.choice(3, 1, true, 0.5 as never), TypeError, "object of type 'float' has no len()");
    expectRefused((g) => g.choice(3, 1, true, [[0.5, 0.5]]), ValueError, 'p must be 1-dimensional');
    expectRefused((g) => g.choice(3, 1, true, [0.5, 0.5]), ValueError, 'a and p must have same size');
    expectRefused((g) => g.choice(3, 1, true, [0.5, NaN, 0.5]), ValueError, 'Probabilities contain NaN');
    expectRefused((g) => g.choice(3, 1, true, [1.5, -0.5, 0]), ValueError, 'Probabilities are not non-negative');
    expectRefused((g) => g.choice(3, 1, true, [0.5, 0.5, 1e-7]), ValueError,
      'Probabilities do not sum to 1. See Notes section of docstring for more information.');
    expectRefused((g) => g.choice(3, 1, true, [0.5, 0.5, 'x']), ValueError, "could not convert string to float: 'x'");
    expectRefused((g) => g.choice(3, 3, false, [0.5, 0.5, 0]), ValueError, 'Fewer non-zero entries in p than size');
    // float32 p gets float32's tolerance, float64 p does not
    const p32 = new Float32Array([0.3, 0.3, 0.4001]);
    expect(typeof new Generator(new MT19937(1)).choice(3, undefined, true, p32)).toBe('number');
    expectRefused((g) => g.choice(3, 1, true, Array.from(p32)), ValueError,
      'Probabilities do not sum to 1. See Notes section of docstring for more information.');
  });
  it('size', () => {
    expectRefused((g) => g.choice(3, 4, false), ValueError, 'Cannot take a larger sample than population when replace is False');
    expectRefused((g) => g.choice(3, -1, false), ValueError, 'negative dimensions are not allowed');
    expectRefused((g) => g.choice(3, [-1, -1], false), ValueError, 'can only specify one unknown dimension');
    expectRefused((g) => g.choice(3, -1), ValueError, 'negative dimensions are not allowed');
    expectRefused((g) => g.choice(3, 1.5), TypeError, "expected a sequence of integers or a single integer, got '1.5'");
  });
});

describe('shuffle / permutation / permuted', () => {
  it('shuffle', () => {
    expectRefused((g) => g.shuffle(nd(new Float64Array(4), [2, 2]), 2), AxisError, 'axis 2 is out of bounds for array of dimension 2');
    expectRefused((g) => g.shuffle(nd(new Float64Array(4), [2, 2]), 0.5), TypeError, 'integer argument expected, got float');
    expectRefused((g) => g.shuffle(nd(new Float64Array(4), [2, 2]), 'a' as never), TypeError, "'str' object cannot be interpreted as an integer");
    expectRefused((g) => g.shuffle([1, 2, 3], 1), Error, 'Axis argument is only supported on ndarray objects');
    expectRefused((g) => g.shuffle(nd(new Float64Array(1), [])), TypeError, 'len() of unsized object');
    expectRefused((g) => g.shuffle(7), TypeError, "object of type 'int' has no len()");
    // numpy's loop draws j for the last index before the str refuses the swap (numpy 2.4.6: MT19937(99)
    // after random(3, 'float32') goes from pos 2 to 4, then random() is 0.031617187511068345)
    const g = new Generator(new MT19937(99));
    g.random(3, 'float32');
    expect(() => g.shuffle('abc')).toThrow("'str' object does not support item assignment");
    expect(g.random()).toBe(0.031617187511068345);
  });
  it('AxisError is a ValueError (numpy: ValueError and IndexError)', () => {
    const e = new AxisError('x');
    expect(e).toBeInstanceOf(ValueError);
    expect(e).toBeInstanceOf(RangeError);
  });
  it('permutation', () => {
    expectRefused((g) => g.permutation(1.5), AxisError, 'axis 0 is out of bounds for array of dimension 0');
    expectRefused((g) => g.permutation([1, 2], 1), AxisError, 'axis 1 is out of bounds for array of dimension 1');
  });
  it('permutation copies typed input', () => {
    const x = Int32Array.from([1, 2, 3, 4, 5]);
    const r = new Generator(new MT19937(3)).permutation(x) as Int32Array;
    expect(r).not.toBe(x);
    expect(r).toBeInstanceOf(Int32Array);
    expect(Array.from(x)).toEqual([1, 2, 3, 4, 5]);
  });
  it('permuted', () => {
    expectRefused((g) => g.permuted([1, 2], null, [0, 0] as never), TypeError, 'out must be a numpy array');
    expectRefused((g) => g.permuted([1, 2], null, new Float64Array(3)), ValueError, 'out must have the same shape as x');
    expectRefused((g) => g.permuted([1.5, 2], null, new Int32Array(2)), TypeError,
      "Cannot cast array data from dtype('float64') to dtype('int32') according to the rule 'safe'");
    expectRefused((g) => g.permuted(['a', 'b'], null, new Float64Array(2)), TypeError,
      "Cannot cast array data from dtype('O') to dtype('float64') according to the rule 'safe'");
    expectRefused((g) => g.permuted(5), TypeError, 'len() of unsized object');
    expectRefused((g) => g.permuted([[1, 2]], 2), AxisError, 'axis 2 is out of bounds for array of dimension 2');
  });
});

describe('bytes and spawn', () => {
  it('bytes', () => {
    expectRefused((g) => g.bytes(-9), ValueError, 'negative dimensions are not allowed');
    expect(new Generator(new MT19937(1)).bytes(-1).length).toBe(3); // numpy's C division: one word, [:-1]
  });
  it('spawn', () => {
    const g = new Generator(new MT19937(new SeedSequence(7)));
    const kids = g.spawn(2);
    expect(kids.every((k) => k instanceof Generator)).toBe(true);
    expect((kids[0]!.bit_generator.seed_seq as SeedSequence).spawn_key).toEqual([0]);
    expect(g.spawn(1)[0]!.bit_generator.seed_seq!.spawn_key).toEqual([2]);
    // numpy 2.4.6: a negative count is added to the spawn counter, or overflows it
    expect(g.spawn(-2)).toEqual([]);
    expect(g.bit_generator.seed_seq!.n_children_spawned).toBe(1);
    expect(() => g.spawn(-2)).toThrow("can't convert negative value to uint32_t");
    expect(g.bit_generator.seed_seq!.n_children_spawned).toBe(1);
    expect(g.spawn(1)[0]!.bit_generator.seed_seq!.spawn_key).toEqual([1]);
    const legacy = new Generator(new RandomState(5).bit_generator);
    expect(() => legacy.spawn(1)).toThrow('The underlying SeedSequence does not implement spawning.');
  });
});

describe('default_rng', () => {
  it('passes a Generator through, wraps a BitGenerator, borrows a RandomState bit generator', () => {
    const g = new Generator(new MT19937(1));
    expect(default_rng(g)).toBe(g);
    const bg = new MT19937(2);
    const w = default_rng(bg);
    expect(w).toBeInstanceOf(Generator);
    expect(w.bit_generator).toBe(bg);
    const rs = new RandomState(3);
    expect(default_rng(rs).bit_generator).toBe(rs.bit_generator);
  });
  it('seeds PCG64 from numbers, bigints, arrays and SeedSequences alike', () => {
    const a = default_rng(12345).random(3);
    expect(default_rng(12345n).random(3)).toEqual(a);
    expect(default_rng(new SeedSequence(12345)).random(3)).toEqual(a);
    expect(default_rng(new PCG64(12345)).random(3)).toEqual(a);
    expect(default_rng().bit_generator).toBeInstanceOf(PCG64);
    expect(String(default_rng(1))).toBe('Generator(PCG64)');
  });
});
