// numpy-random/torch: PyTorch's CPU random number generation (torch 1.13.1, x86-64), bit for bit.
// See the README section "torch" for the conventions and which paths are exact where.
import { type Dtype, type TorchArray, type Float16ArrayT, allocate, dtypeOf, isFloating, halfToF32, bf16ToF32, halfBits, roundTo, f32ToHalfBits, f32ToBf16Bits, scalarTypeName, checkConvertible } from './dtype.js';
import { exponentialFill, cauchyFill, geometricFill, logNormalFill, bernoulliScalarFill, bernoulliTensorFill, poissonFill, multinomialDraw } from './discrete.js';
import { RuntimeError, ValueError } from './errors.js';
import { pyInt, pyTypeName } from '../core/pyint.js';
import { Generator, defaultGenerator, unpackSeed } from './generator.js';
import { type TorchOptions, type SizeArg, resolve, sizeAndOptions, withOptions, isInt, isOptions, argType, parseSize, sizeTypeError, invalidCombination, checkShape, shaped, set_cpu_capability, get_cpu_capability } from './args.js';
import { uniformFill } from './uniform.js';
import { planRandom, randomFill, randomBitsFill, randpermFill, checkRandperm, toInt64 } from './random.js';
import { checkStd, normalFill } from './normal.js';

export { Generator, RuntimeError, ValueError, set_cpu_capability, get_cpu_capability };
export type { Dtype, TorchArray, TorchOptions, SizeArg };
export { f32ToHalfBits, halfToF32, f32ToBf16Bits, bf16ToF32 } from './dtype.js';
export type { Kernel } from './normal.js';

type Shaped<T> = T & { shape: number[] };
type Args = (number | readonly number[] | TorchOptions)[];

/**
 * torch.default_generator: the module's shared Generator, seeded from entropy on first use.
 * @example const g = default_generator();
 */
export function default_generator(): Generator {
  return defaultGenerator();
}

/**
 * torch.manual_seed: seeds the default generator (negative seeds wrap to uint64); returns it.
 * @param seed - the seed, an integer in [-2**63, 2**64) (a float is truncated, as Python's int()).
 * @example manual_seed(0); rand(3);
 */
export function manual_seed(seed: number | bigint | string): Generator {
  if (typeof seed === 'number' && Number.isFinite(seed)) seed = Math.trunc(seed); // Python's int(seed)
  if (typeof seed === 'string') seed = pyInt(seed); // Python's int(str): a ValueError unless a base-10 literal
  unpackSeed(seed);
  return defaultGenerator().manual_seed(seed);
}

/**
 * torch.seed: seeds the default generator from entropy; returns the seed.
 * @example const s = seed();
 */
export function seed(): bigint {
  return defaultGenerator().seed();
}

/**
 * torch.initial_seed: the default generator's last seed, as a uint64 bigint.
 * @example manual_seed(7); initial_seed(); // 7n
 */
export function initial_seed(): bigint {
  return defaultGenerator().initial_seed();
}

/**
 * torch.get_rng_state: the default generator's 5056 state bytes.
 * @example const st = get_rng_state();
 */
export function get_rng_state(): Uint8Array {
  return defaultGenerator().get_state();
}

/**
 * torch.set_rng_state: loads 5056 (or legacy 5048) state bytes into the default generator.
 * @param state - bytes from get_rng_state(), or torch.get_rng_state().numpy() saved in Python.
 * @example set_rng_state(get_rng_state());
 */
export function set_rng_state(state: Uint8Array): void {
  defaultGenerator().set_state(state);
}

function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** A Python float parameter: numbers, ints (bigint) and bools convert; anything else is torch's TypeError. */
function floatArg(v: unknown, fn: string, name: string, pos: number): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  throw new TypeError(`${fn}(): argument '${name}' (position ${pos}) must be float, not ${pyTypeName(v)}`);
}

/** A parameter the caller left out (undefined) takes its default. */
function or<T>(v: unknown, dflt: T): T {
  return (v === undefined ? dflt : v) as T;
}

function requireFloating(d: Dtype, fn: string): void {
  if (!isFloating(d)) throw new RuntimeError(`"${fn}" not implemented for '${scalarTypeName(d)}'`);
}

/**
 * torch.rand(*size): uniform samples in [0, 1), float32 by default.
 * @param args - the sizes (numbers, or one array of them), then optionally `{ dtype, generator, kernel }`.
 * @example rand(2, 3, { dtype: 'float64' });
 */
export function rand(...args: Args): Shaped<TorchArray> {
  const { shape, opts } = sizeAndOptions(args, 'rand');
  const r = resolve(opts, 'float32');
  requireFloating(r.dtype, 'check_uniform_bounds');
  const out = allocate(r.dtype, numel(shape));
  uniformFill(r.gen, out, r.dtype, 0, 1, r.kernel === 'avx2');
  return shaped(out, shape);
}

/**
 * torch.randn(*size): standard normal samples, float32 by default.
 * @param args - the sizes (numbers, or one array of them), then optionally `{ dtype, generator, kernel }`.
 * @example randn([4], { generator: new Generator().manual_seed(1) });
 */
export function randn(...args: Args): Shaped<TorchArray> {
  const { shape, opts } = sizeAndOptions(args, 'randn');
  const r = resolve(opts, 'float32');
  requireFloating(r.dtype, 'normal_kernel_cpu');
  const out = allocate(r.dtype, numel(shape));
  normalFill(r.gen, out, r.dtype, 0, 1, r.kernel);
  return shaped(out, shape);
}

/**
 * torch.randint([low,] high, size): integers in [low, high); int64 by default (as numbers).
 * @param args - `low` (default 0), `high` (exclusive), `size` (a number or array), then optionally `{ dtype, generator }`.
 * @example randint(0, 10, [5]);
 */
export function randint(...args: (number | bigint | readonly number[] | TorchOptions)[]): Shaped<TorchArray> {
  let opts: TorchOptions | undefined;
  let a = args;
  if (isOptions(a[a.length - 1])) { opts = a[a.length - 1] as TorchOptions; a = a.slice(0, -1); }
  let low: number | bigint = 0, high: number | bigint;
  let shape: number[] | null;
  if (a.length === 2) {
    // one overload takes two arguments, so Python names the argument that does not fit it
    high = a[0] as number | bigint;
    if (!isInt(high)) throw new TypeError(`randint(): argument 'high' (position 1) must be int, not ${argType(high)}`);
    shape = parseSize(a[1], 'randint');
    if (shape === null) throw sizeTypeError(a[1], 'randint', 2);
  } else if (a.length === 3) {
    [low, high] = a as [number | bigint, number | bigint];
    shape = isInt(low) && isInt(high) ? parseSize(a[2], 'randint') : null;
    if (shape === null) throw invalidCombination('randint', a, opts);
  } else throw invalidCombination('randint', a, opts);
  checkShape(shape);
  const r = resolve(opts, 'int64');
  const plan = planRandom(r.dtype, toInt64(low, 'low'), toInt64(high, 'high'));
  const out = allocate(r.dtype, numel(shape), !r.explicitDtype);
  randomFill(r.gen, out, r.dtype, plan);
  return shaped(out, shape);
}

/**
 * torch.randperm(n): a random permutation of 0..n-1 (int64 by default, as numbers).
 * @param n - the length.
 * @param opts - `{ dtype, generator }` (default: int64, the default generator).
 * @example randperm(10);
 */
export function randperm(n: number | bigint, opts?: TorchOptions): Shaped<TorchArray> {
  if (!isInt(n)) throw new TypeError(`randperm(): argument 'n' (position 1) must be int, not ${argType(n)}`);
  n = Number(n);
  const r = resolve(opts, 'int64');
  checkRandperm(n, r.dtype);
  const out = allocate(r.dtype, n, !r.explicitDtype);
  randpermFill(r.gen, out, r.dtype, n);
  return shaped(out, [n]);
}

/**
 * Tensor.uniform_(from, to): fills `t` in place with uniform samples in [from, to); returns it.
 * @param t - the tensor (typed array) to fill.
 * @param from - lower bound (default 0).
 * @param to - upper bound (default 1).
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example uniform_(new Float32Array(4), -1, 1);
 */
export function uniform_<T extends TorchArray>(t: T, from?: number | TorchOptions, to?: number | TorchOptions, opts?: TorchOptions): T {
  const { params: [a, b], opts: o } = withOptions([from, to, opts], 2);
  const r = resolve(o, 'float32');
  const d = dtypeOf(t, o?.dtype);
  uniformFill(r.gen, t, d, or(a, 0), or(b, 1), r.kernel === 'avx2');
  return t;
}

/**
 * Tensor.normal_(mean, std): fills `t` in place with normal samples; returns it.
 * @param t - the tensor (typed array) to fill.
 * @param mean - mean (default 0).
 * @param std - standard deviation, >= 0 (default 1).
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example normal_(new Float64Array(8), 0, 2);
 */
export function normal_<T extends TorchArray>(t: T, mean?: number | TorchOptions, std?: number | TorchOptions, opts?: TorchOptions): T {
  const { params: [m, sd], opts: o } = withOptions([mean, std, opts], 2);
  const r = resolve(o, 'float32');
  const d = dtypeOf(t, o?.dtype);
  const s = or(sd, 1);
  checkStd(s);
  requireFloating(d, 'normal_kernel_cpu');
  normalFill(r.gen, t, d, or(m, 0), s, r.kernel);
  return t;
}

/**
 * Tensor.random_(): random_() draws over the dtype's whole range, random_(to) over [0, to),
 * random_(from, to) over [from, to); `to` may be null (up to the dtype's maximum). Returns `t`.
 * @param t - the tensor (typed array) to fill.
 * @param from - `to` when alone, else `from` (default: none, the full range); or the options.
 * @param to - `to` when `from` is given (null: the dtype's maximum), or the options.
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * The options may follow the last parameter given: random_(t, { generator }).
 * @example random_(new Int32Array(4), 0, 100);
 */
export function random_<T extends TorchArray>(t: T, from?: number | bigint | null | TorchOptions, to?: number | bigint | null | TorchOptions, opts?: TorchOptions): T {
  const { params, opts: o } = withOptions([from, to, opts], 2);
  const [a, b] = params as (number | bigint | null | undefined)[];
  const r = resolve(o, 'float32');
  const d = dtypeOf(t, o?.dtype);
  if (a === undefined || a === null) {
    if (b !== undefined) throw new TypeError('random_(): from must be an integer');
    randomBitsFill(r.gen, t, d);
    return t;
  }
  const plan = b === undefined ? planRandom(d, 0n, toInt64(a, 'to')) : planRandom(d, toInt64(a, 'from'), b === null ? null : toInt64(b as number | bigint, 'to'));
  randomFill(r.gen, t, d, plan);
  return t;
}


/** A tensor-like argument: a typed array of a floating dtype (optionally with `shape`), or nested number arrays (float32, as torch.tensor makes them). */
export type TensorLike = TorchArray | readonly number[] | readonly (readonly number[])[] | (TorchArray & { shape: number[] });

interface Tensor { values: Float64Array; dtype: Dtype; shape: number[] }

function asTensor(x: TensorLike, what: string): Tensor {
  if (Array.isArray(x)) {
    const rows = x as readonly (number | readonly number[])[];
    if (rows.length > 0 && Array.isArray(rows[0])) {
      const k = (rows[0] as readonly number[]).length;
      const values = new Float64Array(rows.length * k);
      rows.forEach((r, i) => {
        if (!Array.isArray(r) || r.length !== k) throw new TypeError(`${what}: rows must all have length ${k}`);
        r.forEach((v: number, j: number) => { values[i * k + j] = Math.fround(v); });
      });
      return { values, dtype: 'float32', shape: [rows.length, k] };
    }
    return { values: Float64Array.from(rows as readonly number[], (v) => Math.fround(v)), dtype: 'float32', shape: [rows.length] };
  }
  const d = dtypeOf(x);
  const n = (x as TorchArray).length;
  const values = new Float64Array(n);
  if (d === 'float16') { const b = halfBits(x as Float16ArrayT); for (let i = 0; i < n; i++) values[i] = halfToF32(b[i]!); }
  else if (d === 'bfloat16') { const b = x as Uint16Array; for (let i = 0; i < n; i++) values[i] = bf16ToF32(b[i]!); }
  else if (d === 'int64' && x instanceof BigInt64Array) { for (let i = 0; i < n; i++) values[i] = Number(x[i]!); }
  else { const a = x as Float64Array; for (let i = 0; i < n; i++) values[i] = a[i]!; }
  const shape = (x as { shape?: number[] }).shape ?? [n];
  return { values, dtype: d, shape: shape.slice() };
}

/**
 * Tensor.exponential_(lambd): fills `t` in place with exponential samples (mean 1/lambd); returns it.
 * @param t - the tensor (typed array) to fill.
 * @param lambd - the rate (default 1).
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example exponential_(new Float32Array(4), 0.5);
 */
export function exponential_<T extends TorchArray>(t: T, lambd?: number | TorchOptions, opts?: TorchOptions): T {
  const { params: [l], opts: o } = withOptions([lambd, opts], 1);
  const r = resolve(o, 'float32');
  exponentialFill(r.gen, t, dtypeOf(t, o?.dtype), or(l, 1));
  return t;
}

/**
 * Tensor.cauchy_(median, sigma): fills `t` in place with Cauchy samples; returns it.
 * @param t - the tensor (typed array) to fill.
 * @param median - the location (default 0).
 * @param sigma - the scale (default 1; torch 1.13 does not check it).
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example cauchy_(new Float64Array(4), 0, 2);
 */
export function cauchy_<T extends TorchArray>(t: T, median?: number | bigint | TorchOptions, sigma?: number | bigint | TorchOptions, opts?: TorchOptions): T {
  const { params: [md, sg], opts: o } = withOptions([median, sigma, opts], 2);
  const m = floatArg(or(md, 0), 'cauchy_', 'median', 1), s = floatArg(or(sg, 1), 'cauchy_', 'sigma', 2);
  const r = resolve(o, 'float32');
  cauchyFill(r.gen, t, dtypeOf(t, o?.dtype), m, s, r.kernel === 'avx2');
  return t;
}

/**
 * Tensor.geometric_(p): fills `t` with the number of trials until the first success, 1, 2, ...
 * @param t - the tensor (typed array) to fill.
 * @param p - success probability of each trial, in (0, 1).
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example geometric_(new Float32Array(4), 0.2);
 */
export function geometric_<T extends TorchArray>(t: T, p: number, opts?: TorchOptions): T {
  // p has no default in torch: geometric_(t, opts) is Python's missing-argument TypeError
  if (p === undefined || isOptions(p)) throw new TypeError('geometric_() missing 1 required positional arguments: "p"');
  const r = resolve(opts, 'float32');
  geometricFill(r.gen, t, dtypeOf(t, opts?.dtype), p);
  return t;
}

/**
 * Tensor.log_normal_(mean, std): fills `t` with exp of normal samples; returns it.
 * @param t - the tensor (typed array) to fill.
 * @param mean - mean of the underlying normal (default 1).
 * @param std - its standard deviation, > 0 (default 2).
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example log_normal_(new Float64Array(4), 0, 0.5);
 */
export function log_normal_<T extends TorchArray>(t: T, mean?: number | TorchOptions, std?: number | TorchOptions, opts?: TorchOptions): T {
  const { params: [m, s], opts: o } = withOptions([mean, std, opts], 2);
  const r = resolve(o, 'float32');
  logNormalFill(r.gen, t, dtypeOf(t, o?.dtype), or(m, 1), or(s, 2), r.kernel === 'avx2');
  return t;
}

/**
 * Tensor.bernoulli_(p): fills `t` with 0/1 draws; returns it.
 * @param t - the tensor (typed array, optionally with `shape`) to fill.
 * @param p - a probability, or a tensor-like of probabilities that expands to t's shape (default 0.5); or the options.
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example bernoulli_(new Float32Array(6), 0.3);
 */
export function bernoulli_<T extends TorchArray>(t: T, p?: number | TensorLike | TorchOptions, opts?: TorchOptions): T {
  const { params: [pp], opts: o } = withOptions([p, opts], 1);
  const r = resolve(o, 'float32');
  const d = dtypeOf(t, o?.dtype);
  if (pp === undefined || typeof pp === 'number') { bernoulliScalarFill(r.gen, t, d, or(pp, 0.5)); return t; }
  bernoulliTensor(r.gen, t, d, shapeOf(t), asTensor(pp as TensorLike, 'bernoulli_'));
  return t;
}

/** A typed array's tensor shape: its `shape` when it has one, else 1-d. */
function shapeOf(t: TorchArray): number[] {
  return (t as { shape?: number[] }).shape ?? [t.length];
}

/**
 * bernoulli_'s tensor path in torch's order: the self dtype's dispatch, p.expand(self's sizes),
 * then p's dtype dispatch (double p draws 53-bit uniforms, float and bfloat16 p 24-bit ones).
 */
function bernoulliTensor(g: Generator, out: TorchArray, d: Dtype, shape: number[], pt: Tensor): void {
  if (d === 'float16') throw new RuntimeError(`"bernoulli_tensor_cpu_self_" not implemented for 'Half'`);
  const p = expandTo(pt, shape);
  if (!(pt.dtype === 'float64' || pt.dtype === 'float32' || pt.dtype === 'bfloat16')) {
    throw new RuntimeError(`"bernoulli_tensor_cpu_p_" not implemented for '${scalarTypeName(pt.dtype)}'`);
  }
  bernoulliTensorFill(g, out, d, p, pt.dtype === 'float64');
}

/** Tensor.expand(size) of `t`'s values, in C order over `size` (TensorIterator's order for a contiguous output). */
function expandTo(t: Tensor, size: readonly number[]): Float64Array {
  const nd = size.length, td = t.shape.length;
  const fmt = (s: readonly number[]) => `[${s.join(', ')}]`;
  if (td > nd) {
    throw new RuntimeError(`expand(torch.${scalarTypeName(t.dtype)}Tensor{${fmt(t.shape)}}, size=${fmt(size)}): the number of sizes provided (${nd}) must be greater or equal to the number of dimensions in the tensor (${td})`);
  }
  // infer_expand_geometry walks from the last dimension: the rightmost mismatch is the one reported
  const strides = new Array<number>(nd).fill(0);
  let stride = 1;
  for (let i = nd - 1; i >= 0; i--) {
    const j = i - (nd - td);
    if (j < 0) continue;
    const have = t.shape[j]!;
    if (have !== size[i] && have !== 1) {
      throw new RuntimeError(`The expanded size of the tensor (${size[i]}) must match the existing size (${have}) at non-singleton dimension ${i}.  Target sizes: ${fmt(size)}.  Tensor sizes: ${fmt(t.shape)}`);
    }
    strides[i] = have === 1 ? 0 : stride;
    stride *= have;
  }
  const n = numel(size);
  const out = new Float64Array(n);
  const idx = new Array<number>(nd).fill(0);
  let off = 0;
  for (let k = 0; k < n; k++) {
    out[k] = t.values[off]!;
    for (let i = nd - 1; i >= 0; i--) { // odometer step over `size`
      idx[i]!++;
      off += strides[i]!;
      if (idx[i]! < size[i]!) break;
      off -= strides[i]! * idx[i]!;
      idx[i] = 0;
    }
  }
  return out;
}

/**
 * torch.bernoulli(p): 0/1 draws in p's dtype and shape, each 1 with its probability.
 * @param p - a tensor-like of probabilities in [0, 1].
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example bernoulli([0.1, 0.5, 0.9]);
 */
export function bernoulli(p: TensorLike, opts?: TorchOptions): Shaped<TorchArray> {
  const r = resolve(opts, 'float32');
  const pt = asTensor(p, 'bernoulli');
  // torch: empty_like(p).bernoulli_(p)
  const out = allocate(pt.dtype, pt.values.length);
  bernoulliTensor(r.gen, out, pt.dtype, pt.shape, pt);
  return shaped(out, pt.shape);
}

/**
 * torch.poisson(rates): Poisson draws in the rates' dtype and shape.
 * @param rates - a tensor-like of rates (lambda), >= 0.
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example poisson(new Float64Array([1, 4, 10]));
 */
export function poisson(rates: TensorLike, opts?: TorchOptions): Shaped<TorchArray> {
  const r = resolve(opts, 'float32');
  const rt = asTensor(rates, 'poisson');
  if (!isFloating(rt.dtype)) throw new RuntimeError(`"poisson_cpu" not implemented for '${scalarTypeName(rt.dtype)}'`);
  const out = allocate(rt.dtype, rt.values.length);
  poissonFill(r.gen, out, rt.dtype, rt.values);
  return shaped(out, rt.shape);
}

/**
 * torch.multinomial(probs, num_samples, replacement): sampled category indices per row, int64 as numbers (a Float64Array).
 * @param probs - a 1-d or 2-d tensor-like of non-negative weights (rows need not sum to 1).
 * @param num_samples - draws per row.
 * @param replacement - draw with replacement (default false).
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example multinomial([0.2, 0.3, 0.5], 2);
 */
export function multinomial(probs: TensorLike, num_samples: number, replacement?: boolean | TorchOptions, opts?: TorchOptions): Shaped<Float64Array> {
  const { params: [repl], opts: o } = withOptions([replacement, opts], 1);
  const r = resolve(o, 'float32');
  const pt = asTensor(probs, 'multinomial');
  if (pt.shape.length < 1 || pt.shape.length > 2) throw new RuntimeError('prob_dist must be 1 or 2 dim');
  if (!isFloating(pt.dtype)) throw new RuntimeError(`multinomial only supports floating-point dtypes for input, got: ${scalarTypeName(pt.dtype)}`);
  const rows = pt.shape.length === 2 ? pt.shape[0]! : 1;
  const k = pt.shape[pt.shape.length - 1]!;
  const out = multinomialDraw(r.gen, pt.values, rows, k, num_samples, or(repl, false), pt.dtype);
  return shaped(out, pt.shape.length === 2 ? [rows, num_samples] : [num_samples]);
}

function storeValues(out: TorchArray, d: Dtype, v: Float64Array): void {
  if (d === 'float16') { const b = halfBits(out as Float16ArrayT); for (let i = 0; i < v.length; i++) b[i] = f32ToHalfBits(v[i]!); }
  else if (d === 'bfloat16') { const b = out as Uint16Array; for (let i = 0; i < v.length; i++) b[i] = f32ToBf16Bits(v[i]!); }
  else (out as Float64Array).set(v);
}

/**
 * torch.normal: normal(mean, std, size) with numbers, or tensor-like mean and/or std
 * (normal_(0, 1) then mul_(std) and add_(mean) in the output dtype, as torch computes it).
 * @param mean - the mean: a number or a tensor-like.
 * @param std - the standard deviation(s), >= 0: a number or a tensor-like.
 * @param size - the output shape, required when mean and std are both numbers (or the options).
 * @param opts - `{ dtype, generator, kernel }` (default: float32, the default generator, get_cpu_capability()).
 * @example normal(0, 1, [3]); normal([0, 10], 1);
 */
export function normal(mean: number | TensorLike, std: number | TensorLike, size?: SizeArg | TorchOptions, opts?: TorchOptions): Shaped<TorchArray> {
  if (typeof size === 'object' && size !== null && !Array.isArray(size)) { opts = size as TorchOptions; size = undefined; }
  const r = resolve(opts, 'float32');
  if (typeof mean === 'number' && typeof std === 'number') {
    if (size === undefined) throw new TypeError('normal() with number mean and std needs a size');
    const { shape } = sizeAndOptions([size as SizeArg], 'normal');
    checkStd(std);
    const out = allocate(r.dtype, numel(shape));
    normalFill(r.gen, out, r.dtype, mean, std, r.kernel);
    return shaped(out, shape);
  }
  const mt = typeof mean === 'number' ? null : asTensor(mean, 'normal');
  const st = typeof std === 'number' ? null : asTensor(std, 'normal');
  if (st !== null) {
    for (let i = 0; i < st.values.length; i++) if (!(st.values[i]! >= 0)) throw new RuntimeError('normal expects all elements of std >= 0.0');
  } else checkStd(std as number);
  // the output takes mean's dtype, else std's; a number mean becomes at::full({}, mean) in it
  const d = (mt ?? st)!.dtype;
  if (mt === null) checkConvertible(d, mean as number);
  const shape = broadcastShape(mt?.shape ?? [], st?.shape ?? []);
  requireFloating(d, 'normal_kernel_cpu');
  const n = numel(shape);
  const out = allocate(d, n);
  const rd = (x: number) => roundTo(d, x);
  const at = (t: Tensor, i: number) => t.values[t.values.length === 1 ? 0 : i]!;
  const z = new Float64Array(n);
  if (st === null) {
    normalFill(r.gen, out, d, 0, std as number, r.kernel);
    const v = asTensor(out as TensorLike, 'normal').values;
    for (let i = 0; i < n; i++) z[i] = rd(v[i]! + at(mt!, i));
  } else {
    normalFill(r.gen, out, d, 0, 1, r.kernel);
    const v = asTensor(out as TensorLike, 'normal').values;
    const m = mt === null ? rd(mean as number) : 0;
    for (let i = 0; i < n; i++) {
      const prod = rd(v[i]! * at(st, i));
      z[i] = rd(prod + (mt === null ? m : at(mt, i)));
    }
  }
  storeValues(out, d, z);
  return shaped(out, shape);
}

function broadcastShape(a: readonly number[], b: readonly number[]): number[] {
  const na = numel(a), nb = numel(b);
  if (a.length === 0 || na === 1) return b.length === 0 ? a.slice() : b.slice();
  if (b.length === 0 || nb === 1) return a.slice();
  if (a.length === b.length && a.every((v, i) => v === b[i])) return a.slice();
  throw new RuntimeError(`The size of tensor a (${a[a.length - 1]}) must match the size of tensor b (${b[b.length - 1]}) at non-singleton dimension ${Math.max(a.length, b.length) - 1}`);
}
