// random_ (and randint, randperm): at::uniform_int_from_to_distribution,
// uniform_int_full_range_distribution and uniform_int_distribution, with torch's bound checks.
import type { Generator } from './generator.js';
import { RuntimeError } from './errors.js';
import { type Dtype, type TorchArray, type Float16ArrayT, isFloating, typeMetaName, checkConvertible, halfBits, f32ToHalfBits, f32ToBf16Bits, halfToF32 as halfValue, bf16ToF32 as bf16Value } from './dtype.js';
import { scratchWords, SCRATCH_BLOCK } from './scratch.js';
import { floatMax } from './uniform.js';

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const TWO32 = 4294967296;

/** std::numeric_limits<T>::digits for the floating dtypes. */
function digits(d: Dtype): number {
  return d === 'float32' ? 24 : d === 'float64' ? 53 : d === 'float16' ? 11 : 8;
}

/** [lowest, max] of an integral dtype. */
function intLimits(d: Dtype): [bigint, bigint] {
  switch (d) {
    case 'bool': return [0n, 1n];
    case 'uint8': return [0n, 255n];
    case 'int8': return [-128n, 127n];
    case 'int16': return [-32768n, 32767n];
    case 'int32': return [-2147483648n, 2147483647n];
    default: return [I64_MIN, I64_MAX];
  }
}

/** A Python int argument as an int64 (bigint). */
export function toInt64(v: number | bigint, what = 'value'): bigint {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new TypeError(`${what} must be an integer, got ${v}`);
    v = BigInt(v);
  }
  if (typeof v !== 'bigint') throw new TypeError(`${what} must be an integer`);
  if (v < I64_MIN || v > I64_MAX) throw new RuntimeError('Overflow when unpacking long');
  return v;
}

// update_from / update_to: move a bound that the dtype cannot hold exactly one step inwards.
function roundToDtype(d: Dtype, v: bigint): bigint {
  const x = castFloat(d, v);
  if (!Number.isFinite(x)) return x > 0 ? I64_MAX : I64_MIN; // not reachable for checked bounds
  const b = BigInt(x);
  return b > I64_MAX ? I64_MIN : b; // static_cast<int64_t> of 2^63 is UB; x86 gives INT64_MIN
}
function updateFrom(d: Dtype, from: bigint): bigint {
  const fp1 = roundToDtype(d, from + 1n);
  if (fp1 < from) {
    let f = from + 1n; if (f < 0n) f = -f;
    let n = 0; while ((f >>= 1n) !== 0n) n++;
    from = fp1 + (1n << BigInt(n - digits(d) + 1));
  }
  return from;
}
function updateTo(d: Dtype, to: bigint): bigint {
  const tm1 = roundToDtype(d, to - 1n);
  if (tm1 >= to) {
    let t = to - 1n; if (t < 0n) t = -t;
    let n = 0; while ((t >>= 1n) !== 0n) n++;
    to = tm1 - (1n << BigInt(n - digits(d) + 1));
  }
  return to;
}

/** int64 -> float dtype with one rounding at the dtype's precision (float16/bfloat16 via float). */
function castFloat(d: Dtype, v: bigint): number {
  if (d === 'float64') return Number(v);
  // int64 -> float rounds once to 24 bits; Number() first would round to 53 bits first.
  const f = int64ToF32(v);
  if (d === 'float32') return f;
  return d === 'float16' ? halfValue(f32ToHalfBits(f)) : bf16Value(f32ToBf16Bits(f));
}

function int64ToF32(v: bigint): number {
  const a = v < 0n ? -v : v;
  if (a <= 1n << 53n) return Math.fround(Number(v));
  // round |v| to 24 significant bits, ties to even, in integers
  const len = a.toString(2).length;
  const shift = BigInt(len - 24);
  let q = a >> shift;
  const rem = a - (q << shift), half = 1n << (shift - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  const r = Math.fround(Number(q << shift));
  return v < 0n ? -r : r;
}

function checkInRange(d: Dtype, from: bigint, toInc: bigint): void {
  const name = typeMetaName(d);
  if (isFloating(d)) {
    const max = floatMax(d);
    const f = Number(from), t = Number(toInc);
    if (!(f >= -max && f <= max)) throw new RuntimeError(`from is out of bounds for ${name}`);
    if (!(t >= -max && t <= max)) throw new RuntimeError(`to - 1 is out of bounds for ${name}`);
    return;
  }
  const [min, max] = intLimits(d);
  if (!(from >= min && from <= max)) throw new RuntimeError(`from is out of bounds for ${name}`);
  if (!(toInc >= min && toInc <= max)) throw new RuntimeError(`to - 1 is out of bounds for ${name}`);
}

/** The plan random_(from, to) runs: range and base, or null for the full 64-bit range. */
export interface RandomPlan { range: bigint; base: bigint }

/** random_'s argument handling and checks (torch's random_from_to_impl); draws nothing. */
export function planRandom(d: Dtype, from: bigint, to: bigint | null): RandomPlan | null {
  if (to !== null) {
    if (!(from < to)) throw new RuntimeError(`random_ expects 'from' to be less than 'to', but got from=${from} >= to=${to}`);
    if (isFloating(d)) {
      from = updateFrom(d, from);
      to = updateTo(d, to);
      if (!(from < to)) throw new RuntimeError(`random_ expects 'from' casted to dtype to be less than 'to' casted to dtype, but got from=${from} >= to=${to}`);
    }
    checkInRange(d, from, to - 1n);
    return { range: BigInt.asUintN(64, to - from), base: from };
  }
  if (from !== I64_MIN) {
    let toInc: bigint;
    if (isFloating(d)) {
      const m = 1n << BigInt(digits(d));
      toInc = m > I64_MAX ? I64_MAX : m;
      from = updateFrom(d, from);
      if (!(from < toInc)) throw new RuntimeError(`random_ expects 'from' casted to dtype to be less than or equal to 'to_inc' casted to dtype, but got from=${from} > to_inc=${toInc}`);
    } else {
      toInc = d === 'bool' ? 1n : intLimits(d)[1];
    }
    checkInRange(d, from, toInc);
    return { range: BigInt.asUintN(64, toInc - from + 1n), base: from };
  }
  if (!(d === 'int64' || d === 'float64' || d === 'float32' || d === 'bfloat16')) {
    throw new RuntimeError('random_full_64_bits_range_kernel_cpu handles only int64, double, float and bfloat16');
  }
  return null;
}

/** Writes integer-valued `v` (a number, exact) into out[i] as static_cast<T>(int64) does. */
type Put = (i: number, v: number) => void;
function putter(out: TorchArray, d: Dtype): Put {
  switch (d) {
    case 'bool': { const o = out as Uint8Array; return (i, v) => { o[i] = v !== 0 ? 1 : 0; }; }
    case 'float16': { const o = halfBits(out as Float16ArrayT); return (i, v) => { o[i] = f32ToHalfBits(Math.fround(v)); }; }
    case 'bfloat16': { const o = out as Uint16Array; return (i, v) => { o[i] = f32ToBf16Bits(Math.fround(v)); }; }
    default: {
      if (out instanceof BigInt64Array) { const o = out; return (i, v) => { o[i] = BigInt(v); }; }
      const o = out as Float64Array;
      return (i, v) => { o[i] = v; };
    }
  }
}

/**
 * x mod r for integers 0 <= x < 2^53 and 0 < r: floor(x / r) is exact there (the quotient's
 * rounding error is below 1/r), and V8's `%` on numbers beyond int32 is a slow fmod.
 */
function umod(x: number, r: number): number {
  return x - Math.floor(x / r) * r;
}

/** (hi * 2^32 + lo) mod r for r <= 2^53, in doubles (every step exact). */
function mod64(hi: number, lo: number, r: number): number {
  if (r <= 2097152) return umod(umod(hi, r) * TWO32 + lo, r);
  let t = hi % r;
  for (let k = 0; k < 32; k++) { t *= 2; if (t >= r) t -= r; }
  t += lo % r;
  return t >= r ? t - r : t;
}

/**
 * random() % r + b into a float or int array, r <= 2^32: its own small function, so that V8
 * optimises it apart from randomFill's BigInt paths. x mod r by a reciprocal multiply: floor(x * inv)
 * is floor(x / r) or, when r divides x, one less (x < 2^32, inv within 2^-53 relative of 1/r), and
 * the remainder's one check puts it right.
 */
function fill32Mod(g: Generator, o: Float64Array | Int32Array, r: number, b: number): void {
  const n = o.length;
  const w = scratchWords(SCRATCH_BLOCK);
  const inv = 1 / r;
  for (let i = 0; i < n; i += SCRATCH_BLOCK) {
    const m = Math.min(SCRATCH_BLOCK, n - i);
    g.fillRandom(w, m);
    for (let k = 0; k < m; k++) {
      const x = w[k]!;
      let v = x - Math.floor(x * inv) * r;
      if (v >= r) v -= r;
      o[i + k] = v + b;
    }
  }
}

/** Fills `out` by the plan (random_from_to or the full 64-bit range). */
export function randomFill(g: Generator, out: TorchArray, d: Dtype, plan: RandomPlan | null): void {
  const n = out.length;
  const big = out instanceof BigInt64Array;
  if (plan === null) {
    // uniform_int_full_range: the 64-bit draw as an int64, cast to T
    for (let i = 0; i < n; i++) {
      const hi = g.random(), lo = g.random();
      const v = BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
      if (big) (out as BigInt64Array)[i] = v;
      else if (d === 'int64') throw new RuntimeError("this range needs dtype 'int64' (a BigInt64Array): its values exceed 2**53");
      else storeFloat(out, d, i, castFloat(d, v));
    }
    return;
  }
  const { range, base } = plan;
  const use64 = (d === 'int64' || d === 'float64' || d === 'float32' || d === 'bfloat16') && range >= 1n << 32n;
  const exactNumbers = range <= 1n << 53n && base >= -(1n << 53n) && base + range <= 1n << 53n;
  if (!exactNumbers) {
    if (d === 'int64' && !big) throw new RuntimeError("this range needs dtype 'int64' (a BigInt64Array): its values exceed 2**53");
    for (let i = 0; i < n; i++) {
      const x = use64 ? ((BigInt(g.random()) << 32n) | BigInt(g.random())) % range : BigInt(g.random()) % range;
      const v = BigInt.asIntN(64, x + base);
      if (big) (out as BigInt64Array)[i] = v;
      else if (isFloating(d)) storeFloat(out, d, i, castFloat(d, v));
      else (out as Int32Array)[i] = Number(BigInt.asIntN(32, v)); // narrower ints wrap
    }
    return;
  }
  const r = Number(range), b = Number(base);
  const put = d === 'float32' || d === 'float64' || (!big && d !== 'float16' && d !== 'bfloat16' && d !== 'bool') ? null : putter(out, d);
  const o = out as Float64Array;
  if (!use64) {
    if (put === null) fill32Mod(g, o, r, b);
    else {
      const w = scratchWords(SCRATCH_BLOCK);
      for (let i = 0; i < n; i += SCRATCH_BLOCK) {
        const m = Math.min(SCRATCH_BLOCK, n - i);
        g.fillRandom(w, m);
        for (let k = 0; k < m; k++) put(i + k, umod(w[k]!, r) + b);
      }
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const hi = g.random(), lo = g.random();
    const v = mod64(hi, lo, r) + b;
    if (put === null) o[i] = v; else put(i, v);
  }
}

function storeFloat(out: TorchArray, d: Dtype, i: number, x: number): void {
  if (d === 'float16') halfBits(out as Float16ArrayT)[i] = f32ToHalfBits(x);
  else if (d === 'bfloat16') (out as Uint16Array)[i] = f32ToBf16Bits(x);
  else (out as Float64Array)[i] = x;
}

/** random_() with no bounds: uniform_int_distribution<T>. */
export function randomBitsFill(g: Generator, out: TorchArray, d: Dtype): void {
  const n = out.length;
  if (d === 'int64' || d === 'float64') {
    for (let i = 0; i < n; i++) {
      const hi = g.random(), lo = g.random();
      if (d === 'float64') {
        // x mod (2^53 + 1) with x = a * 2^53 + b and 2^53 = -1 (mod 2^53 + 1)
        const a = hi >>> 21, b = (hi & 0x1fffff) * TWO32 + lo;
        const t = b - a;
        (out as Float64Array)[i] = t < 0 ? t + 9007199254740993 : t;
      } else if (out instanceof BigInt64Array) {
        out[i] = (BigInt(hi & 0x7fffffff) << 32n) | BigInt(lo);
      } else {
        throw new RuntimeError("random_() on int64 needs a BigInt64Array: its values exceed 2**53");
      }
    }
    return;
  }
  const mod = d === 'bool' ? 2 : d === 'uint8' ? 256 : d === 'int8' ? 128 : d === 'int16' ? 32768 : d === 'int32' ? 2147483648
    : d === 'float32' ? 16777217 : d === 'float16' ? 2049 : 257;
  const put = putter(out, d);
  const w = scratchWords(SCRATCH_BLOCK);
  for (let i = 0; i < n; i += SCRATCH_BLOCK) {
    const m = Math.min(SCRATCH_BLOCK, n - i);
    g.fillRandom(w, m);
    for (let k = 0; k < m; k++) put(i + k, umod(w[k]!, mod));
  }
}

/** randperm's shuffle (random() % (n - i) swaps) over out = 0..n-1. */
export function randpermFill(g: Generator, out: TorchArray, d: Dtype, n: number): void {
  const perm = new Int32Array(n); // n < 2^31: any larger tensor would not fit in memory anyway
  for (let i = 0; i < n; i++) perm[i] = i;
  const w = scratchWords(SCRATCH_BLOCK);
  for (let i = 0; i < n - 1; i += SCRATCH_BLOCK) {
    const m = Math.min(SCRATCH_BLOCK, n - 1 - i);
    g.fillRandom(w, m);
    for (let k = 0; k < m; k++) {
      const j = i + k;
      const z = umod(w[k]!, n - j) + j;
      const sav = perm[j]!;
      perm[j] = perm[z]!;
      perm[z] = sav;
    }
  }
  if (out instanceof Float64Array) { out.set(perm); return; }
  const put = putter(out, d);
  for (let i = 0; i < n; i++) put(i, perm[i]!);
}

/**
 * randperm's checks in torch's order: the negative size (at::empty), the largest value's
 * at::scalar_tensor(n - 1) (checked_convert: float16 from n = 65506), the precision limits of
 * check_supported_max_int_with_precision (float16 2049, float32 2^24+1; none for bfloat16), then
 * the dispatch, which has no bool.
 */
export function checkRandperm(n: number, d: Dtype): void {
  if (n < 0) throw new RuntimeError(`Trying to create tensor with negative dimension ${n}: [${n}]`);
  checkConvertible(d, n > 0 ? n - 1 : n);
  if (d === 'float16' && n > 2049) throw new RuntimeError('n cannot be greater than 2049 for Half type.');
  if (d === 'float32' && n > 16777217) throw new RuntimeError('n cannot be greater than 2^24+1 for Float type.');
  if (d === 'bool') throw new RuntimeError(`"randperm" not implemented for 'Bool'`);
}
