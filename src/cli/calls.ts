// A numpy call described as data (api, bit generator, seed, method, arguments), run on this
// package. The CLI, its `check` command and the engine conformance bundle all describe calls
// this way, and scripts run the same description through numpy.
import * as np from '../index.js';
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { parseDtype } from '../core/dtype.js';
import { SIGNATURES } from './signatures.js';
import type { Param } from './signatures.js';

export type Api = 'legacy' | 'facade' | 'generator' | 'bitgen';
export const BITGENS = ['PCG64', 'PCG64DXSM', 'MT19937', 'Philox', 'SFC64'] as const;
export type BitgenName = typeof BITGENS[number];

/** JSON argument values: numbers, booleans, strings, null, nested arrays, `{int: "digits"}` for big integers. */
export type Json = number | boolean | string | null | Json[] | { int: string } | { f64: number[]; shape: number[] };

export interface CallSpec {
  api: Api;
  /** Generator's and bitgen's bit generator (default PCG64); legacy and facade use MT19937. */
  bitgen?: BitgenName;
  /** The seed (numpy's `seed` argument); null for fresh entropy. */
  seed: number | null;
  method: string;
  /** Positional arguments in numpy's order, up to (not including) `size`. */
  args: Json[];
  size?: number | number[] | null;
  dtype?: string;
  /** Further keyword arguments by numpy's name (endpoint, axis, method, ...). */
  kw?: Record<string, Json>;
}

const FACADE_ALIASES: Record<string, string> = { ranf: 'random_sample', sample: 'random_sample' };

/** numpy's parameter list for a method of an API, or undefined when numpy has no such method. */
export function signature(api: Api, method: string): Param[] | undefined {
  const table = api === 'generator' ? SIGNATURES.generator : api === 'bitgen' ? SIGNATURES.bitgen : SIGNATURES.legacy;
  return table[api === 'facade' ? FACADE_ALIASES[method] ?? method : method];
}

/** The methods of an API, sorted. */
export function methodNames(api: Api): string[] {
  const table = api === 'generator' ? SIGNATURES.generator : api === 'bitgen' ? SIGNATURES.bitgen : SIGNATURES.legacy;
  const names = Object.keys(table).filter((m) => api !== 'facade' || m !== 'tomaxint');
  if (api === 'facade') names.push(...Object.keys(FACADE_ALIASES));
  return names.sort();
}

export function toArg(v: Json): unknown {
  if (Array.isArray(v)) return v.map(toArg);
  if (v !== null && typeof v === 'object') {
    if ('int' in v) return BigInt(v.int);
    return Object.assign(Float64Array.from(v.f64), { shape: v.shape.slice() });
  }
  return v;
}

/** Builds the bit generator / RandomState / Generator a call runs on. */
export function makeTarget(spec: Pick<CallSpec, 'api' | 'bitgen' | 'seed'>): Record<string, unknown> {
  const seed = spec.seed ?? undefined;
  const Ctor = np[spec.bitgen ?? 'PCG64'] as unknown as new (s?: number) => BitGenerator;
  switch (spec.api) {
    case 'legacy': return new np.RandomState(seed) as unknown as Record<string, unknown>;
    case 'facade': np.seed(seed); return np as unknown as Record<string, unknown>;
    case 'generator': return new np.Generator(new Ctor(seed)) as unknown as Record<string, unknown>;
    case 'bitgen': return new Ctor(seed) as unknown as Record<string, unknown>;
  }
}

/** The argument list in numpy's positional order, `size`, `dtype` and keywords placed by name. */
export function positional(spec: CallSpec): unknown[] {
  const params = signature(spec.api, spec.method);
  if (!params) throw new TypeError(`numpy's ${apiLabel(spec.api)} has no method '${spec.method}'`);
  const args = spec.args.map(toArg);
  if (params.some((p) => p.kind === 'var')) {
    if (spec.size != null || spec.dtype !== undefined || spec.kw) throw new TypeError(`${spec.method}() takes the dimensions as positional arguments only`);
    return args;
  }
  const named: Record<string, unknown> = { ...Object.fromEntries(Object.entries(spec.kw ?? {}).map(([k, v]) => [k, toArg(v)])) };
  if (spec.size != null) named.size = spec.size;
  if (spec.dtype !== undefined) named.dtype = spec.dtype;
  const given = args.length;
  if (args.length > params.length) throw new TypeError(`${spec.method}() takes at most ${params.length} positional arguments (${args.length} given)`);
  for (const [k, v] of Object.entries(named)) {
    const i = params.findIndex((p) => p.name === k);
    if (i < 0) throw new TypeError(`${spec.method}() got an unexpected keyword argument '${k}'`);
    if (i < given) throw new TypeError(`${spec.method}() got multiple values for argument '${k}'`);
    while (args.length < i) args.push(undefined);
    args[i] = v;
  }
  return args;
}

export function apiLabel(api: Api): string {
  return api === 'legacy' ? 'RandomState' : api === 'facade' ? 'numpy.random' : api === 'generator' ? 'Generator' : 'BitGenerator';
}

/** Runs a call: returns its result (an in-place method's array argument, after the call) and the target. */
export function runCall(spec: CallSpec, target: Record<string, unknown> = makeTarget(spec)): { result: unknown; target: Record<string, unknown> } {
  const args = positional(spec);
  const fn = target[spec.method];
  if (typeof fn !== 'function') throw new TypeError(`${apiLabel(spec.api)} has no method '${spec.method}' here`);
  const out = (fn as (...a: unknown[]) => unknown).apply(target, args);
  return { result: spec.method === 'shuffle' ? args[0] : out, target };
}

/** A few draws after a call: equal draws mean an equal generator state (gauss cache included). */
export function probe(spec: CallSpec, target: Record<string, unknown>): unknown[] {
  const call = (m: string, ...a: unknown[]) => (target[m] as (...x: unknown[]) => unknown).apply(target, a);
  if (spec.api === 'bitgen') return [call('random_raw', 2)];
  if (spec.api === 'generator') return [call('random', 2)];
  return [call('random_sample', 2), call('standard_normal', 1)];
}

const INT_METHODS = new Set(['binomial', 'geometric', 'hypergeometric', 'logseries', 'multinomial', 'negative_binomial',
  'poisson', 'zipf', 'random_integers', 'randint', 'integers', 'tomaxint', 'multivariate_hypergeometric']);

function allIntegers(v: Json): boolean {
  if (Array.isArray(v)) return v.every(allIntegers);
  if (v !== null && typeof v === 'object') return 'int' in v;
  return typeof v === 'number' && Number.isInteger(v);
}

/** The dtype numpy's result has (our default-int results are JS numbers standing for int64). */
export function numpyDtype(spec: CallSpec): string {
  if (spec.dtype !== undefined && spec.method !== 'multivariate_hypergeometric') {
    const name = parseDtype(spec.dtype).name;
    // numpy returns a Python float (a double) for a size-less float32 draw
    return name === 'float32' && spec.size == null && spec.args.every((a) => !Array.isArray(a)) ? 'float64' : name;
  }
  if (spec.method === 'random_raw') return 'uint64';
  if (spec.method === 'bytes') return 'bytes';
  if (spec.method === 'tomaxint') return 'int64';
  if (INT_METHODS.has(spec.method)) return 'int64';
  if (spec.method === 'choice' || spec.method === 'permutation') return allIntegers(spec.args[0] ?? null) ? 'int64' : 'float64';
  return 'float64';
}
