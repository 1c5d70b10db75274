// The block forms of log, exp, log1p, expm1, pow, cos and sin (src/math/wasm/backend.ts: one call
// for many doubles, what the fills use) against the scalar TypeScript functions, on both backends,
// through applyBlock's chunking (spans that end inside a block, and longer than one).
import { afterAll, describe, expect, it } from 'vitest';
import { applyBlock } from '../../src/math/block_apply.js';
import { cos as cosTs } from '../../src/math/cos.js';
import { exp as expTs } from '../../src/math/exp.js';
import { expm1 as expm1Ts } from '../../src/math/expm1.js';
import { log as logTs } from '../../src/math/log.js';
import { log1p as log1pTs } from '../../src/math/log1p.js';
import { pow as powTs } from '../../src/math/pow.js';
import { sin as sinTs } from '../../src/math/sin.js';
import {
  type Block, cosBlock, expBlock, expm1Block, getMathBackend, log1pBlock, logBlock, powBlock, setMathBackend, sinBlock,
} from '../../src/math/wasm/backend.js';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
let s0 = 0x1234567, s1 = 0x89abcdef;
const u32 = (): number => {
  // xorshift64 halves: deterministic words
  let a = s0, b = s1;
  a ^= (a << 13) | (b >>> 19); b ^= b << 13;
  s0 = b >>> 0; s1 = (a ^ (b >>> 7)) >>> 0;
  return s1;
};
const u01 = (): number => (u32() * 2097152 + (u32() >>> 11)) / 9007199254740992;
const anyBits = (): number => { U32[0] = u32(); U32[1] = u32(); return F64[0]!; };
const SPECIAL = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, 2 ** -1074, -(2 ** -1074), 2 ** -1022, Number.MAX_VALUE, -Number.MAX_VALUE, 710, -746, 1e-300];

/** n inputs: the special values, random bits, and the samplers' ranges. */
function inputs(n: number, range: () => number): Float64Array {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = i < SPECIAL.length ? SPECIAL[i]! : i % 3 === 0 ? anyBits() : range();
  return x;
}

const same = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

const UNARY: Array<[string, () => Block, (x: number) => number, () => number]> = [
  ['log', logBlock, logTs, () => 1 - u01()],
  ['exp', expBlock, expTs, () => 40 * u01() - 20],
  ['log1p', log1pBlock, log1pTs, () => -u01()],
  ['expm1', expm1Block, expm1Ts, () => 8 * u01() - 4],
  ['cos', cosBlock, cosTs, () => 2 * Math.PI * u01()],
  ['sin', sinBlock, sinTs, () => 2 * Math.PI * u01()],
];
/** 2^e times a random significand, e uniform in [lo, hi). */
const wide = (lo: number, hi: number) => (): number => (1 + u01()) * 2 ** Math.floor(lo + (hi - lo) * u01());
const VECTOR: Array<[string, () => Block, (x: number) => number, Array<() => number>]> = [
  ['log', logBlock, logTs, [() => 1 - u01(), wide(-1074, 1024), () => 0.9 + 0.2 * u01(), () => (u32() & 1 ? 1 - u01() : anyBits())]],
  ['exp', expBlock, expTs, [() => 4 * u01() - 2, () => 1500 * u01() - 750, () => (u32() & 1 ? 1 : -1) * wide(-70, 10)(),
    () => (u32() & 1 ? 40 * u01() - 20 : anyBits())]],
  ['log1p', log1pBlock, log1pTs, [() => -u01(), wide(-60, 60), () => -wide(-60, 0)() / 2, () => 2 * u01() - 0.5,
    () => (u32() & 1 ? -u01() : anyBits())]],
  ['expm1', expm1Block, expm1Ts, [() => -Math.log(1 - u01()) / 3, () => Math.log(1 - u01()), () => 90 * u01() - 45,
    () => (u32() & 1 ? 1 : -1) * wide(-60, 7)(), () => (u32() & 1 ? 4 * u01() - 2 : anyBits())]],
];
// a span longer than one block and ending inside one, and one shorter than a block
const SPANS: Array<[number, number]> = [[3, 3 + 4096 * 2 + 17], [1, 100]];

afterAll(() => { setMathBackend('wasm'); });

for (const backend of ['wasm', 'ts'] as const) {
  describe(`block forms on the ${backend} backend equal the scalar functions`, () => {
    it('the backend is the one asked for', () => {
      expect(setMathBackend(backend)).toBe(backend);
      expect(getMathBackend()).toBe(backend);
    });
    for (const [name, block, scalar, range] of UNARY) {
      it(`${name}: 30000 inputs, special values included`, () => {
        setMathBackend(backend);
        for (const [s, e] of SPANS) {
          const x = inputs(e + 5, range);
          const o = x.slice();
          applyBlock(block(), o, s, e);
          const bad: string[] = [];
          for (let i = 0; i < o.length; i++) {
            const want = i >= s && i < e ? scalar(x[i]!) : x[i]!;
            if (!same(o[i]!, want)) bad.push(`${name}(${x[i]}) at ${i}: ${o[i]}, want ${want}`);
          }
          expect(bad.slice(0, 5)).toEqual([]);
        }
      });
    }
    // the blocks of log, exp, log1p, expm1 (and pow, below) run two pairs at a time (f64x2, scripts/build_wasm_math.mjs) and
    // hand the lanes they cannot settle to the scalar function: many inputs per class of argument
    for (const [name, block, scalar, ranges] of VECTOR) {
      it(`${name}: 2^18 inputs in each of ${ranges.length} ranges, lanes of every class side by side`, () => {
        setMathBackend(backend);
        const bad: string[] = [];
        for (const range of ranges) {
          const x = new Float64Array(1 << 18);
          for (let i = 0; i < x.length; i++) x[i] = range();
          const o = x.slice();
          applyBlock(block(), o, 0, o.length);
          for (let i = 0; i < o.length; i++) if (!same(o[i]!, scalar(x[i]!))) bad.push(`${name}(${x[i]}): ${o[i]}`);
        }
        expect(bad.slice(0, 5)).toEqual([]);
      });
    }
    it('affine: buf[0, n) = buf * a + b with two roundings in every block, the doubles past n untouched', () => {
      setMathBackend(backend);
      const bad: string[] = [];
      const blocks: Array<[string, () => Block]> = [['log', logBlock], ['exp', expBlock], ['log1p', log1pBlock],
        ['expm1', expm1Block], ['pow', powBlock], ['cos', cosBlock], ['sin', sinBlock]];
      const coefs: Array<[number, number]> = [[-1, 1], [-2.5, -0], [-1, -0], [1, -1], [1 / 3, 0.1], [0, -0], [Infinity, 1], [NaN, 0],
        [-(2 ** -1074), 2 ** 1023]];
      for (const [name, block] of blocks) {
        const B = block();
        for (const n of [0, 1, 2, 3, 4095, 4096]) {
          for (const [a, b] of coefs) {
            const x = inputs(B.buf.length, () => 8 * u01() - 4);
            B.buf.set(x);
            B.affine(n, a, b);
            for (let k = 0; k < B.buf.length; k++) {
              const want = k < n ? x[k]! * a + b : x[k]!;
              if (!same(B.buf[k]!, want)) bad.push(`${name} affine(${n}, ${a}, ${b}) at ${k}: ${B.buf[k]} from ${x[k]}, want ${want}`);
            }
          }
        }
      }
      expect(bad.slice(0, 5)).toEqual([]);
    });
    it('pow\'s block (two pairs at a time where SIMD is) over 2^16 bases in each of 4 ranges, for 12 exponents', () => {
      setMathBackend(backend);
      const bad: string[] = [];
      const ranges = [() => -Math.log(1 - u01()), () => 1 - u01(), wide(-1074, 1024), () => (u32() & 1 ? 30 * u01() : anyBits())];
      for (const y of [0.5, 1 / 3, 1 / 2.5, 2, -1.5, 3, 1e-3, 1e3, -0.7, 300, 1e-300, NaN]) {
        for (const range of ranges) {
          const x = new Float64Array(1 << 16);
          for (let i = 0; i < x.length; i++) x[i] = range();
          const o = x.slice();
          applyBlock(powBlock(), o, 0, o.length, y);
          for (let i = 0; i < o.length; i++) if (!same(o[i]!, powTs(x[i]!, y))) bad.push(`pow(${x[i]}, ${y}): ${o[i]}`);
        }
      }
      expect(bad.slice(0, 5)).toEqual([]);
    });
    it('pow with one exponent per call: 10 exponents, 9000 bases each', () => {
      setMathBackend(backend);
      const bad: string[] = [];
      for (const y of [0.5, 1 / 3, 2, -1.5, 3, 0, -0, 1e-3, 1e3, 7]) {
        const x = inputs(9000, () => 30 * u01());
        const o = x.slice();
        applyBlock(powBlock(), o, 0, o.length, y);
        for (let i = 0; i < o.length; i++) if (!same(o[i]!, powTs(x[i]!, y))) bad.push(`pow(${x[i]}, ${y}): ${o[i]}`);
      }
      expect(bad.slice(0, 5)).toEqual([]);
    });
  });
}
