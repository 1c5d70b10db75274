// Shared by the Generator core tests: decoding golden arguments, running a recorded call on our
// Generator, and comparing results (values, JS kinds, errors, state) bit for bit.
import { expect } from 'vitest';
import { Generator, MT19937, PCG64, default_rng, type BitGenerator } from '../../src/index.js';
import { type Encoded, decode, decodeScalar, sha256Hex } from '../helpers/golden.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface MtState { bit_generator: string; pos?: number; key_sha256?: string; [k: string]: unknown }

export interface RecordedCall {
  m: string;
  args: Json[];
  kw: Record<string, Json>;
  value?: Encoded | (Omit<Encoded, 'hex'> & { sha256: string });
  strs?: string[];
  shape?: number[];
  error?: [string, string];
  spawned?: Encoded[];
  states?: MtState[];
  state: MtState;
}

export interface SeedSpec { entropy: Json; spawn?: [number, number][]; bitgen?: 'MT19937' | 'PCG64'; default_rng?: boolean }

/** Golden argument → JS value (typed arrays get their numpy shape). */
export function decodeArg(j: Json): unknown {
  if (j === null || typeof j !== 'object') return j;
  if (Array.isArray(j)) return j.map(decodeArg);
  if ('big' in j) return BigInt(j.big as string);
  if ('float' in j) return decodeScalar(j.float as unknown as Encoded);
  if ('tuple' in j) return (j.tuple as Json[]).map(decodeArg);
  if ('nd' in j) {
    const e = j.nd as unknown as Encoded;
    return Object.assign(decode(e), { shape: e.shape.slice() });
  }
  throw new Error(`unknown arg ${JSON.stringify(j)}`);
}

export function entropyOf(j: Json): number | bigint | number[] {
  return decodeArg(j) as number | bigint | number[];
}

export function makeGenerator(seed: SeedSpec): Generator {
  const entropy = entropyOf(seed.entropy);
  let g = seed.default_rng
    ? default_rng(entropy)
    : new Generator(seed.bitgen === 'PCG64' ? new PCG64(entropy) : new MT19937(entropy));
  for (const [n, k] of seed.spawn ?? []) g = g.spawn(n)[k]!;
  return g;
}

const PARAMS: Record<string, string[]> = {
  random: ['size', 'dtype', 'out'],
  integers: ['low', 'high', 'size', 'dtype', 'endpoint'],
  choice: ['a', 'size', 'replace', 'p', 'axis', 'shuffle'],
  shuffle: ['x', 'axis'],
  permutation: ['x', 'axis'],
  permuted: ['x', 'axis', 'out'],
  bytes: ['length'],
  spawn: ['n_children'],
};

/** Positional arguments for our method from numpy's args + keywords. */
export function positional(c: Pick<RecordedCall, 'm' | 'args' | 'kw'>): unknown[] {
  const names = PARAMS[c.m];
  if (!names) throw new Error(`no method ${c.m}`);
  const out: unknown[] = c.args.map(decodeArg);
  for (const [k, v] of Object.entries(c.kw)) {
    const i = names.indexOf(k);
    if (i < 0) throw new Error(`${c.m}: unknown keyword ${k}`);
    while (out.length < i) out.push(undefined);
    out[i] = decodeArg(v);
  }
  return out;
}

export function runCall(g: Generator, m: string, args: unknown[]): unknown {
  const f = (g as unknown as Record<string, (...a: unknown[]) => unknown>)[m];
  if (typeof f !== 'function') throw new Error(`Generator has no ${m}`);
  const r = f.apply(g, args);
  return m === 'shuffle' ? args[0] : r;
}

/** Flat values and shape of any result (typed array with shape, nested JS arrays, scalar). */
export function flatResult(v: unknown): { values: unknown[]; shape: number[] } {
  if (ArrayBuffer.isView(v)) {
    const a = v as unknown as ArrayLike<unknown> & { shape?: number[] };
    return { values: Array.from(a), shape: a.shape ?? [a.length] };
  }
  if (Array.isArray(v)) {
    const shape: number[] = [];
    let cur: unknown = v;
    while (Array.isArray(cur)) { shape.push(cur.length); cur = cur[0]; }
    if (ArrayBuffer.isView(cur)) shape.push(...flatResult(cur).shape);
    const values: unknown[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (ArrayBuffer.isView(x)) values.push(...flatResult(x).values);
      else values.push(x);
    };
    walk(v);
    // non-numeric results carry numpy's shape (a zero-length axis hides the ones after it)
    const own = (v as { shape?: unknown }).shape;
    return { values, shape: Array.isArray(own) ? (own as number[]) : shape };
  }
  return { values: [v], shape: [] };
}

const CTORS: Record<string, new (n: number) => { [i: number]: number | bigint; buffer: ArrayBuffer }> = {
  float64: Float64Array, float32: Float32Array, int8: Int8Array, int16: Int16Array, int32: Int32Array,
  int64: BigInt64Array, uint8: Uint8Array, uint16: Uint16Array, uint32: Uint32Array, uint64: BigUint64Array, bool: Uint8Array,
} as never;

export function bytesOf(values: unknown[], dtype: string): Uint8Array {
  const C = CTORS[dtype];
  if (!C) throw new Error(`dtype ${dtype}`);
  const arr = new C(values.length);
  const big = dtype === 'int64' || dtype === 'uint64';
  values.forEach((v, i) => {
    if (big) {
      if (typeof v === 'number' && !Number.isInteger(v)) throw new Error(`non-integer ${v} for ${dtype}`);
      arr[i] = BigInt(typeof v === 'boolean' ? Number(v) : (v as number | bigint));
    } else arr[i] = Number(v);
  });
  return new Uint8Array(arr.buffer);
}

/** Bit-exact comparison with a golden value (full hex, or sha256 for long results). */
export function expectValue(actual: unknown, golden: NonNullable<RecordedCall['value']>, label: string): void {
  const { values, shape } = flatResult(actual);
  expect(shape, `${label} shape`).toEqual(golden.shape);
  const bytes = bytesOf(values, golden.dtype);
  if ('sha256' in golden) {
    expect(sha256Hex(bytes), `${label} sha256`).toBe(golden.sha256);
    return;
  }
  const hex = Buffer.from(bytes).toString('hex');
  if (hex !== golden.hex) {
    const exp = Array.from(decode(golden));
    const bad = exp.map((e, i) => [i, values[i], e] as const).filter(([, g, e]) => g !== e && Number(g) !== Number(e)).slice(0, 5);
    expect.fail(`${label}: not bit-exact (${golden.dtype}): ${bad.map(([i, g, e]) => `[${i}] got ${String(g)} want ${String(e)}`).join('; ')}`);
  }
}

/** numpy's exception type maps to ours by name, with our base classes. */
export function expectError(err: unknown, want: [string, string], label: string): void {
  expect(err, `${label}: expected ${want[0]}: ${want[1]}`).toBeInstanceOf(Error);
  const e = err as Error;
  expect(`${e.name}: ${e.message}`, label).toBe(`${want[0]}: ${want[1]}`);
  if (want[0] === 'TypeError') expect(e).toBeInstanceOf(TypeError);
  else if (want[0] !== 'NotImplementedError') expect(e).toBeInstanceOf(RangeError);
}

export function mtKeySha(bg: BitGenerator): string {
  const key = (bg.state as { state: { key: Uint32Array } }).state.key;
  return sha256Hex(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
}

/** The state after a call, as scripts/golden/common.py's bitgen_state records it. */
export function expectState(bg: BitGenerator, st: MtState, label: string): void {
  if (st.bit_generator === 'MT19937') {
    const s = bg.state as { bit_generator: string; state: { pos: number } };
    expect(s.bit_generator, `${label} bit_generator`).toBe('MT19937');
    expect(s.state.pos, `${label} pos`).toBe(st.pos);
    expect(mtKeySha(bg), `${label} key`).toBe(st.key_sha256);
    return;
  }
  expect(stateJson(bg.state), `${label} state`).toEqual(st);
}

/** A non-MT19937 state in the golden form (ints as decimal strings). */
export function stateJson(v: unknown): unknown {
  if (typeof v === 'bigint' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(stateJson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stateJson(x)]));
  return v;
}
