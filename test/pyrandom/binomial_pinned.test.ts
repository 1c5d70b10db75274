// CPython 3.12's own Lib/test/test_random.py checks of binomialvariate (test_binomialvariate and
// the degenerate cases of test_constants), ported; the bit-exact checks are in golden.test.ts.
import { describe, expect, it } from 'vitest';
import { Random, ValueError } from '../../src/pyrandom/index.js';

function counter(xs: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

describe('binomialvariate: CPython 3.12 test_random.py', () => {
  const r = new Random(20240601);
  const B = (n?: number, p?: number) => r.binomialvariate(n, p);

  it('covers every code path', () => {
    expect(() => B(-1)).toThrow(new ValueError('n must be non-negative'));
    expect(() => B(1, -0.5)).toThrow(new ValueError('p must be in the range 0.0 <= p <= 1.0'));
    expect(() => B(1, 1.5)).toThrow(ValueError);
    expect(B(0, 0.5)).toBe(0);
    expect(B(10, 0.0)).toBe(0);
    expect(B(10, 1.0)).toBe(10);
    expect([0, 1]).toContain(B(1, 0.3));
    expect([0, 1]).toContain(B(1, 0.9));
    expect(B(1, 0.0)).toBe(0);
    expect(B(1, 1.0)).toBe(1);
    expect(B(5, 1e-18)).toBe(0);
    for (const [n, p] of [[5, 0.25], [5, 0.75], [100, 0.25], [100, 0.75]] as const) {
      const x = B(n, p);
      expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true);
    }
  });

  it('BG path statistics (B(4, 0.25) 100000 times)', () => {
    const c = counter(Array.from({ length: 100_000 }, () => B(4, 0.25)));
    expect(c.get(0)!).toBeGreaterThanOrEqual(29_641); expect(c.get(0)!).toBeLessThanOrEqual(33_641);
    expect(c.get(1)!).toBeGreaterThanOrEqual(40_188); expect(c.get(1)!).toBeLessThanOrEqual(44_188);
    expect(c.get(2)!).toBeGreaterThanOrEqual(19_094); expect(c.get(2)!).toBeLessThanOrEqual(23_094);
    expect(c.get(3)!).toBeGreaterThanOrEqual(2_688); expect(c.get(3)!).toBeLessThanOrEqual(6_688);
    expect([...c.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('BTRS path statistics (B(100, 0.25) 100000 times) and huge n', () => {
    const c = counter(Array.from({ length: 100_000 }, () => B(100, 0.25)));
    const mid = [20, 21, 22, 23, 24].reduce((s, k) => s + (c.get(k) ?? 0), 0);
    expect(mid).toBeGreaterThanOrEqual(34_214);
    expect(mid).toBeLessThanOrEqual(38_214);
    expect([...c.keys()].every((k) => Number.isInteger(k) && k >= 0 && k <= 100)).toBe(true);
    const big = B(100_000_000, 0.2);
    expect(big >= 19_000_000 && big <= 21_000_000).toBe(true);
    const big9 = B(100_000_000, 0.9);
    expect(big9 >= 89_000_000 && big9 <= 91_000_000).toBe(true);
  });

  it('defaults n=1, p=0.5', () => {
    const a = new Random(7), b = new Random(7);
    expect(a.binomialvariate()).toBe(b.binomialvariate(1, 0.5));
  });
});
