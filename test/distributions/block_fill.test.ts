// The fills that read their draws from blocks (Generator's output block: ziggurat_fill.ts's
// blockNormal/blockDouble/blockExponential/blockNormalF/blockFloat; RandomState's read-ahead
// AugState: legacy/block_fills.ts) against the draw-by-draw samplers the golden suites check
// against numpy: the same bits and the same generator state (and gauss cache) afterwards, on every
// bit generator, for parameters on both sides of each fill's block condition.
import { describe, expect, it } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { PCG64DXSM } from '../../src/bitgen/pcg64dxsm.js';
import { Philox } from '../../src/bitgen/philox.js';
import { SFC64 } from '../../src/bitgen/sfc64.js';
import { fillBeta, randomBeta } from '../../src/distributions/beta.js';
import {
  fillF, fillNoncentralChisquare, fillNoncentralF, randomF, randomNoncentralChisquare, randomNoncentralF,
} from '../../src/distributions/chisquare.js';
import { fillStandardT, fillWald, randomStandardT, randomWald } from '../../src/distributions/continuous.js';
import { dirichletFill } from '../../src/distributions/dirichlet.js';
import { fillGammaF, randomStandardGamma, randomStandardGammaF } from '../../src/distributions/gamma.js';
import { fillVonmises, randomVonmises } from '../../src/distributions/vonmises.js';
import type { AugState } from '../../src/legacy/aug_state.js';
import { fillNegativeBinomial, randomNegativeBinomial } from '../../src/distributions/negative_binomial.js';
import {
  fillLegacyBeta, fillLegacyChisquare, fillLegacyDirichlet, fillLegacyF, fillLegacyGamma, fillLegacyNegativeBinomial,
  fillLegacyNoncentralChisquare, fillLegacyNoncentralF, fillLegacyStandardGamma, fillLegacyStandardT, fillLegacyVonmises,
  fillLegacyWald,
} from '../../src/legacy/block_fills.js';
import { legacyBeta } from '../../src/legacy/distributions/beta.js';
import { legacyChisquare } from '../../src/legacy/distributions/chisquare.js';
import { legacyDirichletRow } from '../../src/legacy/distributions/dirichlet.js';
import { legacyF, legacyNoncentralF } from '../../src/legacy/distributions/f.js';
import { legacyGamma, legacyStandardGamma } from '../../src/legacy/distributions/gamma.js';
import { legacyNegativeBinomial } from '../../src/legacy/distributions/negative_binomial.js';
import { legacyNoncentralChisquare } from '../../src/legacy/distributions/noncentral_chisquare.js';
import { legacyStandardT } from '../../src/legacy/distributions/standard_t.js';
import { legacyVonmises } from '../../src/legacy/distributions/vonmises.js';
import { legacyWald } from '../../src/legacy/distributions/wald.js';

const GENS: [string, (s: number) => BitGenerator][] = [
  ['MT19937', (s) => new MT19937(s)], ['PCG64', (s) => new PCG64(s)], ['PCG64DXSM', (s) => new PCG64DXSM(s)],
  ['Philox', (s) => new Philox(s)], ['SFC64', (s) => new SFC64(s)],
];
const SIZES = [1, 2, 3, 700, 2600];
const bits = (a: Float64Array | Float32Array) => Array.from(new Uint32Array(a.buffer.slice(0)));
/** Both generators' next draws after a call: equal when the states are. */
const after = (bg: BitGenerator) => [bg.next_uint32(), bg.next_double()];

type Fill = (bg: BitGenerator, o: Float64Array, n: number) => void;
type Draw = (bg: BitGenerator) => number;
const P = (f: number[]) => f;
const GEN_CASES: [string, Fill, Draw][] = [
  ...P([0.5, 2, 2.0000001, 5, 1e8]).map((df) => [`standard_t(${df})`,
    (bg: BitGenerator, o: Float64Array, n: number) => fillStandardT(bg, o, n, df), (bg: BitGenerator) => randomStandardT(bg, df)] as [string, Fill, Draw]),
  ...[[0.5, 3], [1, 1], [1.5, 2], [2, 3], [1e6, 1.0000001]].map(([a, b]) => [`beta(${a}, ${b})`,
    (bg: BitGenerator, o: Float64Array, n: number) => fillBeta(bg, o, n, a!, b!), (bg: BitGenerator) => randomBeta(bg, a!, b!)] as [string, Fill, Draw]),
  ...[[1, 7], [2, 5], [5, 7], [2.5, 1e4]].map(([a, b]) => [`f(${a}, ${b})`,
    (bg: BitGenerator, o: Float64Array, n: number) => fillF(bg, o, n, a!, b!), (bg: BitGenerator) => randomF(bg, a!, b!)] as [string, Fill, Draw]),
  ...[[0.5, 1], [2, 1], [3, 1], [3.5, 1], [5, 0], [5, 1], [50, 1e3], [5, NaN]].map(([df, nc]) => [`noncentral_chisquare(${df}, ${nc})`,
    (bg: BitGenerator, o: Float64Array, n: number) => fillNoncentralChisquare(bg, o, n, df!, nc!),
    (bg: BitGenerator) => randomNoncentralChisquare(bg, df!, nc!)] as [string, Fill, Draw]),
  ...[[5, 7, 1], [5, 2, 1], [3, 7, 1], [5, 7, 0]].map(([a, b, c]) => [`noncentral_f(${a}, ${b}, ${c})`,
    (bg: BitGenerator, o: Float64Array, n: number) => fillNoncentralF(bg, o, n, a!, b!, c!),
    (bg: BitGenerator) => randomNoncentralF(bg, a!, b!, c!)] as [string, Fill, Draw]),
  ...[[1, 2], [1e-3, 1e3], [5, 1e-9]].map(([m, s]) => [`wald(${m}, ${s})`,
    (bg: BitGenerator, o: Float64Array, n: number) => fillWald(bg, o, n, m!, s!), (bg: BitGenerator) => randomWald(bg, m!, s!)] as [string, Fill, Draw]),
  ...[[5, 0.5], [0.3, 0.2], [1, 0.9], [1e3, 0.999], [2, 1], [1e-300, 0.5], [50, 0.3], [10, 0.5], [1.0000001, 0.01], [3, 1 - 2 ** -52]].map(([nn, p]) => [`negative_binomial(${nn}, ${p})`,
    (bg: BitGenerator, o: Float64Array, n: number) => fillNegativeBinomial(bg, o, n, nn!, p!),
    (bg: BitGenerator) => randomNegativeBinomial(bg, nn!, p!)] as [string, Fill, Draw]),
  ...[[0, 2], [1, 1e-9], [1, 1e-6], [-3, 1e7], [0, NaN], [-Infinity, 2]].map(([mu, k]) => [`vonmises(${mu}, ${k})`,
    (bg: BitGenerator, o: Float64Array, n: number) => fillVonmises(bg, o, n, mu!, k!), (bg: BitGenerator) => randomVonmises(bg, mu!, k!)] as [string, Fill, Draw]),
];

describe('Generator block fills are the draw-by-draw samplers', () => {
  for (const [gname, make] of GENS) {
    it(gname, () => {
      for (const [name, fill, draw] of GEN_CASES) {
        for (const n of SIZES) {
          const x = make(n), y = make(n);
          x.next_uint32(); y.next_uint32(); // a buffered half word first
          const got = new Float64Array(n), want = new Float64Array(n);
          fill(x, got, n);
          for (let i = 0; i < n; i++) want[i] = draw(y);
          expect(bits(got), `${name} n=${n}`).toEqual(bits(want));
          expect(after(x), `${name} n=${n} state`).toEqual(after(y));
        }
      }
    });
    it(`${gname} float32 standard_gamma`, () => {
      for (const shape of [0, 0.5, 1, 1.0000001, 2.5, 7, 1e6].map(Math.fround)) {
        for (const n of SIZES) {
          const x = make(n), y = make(n);
          x.next_uint32(); y.next_uint32();
          const got = new Float32Array(n), want = new Float32Array(n);
          fillGammaF(x, got, n, shape);
          for (let i = 0; i < n; i++) want[i] = randomStandardGammaF(y, shape);
          expect(bits(got), `shape=${shape} n=${n}`).toEqual(bits(want));
          expect(after(x)).toEqual(after(y));
        }
      }
    });
    it(`${gname} dirichlet`, () => {
      for (const alpha of [[1, 2, 3], [1], [0, 1], [1, 0, 5.5], [0.5, 2], [0.05, 0.01], [1e6, 1.0000001], [2, 2, 2], [1, 1, 1, 1], [0, 0, 3]]) {
        const a = Float64Array.from(alpha);
        for (const rows of [1, 2, 501, 3001]) {
          const x = make(rows), y = make(rows);
          const got = new Float64Array(rows * a.length), want = new Float64Array(rows * a.length);
          dirichletFill(x, a, got);
          if (Math.max(...alpha) < 0.1) dirichletFill(y, a, want); // the stick-breaking path is not blocked
          else {
            for (let i = 0; i < want.length; i += a.length) {
              let acc = 0;
              for (let j = 0; j < a.length; j++) acc += (want[i + j] = randomStandardGamma(y, a[j]!));
              for (let j = 0; j < a.length; j++) want[i + j] = want[i + j]! * (1 / acc);
            }
          }
          expect(bits(got), `alpha=${alpha} rows=${rows}`).toEqual(bits(want));
          expect(after(x)).toEqual(after(y));
        }
      }
    });
  }
});

type LegacyFill = (s: AugState, o: Float64Array, n: number) => void;
type LegacyDraw = (s: AugState) => number;
const LEGACY_CASES: [string, LegacyFill, LegacyDraw][] = [
  // (1.0001: a gauss with 1 + c X <= 0 about once in 140 candidates, which the batched stream splits again at)
  ...P([0, 0.3, 1, 1.0001, 2.5, 1e6]).flatMap((a) => [
    [`standard_gamma(${a})`, (s: AugState, o: Float64Array, n: number) => fillLegacyStandardGamma(s, o, n, a), (s: AugState) => legacyStandardGamma(s, a)] as [string, LegacyFill, LegacyDraw],
    [`gamma(${a}, 2)`, (s: AugState, o: Float64Array, n: number) => fillLegacyGamma(s, o, n, a, 2), (s: AugState) => legacyGamma(s, a, 2)] as [string, LegacyFill, LegacyDraw],
    [`chisquare(${a})`, (s: AugState, o: Float64Array, n: number) => fillLegacyChisquare(s, o, n, a), (s: AugState) => legacyChisquare(s, a)] as [string, LegacyFill, LegacyDraw],
    [`standard_t(${a})`, (s: AugState, o: Float64Array, n: number) => fillLegacyStandardT(s, o, n, a), (s: AugState) => legacyStandardT(s, a)] as [string, LegacyFill, LegacyDraw],
    [`negative_binomial(${a}, 0.4)`, (s: AugState, o: Float64Array, n: number) => fillLegacyNegativeBinomial(s, o, n, a, 0.4),
      (s: AugState) => legacyNegativeBinomial(s, a, 0.4)] as [string, LegacyFill, LegacyDraw],
  ]),
  ...[[0.5, 0.7], [2, 3], [0.3, 5], [1.0001, 40]].map(([a, b]) => [`beta(${a}, ${b})`,
    (s: AugState, o: Float64Array, n: number) => fillLegacyBeta(s, o, n, a!, b!), (s: AugState) => legacyBeta(s, a!, b!)] as [string, LegacyFill, LegacyDraw]),
  ...[[1, 7], [5, 7], [2.0002, 3]].map(([a, b]) => [`f(${a}, ${b})`,
    (s: AugState, o: Float64Array, n: number) => fillLegacyF(s, o, n, a!, b!), (s: AugState) => legacyF(s, a!, b!)] as [string, LegacyFill, LegacyDraw]),
  // (the t and the noncentral fills run the stream with lone gausses: shapes near 1 to split it again often)
  ...[2.0002, 3, 40].map((df) => [`standard_t(${df})`, (s: AugState, o: Float64Array, n: number) => fillLegacyStandardT(s, o, n, df),
    (s: AugState) => legacyStandardT(s, df)] as [string, LegacyFill, LegacyDraw]),
  ...[[0.5, 1], [5, 1], [5, 0], [5, NaN], [3.0002, 1], [4, 0.5], [3, 2], [9, 1e-300], [7, Infinity]].map(([df, nc]) => [`noncentral_chisquare(${df}, ${nc})`,
    (s: AugState, o: Float64Array, n: number) => fillLegacyNoncentralChisquare(s, o, n, df!, nc!),
    (s: AugState) => legacyNoncentralChisquare(s, df!, nc!)] as [string, LegacyFill, LegacyDraw]),
  ...[[5, 7, 1], [0.5, 7, 1], [3.0002, 2.0002, 1], [6, 9, 2], [3, 5, 1], [5, 2, 1], [40, 40, 0.1]].map(([a, b, c]) => [`noncentral_f(${a}, ${b}, ${c})`,
    (s: AugState, o: Float64Array, n: number) => fillLegacyNoncentralF(s, o, n, a!, b!, c!),
    (s: AugState) => legacyNoncentralF(s, a!, b!, c!)] as [string, LegacyFill, LegacyDraw]),
  ['wald(1, 2)', (s, o, n) => fillLegacyWald(s, o, n, 1, 2), (s) => legacyWald(s, 1, 2)],
  ['vonmises(0, 2)', (s, o, n) => fillLegacyVonmises(s.bitgen, o, n, 0, 2), (s) => legacyVonmises(s.bitgen, 0, 2)],
  ['vonmises(1, NaN)', (s, o, n) => fillLegacyVonmises(s.bitgen, o, n, 1, NaN), (s) => legacyVonmises(s.bitgen, 1, NaN)],
];

describe('RandomState block fills are the draw-by-draw samplers', () => {
  for (const [gname, make] of GENS.slice(0, 2)) {
    for (const cached of [0, 1]) {
      it(`${gname}${cached ? ' (gauss cached first)' : ''}`, () => {
        for (const [name, fill, draw] of LEGACY_CASES) {
          for (const n of SIZES) {
            const a: AugState = { bitgen: make(n), has_gauss: cached, gauss: cached ? 0.25 : 0 };
            const b: AugState = { bitgen: make(n), has_gauss: cached, gauss: cached ? 0.25 : 0 };
            const got = new Float64Array(n), want = new Float64Array(n);
            fill(a, got, n);
            for (let i = 0; i < n; i++) want[i] = draw(b);
            expect(bits(got), `${name} n=${n}`).toEqual(bits(want));
            expect([a.has_gauss, a.gauss, ...after(a.bitgen)], `${name} n=${n} state`).toEqual([b.has_gauss, b.gauss, ...after(b.bitgen)]);
          }
        }
        for (const alpha of [[1, 2, 3], [0.2], [1e-300, 3], [2, 3.5, 1.0001]]) {
          const al = Float64Array.from(alpha);
          const a: AugState = { bitgen: make(7), has_gauss: cached, gauss: cached ? 0.25 : 0 };
          const b: AugState = { bitgen: make(7), has_gauss: cached, gauss: cached ? 0.25 : 0 };
          const got = new Float64Array(1500 * al.length), want = new Float64Array(1500 * al.length);
          fillLegacyDirichlet(a, al, got);
          for (let i = 0; i < want.length; i += al.length) legacyDirichletRow(b, al, want, i);
          expect(bits(got)).toEqual(bits(want));
          expect([a.has_gauss, a.gauss, ...after(a.bitgen)]).toEqual([b.has_gauss, b.gauss, ...after(b.bitgen)]);
        }
      });
    }
  }
});
