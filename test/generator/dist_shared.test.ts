// The samplers RandomState shares with Generator, checked one call at a time against numpy
// (numpy's Generator method with size=n is n sampler calls with the same parameters).
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { randomGeometric, randomGeometricSearch } from '../../src/distributions/geometric.js';
import { randomGumbel } from '../../src/distributions/gumbel.js';
import { randomLaplace } from '../../src/distributions/laplace.js';
import { randomLoggam } from '../../src/distributions/loggam.js';
import { randomLogistic } from '../../src/distributions/logistic.js';
import { randomPoisson } from '../../src/distributions/poisson.js';
import { randomTriangular } from '../../src/distributions/triangular.js';
import { randomStandardUniform, randomUniform } from '../../src/distributions/uniform.js';
import { decode, expectExact, loadGolden, sha256Hex, type Encoded } from '../helpers/golden.js';

interface Case {
  id: string; sampler: string; params: number[]; seed: number; n: number;
  value: Encoded; xs?: Encoded; state?: { pos: number; key_sha256: string };
}

type Sampler = (bg: BitGenerator, p: number[]) => number;
const SAMPLERS: Record<string, Sampler> = {
  randomStandardUniform: (bg) => randomStandardUniform(bg),
  randomUniform: (bg, p) => randomUniform(bg, p[0]!, p[1]! - p[0]!),
  randomPoisson: (bg, p) => randomPoisson(bg, p[0]!),
  randomLaplace: (bg, p) => randomLaplace(bg, p[0]!, p[1]!),
  randomGumbel: (bg, p) => randomGumbel(bg, p[0]!, p[1]!),
  randomLogistic: (bg, p) => randomLogistic(bg, p[0]!, p[1]!),
  randomTriangular: (bg, p) => randomTriangular(bg, p[0]!, p[1]!, p[2]!),
  randomGeometric: (bg, p) => randomGeometric(bg, p[0]!),
};

/**
 * Cases whose values pass through log/exp (src/math) and would differ from glibc in the last bit:
 * case id -> the function. Empty since src/math became glibc-exact.
 */
const LIBM_DEPENDENT: Record<string, string> = {};

function mtKeyHash(bg: MT19937): string {
  const key = bg.state.state.key;
  return sha256Hex(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
}

const doc = loadGolden<Case>('generator_dists_shared');

describe('shared samplers (golden, Generator(MT19937(seed)))', () => {
  for (const c of doc.cases) {
    if (c.sampler === 'randomLoggam') continue;
    const libm = LIBM_DEPENDENT[c.id];
    it.skipIf(libm !== undefined)(`${c.id}${libm ? ` (skipped: last-bit ${libm} differs from glibc)` : ''}`, () => {
      const bg = new MT19937(c.seed);
      const f = SAMPLERS[c.sampler]!;
      const out = new Float64Array(c.n);
      for (let i = 0; i < c.n; i++) out[i] = f(bg, c.params);
      expectExact(out, c.value, c.id);
      expect(bg.state.state.pos).toBe(c.state!.pos);
      expect(mtKeyHash(bg)).toBe(c.state!.key_sha256);
    });
  }

  const lg = doc.cases.find((c) => c.sampler === 'randomLoggam')!;
  it.skipIf(LIBM_DEPENDENT[lg.id] !== undefined)('randomLoggam', () => {
    const xs = decode(lg.xs!) as Float64Array;
    expectExact(Float64Array.from(xs, (x) => randomLoggam(x)), lg.value, 'loggam');
  });
});

describe('shared samplers: edge behaviour', () => {
  it('poisson(0) returns 0 without drawing', () => {
    const bg = new MT19937(5);
    const before = mtKeyHash(bg) + bg.state.state.pos;
    expect(randomPoisson(bg, 0)).toBe(0);
    expect(mtKeyHash(bg) + bg.state.state.pos).toBe(before);
  });
  it('geometric search with p = 1 is always 1 and draws once', () => {
    const bg = new MT19937(5);
    const twin = new MT19937(5);
    twin.next_double();
    expect(randomGeometricSearch(bg, 1)).toBe(1);
    expect(bg.state.state.pos).toBe(twin.state.state.pos);
    expect(mtKeyHash(bg)).toBe(mtKeyHash(twin));
  });
});
