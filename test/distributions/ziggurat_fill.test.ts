// The block-reading fills (ziggurat_fill.ts) against numpy's draw-by-draw samplers, which the
// golden suites check against numpy: the same bits and the same generator state afterwards, on
// every bit generator, with enough values that the ziggurats' wedge and tail branches run.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import {
  randomExponential, randomLognormal, randomNormal, randomPareto, randomPower, randomRayleigh,
  randomStandardCauchy, randomWeibull,
} from '../../src/distributions/continuous.js';
import { randomStandardExponential } from '../../src/distributions/exponential.js';
import { fillGeometric, randomGeometric } from '../../src/distributions/geometric.js';
import { randomGumbel } from '../../src/distributions/gumbel.js';
import { randomLaplace } from '../../src/distributions/laplace.js';
import { randomLogistic } from '../../src/distributions/logistic.js';
import { randomStandardNormal } from '../../src/distributions/normal.js';
import { randomUniform } from '../../src/distributions/uniform.js';
import {
  fillExponential, fillGumbel, fillLaplace, fillLogistic, fillLognormal, fillNormal, fillPareto, fillPower, fillRayleigh,
  fillStandardCauchy, fillStandardExponential, fillStandardExponentialF, fillStandardNormal, fillStandardNormalF,
  fillUniform, fillWeibull,
} from '../../src/distributions/ziggurat_fill.js';
import { fillTriangular, randomTriangular } from '../../src/distributions/triangular.js';
import { randomStandardExponentialF } from '../../src/distributions/exponential.js';
import { randomStandardNormalF } from '../../src/distributions/normal.js';

const GENS: [string, (s: number) => BitGenerator][] = [
  ['MT19937', (s) => new MT19937(s)], ['PCG64', (s) => new PCG64(s)], ['PCG64DXSM', (s) => new PCG64DXSM(s)],
  ['Philox', (s) => new Philox(s)], ['SFC64', (s) => new SFC64(s)],
];

type Fill = (bg: BitGenerator, o: Float64Array, n: number) => void;
type Draw = (bg: BitGenerator) => number;
const CASES: [string, Fill, Draw][] = [
  ['standard_normal', (bg, o, n) => fillStandardNormal(bg, o, n), randomStandardNormal],
  ['standard_exponential', (bg, o, n) => fillStandardExponential(bg, o, n), randomStandardExponential],
  ['normal', (bg, o, n) => fillNormal(bg, o, n, 3, 0.5), (bg) => randomNormal(bg, 3, 0.5)],
  ['lognormal', (bg, o, n) => fillLognormal(bg, o, n, 0.1, 2), (bg) => randomLognormal(bg, 0.1, 2)],
  ['exponential', (bg, o, n) => fillExponential(bg, o, n, 2.5), (bg) => randomExponential(bg, 2.5)],
  ['rayleigh', (bg, o, n) => fillRayleigh(bg, o, n, 1.5), (bg) => randomRayleigh(bg, 1.5)],
  ['pareto', (bg, o, n) => fillPareto(bg, o, n, 3), (bg) => randomPareto(bg, 3)],
  ['weibull', (bg, o, n) => fillWeibull(bg, o, n, 2), (bg) => randomWeibull(bg, 2)],
  ['weibull(0)', (bg, o, n) => fillWeibull(bg, o, n, 0), (bg) => randomWeibull(bg, 0)],
  ['power', (bg, o, n) => fillPower(bg, o, n, 0.7), (bg) => randomPower(bg, 0.7)],
  ['standard_cauchy', (bg, o, n) => fillStandardCauchy(bg, o, n), randomStandardCauchy],
  ['uniform', (bg, o, n) => fillUniform(bg, o, n, -1, 3), (bg) => randomUniform(bg, -1, 3)],
  ['triangular', (bg, o, n) => fillTriangular(bg, o, n, -1, 0.5, 3), (bg) => randomTriangular(bg, -1, 0.5, 3)],
  ['triangular mode = left', (bg, o, n) => fillTriangular(bg, o, n, 2, 2, 7), (bg) => randomTriangular(bg, 2, 2, 7)],
  ['logistic', (bg, o, n) => fillLogistic(bg, o, n, 1, 2), (bg) => randomLogistic(bg, 1, 2)],
  ['gumbel', (bg, o, n) => fillGumbel(bg, o, n, 1, 2), (bg) => randomGumbel(bg, 1, 2)],
  ['laplace', (bg, o, n) => fillLaplace(bg, o, n, 1, 2), (bg) => randomLaplace(bg, 1, 2)],
  // the sign picked without a branch for a finite scale, the branches (NaN signs) otherwise
  ...([[Infinity, 2], [NaN, 2], [-0, 0], [1, Infinity], [1, NaN], [-Infinity, Infinity]] as const).map(([loc, scale]) =>
    [`laplace(${loc}, ${scale})`, (bg: BitGenerator, o: Float64Array, n: number) => fillLaplace(bg, o, n, loc, scale),
      (bg: BitGenerator) => randomLaplace(bg, loc, scale)] as (typeof CASES)[number]),
  ['geometric inversion', (bg, o, n) => fillGeometric(bg, o, n, 0.3), (bg) => randomGeometric(bg, 0.3)],
  ['geometric search', (bg, o, n) => fillGeometric(bg, o, n, 0.5), (bg) => randomGeometric(bg, 0.5)],
  ['geometric clamped', (bg, o, n) => fillGeometric(bg, o, n, 1e-25), (bg) => randomGeometric(bg, 1e-25)],
];
const bits = (a: Float64Array) => new Uint32Array(a.buffer.slice(0));
const after = (bg: BitGenerator) => [bg.next_uint32(), bg.next_uint32(), bg.next_double()];

describe('block fills are the draw-by-draw samplers', () => {
  for (const [gname, make] of GENS) {
    for (const [name, fill, draw] of CASES) {
      it(`${gname} ${name}`, () => {
        for (const n of [1, 3, 1023, 1025, 3000, 8193]) { // 8192: the transforms' span
          const a = make(n), b = make(n);
          a.next_uint32(); b.next_uint32(); // a buffered uint32 half must survive the fills
          const got = new Float64Array(n), want = new Float64Array(n);
          fill(a, got, n);
          for (let i = 0; i < n; i++) want[i] = draw(b);
          expect(bits(got)).toEqual(bits(want));
          expect(after(a)).toEqual(after(b));
        }
      });
    }
  }
  for (const [gname, make] of GENS) {
    for (const [name, fill, draw] of [
      ['standard_normal float32', fillStandardNormalF, randomStandardNormalF],
      ['standard_exponential float32', fillStandardExponentialF, randomStandardExponentialF],
    ] as const) {
      it(`${gname} ${name}`, () => {
        for (const n of [1, 2, 1023, 1025, 4000]) {
          const a = make(n), b = make(n);
          a.next_uint32(); b.next_uint32();
          const got = new Float32Array(n), want = new Float32Array(n);
          fill(a, got, n);
          for (let i = 0; i < n; i++) want[i] = draw(b);
          expect(new Uint32Array(got.buffer)).toEqual(new Uint32Array(want.buffer));
          expect(after(a)).toEqual(after(b));
        }
      });
    }
  }
  it('the ziggurat tails and wedges ran (enough values to reach them)', () => {
    // idx 0 (the tail) comes once per 256 draws at most; 3000 values per case reach it
    const bg = new PCG64(5);
    const o = new Float64Array(20000);
    fillStandardNormal(bg, o, o.length);
    expect(o.some((x) => Math.abs(x) > 3.6541528853610088)).toBe(true);
  });
});
