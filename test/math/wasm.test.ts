// The WebAssembly twins of src/math's functions (src/math/wasm) against glibc's outputs on hard
// inputs (test/golden/libm.json, both backends) and against the TypeScript versions on 10^6
// inputs each, spread over every range the functions distinguish; plus the modules' build checks.
import { describe, expect, it } from 'vitest';
import * as M from '../../src/math/index.js';
import { acos as acosTs } from '../../src/math/acos.js';
import { cos as cosTs } from '../../src/math/cos.js';
import { exp as expTs } from '../../src/math/exp.js';
import { expm1 as expm1Ts } from '../../src/math/expm1.js';
import { log as logTs } from '../../src/math/log.js';
import { log1p as log1pTs } from '../../src/math/log1p.js';
import { pow as powTs } from '../../src/math/pow.js';
import { sin as sinTs } from '../../src/math/sin.js';
import { mathWasm } from '../../src/math/wasm/backend.js';
import { decode, loadGolden, type Encoded } from '../helpers/golden.js';

type Fn = (x: number, y?: number) => number;
const MATH_WASM = mathWasm();
const WASM = MATH_WASM!;
const TS: Record<string, Fn> = { log: logTs, exp: expTs, log1p: log1pTs, expm1: expm1Ts, pow: powTs as Fn, cos: cosTs, sin: sinTs, acos: acosTs };
const NAMES = ['log', 'exp', 'log1p', 'expm1', 'pow', 'cos', 'sin', 'acos'] as const;
const UNARY = ['log', 'exp', 'log1p', 'expm1', 'cos', 'sin', 'acos'] as const;
/** libm.json's hard inputs (sin's glibc checks live in test/math/trig.test.ts). */
const GOLDEN_NAMES = NAMES.filter((n) => n !== 'sin');

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const bits = (v: number): string => {
  F64[0] = v;
  return U32[1]!.toString(16).padStart(8, '0') + U32[0]!.toString(16).padStart(8, '0');
};
const same = (a: number, b: number): boolean => (Number.isNaN(a) && Number.isNaN(b)) || bits(a) === bits(b);

it('WebAssembly is available here and index.ts dispatches log, exp, log1p, expm1, pow, cos, sin and acos to it', () => {
  expect(MATH_WASM).not.toBeNull();
  for (const name of NAMES) {
    M[name](0.5, 2); // the first call instantiates the module and rebinds the export
    expect(M[name]).toBe(WASM[name]);
  }
});

describe('both backends against glibc on hard inputs (test/golden/libm.json)', () => {
  interface Case { fn: string; arity: number; x: Encoded; y: Encoded }
  const doc = loadGolden<Case>('libm');
  for (const name of GOLDEN_NAMES) {
    const cases = doc.cases.filter((c) => c.fn === name);
    for (const [backend, fn] of [['wasm', WASM[name] as Fn], ['ts', TS[name]!]] as const) {
      it(`${name} (${backend}): every golden input bit-exact`, () => {
        expect(cases.length).toBeGreaterThan(0);
        let n = 0;
        const bad: string[] = [];
        for (const c of cases) {
          const x = decode(c.x) as Float64Array;
          const y = decode(c.y) as Float64Array;
          const ar = c.arity;
          for (let k = 0; k < y.length; k++) {
            const got = ar === 2 ? fn(x[2 * k]!, x[2 * k + 1]!) : fn(x[k]!);
            if (!same(got, y[k]!)) bad.push(`${name}(${x.subarray(ar * k, ar * k + ar).join(', ')}) = ${got}, glibc ${y[k]}`);
          }
          n += y.length;
        }
        expect(bad.slice(0, 5)).toEqual([]);
        expect(n).toBeGreaterThan(name === 'pow' ? 1000 : 2000);
      });
    }
  }
});

describe('wasm and TypeScript agree on 10^6 inputs per function', () => {
  // xorshift128+ halves: deterministic 32-bit words
  let s0 = 0x9e3779b9, s1 = 0x243f6a88, s2 = 0xb7e15162, s3 = 0x7f4a7c15;
  const u32 = (): number => {
    const t = s0 ^ (s0 << 11);
    s0 = s1; s1 = s2; s2 = s3;
    s3 = (s3 ^ (s3 >>> 19) ^ t ^ (t >>> 8)) >>> 0;
    return s3;
  };
  const u01 = (): number => (u32() * 2097152 + (u32() >>> 11)) / 9007199254740992;
  /** A double with random bits (every exponent, sign, NaN and infinity included). */
  const anyBits = (): number => {
    U32[0] = u32();
    U32[1] = u32();
    return F64[0]!;
  };
  /** A double with a uniformly drawn exponent in [e0, e1] and random significand. */
  const expRange = (e0: number, e1: number, signed: boolean): number => {
    const e = e0 + (u32() % (e1 - e0 + 1));
    U32[0] = u32();
    U32[1] = ((signed ? u32() & 0x80000000 : 0) | ((e + 1023) << 20) | (u32() & 0xfffff)) >>> 0;
    return F64[0]!;
  };
  const GEN: Record<string, Array<[string, () => number]>> = {
    log: [
      ['random bits', anyBits],
      ['(0, 1]', () => 1 - u01()],
      ['near 1', () => 1 + (u01() - 0.5) / 7],
      ['every exponent, positive', () => expRange(-1022, 1023, false)],
      ['subnormal', () => u01() * 2 ** -1022],
    ],
    exp: [
      ['random bits', anyBits],
      ['[-745, 0)', () => -745 * u01()],
      ['[-1100, 1100]', () => 2200 * u01() - 1100],
      ['|x| in [2^-60, 2^10]', () => expRange(-60, 10, true)],
      ['small', () => expRange(-60, -8, true)],
    ],
    log1p: [
      ['random bits', anyBits],
      ['(-1, 1)', () => 2 * u01() - 1],
      ['every exponent, both signs', () => expRange(-1022, 1023, true)],
      ['[0, 1000)', () => 1000 * u01()],
      ['|x| < 2^-18', () => (u01() - 0.5) * 2 ** -18],
    ],
    expm1: [
      ['random bits', anyBits],
      ['(-2, 2)', () => 4 * u01() - 2],
      ['[-40, 40)', () => 80 * u01() - 40],
      ['|x| in [2^-60, 2^10]', () => expRange(-60, 10, true)],
      ['[-750, 750)', () => 1500 * u01() - 750],
    ],
    cos: [
      ['random bits (huge arguments take the TypeScript reduction)', anyBits],
      ['[-pi, pi)', () => Math.PI * (2 * u01() - 1)],
      ['near multiples of pi/4', () => Math.floor(200 * u01() - 100) * (Math.PI / 4) * (1 + (u01() - 0.5) * 2 ** -40)],
      ['|x| in [2^-60, 2^27]', () => expRange(-60, 27, true)],
      ['|x| in [2^26, 2^40]', () => expRange(26, 40, true)],
    ],
    sin: [
      ['random bits (huge arguments take the TypeScript reduction)', anyBits],
      ['[0, 2 pi): torch\'s Box-Muller angles', () => 2 * Math.PI * u01()],
      ['near multiples of pi/4', () => Math.floor(200 * u01() - 100) * (Math.PI / 4) * (1 + (u01() - 0.5) * 2 ** -40)],
      ['|x| in [2^-60, 2^27]', () => expRange(-60, 27, true)],
      ['|x| in [2^26, 2^40]', () => expRange(26, 40, true)],
    ],
    acos: [
      ['random bits', anyBits],
      ['[-1, 1)', () => 2 * u01() - 1],
      ['near +-1', () => (u32() & 1 ? 1 : -1) * (1 - u01() * 2 ** -(u32() % 53))],
      ['|x| in [2^-60, 1)', () => expRange(-60, -1, true)],
      ['near the subinterval bounds', () => (u32() & 1 ? 1 : -1) * [0.125, 0.25, 0.5, 0.75, 0.8125, 0.90625, 0.953125, 0.96875][u32() % 8]! * (1 + (u01() - 0.5) * 2 ** -30)],
    ],
  };
  for (const name of UNARY) {
    it(`${name}: 10^6 inputs over ${GEN[name]!.map(([g]) => g).join(', ')}`, () => {
      const gens = GEN[name]!;
      const w = WASM[name], t = TS[name]!;
      const bad: string[] = [];
      const per = 200_000;
      for (const [, gen] of gens) {
        for (let k = 0; k < per; k++) {
          const x = gen();
          const a = w(x), b = t(x);
          if (!same(a, b)) bad.push(`${name}(${x}): wasm ${a}, ts ${b}`);
        }
      }
      expect(bad.slice(0, 5)).toEqual([]);
      expect(gens.length * per).toBe(1_000_000);
    });
  }
  const POW_GEN: Array<[string, () => [number, number]]> = [
    ['random bits', () => [anyBits(), anyBits()]],
    ['gamma/beta: (u, 1/a)', () => [1 - u01(), 1 / (0.01 + 20 * u01())]],
    ['[0, 50) to [-20, 20)', () => [50 * u01(), 40 * u01() - 20]],
    ['every exponent, |y| < 3', () => [expRange(-1022, 1023, false), 6 * u01() - 3]],
    ['near 1 to huge y', () => [1 + (u01() - 0.5) * 2e-3, expRange(0, 62, true)]],
    ['negative base, integer y', () => [-expRange(-10, 10, false), Math.floor(600 * u01()) - 300]],
    ['negative base, any y', () => [-expRange(-3, 3, false), 10 * u01() - 5]],
    ['near overflow', () => [1.5 + 1.5 * u01(), 600 + 500 * u01()]],
    ['subnormal base', () => [u01() * 2 ** -1022, 2.4 * u01() - 1.2]],
    ['wide', () => [expRange(-1022, 1023, true), expRange(-80, 80, true)]],
  ];
  it(`pow: 10^6 inputs over ${POW_GEN.map(([g]) => g).join(', ')}`, () => {
    const w = WASM.pow;
    const bad: string[] = [];
    const per = 100_000;
    for (const [, gen] of POW_GEN) {
      for (let k = 0; k < per; k++) {
        const [x, y] = gen();
        const a = w(x, y), b = powTs(x, y);
        if (!same(a, b)) bad.push(`pow(${x}, ${y}): wasm ${a}, ts ${b}`);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(POW_GEN.length * per).toBe(1_000_000);
  });
});

it('each math module stays under 4 KiB but one (Chrome refuses larger synchronous compiles on the main thread)', async () => {
  const { LOG_WASM_BYTES } = await import('../../src/math/wasm/log_wasm_bytes.js');
  const { EXP_WASM_BYTES } = await import('../../src/math/wasm/exp_wasm_bytes.js');
  const { LOG1P_WASM_BYTES } = await import('../../src/math/wasm/log1p_wasm_bytes.js');
  const { EXPM1_WASM_BYTES } = await import('../../src/math/wasm/expm1_wasm_bytes.js');
  const { POW_WASM_BYTES } = await import('../../src/math/wasm/pow_wasm_bytes.js');
  const { COS_WASM_BYTES } = await import('../../src/math/wasm/cos_wasm_bytes.js');
  const { ACOS_WASM_BYTES } = await import('../../src/math/wasm/acos_wasm_bytes.js');
  const LOG_SIMD = await import('../../src/math/wasm/log_simd_wasm_bytes.js');
  const EXPM1_SIMD = await import('../../src/math/wasm/expm1_simd_wasm_bytes.js');
  const POW_SIMD = await import('../../src/math/wasm/pow_simd_wasm_bytes.js');
  const EXP_SIMD = await import('../../src/math/wasm/exp_simd_wasm_bytes.js');
  const LOG1P_SIMD = await import('../../src/math/wasm/log1p_simd_wasm_bytes.js');
  for (const b of [LOG_WASM_BYTES, EXP_WASM_BYTES, LOG1P_WASM_BYTES, EXPM1_WASM_BYTES, POW_WASM_BYTES, COS_WASM_BYTES, ACOS_WASM_BYTES,
    LOG_SIMD.LOG_SIMD_WASM_BYTES, LOG_SIMD.LOG_SIMD_RELAXED_WASM_BYTES, EXPM1_SIMD.EXPM1_SIMD_WASM_BYTES,
    EXPM1_SIMD.EXPM1_SIMD_RELAXED_WASM_BYTES, POW_SIMD.POW_SIMD_RELAXED_WASM_BYTES, EXP_SIMD.EXP_SIMD_WASM_BYTES,
    EXP_SIMD.EXP_SIMD_RELAXED_WASM_BYTES, LOG1P_SIMD.LOG1P_SIMD_WASM_BYTES, LOG1P_SIMD.LOG1P_SIMD_RELAXED_WASM_BYTES]) expect(b.length).toBeLessThan(4096);
  // the one exception: pow's plain SIMD block (two interleaved pairs), loaded only where relaxed
  // SIMD is missing; a Chrome that old refuses it on the main thread and keeps pow's own block
  expect(POW_SIMD.POW_SIMD_WASM_BYTES.length).toBeLessThan(5120);
});

it('the committed bytes are what scripts/build_wasm_math.mjs assembles', async () => {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync('node', ['scripts/build_wasm_math.mjs', '--check'], { encoding: 'utf8' });
  expect(r.stdout.trim()).toBe('up to date');
  expect(r.status).toBe(0);
});

describe('without WebAssembly, index.ts falls back to the TypeScript versions', () => {
  const inputs = Array.from({ length: 400 }, (_, k) => (k % 2 ? -1 : 1) * 2 ** ((k % 40) - 20) * (1 + k / 400));
  const exps = [0.5, 3, -2, 1 / 3, 7.25, -0.1];
  const run = async (wasm: unknown): Promise<Record<string, number[]>> => {
    const { build } = await import('esbuild');
    const { runInNewContext } = await import('node:vm');
    const r = await build({
      entryPoints: ['src/math/index.ts'], bundle: true, platform: 'browser', format: 'iife',
      globalName: 'nprMath', write: false, logLevel: 'silent',
    });
    const ctx: Record<string, unknown> = { inputs, exps, WebAssembly: wasm };
    runInNewContext(`${r.outputFiles[0]!.text}
      globalThis.out = {};
      for (const f of ['log', 'exp', 'log1p', 'expm1', 'cos', 'sin', 'acos']) globalThis.out[f] = inputs.map((x) => nprMath[f](x));
      globalThis.out.pow = inputs.map((x, k) => nprMath.pow(x, exps[k % exps.length]));
      globalThis.native = ['log', 'exp', 'log1p', 'expm1', 'pow', 'cos', 'sin', 'acos'].filter((f) => String(nprMath[f]).includes('[native code]'));`, ctx);
    // the wasm exports print as native code; the TypeScript functions as their source
    expect(ctx.native).toEqual(wasm === globalThis.WebAssembly ? [...NAMES] : []);
    return ctx.out as Record<string, number[]>;
  };
  const check = (out: Record<string, number[]>): void => {
    const bad: string[] = [];
    for (const name of NAMES) {
      inputs.forEach((x, k) => {
        const want = name === 'pow' ? TS.pow!(x, exps[k % exps.length]) : TS[name]!(x);
        if (!same(out[name]![k]!, want)) bad.push(`${name}(${x})`);
      });
    }
    expect(bad.slice(0, 5)).toEqual([]);
  };
  it('with WebAssembly the bundle uses the wasm exports (the check below can tell them apart)', async () =>
    check(await run(globalThis.WebAssembly)));
  it('no WebAssembly global', async () => check(await run(undefined)));
  it('a WebAssembly that refuses to compile (e.g. a content security policy)', async () => {
    const refusing = { Module: function Module() { throw new Error('CompileError'); }, Instance: function Instance() {} };
    check(await run(refusing));
  });
});
