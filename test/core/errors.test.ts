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
