// Runs one golden-file call spec (scripts/golden/torch_export.py) through numpy-random/torch
// and encodes the result as the export does (little-endian bytes, hashed beyond 32 values).
import { createHash } from 'node:crypto';
import * as torch from '../../src/torch/index.js';
import { Float16Array } from '@petamoriken/float16';
import { allocate, halfBits, type Dtype, type TorchArray } from '../../src/torch/dtype.js';

export interface Call { op: string; [k: string]: unknown }
export interface Encoded { dtype?: string; shape?: number[]; n?: number; hex?: string; sha256?: string; head?: string; tail?: string; error?: string; message?: string; state_sha256?: string }

function bytesOf(a: TorchArray, dtype: string): Uint8Array {
  if (dtype === 'int64' && a instanceof Float64Array) {
    const b = new BigInt64Array(a.length);
    for (let i = 0; i < a.length; i++) b[i] = BigInt(a[i]!);
    return new Uint8Array(b.buffer);
  }
  if (dtype === 'float16') { const h = halfBits(a as never); return new Uint8Array(h.buffer, h.byteOffset, h.byteLength); }
  const v = a as Uint8Array;
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

export function encode(a: TorchArray & { shape?: number[] }, dtype: string): Encoded {
  const raw = bytesOf(a, dtype);
  const width = raw.length / Math.max(a.length, 1);
  const r: Encoded = { dtype, shape: a.shape ?? [a.length], n: a.length };
  if (a.length <= 32) r.hex = hex(raw);
  else {
    r.sha256 = createHash('sha256').update(raw).digest('hex');
    r.head = hex(raw.subarray(0, 8 * width));
    r.tail = hex(raw.subarray(raw.length - 8 * width));
  }
  return r;
}

export function stateSha(): string {
  return createHash('sha256').update(torch.get_rng_state()).digest('hex');
}

/** The result dtype name torch reports for a call. */
function outDtype(c: Call): string {
  if (c.op === 'multinomial' || c.op === 'multinomial_t') return 'int64';
  if (c.op === 'poisson_t' || c.op === 'bernoulli_p') return ((c.rates ?? c.p) as TensorSpec).dtype;
  if (c.op === 'normal_tt') return (typeof c.mean === 'object' ? c.mean as TensorSpec : c.std as TensorSpec).dtype;
  const d = c.dtype as string | null | undefined;
  if (d === null || d === undefined) return c.op === 'randint' || c.op === 'randperm' ? 'int64' : 'float32';
  return d;
}

function tensorOf(v: number[] | number[][], d: string): TorchArray & { shape: number[] } {
  const two = Array.isArray(v[0]);
  const rows = two ? (v as number[][]) : [v as number[]];
  const flat = rows.flat();
  const t = (d === 'float64' ? Float64Array.from(flat) : Float32Array.from(flat)) as TorchArray & { shape: number[] };
  Object.defineProperty(t, 'shape', { value: two ? [rows.length, rows[0]!.length] : [flat.length] });
  return t;
}

interface TensorSpec { dtype: string; shape: number[]; values: (number | string)[] }

/** A golden-file number: non-finite ones are the strings 'inf', '-inf', 'nan'. */
const num = (v: number | string): number => (typeof v === 'string' ? Number(v.replace('inf', 'Infinity')) : v);

/** A tensor argument of any dtype (values exact in it), with its shape. */
function tensorOfSpec(t: TensorSpec): TorchArray & { shape: number[] } {
  const v = t.values.map(num);
  let a: TorchArray;
  if (t.dtype === 'bfloat16') a = Uint16Array.from(v, (x) => torch.f32ToBf16Bits(x));
  else if (t.dtype === 'float16') a = new Float16Array(v);
  else if (t.dtype === 'int64') a = BigInt64Array.from(v, (x) => BigInt(x));
  else {
    a = allocate(t.dtype as Dtype, v.length);
    (a as Float64Array).set(v);
  }
  Object.defineProperty(a, 'shape', { value: t.shape.slice() });
  return a as TorchArray & { shape: number[] };
}

/** A golden-file integer: numbers up to 2**53, decimal strings beyond. */
const int = (v: unknown): number | bigint => (typeof v === 'string' ? BigInt(v) : (v as number));

export function runCall(c: Call, kernel: 'avx2' | 'default'): TorchArray & { shape?: number[] } {
  const d = c.dtype as string | null | undefined;
  const opts = { kernel, ...(d ? { dtype: d } : {}) };
  const size = c.size as number[];
  const count = () => size.reduce((x, y) => x * y, 1);
  const fresh = () => allocate(d as Dtype, count());
  const a = c.a as number, b = c.b as number;
  switch (c.op) {
    case 'rand': return torch.rand(size, opts);
    case 'randn': return torch.randn(size, opts);
    case 'randint': return torch.randint(int(c.low), int(c.high), size, opts);
    case 'randperm': return torch.randperm(c.n as number, opts);
    case 'normal_size': return torch.normal(a, b, size, { kernel });
    case 'uniform_': return torch.uniform_(fresh(), a, b, opts);
    case 'normal_': return torch.normal_(fresh(), a, b, opts);
    case 'log_normal_': return torch.log_normal_(fresh(), a, b, opts);
    case 'exponential_': return torch.exponential_(fresh(), a, opts);
    case 'geometric_': return torch.geometric_(fresh(), a, opts);
    case 'cauchy_': {
      const args = (c.args as number[] | undefined) ?? [a, b];
      return args.length === 0 ? torch.cauchy_(fresh(), undefined, undefined, opts) : torch.cauchy_(fresh(), args[0], args[1], opts);
    }
    case 'bernoulli_': return torch.bernoulli_(fresh(), a, opts);
    case 'random_': {
      const args = (c.args as (number | string | null)[]).map((v) => (v === null ? null : int(v)));
      const t = fresh();
      if (args.length === 0) return torch.random_(t, undefined, undefined, opts);
      if (args.length === 1) return torch.random_(t, args[0], opts);
      return torch.random_(t, args[0], args[1], opts);
    }
    case 'bernoulli': return torch.bernoulli(tensorOf(c.p as number[], d!), { kernel });
    case 'bernoulli_t': return torch.bernoulli_(allocate(d as Dtype, (c.p as number[]).length), tensorOf(c.p as number[], d!), opts);
    case 'multinomial': return torch.multinomial(tensorOf(c.p as number[] | number[][], d!), c.n as number, c.replacement as boolean, { kernel });
    case 'poisson': return torch.poisson(tensorOf(c.rates as number[], d!), { kernel });
    case 'normal_t': {
      const m = typeof c.mean === 'number' ? c.mean : tensorOf(c.mean as number[], d!);
      const s = typeof c.std === 'number' ? c.std : tensorOf(c.std as number[], d!);
      return torch.normal(m, s, { kernel });
    }
    case 'multinomial_t': return torch.multinomial(tensorOfSpec(c.p as TensorSpec), c.n as number, c.replacement as boolean, { kernel });
    case 'poisson_t': return torch.poisson(tensorOfSpec(c.rates as TensorSpec), { kernel });
    case 'bernoulli_tt': {
      const t = allocate(d as Dtype, count());
      Object.defineProperty(t, 'shape', { value: size.slice() });
      return torch.bernoulli_(t, tensorOfSpec(c.p as TensorSpec), opts);
    }
    case 'bernoulli_p': return torch.bernoulli(tensorOfSpec(c.p as TensorSpec), { kernel });
    case 'normal_tt': {
      const arg = (v: unknown) => (typeof v === 'object' ? tensorOfSpec(v as TensorSpec) : num(v as number | string));
      return torch.normal(arg(c.mean), arg(c.std), { kernel });
    }
  }
  throw new Error(`unknown op ${c.op}`);
}

/** Runs a call and encodes what it returned or threw, with the state hash after it. */
export function runEncoded(c: Call, kernel: 'avx2' | 'default'): Encoded {
  let r: Encoded;
  try {
    r = encode(runCall(c, kernel), outDtype(c));
  } catch (e) {
    if (!(e instanceof torch.RuntimeError)) throw e;
    r = { error: 'RuntimeError', message: e.message };
  }
  r.state_sha256 = stateSha();
  return r;
}
