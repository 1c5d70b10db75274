// The fills that compute a sampler's parameter-only constants once (zipf, logseries, poisson, the
// legacy geometric inversion) against the draw-by-draw samplers, which the golden suites check
// against numpy: the same values and the same generator state afterwards, on every bit generator.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import { fillLogseries, randomLogseries } from '../../src/distributions/logseries.js';
import { fillPoisson, randomPoisson } from '../../src/distributions/poisson.js';
import { fillZipf, randomZipf } from '../../src/distributions/zipf.js';
import { fillGamma, randomStandardGamma } from '../../src/distributions/gamma.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { fillLegacyGeometric, legacyGeometric } from '../../src/legacy/distributions/geometric.js';
import { fillHypergeometric, randomHypergeometric } from '../../src/distributions/hypergeometric.js';
import { fillLegacyHypergeometric, legacyHypergeometric } from '../../src/legacy/distributions/hypergeometric.js';
import { fillLegacyLogseries, legacyLogseries } from '../../src/legacy/distributions/logseries.js';
import { fillLegacyZipf, legacyZipf } from '../../src/legacy/distributions/zipf.js';

const GENS: [string, (s: number) => BitGenerator][] = [
  ['MT19937', (s) => new MT19937(s)], ['PCG64', (s) => new PCG64(s)], ['Philox', (s) => new Philox(s)],
  ['SFC64', (s) => new SFC64(s)], ['PCG64DXSM', (s) => new PCG64DXSM(s)],
];
type Fill = (bg: BitGenerator, o: Float64Array, n: number, a: number) => void;
type Draw = (bg: BitGenerator, a: number) => number;
const CASES: [string, Fill, Draw, number[]][] = [
  ['zipf', fillZipf, randomZipf, [1.0001, 1.5, 2, 7.5, 1024.9, 1025, 3000]],
  ['legacy zipf', fillLegacyZipf, legacyZipf, [1.5, 2, 7.5, 300]],
  ['logseries', fillLogseries, randomLogseries, [1e-9, 0.3, 0.6, 0.999999]],
  ['legacy logseries', fillLegacyLogseries, legacyLogseries, [1e-9, 0.3, 0.6, 0.999999]],
  ['poisson', fillPoisson, randomPoisson, [0, 1e-300, 0.5, 3, 9.999, 10, 57.5, 1e6]],
  ['legacy geometric', fillLegacyGeometric, legacyGeometric, [1e-300, 1e-20, 0.01, 0.3, 1 / 3, 0.5, 1]],
];

// hypergeometric (good, bad, sample): HYP/sampling below 10 or 11, HRUA above, memo sizes capped
const HYPER: [number, number, number][] = [
  [50, 50, 20], [5, 7, 3], [10, 10, 10], [10, 10, 11], [100, 3, 50], [3, 100, 97], [1000, 2000, 1500], [40000, 50000, 30000],
  [2 ** 40, 2 ** 41, 2 ** 38], [0, 20, 15], [20, 0, 15],
];
describe('fillGamma is scale * randomStandardGamma (block-read outputs)', () => {
  for (const [gname, make] of GENS) {
    it(gname, () => {
      for (const [shape, scale] of [[0, 1], [1e-300, 1], [0.3, 2], [0.999, 1], [1, 3], [1.0001, 1], [2.5, 1], [50, 0.5], [1e7, 1]]) {
        for (const n of [1, 2, 600, 1500, 6000]) {
          const x = make(n), y = make(n);
          x.next_uint32(); y.next_uint32();
          const got = new Float64Array(n), want = new Float64Array(n);
          fillGamma(x, got, n, shape!, scale!);
          for (let i = 0; i < n; i++) want[i] = scale! * randomStandardGamma(y, shape!);
          expect(Array.from(got)).toEqual(Array.from(want));
          expect([x.next_uint32(), x.next_double()]).toEqual([y.next_uint32(), y.next_double()]);
        }
      }
    });
  }
});

describe('hypergeometric fills are the draw-by-draw samplers', () => {
  for (const [gname, make] of GENS) {
    for (const [name, fill, draw] of [
      ['Generator', fillHypergeometric, randomHypergeometric], ['legacy', fillLegacyHypergeometric, legacyHypergeometric],
    ] as const) {
      it(`${gname} ${name}`, () => {
        for (const [g, b, s] of HYPER) {
          if (name === 'Generator' && g + b >= 1e9) continue; // Generator caps ngood and nbad below 10**9
          for (const n of [1, 17, 300]) {
            const x = make(n), y = make(n);
            const got = new Float64Array(n), want = new Float64Array(n);
            fill(x, got, n, g, b, s);
            for (let i = 0; i < n; i++) want[i] = draw(y, g, b, s);
            expect(Array.from(got)).toEqual(Array.from(want));
            expect([x.next_uint32(), x.next_double()]).toEqual([y.next_uint32(), y.next_double()]);
          }
        }
      });
    }
  }
});

describe('parameter-hoisting fills are the draw-by-draw samplers', () => {
  for (const [gname, make] of GENS) {
    for (const [name, fill, draw, params] of CASES) {
      it(`${gname} ${name}`, () => {
        for (const a of params) {
          for (const n of [1, 2, 100, 1000, 2500]) {
            const x = make(n), y = make(n);
            x.next_uint32(); y.next_uint32(); // a buffered uint32 half must survive
            const got = new Float64Array(n), want = new Float64Array(n);
            fill(x, got, n, a);
            for (let i = 0; i < n; i++) want[i] = draw(y, a);
            expect(Array.from(got).map((v) => Object.is(v, -0) ? '-0' : v)).toEqual(Array.from(want).map((v) => Object.is(v, -0) ? '-0' : v));
            expect([x.next_uint32(), x.next_double()]).toEqual([y.next_uint32(), y.next_double()]);
          }
        }
      });
    }
  }
});
