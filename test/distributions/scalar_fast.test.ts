// The size-less fast paths give the value and state of the general path (a size-1 call on a twin
// generator), and leave every other input (arrays, bad values, -0 ranges) to the general checks.
import { describe, expect, it } from 'vitest';
import { Generator } from '../../src/generator/generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { RandomState } from '../../src/legacy/random_state.js';

type Obj = Record<string, (...a: unknown[]) => unknown>;
const first = (v: unknown) => (ArrayBuffer.isView(v) ? (v as unknown as ArrayLike<number>)[0] : v);

function same(make: () => Obj, method: string, args: unknown[], sizeAt: number) {
  const a = make(), b = make();
  for (let i = 0; i < 50; i++) {
    const x = a[method]!(...args);
    const sized = [...args];
    while (sized.length < sizeAt) sized.push(undefined);
    sized[sizeAt] = 1;
    const y = first(b[method]!(...sized));
    expect(Object.is(x, y)).toBe(true);
  }
  expect(a.random_sample ? a.random_sample!() : a.random!()).toBe(b.random_sample ? b.random_sample!() : b.random!());
}

const gens: [string, () => Obj][] = [
  ['Generator(PCG64)', () => new Generator(new PCG64(3)) as unknown as Obj],
  ['Generator(MT19937)', () => new Generator(new MT19937(3)) as unknown as Obj],
];
describe('size-less fast paths', () => {
  for (const [name, make] of gens) {
    it(`${name}`, () => {
      same(make, 'random', [], 0);
      same(make, 'integers', [0, 1000], 2);
      same(make, 'integers', [-5, 5, undefined, undefined, true], 2);
      same(make, 'integers', [7], 2);
      same(make, 'integers', [3, 4], 2);
      same(make, 'integers', [0, 2 ** 32 - 1], 2);
      same(make, 'uniform', [], 2);
      same(make, 'uniform', [2, 2], 2);
      same(make, 'uniform', [-3, 7.5], 2);
      same(make, 'normal', [1, 0], 2);
      same(make, 'normal', [1, 2], 2);
      same(make, 'standard_normal', [], 0);
      same(make, 'exponential', [], 1);
      same(make, 'exponential', [0], 1);
      same(make, 'standard_exponential', [], 0);
      same(make, 'gamma', [2.5], 2);
      same(make, 'binomial', [100, 0.3], 2);
      same(make, 'poisson', [10], 1);
      same(make, 'hypergeometric', [5, 6, 7], 3);
    });
  }
  it('RandomState', () => {
    const make = () => new RandomState(5) as unknown as Obj;
    same(make, 'randint', [0, 1000], 2);
    same(make, 'randint', [9], 2);
    same(make, 'uniform', [], 2);
    same(make, 'uniform', [5, -1], 2);
    same(make, 'normal', [0, 3], 2);
    same(make, 'exponential', [2], 1);
    same(make, 'standard_normal', [], 0);
  });
  it('leaves bad input to the checks', () => {
    const g = new Generator(new PCG64(1));
    expect(() => g.uniform(0, -0)).toThrow('high - low < 0');
    expect(() => g.uniform(0, Infinity)).toThrow('high - low range exceeds valid bounds');
    expect(() => g.normal(0, -0)).toThrow('scale < 0');
    expect(() => g.exponential(-1)).toThrow('scale < 0');
    expect(() => g.integers(5, 5)).toThrow('low >= high');
    expect(() => g.integers(2 ** 60, 2 ** 60 + 2 ** 55)).toThrow(RangeError);
    expect(Number.isNaN(g.normal(0, NaN) as number)).toBe(true);
    const rs = new RandomState(1);
    expect(() => rs.uniform(0, Infinity)).toThrow('Range exceeds valid bounds');
    expect(() => rs.normal(0, -1)).toThrow('scale < 0');
    expect(() => rs.randint(3, 3)).toThrow('low >= high');
  });
});
