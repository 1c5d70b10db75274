// numpy-random/math on 10^5 fixed inputs per function, through the public export, the TypeScript
// version and (where it exists) the WebAssembly twin; expected digests from glibc via ctypes.
// Inputs are bit patterns drawn from PCG64 (the oracle script draws the same ones with numpy).
import * as M from '../../../src/math/index.js';
import { acos } from '../../../src/math/acos.js';
import { cos } from '../../../src/math/cos.js';
import { exp } from '../../../src/math/exp.js';
import { expm1 } from '../../../src/math/expm1.js';
import { log } from '../../../src/math/log.js';
import { log1p } from '../../../src/math/log1p.js';
import { pow } from '../../../src/math/pow.js';
import { sin } from '../../../src/math/sin.js';
import { mathWasm } from '../../../src/math/wasm/backend.js';
import { PCG64 } from '../../../src/bitgen/pcg64.js';
import type { EngineCase } from './types.js';

export const N = 100_000;

/** Per argument: [emin, emax] unbiased exponents and whether the sign is drawn (else positive). */
type Dom = [emin: number, emax: number, signed: boolean];
export interface MathSpec { fn: string; f32: boolean; seed: number; args: Dom[] }

export const MATH: MathSpec[] = [
  { fn: 'log', f32: false, seed: 1, args: [[-1022, 1023, false]] },
  { fn: 'exp', f32: false, seed: 2, args: [[-40, 9, true]] },
  { fn: 'pow', f32: false, seed: 3, args: [[-30, 30, false], [-20, 4, true]] },
  { fn: 'log1p', f32: false, seed: 4, args: [[-60, -1, true]] },
  { fn: 'expm1', f32: false, seed: 5, args: [[-60, 9, true]] },
  { fn: 'cos', f32: false, seed: 6, args: [[-30, 40, true]] },
  { fn: 'acos', f32: false, seed: 7, args: [[-60, -1, true]] },
  { fn: 'logf', f32: true, seed: 8, args: [[-126, 127, false]] },
  { fn: 'expf', f32: true, seed: 9, args: [[-30, 6, true]] },
  { fn: 'powf', f32: true, seed: 10, args: [[-20, 20, false], [-20, 3, true]] },
  { fn: 'log1pf', f32: true, seed: 11, args: [[-40, -1, true]] },
  { fn: 'sin', f32: false, seed: 13, args: [[-30, 40, true]] },
  { fn: 'sinf', f32: true, seed: 14, args: [[-30, 40, true]] },
  { fn: 'cosf', f32: true, seed: 15, args: [[-30, 40, true]] },
  { fn: 'fma', f32: false, seed: 12, args: [[-100, 100, true], [-100, 100, true], [-100, 100, true]] },
];

/** The inputs for argument k of a spec: raw PCG64(seed + k) words shaped into the domain. */
export function inputs(spec: MathSpec, k: number): Float64Array {
  const raw = new PCG64(spec.seed * 16 + k).random_raw(N) as BigUint64Array;
  const w = new Uint32Array(raw.buffer);
  const [emin, emax, signed] = spec.args[k]!;
  const span = emax - emin + 1;
  const out = new Float64Array(N);
  if (spec.f32) {
    const f = new Float32Array(1), b = new Uint32Array(f.buffer);
    for (let i = 0; i < N; i++) {
      const hi = w[2 * i + 1]!;
      const e = emin + (((hi >>> 23) & 0xff) % span) + 127;
      b[0] = ((signed ? hi & 0x80000000 : 0) | (e << 23) | (hi & 0x7fffff)) >>> 0;
      out[i] = f[0]!;
    }
    return out;
  }
  const bits = new Uint32Array(out.buffer);
  for (let i = 0; i < N; i++) {
    const lo = w[2 * i]!, hi = w[2 * i + 1]!;
    const e = emin + (((hi >>> 20) & 0x7ff) % span) + 1023;
    bits[2 * i] = lo;
    bits[2 * i + 1] = ((signed ? hi & 0x80000000 : 0) | (e << 20) | (hi & 0xfffff)) >>> 0;
  }
  return out;
}

type Fn = (...x: number[]) => number;

/** Outputs as float64 (float32 for the f-suffixed functions), any NaN written as the quiet NaN. */
function outputBytes(spec: MathSpec, fn: Fn): Uint8Array {
  const xs = spec.args.map((_, k) => inputs(spec, k));
  const out = spec.f32 ? new Float32Array(N) : new Float64Array(N);
  const [a, b, c] = xs;
  if (xs.length === 1) for (let i = 0; i < N; i++) out[i] = fn(a![i]!);
  else if (xs.length === 2) for (let i = 0; i < N; i++) out[i] = fn(a![i]!, b![i]!);
  else for (let i = 0; i < N; i++) out[i] = fn(a![i]!, b![i]!, c![i]!);
  const bytes = new Uint8Array(out.buffer);
  if (!spec.f32) {
    const u = new Uint32Array(out.buffer);
    for (let i = 0; i < N; i++) if (Number.isNaN(out[i])) { u[2 * i] = 0; u[2 * i + 1] = 0x7ff80000; }
  } else {
    const u = new Uint32Array(out.buffer);
    for (let i = 0; i < N; i++) if (Number.isNaN(out[i])) u[i] = 0x7fc00000;
  }
  return bytes;
}

const TS: Record<string, Fn> = { log, exp, pow, log1p, expm1, cos, sin, acos };

export function cases(): EngineCase[] {
  const out: EngineCase[] = [];
  for (const spec of MATH) {
    const pub = (M as unknown as Record<string, Fn>)[spec.fn]!;
    out.push({ id: `math:${spec.fn}`, oracle: 'glibc', spec, bytes: () => outputBytes(spec, pub) });
    const ts = TS[spec.fn];
    if (ts) {
      out.push({ id: `math:${spec.fn}:ts`, oracle: 'glibc', spec, bytes: () => outputBytes(spec, ts) });
      out.push({
        id: `math:${spec.fn}:wasm`, oracle: 'glibc', spec, wasmOnly: true,
        bytes: () => outputBytes(spec, (mathWasm() as unknown as Record<string, Fn>)[spec.fn]!),
      });
    }
  }
  return out;
}
