// RandomState's double-block fills (legacy_fill.ts) against the draw-by-draw legacy samplers the
// golden suites check: the same bits, the same gauss cache and generator state afterwards.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import {
  fillLegacyGauss, fillLegacyLognormal, fillLegacyNormal, fillLegacyPareto, fillLegacyPower, fillLegacyRayleigh,
  fillLegacyWeibull,
} from '../../src/distributions/legacy_fill.js';
import { type AugState, legacyGauss } from '../../src/legacy/aug_state.js';
import { fillLegacyExponential, legacyExponential } from '../../src/legacy/distributions/exponential.js';
import { legacyLognormal, legacyNormal } from '../../src/legacy/distributions/normal.js';
import { legacyPareto } from '../../src/legacy/distributions/pareto.js';
import { legacyPower } from '../../src/legacy/distributions/power.js';
import { legacyRayleigh } from '../../src/legacy/distributions/rayleigh.js';
import { legacyWeibull } from '../../src/legacy/distributions/weibull.js';

const GENS: [string, (s: number) => BitGenerator][] = [
  ['MT19937', (s) => new MT19937(s)], ['PCG64', (s) => new PCG64(s)], ['PCG64DXSM', (s) => new PCG64DXSM(s)],
  ['Philox', (s) => new Philox(s)], ['SFC64', (s) => new SFC64(s)],
];
type Fill = (s: AugState, o: Float64Array, n: number) => void;
const CASES: [string, Fill, (s: AugState) => number][] = [
  ['gauss', fillLegacyGauss, legacyGauss],
  ['normal', (s, o, n) => fillLegacyNormal(s, o, n, 2, 3), (s) => legacyNormal(s, 2, 3)],
  ['lognormal', (s, o, n) => fillLegacyLognormal(s, o, n, 0.5, 0.25), (s) => legacyLognormal(s, 0.5, 0.25)],
  ['rayleigh', (s, o, n) => fillLegacyRayleigh(s.bitgen, o, n, 2), (s) => legacyRayleigh(s.bitgen, 2)],
  ['weibull', (s, o, n) => fillLegacyWeibull(s.bitgen, o, n, 1.5), (s) => legacyWeibull(s, 1.5)],
  ['weibull(0)', (s, o, n) => fillLegacyWeibull(s.bitgen, o, n, 0), (s) => legacyWeibull(s, 0)],
  ['pareto', (s, o, n) => fillLegacyPareto(s.bitgen, o, n, 3), (s) => legacyPareto(s, 3)],
  ['power', (s, o, n) => fillLegacyPower(s.bitgen, o, n, 0.5), (s) => legacyPower(s, 0.5)],
  ['exponential', (s, o, n) => fillLegacyExponential(s, o, n, 2.5), (s) => legacyExponential(s, 2.5)],
];
const bits = (a: Float64Array) => new Uint32Array(a.buffer.slice(0));

describe('legacy double-block fills are the draw-by-draw samplers', () => {
  for (const [gname, make] of GENS) {
    for (const [name, fill, draw] of CASES) {
      for (const cached of [0, 1]) {
        it(`${gname} ${name}${cached ? ' (gauss cached first)' : ''}`, () => {
          // (MT19937's fused kernels from 64 values, in chunks of 8192)
          for (const n of [0, 1, 2, 3, 63, 64, 65, 1023, 1024, 1025, 2501, 16385, 20002]) {
            const a: AugState = { bitgen: make(n), has_gauss: cached, gauss: cached ? 0.25 : 0 };
            const b: AugState = { bitgen: make(n), has_gauss: cached, gauss: cached ? 0.25 : 0 };
            const got = new Float64Array(n), want = new Float64Array(n);
            fill(a, got, n);
            for (let i = 0; i < n; i++) want[i] = draw(b);
            expect(bits(got)).toEqual(bits(want));
            expect([a.has_gauss, a.gauss, a.bitgen.next_uint32(), a.bitgen.next_double()])
              .toEqual([b.has_gauss, b.gauss, b.bitgen.next_uint32(), b.bitgen.next_double()]);
          }
        });
      }
    }
  }
});

describe('legacy exponential fill at the edges of U and scale', () => {
  // U = 0 gives -log(1) = -0 (numpy's sign: scale * -0.0), U near 1 the largest values
  const U = [0, 2 ** -53, 0.5, 1 - 2 ** -53, 0.25, 0, 1e-300];
  const source = (): BitGenerator => {
    let k = 0;
    const next = (): number => U[k++ % U.length]!;
    return { next_double: next, fill_double: (o: Float64Array, s = 0, e = o.length) => { for (let i = s; i < e; i++) o[i] = next(); } } as unknown as BitGenerator;
  };
  for (const scale of [2.5, 0, Infinity, 1e-300, 1e300, NaN, -NaN]) {
    it(`scale ${scale}`, () => {
      for (const n of [1, 7, 5000]) {
        const a: AugState = { bitgen: source(), has_gauss: 0, gauss: 0 };
        const b: AugState = { bitgen: source(), has_gauss: 0, gauss: 0 };
        const got = new Float64Array(n), want = new Float64Array(n);
        fillLegacyExponential(a, got, n, scale);
        for (let i = 0; i < n; i++) want[i] = legacyExponential(b, scale);
        expect(bits(got)).toEqual(bits(want));
        expect(bits(got.slice(0, 1))).toEqual(bits(new Float64Array([scale * -0.0])));
      }
    });
  }
});
