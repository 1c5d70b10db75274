// The five bit generators' constructors and `state` setters, and SeedSequence's constructor,
// against numpy 2.4.6's error classes and texts (pinned from numpy; messages quote Python's
// repr of the argument, a class as <class '...'>, never its JS source).
import { describe, expect, test } from 'vitest';
import {
  IndexError, MT19937, OverflowError, PCG64, PCG64DXSM, Philox, SFC64, SeedSequence, ValueError, default_rng,
} from '../../src/index.js';

type Ctor = new (seed?: unknown) => { state: object };
const BITGENS: [string, Ctor, string][] = [
  ['MT19937', MT19937 as Ctor, 'state must be for a MT19937 PRNG'],
  ['PCG64', PCG64 as Ctor, 'state must be for a PCG64 RNG'],
  ['PCG64DXSM', PCG64DXSM as Ctor, 'state must be for a PCG64DXSM RNG'],
  ['Philox', Philox as Ctor, 'state must be for a Philox PRNG'],
  ['SFC64', SFC64 as Ctor, 'state must be for a {self.__class__.__name__} RNG'],
];
const ENTROPY = 'SeedSequence expects int or sequence of ints for entropy not ';

function caught(run: () => unknown): Error {
  try { run(); } catch (e) { return e as Error; }
  throw new Error('did not throw');
}
function expectError(run: () => unknown, cls: new (...a: never[]) => Error, message: string): void {
  const err = caught(run);
  expect(err).toBeInstanceOf(cls);
  expect(err.name).toBe(cls.name);
  expect(err.message).toBe(message);
}

describe.each(BITGENS)('%s', (_name, B, wrongName) => {
  const set = (v: unknown) => () => { new B(1).state = v as object; };

  test('state setter: not a dict is TypeError "state must be a dict", another generator ValueError', () => {
    for (const v of ['x', null, 5, new Set(), new Map()]) expectError(set(v), TypeError, 'state must be a dict');
    expectError(set({}), ValueError, wrongName);
    expectError(set({ bit_generator: 'Foo', state: {} }), ValueError, wrongName);
  });

  test("constructor: numpy's SeedSequence TypeError quoting Python's repr", () => {
    expectError(() => new B(MT19937), TypeError, `${ENTROPY}<class 'numpy.random._mt19937.MT19937'>`);
    expectError(() => new B('a'), TypeError, `${ENTROPY}a`);
    expectError(() => new B(1.5), TypeError, `${ENTROPY}1.5`);
    expectError(() => new B({}), TypeError, `${ENTROPY}{}`);
    expectError(() => new B(default_rng(1)), TypeError, `${ENTROPY}Generator(PCG64)`);
    expectError(() => new B(-1), ValueError, 'expected non-negative integer');
  });
});

describe("MT19937's key as numpy reads it (key[i] into uint32_t for i < 624)", () => {
  const st = (key: unknown, pos: unknown = 0) => ({ bit_generator: 'MT19937', state: { key, pos } });
  const key = Array.from({ length: 624 }, (_, i) => i);

  test('a short key is an IndexError (list or ndarray text)', () => {
    expectError(() => { new MT19937(1).state = st([1]); }, IndexError, 'list index out of range');
    expectError(() => { new MT19937(1).state = st(new Uint32Array(1)); }, IndexError, 'index 1 is out of bounds for axis 0 with size 1');
  });

  test("values: numpy's OverflowError / TypeError; floats truncate; a longer key's tail is ignored", () => {
    expectError(() => { new MT19937(1).state = st(key.map(() => -1)); }, OverflowError, "can't convert negative value to uint32_t");
    expectError(() => { new MT19937(1).state = st(key.map(() => 2 ** 32)); }, OverflowError, 'value too large to convert to uint32_t');
    expectError(() => { new MT19937(1).state = st(key.map(() => '1')); }, TypeError, 'an integer is required');
    expectError(() => { new MT19937(1).state = st(null); }, TypeError, "'NoneType' object is not subscriptable");
    const bg = new MT19937(1);
    bg.state = st(key.map(() => 1.5));
    expect(Array.from(bg.state.state.key.subarray(0, 2))).toEqual([1, 1]);
    bg.state = st([...key, 7]);
    expect(bg.state.state.key[623]).toBe(623);
  });
});

describe('SeedSequence constructor', () => {
  test("numpy's TypeError with Python's repr of the entropy", () => {
    expectError(() => new SeedSequence({} as never), TypeError, `${ENTROPY}{}`);
    expectError(() => new SeedSequence(MT19937 as never), TypeError, `${ENTROPY}<class 'numpy.random._mt19937.MT19937'>`);
    expectError(() => new SeedSequence('a' as never), TypeError, `${ENTROPY}a`);
    expectError(() => new SeedSequence(1.5), TypeError, `${ENTROPY}1.5`);
    expectError(() => new SeedSequence(new SeedSequence(1) as never), TypeError, `${ENTROPY}SeedSequence(\n    entropy=1,\n)`);
  });
});

describe("arrays as numpy's tuples in the state setters", () => {
  test("MT19937 reads a well-formed array as the legacy tuple; the others refuse it", () => {
    // a JS array is a list (numpy: not a dict) unless it is a well-formed legacy tuple
    expectError(() => { new MT19937(1).state = []; }, TypeError, 'state must be a dict');
    expectError(() => { new MT19937(1).state = ['MT19937']; }, TypeError, 'state must be a dict');
    expectError(() => { new MT19937(1).state = ['MT19937', [1], 0]; }, IndexError, 'list index out of range');
    for (const B of [PCG64, PCG64DXSM, Philox, SFC64]) expectError(() => { new B(1).state = []; }, TypeError, 'state must be a dict');
  });
});
