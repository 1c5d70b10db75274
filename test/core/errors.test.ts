// The error classes live once (src/core/errors.ts): whatever throws them, `instanceof` the exported class holds.
import { describe, expect, it } from 'vitest';
import {
  AxisError, Generator, IndexError, LinAlgError, MemoryError, NotImplementedError, OverflowError, PCG64,
  RandomState, ValueError,
} from '../../src/index.js';

function thrown(fn: () => unknown): unknown {
  try { fn(); } catch (e) { return e; }
  throw new Error('did not throw');
}

describe('error classes', () => {
  it('RandomState.multivariate_normal throws the exported LinAlgError (numpy: SVD did not converge)', () => {
    const e = thrown(() => new RandomState(1).multivariate_normal([0, 0], [[NaN, 0], [0, 1]]));
    expect(e).toBeInstanceOf(LinAlgError);
    expect(e).toBeInstanceOf(ValueError);
    expect((e as Error).message).toBe('SVD did not converge');
  });
  it("Generator.multivariate_normal (method 'svd') throws the same class", () => {
    const e = thrown(() => new Generator(new PCG64(1)).multivariate_normal([0, 0], [[NaN, 0], [0, 1]]));
    expect(e).toBeInstanceOf(LinAlgError);
    expect((e as Error).name).toBe('LinAlgError');
  });
  it('AxisError is the exported class and a ValueError', () => {
    const e = thrown(() => new Generator(new PCG64(1)).permutation([1, 2], 1));
    expect(e).toBeInstanceOf(AxisError);
    expect(e).toBeInstanceOf(ValueError);
  });
  it("each class keeps numpy's name and extends the closest built-in", () => {
    const cases: [new (m: string) => Error, string, new (m?: string) => Error][] = [
      [ValueError, 'ValueError', RangeError], [OverflowError, 'OverflowError', RangeError],
      [IndexError, 'IndexError', RangeError], [MemoryError, 'MemoryError', RangeError],
      [NotImplementedError, 'NotImplementedError', Error], [AxisError, 'AxisError', ValueError],
      [LinAlgError, 'LinAlgError', ValueError],
    ];
    for (const [C, name, Base] of cases) {
      const e = new C('m');
      expect(e.name).toBe(name);
      expect(e).toBeInstanceOf(Base);
      expect(e.message).toBe('m');
    }
  });
});

describe("ufunc broadcast messages (numpy writes shapes without spaces)", () => {
  const g = new Generator(new PCG64(1));
  const a23 = Object.assign(new Float64Array(6), { shape: [2, 3] });
  const six = (n: number): Float64Array => new Float64Array(n).fill(6);
  const message = (fn: () => unknown): string => (thrown(fn) as Error).message;
  it('integers, uniform and triangular: the ufunc form', () => {
    expect(message(() => g.integers(a23, six(4)))).toBe('operands could not be broadcast together with shapes (2,3) (4,) ');
    expect(message(() => g.uniform(a23, six(4)))).toBe('operands could not be broadcast together with shapes (4,) (2,3) ');
    expect(message(() => g.triangular(a23, six(4), 7))).toBe('operands could not be broadcast together with shapes (2,3) (4,) ');
    expect(message(() => g.triangular(a23, six(3), new Float64Array(4).fill(8)))).toBe('operands could not be broadcast together with shapes (3,) (4,) ');
  });
  it("cont()'s multi-iterator form", () => {
    expect(message(() => g.normal(a23, six(4)))).toBe(
      'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2, 3) and arg 1 with shape (4,).');
    expect(message(() => g.normal(a23, six(3), [4]))).toBe(
      'shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (4,) and arg 1 with shape (2, 3).');
  });
});

describe('RandomState broadcast messages (the same ufunc form)', () => {
  const rs = new RandomState(1);
  const a23 = Object.assign(new Float64Array(6), { shape: [2, 3] });
  const i23 = Object.assign(new Int32Array(6).fill(1), { shape: [2, 3] });
  const message = (fn: () => unknown): string => (thrown(fn) as Error).message;
  it('uniform, triangular, hypergeometric', () => {
    expect(message(() => rs.uniform(a23, new Float64Array(4).fill(6)))).toBe('operands could not be broadcast together with shapes (4,) (2,3) ');
    expect(message(() => rs.triangular(a23, new Float64Array(4).fill(6), 7))).toBe('operands could not be broadcast together with shapes (2,3) (4,) ');
    expect(message(() => rs.hypergeometric(i23, new Int32Array(4).fill(1), 1))).toBe('operands could not be broadcast together with shapes (2,3) (4,) ');
    expect(message(() => rs.hypergeometric(i23, new Int32Array(3).fill(1), new Int32Array(4).fill(1)))).toBe(
      'operands could not be broadcast together with shapes (2,3) (4,) ');
  });
});
