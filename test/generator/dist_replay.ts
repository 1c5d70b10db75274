// Replays recorded numpy Generator call sequences (scripts/golden/generator_dists.py) on our
// Generator and compares each result bit for bit, each error by type and message, and the
// MT19937 state after every call.
import { expect } from 'vitest';
import type { BitGenerator } from '../../src/bitgen/bit_generator.js';
import { MT19937 } from '../../src/bitgen/mt19937.js';
import { PCG64 } from '../../src/bitgen/pcg64.js';
import { withShape } from '../../src/core/ndarray.js';
import { Generator } from '../../src/generator/generator.js';
import { decode, expectExact, sha256Hex, type Encoded } from '../helpers/golden.js';

export interface Call {
  method: string; args: unknown[]; kwargs: Record<string, unknown>;
  value?: Encoded; error?: [string, string];
  /** MT19937: pos and the key's sha256; PCG64: state, inc, has_uint32, uinteger. */
  state: { pos?: number; key_sha256?: string; pcg?: [string, string, number, string] };
}
export interface SeqCase { id: string; seed: number | string; bitgen?: 'PCG64'; calls: Call[] }

function expectState(bg: BitGenerator, s: Call['state'], label: string): void {
  if (s.pcg) {
    const st = (bg as PCG64).state;
    expect([String(st.state.state), String(st.state.inc), Number(st.has_uint32), String(st.uinteger)], `${label} state`)
      .toEqual([s.pcg[0], s.pcg[1], s.pcg[2], s.pcg[3]]);
    return;
  }
  expect((bg as MT19937).state.state.pos, `${label} pos`).toBe(s.pos);
  expect(mtKeyHash(bg as MT19937), `${label} key`).toBe(s.key_sha256);
}

export function makeBitGen(sc: SeqCase): BitGenerator {
  const seed = typeof sc.seed === 'string' ? BigInt(sc.seed) : sc.seed;
  return sc.bitgen === 'PCG64' ? new PCG64(seed) : new MT19937(seed);
}

/** numpy's parameter order per method, to place keyword arguments. */
const PARAM_NAMES: Record<string, string[]> = {
  standard_normal: ['size', 'dtype', 'out'],
  standard_exponential: ['size', 'dtype', 'method', 'out'],
  standard_gamma: ['shape', 'size', 'dtype', 'out'],
  standard_cauchy: ['size'],
  uniform: ['low', 'high', 'size'], normal: ['loc', 'scale', 'size'], exponential: ['scale', 'size'],
  gamma: ['shape', 'scale', 'size'], beta: ['a', 'b', 'size'], f: ['dfnum', 'dfden', 'size'],
  noncentral_f: ['dfnum', 'dfden', 'nonc', 'size'], chisquare: ['df', 'size'],
  noncentral_chisquare: ['df', 'nonc', 'size'], standard_t: ['df', 'size'], vonmises: ['mu', 'kappa', 'size'],
  pareto: ['a', 'size'], weibull: ['a', 'size'], power: ['a', 'size'], laplace: ['loc', 'scale', 'size'],
  gumbel: ['loc', 'scale', 'size'], logistic: ['loc', 'scale', 'size'], lognormal: ['mean', 'sigma', 'size'],
  rayleigh: ['scale', 'size'], wald: ['mean', 'scale', 'size'], triangular: ['left', 'mode', 'right', 'size'],
  binomial: ['n', 'p', 'size'], negative_binomial: ['n', 'p', 'size'], poisson: ['lam', 'size'],
  zipf: ['a', 'size'], geometric: ['p', 'size'], hypergeometric: ['ngood', 'nbad', 'nsample', 'size'],
  logseries: ['p', 'size'], multinomial: ['n', 'pvals', 'size'],
  multivariate_hypergeometric: ['colors', 'nsample', 'size', 'method'], dirichlet: ['alpha', 'size'],
  multivariate_normal: ['mean', 'cov', 'size', 'check_valid', 'tol'],
};

function decodeArg(x: unknown, asOut = false): unknown {
  if (Array.isArray(x)) return x.map((v) => decodeArg(v));
  if (x !== null && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if ('$nd' in o) {
      const e = o.$nd as Encoded;
      const d = decode(e);
      if (asOut) return withShape(e.dtype === 'float32' ? new Float32Array(d as Float32Array) : new Float64Array(d as Float64Array), e.shape);
      // numpy arrays keep their dtype: integer colors etc. arrive as integer typed arrays
      return withShape(d as unknown as Float64Array, e.shape);
    }
    if ('$dtype' in o) return o.$dtype;
  }
  return x;
}

export function mtKeyHash(bg: MT19937): string {
  const key = bg.state.state.key;
  return sha256Hex(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
}

export function callArgs(c: Call): unknown[] {
  const names = PARAM_NAMES[c.method];
  if (!names) throw new Error(`no parameter list for ${c.method}`);
  const args = (decodeArg(c.args) as unknown[]).slice();
  let opts: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(c.kwargs)) {
    if (c.method === 'multivariate_normal' && k === 'method') {
      opts = { method: v };
      continue;
    }
    const i = names.indexOf(k);
    if (i < 0) throw new Error(`unknown keyword ${k} for ${c.method}`);
    while (args.length < i) args.push(undefined);
    args[i] = decodeArg(v, k === 'out');
  }
  if (opts) {
    while (args.length < names.length) args.push(undefined);
    args.push(opts);
  }
  return args;
}

function exceedsDouble(e: Encoded): boolean {
  if (e.dtype !== 'int64') return false;
  const d = decode(e) as BigInt64Array;
  for (const v of d) if (BigInt(Number(v)) !== v) return true;
  return false;
}

/** Runs one recorded sequence and checks every call. */
export function replay(sc: SeqCase): void {
  const bg = makeBitGen(sc);
  const gen = new Generator(bg) as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (let k = 0; k < sc.calls.length; k++) {
    const c = sc.calls[k]!;
    const label = `${sc.id} call ${k} ${c.method}`;
    const args = callArgs(c);
    let result: unknown;
    let err: unknown;
    try {
      result = gen[c.method]!(...args);
    } catch (e) {
      err = e;
    }
    if (c.error) {
      expect(err, `${label}: expected ${c.error[0]}: ${c.error[1]}`).toBeInstanceOf(Error);
      const e = err as Error;
      expect(`${e.name}: ${e.message}`, label).toBe(`${c.error[0]}: ${c.error[1]}`);
    } else if (exceedsDouble(c.value!)) {
      // numpy's int64 result holds a value no double can (INT64_MAX): bigints here (README)
      if (err) throw err;
      const want = Array.from(decode(c.value!) as BigInt64Array);
      const got = typeof result === 'bigint' ? [result] : Array.from(result as BigInt64Array);
      expect(result instanceof BigInt64Array || typeof result === 'bigint', `${label}: bigint result`).toBe(true);
      expect(got, label).toEqual(want);
    } else {
      if (err) throw err;
      expectExact(result, c.value!, label);
    }
    expectState(bg, c.state, label);
  }
}
