// Pins the public types as a user's strict TypeScript project sees them (through the package's
// exports and the built declarations). scripts/check_types.mjs compiles this with the current
// TypeScript and TypeScript 5.0, skipLibCheck off, under several module settings; every
// `@ts-expect-error` line must be an error, every `same<...>(true)` an exact type match.
import {
  default_rng, Generator, PCG64, RandomState, MT19937, set_backend, get_backend,
  type NDArray, type BackendInfo,
} from 'numpy-random';
import * as np from 'numpy-random';
import { log, exp, pow, logf } from 'numpy-random/math';

/** True exactly when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const same = <A, B>(_: Equal<A, B>): void => undefined;
const sameAs = <B>() => <A>(_: A, _ok: Equal<A, B>): void => undefined;

const rng = default_rng(42);
const rs = new RandomState(7);

// ---- issue 14's examples ----
const a: Float64Array = np.rand(3);
const first: number = rng.random(3)[0]!;
const b: bigint = rng.integers(0, 10, undefined, 'int64');
void a; void first; void b;

// ---- the README's "numpy beside TypeScript" block, verbatim ----
{
  np.seed(42);
  np.rand(3);
  np.randint(0, 10, 5);
  np.choice(5, 3, false);
  const state = np.get_state();
  const rs = new np.RandomState(1234);
  rs.standard_normal([2, 3]);
  const rng = np.default_rng(42);
  rng.random(3);
  np.set_state(state);
}

// ---- Generator ----
sameAs<number>()(rng.random(), true);
sameAs<NDArray<Float64Array>>()(rng.random(3), true);
sameAs<NDArray<Float64Array>>()(rng.random([2, 3]), true);
sameAs<NDArray<Float32Array>>()(rng.random(3, 'float32'), true);
sameAs<number>()(rng.random(undefined, 'float32'), true);
const f32: Float32Array = new Float32Array(4);
sameAs<Float32Array>()(rng.random(null, 'float32', f32), true);
sameAs<number>()(rng.integers(0, 10), true);
sameAs<NDArray<Float64Array>>()(rng.integers(0, 10, 5), true);
sameAs<bigint>()(rng.integers(0, 10, undefined, 'int64'), true);
sameAs<bigint>()(rng.integers(0, 10, null, 'uint64'), true);
sameAs<boolean>()(rng.integers(0, 2, undefined, 'bool'), true);
sameAs<NDArray<Uint8Array>>()(rng.integers(0, 2, 4, 'bool'), true);
sameAs<NDArray<Int8Array>>()(rng.integers(0, 2, 4, 'int8'), true);
sameAs<NDArray<Int16Array>>()(rng.integers(0, 2, 4, 'i2'), true);
sameAs<NDArray<Int32Array>>()(rng.integers(0, 2, [2, 2], 'int32', true), true);
sameAs<NDArray<BigInt64Array>>()(rng.integers(0, 2, 4, 'int64'), true);
sameAs<NDArray<Uint16Array>>()(rng.integers(0, 2, 4, 'uint16'), true);
sameAs<NDArray<Uint32Array>>()(rng.integers(0, 2, 4, '<u4'), true);
sameAs<NDArray<BigUint64Array>>()(rng.integers(0, 2, 4, 'uint64'), true);
sameAs<number>()(rng.integers(0, 2, undefined, 'uint32'), true);
sameAs<number>()(rng.normal(), true);
sameAs<number>()(rng.normal(0, 1), true);
sameAs<NDArray<Float64Array>>()(rng.normal(0, 1, 3), true);
sameAs<NDArray<Float64Array>>()(rng.normal([0, 1], 1, [4, 2]), true);
sameAs<number | NDArray<Float64Array>>()(rng.normal([0, 1]), true);
sameAs<number>()(rng.standard_normal(), true);
sameAs<NDArray<Float32Array>>()(rng.standard_normal(3, 'float32'), true);
sameAs<NDArray<Float32Array>>()(rng.standard_normal(3, Float32Array), true);
sameAs<NDArray<Float64Array>>()(rng.standard_exponential(3, 'float64', 'inv'), true);
sameAs<number>()(rng.standard_gamma(2), true);
sameAs<NDArray<Float32Array>>()(rng.standard_gamma(2, 5, 'float32'), true);
sameAs<number>()(rng.poisson(3), true);
sameAs<NDArray<Float64Array>>()(rng.binomial(10, 0.5, 4), true);
sameAs<number>()(rng.vonmises(0, 1), true);
sameAs<number>()(rng.hypergeometric(5, 5, 3), true);
sameAs<NDArray<Float64Array>>()(rng.multinomial(10, [0.5, 0.5], 3), true);
sameAs<NDArray<Float64Array>>()(rng.dirichlet([1, 1]), true);
sameAs<number>()(rng.choice(5), true);
sameAs<NDArray<Float64Array>>()(rng.choice(5, 3), true);
sameAs<number>()(rng.choice([1, 2, 3]), true);
const i32: Int32Array = new Int32Array(4);
sameAs<NDArray<Int32Array>>()(rng.choice(i32, 2), true);
sameAs<string[]>()(rng.choice(['a', 'b'], 3), true);
sameAs<NDArray<Float64Array>>()(rng.permutation(5), true);
sameAs<Uint8Array>()(rng.bytes(4), true);
sameAs<Generator[]>()(rng.spawn(2), true);

// ---- RandomState and the module-level functions (the facade has RandomState's overloads) ----
sameAs<number>()(rs.rand(), true);
sameAs<NDArray<Float64Array>>()(rs.rand(2, 3), true);
sameAs<number>()(np.rand(), true);
sameAs<NDArray<Float64Array>>()(np.randn(4), true);
sameAs<number>()(np.random(), true);
sameAs<NDArray<Float64Array>>()(np.random_sample([2]), true);
sameAs<number>()(np.randint(0, 5), true);
sameAs<NDArray<Float64Array>>()(np.randint(0, 5, 3), true);
sameAs<bigint>()(np.randint(0, 5, undefined, 'int64'), true);
sameAs<NDArray<Uint8Array>>()(rs.randint(0, 2, 3, 'uint8'), true);
sameAs<boolean>()(rs.randint(0, 2, null, 'bool'), true);
sameAs<number>()(np.normal(), true);
sameAs<NDArray<Float64Array>>()(np.normal(0, 1, 3), true);
sameAs<number>()(np.uniform(0, 1), true);
sameAs<NDArray<Float64Array>>()(np.poisson(3, [2, 2]), true);
sameAs<number>()(np.standard_normal(), true);
sameAs<bigint>()(rs.tomaxint(), true);
sameAs<NDArray<BigInt64Array>>()(rs.tomaxint(2), true);
sameAs<number>()(np.choice(5), true);
sameAs<NDArray<Float64Array>>()(np.choice(5, 3, false), true);
sameAs<number>()(np.choice([1, 2, 3], undefined, true, [0.2, 0.3, 0.5]), true);
sameAs<string>()(np.choice(['x', 'y']), true);
sameAs<string[]>()(np.choice(['x', 'y'], 2), true);
sameAs<bigint>()(rs.choice(new BigInt64Array(3)), true);
const u16: Uint16Array = new Uint16Array(3);
sameAs<NDArray<Uint16Array>>()(rs.choice(u16, [2]), true);
sameAs<NDArray<Float64Array>>()(np.permutation(10), true);
const i8: Int8Array = new Int8Array(3);
sameAs<NDArray<Int8Array>>()(rs.permutation(i8), true);
sameAs<string[]>()(rs.permutation(['p', 'q']), true);
// random_integers and geometric give a bigint beyond 2**53 (numpy's LONG_MAX and INT64 clamps), so their scalars are unions
sameAs<number | bigint>()(np.random_integers(1, 6), true);
sameAs<number | bigint>()(rng.geometric(0.5), true);
sameAs<NDArray<Float64Array>>()(np.multivariate_normal([0, 0], [[1, 0], [0, 1]], 3), true);

// ---- math and the backend ----
sameAs<number>()(log(2) + exp(1) + pow(2, 0.5) + logf(2), true);
sameAs<BackendInfo>()(set_backend('ts'), true);
same<BackendInfo['math'], 'wasm' | 'ts'>(true);
sameAs<'wasm' | 'ts'>()(get_backend().bit_generators, true);
void new Generator(new PCG64(1));
void new RandomState(new MT19937(2));

// ---- wrong uses ----
// @ts-expect-error: not a dtype
rng.random(3, 'float23');
// @ts-expect-error: integers takes integer dtypes only
rng.integers(0, 10, 3, 'float64');
// @ts-expect-error: not a dtype
np.randint(0, 10, 3, 'int33');
// @ts-expect-error: a float dtype name is refused by standard_normal's union too
rng.standard_normal(3, 'float16');
// @ts-expect-error: a sized call is an array, not a number
const n1: number = rng.random(3);
// @ts-expect-error: int64 gives bigint
const n2: number = rng.integers(0, 10, undefined, 'int64');
// @ts-expect-error: the default dtype gives numbers
const n3: bigint = np.randint(0, 10);
// @ts-expect-error: backends are 'wasm' or 'ts'
set_backend('js');
// @ts-expect-error: a method name that numpy's Generator does not have
rng.randn(3);
void n1; void n2; void n3;
