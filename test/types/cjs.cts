// The CommonJS view (`require` condition, dist/cjs declarations): the same overloads.
import np = require('numpy-random');
import math = require('numpy-random/math');

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const sameAs = <B,>() => <A,>(_: A, _ok: Equal<A, B>): void => undefined;

sameAs<number>()(np.default_rng(1).random(), true);
sameAs<np.NDArray<Float64Array>>()(np.rand(3), true);
sameAs<bigint>()(np.default_rng(1).integers(0, 5, undefined, 'uint64'), true);
sameAs<number>()(math.log(3), true);
// @ts-expect-error: not a dtype
np.default_rng(1).random(3, 'float23');
