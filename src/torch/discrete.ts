// exponential_, cauchy_, geometric_, log_normal_, bernoulli_ (scalar and tensor p), poisson and
// multinomial: torch's double-precision transformations of 53-bit uniforms, cast to the dtype.
import type { Generator } from './generator.js';
import { RuntimeError } from './errors.js';
import { cppDouble } from './format.js';
import { type Dtype, type TorchArray, type Float16ArrayT, halfBits, f32ToHalfBits, f32ToBf16Bits, scalarTypeName, isFloating, roundTo } from './dtype.js';
import { uniformDouble } from './uniform.js';
import { normalDouble } from './normal.js';
import { log, exp, tan, fma } from '../math/index.js';
import { lgammaInt } from './lgamma.js';
import { topkIndices } from './topk.js';
import { ptrsSetup, type PtrsSetup } from '../distributions/poisson.js';

/** Stores double x into out[i] as static_cast<T>(x) does on x86-64. */
export type Store = (i: number, x: number) => void;

/** double -> integer as cvttsd2si does: truncation, the "integer indefinite" value when out of range. */
function truncInt(x: number, bits: 32 | 64): number {
  const lim = bits === 32 ? 2147483648 : 9223372036854775808;
  return x > -lim - 1 && x < lim ? Math.trunc(x) : -lim;
}

export function storer(out: TorchArray, d: Dtype): Store {
  switch (d) {
    case 'float16': { const o = halfBits(out as Float16ArrayT); return (i, x) => { o[i] = f32ToHalfBits(Math.fround(x)); }; }
    case 'bfloat16': { const o = out as Uint16Array; return (i, x) => { o[i] = f32ToBf16Bits(Math.fround(x)); }; }
    case 'float32': case 'float64': { const o = out as Float64Array; return (i, x) => { o[i] = x; }; }
    case 'bool': { const o = out as Uint8Array; return (i, x) => { o[i] = x !== 0 ? 1 : 0; }; }
    case 'int64': {
      if (out instanceof BigInt64Array) { const o = out; return (i, x) => { o[i] = BigInt(truncInt(x, 64)); }; }
      const o = out as Float64Array;
      return (i, x) => { o[i] = truncInt(x, 64); };
    }
    default: { const o = out as Int32Array; return (i, x) => { o[i] = truncInt(x, 32); }; } // narrower ints keep the low bits
  }
}

function notFor(kernel: string, d: Dtype): RuntimeError {
  return new RuntimeError(`"${kernel}" not implemented for '${scalarTypeName(d)}'`);
}

export function exponentialFill(g: Generator, out: TorchArray, d: Dtype, lambd: number): void {
  if (!(lambd >= 0)) throw new RuntimeError(`exponential_ expects lambda >= 0.0, but found lambda=${cppDouble(lambd)}`);
  if (!isFloating(d)) throw notFor('exponential_cpu', d);
  const put = storer(out, d);
  const c = -1 / lambd;
  for (let i = 0; i < out.length; i++) put(i, c * log(1 - uniformDouble(g)));
}

/**
 * cauchy_kernel: at::cauchy_distribution<double> for every dtype, median + sigma * tan(pi (u - 0.5))
 * on a 53-bit uniform with glibc's tan (no clipping of u in the double transformation); the AVX2
 * build fuses the final multiply-add. torch 1.13 checks neither sigma nor median.
 */
export function cauchyFill(g: Generator, out: TorchArray, d: Dtype, median: number, sigma: number, fused: boolean): void {
  if (!isFloating(d)) throw notFor('cauchy_cpu', d);
  const put = storer(out, d);
  for (let i = 0; i < out.length; i++) {
    const t = tan(Math.PI * (uniformDouble(g) - 0.5));
    put(i, fused ? fma(sigma, t, median) : median + sigma * t);
  }
}

export function geometricFill(g: Generator, out: TorchArray, d: Dtype, p: number): void {
  if (!(p > 0 && p < 1)) throw new RuntimeError(`geometric_ expects p to be in (0, 1), but got p=${cppDouble(p)}`);
  if (d === 'bool') throw notFor('geometric_cpu', d);
  const put = storer(out, d);
  const lq = log(1 - p);
  for (let i = 0; i < out.length; i++) put(i, Math.ceil(log(uniformDouble(g)) / lq));
}

export function logNormalFill(g: Generator, out: TorchArray, d: Dtype, mean: number, std: number, fused: boolean): void {
  if (!(std > 0)) throw new RuntimeError(`log_normal_ expects std > 0.0, but found std=${cppDouble(std)}`);
  if (!isFloating(d)) throw notFor('log_normal_cpu', d);
  const put = storer(out, d);
  for (let i = 0; i < out.length; i++) put(i, exp(normalDouble(g, mean, std, fused)));
}

export function bernoulliScalarFill(g: Generator, out: TorchArray, d: Dtype, p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RuntimeError(`bernoulli_ expects p to be in [0, 1], but got p=${cppDouble(p)}`);
  if (d === 'float16') throw notFor('bernoulli_scalar_cpu_', d);
  const put = storer(out, d);
  for (let i = 0; i < out.length; i++) put(i, uniformDouble(g) < p ? 1 : 0);
}

/**
 * bernoulli_(p tensor), p already expanded to out's shape: a double p draws 53-bit uniforms, a
 * float one 24-bit ones. torch checks each p as its loop reaches it; every p is checked here
 * before the first draw, so a bad one leaves the state untouched (README).
 */
export function bernoulliTensorFill(g: Generator, out: TorchArray, d: Dtype, p: ArrayLike<number>, pDouble: boolean): void {
  for (let i = 0; i < out.length; i++) {
    const v = p[i]!;
    if (!(v >= 0 && v <= 1)) {
      throw new RuntimeError('Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)');
    }
  }
  const put = storer(out, d);
  for (let i = 0; i < out.length; i++) {
    const u = pDouble ? uniformDouble(g) : (g.random() & 0xffffff) * 5.960464477539063e-8;
    put(i, u < p[i]! ? 1 : 0);
  }
}

let lastSetup: PtrsSetup | null = null;

/** torch's sample_poisson for one rate (Hoermann's transformed rejection from 10 up, with numpy's PTRS constants). */
export function samplePoisson(g: Generator, lambda: number): number {
  if (lambda >= 10) {
    const st = lastSetup !== null && lastSetup.lam === lambda ? lastSetup : (lastSetup = ptrsSetup(lambda));
    const { a, b, vr, loglam } = st;
    for (;;) {
      const U = uniformDouble(g) - 0.5;
      const V = uniformDouble(g);
      const us = 0.5 - Math.abs(U);
      // (int64_t)floor(...): a huge or infinite rate gives INT64_MIN (x86's cvttsd2si), which the
      // first test may return and the k < 0 test rejects
      const k = truncInt(Math.floor((2 * a / us + b) * U + lambda + 0.43), 64);
      if (us >= 0.07 && V <= vr) return k;
      if (k < 0 || (us < 0.013 && V > us)) continue;
      if (log(V) + st.logInvalpha - log(a / (us * us) + b) <= -lambda + k * loglam - lgammaInt(k + 1)) return k;
    }
  }
  if (lambda === 0) return 0;
  const enlam = exp(-lambda);
  let x = 0, prod = 1;
  for (;;) {
    prod *= uniformDouble(g);
    if (prod > enlam) x += 1;
    else return x;
  }
}

/** poisson_cpu; torch checks each rate as it reaches it, here all are checked before the first draw (README). */
export function poissonFill(g: Generator, out: TorchArray, d: Dtype, rates: ArrayLike<number>): void {
  if (d === 'float16') throw notFor('poisson_cpu', d);
  for (let i = 0; i < rates.length; i++) {
    if (!(rates[i]! >= 0)) throw new RuntimeError('invalid Poisson rate, expected rate to be non-negative');
  }
  const put = storer(out, d);
  for (let i = 0; i < rates.length; i++) put(i, samplePoisson(g, rates[i]!));
}

/** x rounded to dtype d (a float op's result, correctly rounded in double first, then cast). */
function rounder(d: Dtype): (x: number) => number {
  if (d === 'float64') return (x) => x;
  if (d === 'float32') return Math.fround;
  return (x) => roundTo(d, x);
}

/** torch.argmax of one row: the first NaN, else the first of the largest values. */
function argmax(q: Float64Array, base: number, k: number): number {
  let best = 0;
  for (let j = 1; j < k; j++) {
    const a = q[base + best]!, b = q[base + j]!;
    if (a !== a) return best;
    if (b !== b || b > a) best = j;
  }
  return best;
}

/**
 * torch.multinomial over `rows` distributions of `k` categories (probs row-major, already in
 * the input's dtype `d`); returns the int64 indices as numbers.
 */
export function multinomialDraw(g: Generator, probs: ArrayLike<number>, rows: number, k: number, nSample: number, replacement: boolean, d: Dtype): Float64Array {
  if (!(nSample > 0)) throw new RuntimeError('cannot sample n_sample <= 0 samples');
  if (!(replacement || nSample <= k)) throw new RuntimeError('cannot sample n_sample > prob_dist.size(-1) samples without replacement');
  if (k > 16777216) throw new RuntimeError('number of categories cannot exceed 2^24');
  if (d === 'float16') throw new RuntimeError('multinomial is not implemented for half on CPU');
  const out = new Float64Array(rows * nSample);
  if (!replacement) {
    for (let i = 0; i < probs.length; i++) {
      const v = probs[i]!;
      if (!(v < Infinity && v >= 0)) throw new RuntimeError('probability tensor contains either `inf`, `nan` or element < 0');
    }
    for (let r = 0; r < rows; r++) {
      let any = false;
      for (let j = 0; j < k; j++) if (probs[r * k + j] !== 0) any = true;
      if (!any) throw new RuntimeError('invalid multinomial distribution (sum of probabilities <= 0)');
    }
    // Gumbel-max as torch runs it: q ~ Exp(1) in the input dtype, then the largest p / q, the
    // quotient rounded to that dtype too (in bfloat16 quotients tie, and the first index wins)
    const rnd = rounder(d);
    const q = new Float64Array(probs.length);
    for (let i = 0; i < q.length; i++) q[i] = rnd(-1 * log(1 - uniformDouble(g)));
    for (let i = 0; i < q.length; i++) q[i] = rnd(probs[i]! / q[i]!);
    for (let r = 0; r < rows; r++) {
      if (nSample === 1) out[r] = argmax(q, r * k, k);
      else topkIndices(q, r * k, k, nSample, out, r * nSample);
    }
    return out;
  }
  // the with-replacement kernel accumulates reduced floating types in float
  const rnd = d === 'float64' ? (x: number) => x : Math.fround;
  const cum = new Float64Array(k);
  // torch checks each row just before its draws; here every row is checked before the first
  // draw, so a bad row leaves the state untouched (README)
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let j = 0; j < k; j++) {
      const v = probs[r * k + j]!;
      if (!(v >= 0)) throw new RuntimeError('invalid multinomial distribution (encountering probability entry < 0)');
      if (!Number.isFinite(v)) throw new RuntimeError('invalid multinomial distribution (encountering probability entry = infinity or NaN)');
      sum = rnd(sum + v);
    }
    if (!(sum > 0)) throw new RuntimeError('invalid multinomial distribution (sum of probabilities <= 0)');
  }
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let j = 0; j < k; j++) { sum = rnd(sum + probs[r * k + j]!); cum[j] = sum; }
    for (let j = 0; j < k; j++) cum[j] = rnd(cum[j]! / sum);
    cum[k - 1] = 1;
    for (let s = 0; s < nSample; s++) {
      const u = uniformDouble(g);
      let left = 0, right = k;
      while (right - left > 0) {
        const mid = left + ((right - left) >> 1);
        if (cum[mid]! < u) left = mid + 1;
        else right = mid;
      }
      out[r * nSample + s] = left;
    }
  }
  return out;
}
