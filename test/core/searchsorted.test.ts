import { describe, expect, it } from 'vitest';
import { searchsortedRight, searchsortedRightInPlace } from '../../src/core/kahan.js';

/** np.searchsorted(cdf, u, side='right') by definition: how many entries are <= u. */
const countAtMost = (cdf: Float64Array, u: number): number => cdf.reduce((n, c) => n + (c <= u ? 1 : 0), 0);

describe('searchsortedRight (choice with p)', () => {
  it('counts the entries <= u for every length, with repeated entries and keys on them', () => {
    let s = 7;
    const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let n = 1; n <= 70; n++) {
      for (let trial = 0; trial < 8; trial++) {
        // repeated entries (zero probabilities), then keys on, between and beyond them
        const cdf = new Float64Array(n);
        let acc = 0;
        for (let i = 0; i < n; i++) cdf[i] = acc += rnd() < 0.3 ? 0 : rnd();
        const keys = [-1, 0, 2 * acc + 1, ...cdf, ...Array.from({ length: 10 }, () => rnd() * acc)];
        for (const u of keys) expect(searchsortedRight(cdf, u)).toBe(countAtMost(cdf, u));
      }
    }
    expect(searchsortedRight(new Float64Array(0), 0.5)).toBe(0);
  });

  it('replaces each key by its index in place', () => {
    const cdf = new Float64Array([0.25, 0.25, 0.5, 1]);
    const u = new Float64Array([0, 0.25, 0.3, 0.5, 0.99]);
    expect(searchsortedRightInPlace(cdf, u)).toBe(u);
    expect([...u]).toEqual([0, 2, 2, 3, 3]);
  });
});
