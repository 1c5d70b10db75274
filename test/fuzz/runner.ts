// The fuzz cases' JS side, run inside a worker thread (bundled by harness.ts): decodes each case's
// arguments into JS values, makes the call, and reports its outcome in the canonical form that
// scripts/golden/fuzz.py gives numpy's outcome.
import { parentPort } from 'node:worker_threads';
import * as np from '../../src/index.js';

export type Enc = [string, ...unknown[]];
export interface Case { id: number; t: string; m: string; seed: number; a: Enc[] }
export interface Outcome {
  ok?: { shape: number[] | null; v: string[] };
  err?: [string, string];
  post?: string[];
  ms?: number;
}

type Ctor = new (...a: unknown[]) => unknown;
const BG: Record<string, Ctor> = {
  MT19937: np.MT19937 as unknown as Ctor, PCG64: np.PCG64 as unknown as Ctor, PCG64DXSM: np.PCG64DXSM as unknown as Ctor,
  Philox: np.Philox as unknown as Ctor, SFC64: np.SFC64 as unknown as Ctor,
};

function num(s: string): number {
  if (s === 'nan') return NaN;
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  return Number(s);
}

const TYPED: Record<string, new (xs: never[]) => ArrayBufferView> = {
  float64: Float64Array as never, float32: Float32Array as never, int32: Int32Array as never,
  uint32: Uint32Array as never, uint8: Uint8Array as never, bigint64: BigInt64Array as never,
  biguint64: BigUint64Array as never,
};

export function decode(v: Enc): unknown {
  switch (v[0]) {
    case 'n': return num(v[1] as string);
    case 'big': return BigInt(v[1] as string);
    case 's': return v[1];
    case 'null': return null;
    case 'undef': return undefined;
    case 'bool': return v[1];
    case 'list': return (v[1] as Enc[]).map(decode);
    case 'obj': return {};
    case 'set': return new Set();
    case 'dict': return Object.fromEntries(Object.entries(v[1] as Record<string, Enc>).map(([k, x]) => [k, decode(x)]));
    case 'ta': {
      const xs = (v[2] as Enc[]).map(decode);
      const a = new TYPED[v[1] as string]!(xs as never[]) as ArrayBufferView & { shape?: number[] };
      if (v[3]) a.shape = v[3] as number[];
      return a;
    }
    case 'mtkeys': {
      const key = (new np.RandomState(v[1] as number).get_state() as unknown[])[1] as Uint32Array;
      const n = v[2] as number;
      return Uint32Array.from({ length: n }, (_, i) => key[i % key.length]!);
    }
    case 'cls': return BG[v[1] as string];
    case 'bgobj': return new BG[v[1] as string]!(v[2]);
    case 'ssobj': return new np.SeedSequence(v[1] as number);
  }
  throw new Error(`unknown tag ${String(v[0])}`);
}

const view = new DataView(new ArrayBuffer(8));
export function cfloat(x: number): string {
  // an integral double is an exact integer (numpy's int64 results beyond 2**53 included)
  if (Number.isFinite(x) && Number.isInteger(x) && !Object.is(x, -0)) return BigInt(x).toString();
  view.setFloat64(0, x);
  return 'f:' + view.getBigUint64(0).toString(16).padStart(16, '0');
}

function raw2(bg: np.BitGenerator): string[] {
  return Array.from(bg.random_raw(2) as BigUint64Array, (x) => x.toString());
}

function fingerprint(o: unknown): string | null {
  if (o instanceof np.Generator) return 'Generator:' + fingerprint(o.bit_generator);
  if (o instanceof np.BitGenerator) return `${o.name}:${raw2(o).join(',')}`;
  if (o instanceof np.SeedSequence) {
    return `SeedSequence:${Array.from(o.generate_state(2), String).join(',')}:${o.spawn_key.map(String).join(',')}`;
  }
  return null;
}

function canonScalar(x: unknown): string {
  if (x === null || x === undefined) return 'None';
  if (typeof x === 'boolean') return x ? '1' : '0';
  if (typeof x === 'bigint') return x.toString();
  if (typeof x === 'number') return cfloat(x);
  if (typeof x === 'string') return 's:' + x;
  const fp = fingerprint(x);
  if (fp !== null) return fp;
  if (Array.isArray(x)) return 'list:' + x.map(canonScalar).join('|');
  return 'obj:' + (x as object).constructor?.name;
}

export function canon(res: unknown): { shape: number[] | null; v: string[] } {
  if (ArrayBuffer.isView(res) && !(res instanceof DataView)) {
    const a = res as unknown as ArrayLike<number | bigint> & { shape?: number[] };
    return { shape: a.shape ?? [a.length], v: Array.from(a, canonScalar) };
  }
  if (Array.isArray(res)) {
    const shape: number[] = [];
    let x: unknown = res;
    while (Array.isArray(x)) {
      shape.push(x.length);
      x = x[0];
      if (x === undefined) break;
    }
    const flat = (res as unknown[]).flat(shape.length - 1);
    return { shape, v: flat.map(canonScalar) };
  }
  return { shape: null, v: [canonScalar(res)] };
}

function target(t: string, seed: number): unknown {
  if (t === 'rs') return new np.RandomState(seed);
  if (t === 'np') {
    np.seed(seed);
    return np;
  }
  if (t.startsWith('gen:')) return new np.Generator(new BG[t.slice(4)]!(seed) as np.BitGenerator);
  if (t.startsWith('bg:')) return new BG[t.slice(3)]!(seed);
  if (t === 'ss') return new np.SeedSequence(seed);
  return null;
}

function post(t: string, o: unknown): string[] {
  if (o === null) return [];
  if (t === 'rs' || t === 'np') {
    return Array.from((o as np.RandomState).standard_normal(3) as Float64Array, cfloat);
  }
  if (t.startsWith('gen:')) return raw2((o as np.Generator).bit_generator);
  if (t.startsWith('bg:')) return raw2(o as np.BitGenerator);
  if (t === 'ss') {
    const ss = o as np.SeedSequence;
    return [String(ss.n_children_spawned), ...Array.from(ss.generate_state(2), String)];
  }
  return [];
}

/** A seed of null draws fresh entropy: only whether the call succeeds is comparable. */
function nondeterministic(c: Case): boolean {
  const a0 = c.a[0]?.[0];
  return ['__init__', 'default_rng', 'seed'].includes(c.m) && (a0 === undefined || a0 === 'null' || a0 === 'undef');
}

const SS_OPTIONS = ['spawn_key', 'pool_size', 'n_children_spawned'];

/** One case, as a numpy user's call translated to JS. */
export function runCase(c: Case): Outcome {
  const args = c.a.map(decode);
  let obj: unknown = null;
  let out: Outcome;
  try {
    let res: unknown;
    if (c.m === '__init__') {
      if (c.t === 'ss') {
        const opts = Object.fromEntries(args.slice(1).map((v, i) => [SS_OPTIONS[i]!, v]));
        obj = args.length > 1 ? new np.SeedSequence(args[0] as never, opts as never) : new np.SeedSequence(...(args as [never]));
      } else if (c.t === 'rs') {
        obj = new np.RandomState(...(args as [never]));
      } else {
        obj = new BG[c.t.slice(3)]!(...args);
      }
      res = undefined;
    } else if (c.t === 'fn') {
      res = (np as unknown as Record<string, (...a: unknown[]) => unknown>)[c.m]!(...args);
    } else {
      obj = target(c.t, c.seed);
      if (c.m === 'state=') {
        (obj as { state: unknown }).state = args[0];
        res = undefined;
      } else {
        const fn = (obj as Record<string, (...a: unknown[]) => unknown>)[c.m];
        if (typeof fn !== 'function') throw new Error(`no method ${c.m} on ${c.t}`);
        res = fn.apply(obj, args);
      }
    }
    out = { ok: canon(res) };
  } catch (e) {
    const err = e as Error;
    out = { err: [err?.name ?? typeof e, err?.message ?? String(e)] };
    if (c.m === '__init__') obj = null;
  }
  if (nondeterministic(c)) return out.ok ? { ok: 'entropy' } as never : { err: 'entropy' } as never;
  if (obj === null && c.m !== '__init__' && c.t !== 'fn') obj = target(c.t, c.seed);
  try {
    out.post = post(c.t, obj);
  } catch (e) {
    out.post = ['error:' + (e as Error).name];
  }
  return out;
}

// Worker protocol: receives { cases }, posts { i, out } after each case (the watchdog in
// harness.ts terminates the worker when a case runs past its time bound).
parentPort?.on('message', (msg: { cases: Case[]; start: number }) => {
  for (let i = msg.start; i < msg.cases.length; i++) {
    const t0 = performance.now();
    parentPort!.postMessage({ i, started: true });
    let out: Outcome;
    try {
      out = runCase(msg.cases[i]!);
    } catch (e) {
      out = { err: ['HarnessError', String(e)] };
    }
    out.ms = performance.now() - t0;
    parentPort!.postMessage({ i, out });
  }
  parentPort!.postMessage({ done: true });
});
