// Bulk fills for the samplers built on one stream of 64-bit draws: the float64 ziggurats (normal,
// exponential) and the inversions on next_double. They read the generator's raw outputs a block
// at a time (fill_uint64) in local loops instead of calling it per draw, with the same values and
// the same final state as numpy's draw-by-draw loops (normal.ts, exponential.ts, ...).
//
// Every draw these samplers make (next_uint64 or next_double) takes exactly one 64-bit output, and
// every value takes at least one; so a block never holds more outputs than the values still to
// come need, and the generator is never run past what numpy draws.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { BlockBitGenerator } from '../bitgen/block_base.js';
import { kernels } from '../bitgen/kernels.js';
import { exponentialKernel } from './exponential_wasm.js';
import { applyBlock } from '../math/block_apply.js';
import { exp, expf, log, log1p, log1pf } from '../math/index.js';
import { expBlock, expm1Block, logBlock, powBlock } from '../math/wasm/backend.js';
import { pairDouble, pairKind, type DoubleSource } from './double_block.js';
import { randomStandardExponential } from './exponential.js';
import { randomGumbel } from './gumbel.js';
import { randomLaplace } from './laplace.js';
import { randomLogistic } from './logistic.js';
import { randomStandardNormal } from './normal.js';
import {
  fe_double, fe_float, fi_double, fi_float, ke_double, ke_float, ki_double, ki_float, we_double, we_float,
  wi_double, wi_float, ziggurat_exp_r, ziggurat_exp_r_f, ziggurat_nor_inv_r, ziggurat_nor_inv_r_f, ziggurat_nor_r,
  ziggurat_nor_r_f,
} from './ziggurat_constants.js';

const CHUNK = 1024;
const P = new Uint32Array(2 * CHUNK);
/** From this many values the 64-bit generators' exponentials run whole in WebAssembly (exponential_wasm.ts). */
const FUSED_MIN = 64;
const TWO23 = 8388608;
const TWO21 = 2097152;


// The two ziggurats run a call-free inner loop over each block of raw outputs for the common case
// (a point inside its layer's rectangle: one output, one value, about 99% of draws), which stops at
// the first draw that needs more; that one is settled out of line (`normalWedge`, `expWedge`) on
// the block cursor in BLK, and may refill the block. V8 compiles the inner loop tight only when no
// call sits in it. Tables are read through locals: an imported binding is reloaded and hole-checked
// on every use. The transforms (loc + scale x, scale x) are applied as each value is written,
// in one pass, so `normal` and `exponential` cost what the standard ones do.
const BLK = { p: 0, len: 0, end: 0 };

/**
 * The ziggurat's sign, bit 8 of the draw, as -1 or 1: multiplying by it is the exact negation,
 * without the branch that half of all draws mispredict.
 */
const signOf = (bits: number): number => 1 - ((bits >>> 7) & 2);

/** The next output pair's index in P, refilling the block when it is used up. */
function takePair(bg: BitGenerator, i: number): number {
  if (BLK.p === BLK.len) { BLK.len = Math.min(CHUNK, BLK.end - i); bg.fill_uint64(P, 0, BLK.len); BLK.p = 0; }
  return 2 * BLK.p++;
}

/** out[0, n) = standard normals (numpy's random_standard_normal, 256-layer ziggurat). */
export function fillStandardNormal(bg: BitGenerator, out: Float64Array, n: number, start = 0): void {
  zigguratNormal(bg, out, start, n, 0, 1, true);
}

/**
 * out[start, start + n) = loc + scale * (standard normal), or the standard normal itself when
 * `plain` (0 + 1 * x would turn -0 into +0).
 */
function zigguratNormal(bg: BitGenerator, out: Float64Array, start: number, n: number, loc: number, scale: number, plain: boolean): void {
  const k = pairKind(bg);
  const end = start + n;
  if (k === 0) {
    for (let j = start; j < end; j++) out[j] = plain ? randomStandardNormal(bg) : loc + scale * randomStandardNormal(bg);
    return;
  }
  const ki = ki_double, wi = wi_double, pr = P;
  let i = start, p = 0, len = 0;
  BLK.end = end;
  while (i < end) {
    if (p === len) { len = Math.min(CHUNK, end - i); bg.fill_uint64(pr, 0, len); p = 0; }
    for (; p < len; p++) {
      const lo = pr[2 * p]!, hi = pr[2 * p + 1]!;
      const idx = lo & 0xff;
      const rabs = (hi & 0x1fffffff) * TWO23 + (lo >>> 9);
      if (rabs >= ki[idx]!) break;
      const x = rabs * wi[idx]! * signOf(lo);
      out[i++] = plain ? x : loc + scale * x;
    }
    if (p === len) continue;
    const lo = pr[2 * p]!, hi = pr[2 * p + 1]!;
    BLK.p = p + 1; BLK.len = len;
    const x = normalWedge(bg, k, lo, hi, i);
    p = BLK.p; len = BLK.len;
    if (x === x) out[i++] = plain ? x : loc + scale * x;
  }
}

/**
 * The rest of a normal draw whose output pair (lo, hi) fell outside its rectangle: the tail past
 * r for layer 0, else the wedge test. The value, or NaN when the draw is rejected.
 */
function normalWedge(bg: BitGenerator, k: number, lo: number, hi: number, i: number): number {
  const idx = lo & 0xff;
  const rabs = (hi & 0x1fffffff) * TWO23 + (lo >>> 9);
  let x = rabs * wi_double[idx]!;
  if ((lo >>> 8) & 1) x = -x;
  if (idx === 0) {
    for (;;) {
      let q = takePair(bg, i);
      const u1 = pairDouble(P[q]!, P[q + 1]!, k);
      q = takePair(bg, i);
      const u2 = pairDouble(P[q]!, P[q + 1]!, k);
      const xx = -ziggurat_nor_inv_r * log1p(-u1);
      const yy = -log1p(-u2);
      if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(ziggurat_nor_r + xx) : ziggurat_nor_r + xx;
    }
  }
  const q = takePair(bg, i);
  const u = pairDouble(P[q]!, P[q + 1]!, k);
  return (fi_double[idx - 1]! - fi_double[idx]!) * u + fi_double[idx]! < exp(-0.5 * x * x) ? x : NaN;
}

/**
 * Block draws for fills that mix normals and uniforms per value (the gamma family), on the cursor
 * in BLK over P: `at` is chosen by the caller so that BLK.end - at never exceeds the outputs still
 * to come, counting the one being drawn (takePair's never-over-drawing bound). BLK.end, and an
 * empty block, are set by `startBlock`.
 */
export function startBlock(end: number): void {
  BLK.end = end;
  BLK.p = BLK.len = 0;
}

/** numpy's random_standard_normal from the block (pairKind k). */
export function blockNormal(bg: BitGenerator, k: number, at: number): number {
  for (;;) {
    const q = takePair(bg, at);
    const lo = P[q]!, hi = P[q + 1]!;
    const idx = lo & 0xff;
    const rabs = (hi & 0x1fffffff) * TWO23 + (lo >>> 9);
    if (rabs < ki_double[idx]!) return rabs * wi_double[idx]! * signOf(lo);
    const x = normalWedge(bg, k, lo, hi, at);
    if (x === x) return x;
  }
}

/**
 * out[0, n) = scale * (numpy's Marsaglia-Tsang draw for shape > 1: b = shape - 1/3, c = 1 /
 * sqrt(9 b)), each a ziggurat normal, a uniform and the squeeze and log tests as
 * random_standard_gamma draws them, from the block. One loop with the cursor in locals and the
 * rectangle case inline; a wedge or tail draw goes out of line. (A call per value, even of this
 * loop's body, costs about 6 ns more, A/B.) Value i takes two outputs at least: its block end is
 * 2 n - 1 against 2 i.
 */
export function fillMarsagliaTsang(bg: BitGenerator, k: number, out: Float64Array, n: number, b: number, c: number, scale: number): void {
  const ki = ki_double, wi = wi_double, pr = P;
  const end = 2 * n - 1;
  let p = 0, len = 0;
  BLK.end = end;
  for (let i = 0; i < n; i++) {
    for (;;) {
      let X: number, V: number;
      do {
        if (p === len) { len = Math.min(CHUNK, end - 2 * i); bg.fill_uint64(pr, 0, len); p = 0; }
        const lo = pr[2 * p]!, hi = pr[2 * p + 1]!;
        p++;
        const idx = lo & 0xff;
        const rabs = (hi & 0x1fffffff) * TWO23 + (lo >>> 9);
        if (rabs < ki[idx]!) {
          X = rabs * wi[idx]! * signOf(lo);
        } else {
          BLK.p = p; BLK.len = len;
          X = normalWedge(bg, k, lo, hi, 2 * i);
          p = BLK.p; len = BLK.len;
          // a rejected wedge draw (NaN) draws the normal again, as random_standard_normal does
          if (X !== X) { V = 0.0; continue; }
        }
        V = 1.0 + c * X;
      } while (V <= 0.0);
      V = V * V * V;
      if (p === len) { len = Math.min(CHUNK, end - 2 * i); bg.fill_uint64(pr, 0, len); p = 0; }
      const U = pairDouble(pr[2 * p]!, pr[2 * p + 1]!, k);
      p++;
      if (U < 1.0 - 0.0331 * (X * X) * (X * X) || log(U) < 0.5 * X * X + b * (1 - V + log(V))) {
        out[i] = scale * (b * V);
        break;
      }
    }
  }
}

/**
 * Dirichlet's normalised-gamma rows (numpy's acc = acc + x, then x * (1 / acc)) from the block,
 * out holding `rows` rows of kinds.length: kind 0 a zero (alpha 0, no draw), 1 an exponential
 * (alpha 1), 2 fillMarsagliaTsang's draw with b[j], c[j]. One loop with the cursor in locals, as
 * there (a block draw call per value costs about 6 ns more); draw (r, j) refills against
 * r * rowMin + at[j], dirichlet's bound.
 */
export function fillGammaRows(
  bg: BitGenerator, k: number, out: Float64Array, rows: number, kinds: Uint8Array, at: Float64Array,
  rowMin: number, b: Float64Array, c: Float64Array,
): void {
  const ki = ki_double, wi = wi_double, ke = ke_double, we = we_double, pr = P;
  const cols = kinds.length, end = rows * rowMin;
  let p = 0, len = 0;
  BLK.end = end;
  for (let r = 0, i = 0; r < rows; r++, i += cols) {
    let acc = 0.0;
    for (let j = 0; j < cols; j++) {
      const kind = kinds[j]!, pos = r * rowMin + at[j]!;
      let x = 0.0;
      if (kind === 1) {
        for (;;) {
          if (p === len) { len = Math.min(CHUNK, end - pos); bg.fill_uint64(pr, 0, len); p = 0; }
          const lo = pr[2 * p]!, hi = pr[2 * p + 1]!;
          p++;
          const idx = (lo >>> 3) & 0xff;
          const ri = hi * TWO21 + (lo >>> 11);
          if (ri < ke[idx]!) { x = ri * we[idx]!; break; }
          BLK.p = p; BLK.len = len;
          x = expWedge(bg, k, lo, hi, pos);
          p = BLK.p; len = BLK.len;
          if (x === x) break;
        }
      } else if (kind === 2) {
        const bj = b[j]!, cj = c[j]!;
        for (;;) {
          let X: number, V: number;
          do {
            if (p === len) { len = Math.min(CHUNK, end - pos); bg.fill_uint64(pr, 0, len); p = 0; }
            const lo = pr[2 * p]!, hi = pr[2 * p + 1]!;
            p++;
            const idx = lo & 0xff;
            const rabs = (hi & 0x1fffffff) * TWO23 + (lo >>> 9);
            if (rabs < ki[idx]!) {
              X = rabs * wi[idx]! * signOf(lo);
            } else {
              BLK.p = p; BLK.len = len;
              X = normalWedge(bg, k, lo, hi, pos);
              p = BLK.p; len = BLK.len;
              if (X !== X) { V = 0.0; continue; }
            }
            V = 1.0 + cj * X;
          } while (V <= 0.0);
          V = V * V * V;
          if (p === len) { len = Math.min(CHUNK, end - pos); bg.fill_uint64(pr, 0, len); p = 0; }
          const U = pairDouble(pr[2 * p]!, pr[2 * p + 1]!, k);
          p++;
          if (U < 1.0 - 0.0331 * (X * X) * (X * X) || log(U) < 0.5 * X * X + bj * (1 - V + log(V))) { x = bj * V; break; }
        }
      }
      out[i + j] = x;
      acc = acc + x;
    }
    const invacc = 1.0 / acc;
    for (let j = 0; j < cols; j++) out[i + j] = out[i + j]! * invacc;
  }
}

/** numpy's random_standard_exponential from the block (pairKind k). */
export function blockExponential(bg: BitGenerator, k: number, at: number): number {
  for (;;) {
    const q = takePair(bg, at);
    const lo = P[q]!, hi = P[q + 1]!;
    const idx = (lo >>> 3) & 0xff;
    const ri = hi * TWO21 + (lo >>> 11);
    if (ri < ke_double[idx]!) return ri * we_double[idx]!;
    const x = expWedge(bg, k, lo, hi, at);
    if (x === x) return x;
  }
}

/** numpy's next_double from the block (pairKind k). */
export function blockDouble(bg: BitGenerator, k: number, at: number): number {
  const q = takePair(bg, at);
  return pairDouble(P[q]!, P[q + 1]!, k);
}

/** The block as a DoubleSource, for samplers written against one (poisson's): each draw is blockDouble at `at`. */
class BlockDoubles implements DoubleSource {
  bg: BitGenerator | null = null;
  k = 1;
  at = 0;
  next_double(): number {
    return blockDouble(this.bg!, this.k, this.at);
  }
}

/** The one block DoubleSource (the fills never nest). */
export const BLOCK_DOUBLES = new BlockDoubles();

/** out[0, n) = standard exponentials (numpy's random_standard_exponential, 256-layer ziggurat). */
export function fillStandardExponential(bg: BitGenerator, out: Float64Array, n: number, start = 0): void {
  zigguratExponential(bg, out, start, n, 1);
}

/** out[start, start + n) = scale * (standard exponential); scale 1 leaves every value as it is. */
function zigguratExponential(bg: BitGenerator, out: Float64Array, start: number, n: number, scale: number): void {
  const k = pairKind(bg);
  const end = start + n;
  if (k === 0) { for (let j = start; j < end; j++) out[j] = scale * randomStandardExponential(bg); return; }
  if (fusedExponential(bg, out, start, n, scale, false)) return;
  const ke = ke_double, we = we_double, pr = P;
  let i = start, p = 0, len = 0;
  BLK.end = end;
  while (i < end) {
    if (p === len) { len = Math.min(CHUNK, end - i); bg.fill_uint64(pr, 0, len); p = 0; }
    for (; p < len; p++) {
      const lo = pr[2 * p]!, hi = pr[2 * p + 1]!;
      const idx = (lo >>> 3) & 0xff;
      const ri = hi * TWO21 + (lo >>> 11);
      if (ri >= ke[idx]!) break;
      out[i++] = scale * (ri * we[idx]!);
    }
    if (p === len) continue;
    const lo = pr[2 * p]!, hi = pr[2 * p + 1]!;
    BLK.p = p + 1; BLK.len = len;
    const x = expWedge(bg, k, lo, hi, i);
    p = BLK.p; len = BLK.len;
    if (x === x) out[i++] = scale * x;
  }
}

/**
 * The exponentials (or, with `rayleigh`, mode * sqrt(2 x) of them, scale being the mode) whole in
 * WebAssembly (exponential_wasm.ts) where the generator has the kernels and n pays for their
 * state copies; false, drawing nothing, otherwise.
 */
function fusedExponential(bg: BitGenerator, out: Float64Array, start: number, n: number, scale: number, rayleigh: boolean): boolean {
  if (n < FUSED_MIN || !(bg instanceof BlockBitGenerator) || kernels().backend !== 'wasm') return false;
  const k = exponentialKernel(bg.family);
  if (k === null) return false;
  const kernel = rayleigh ? k.rayleigh : k.exponential;
  return bg.fusedState(n, (st) => kernel(st, out, start, n, scale));
}

/** The rest of an exponential draw outside its rectangle: the tail (layer 0) or the wedge test; NaN on rejection. */
function expWedge(bg: BitGenerator, k: number, lo: number, hi: number, i: number): number {
  const idx = (lo >>> 3) & 0xff;
  const x = (hi * TWO21 + (lo >>> 11)) * we_double[idx]!;
  const q = takePair(bg, i);
  const u = pairDouble(P[q]!, P[q + 1]!, k);
  if (idx === 0) return ziggurat_exp_r - log1p(-u);
  return (fe_double[idx - 1]! - fe_double[idx]!) * u + fe_double[idx]! < exp(-x) ? x : NaN;
}

// The inversions that reject one value of U (logistic, gumbel, laplace), one fill each (a shared
// loop that tests which sampler it runs for goes polymorphic in V8 once all three have run): each
// value is one double unless U is rejected, and a chunk's accepted log arguments go through log's
// block form at once (gumbel's twice). Generators of unknown kind draw one value at a time.
const U_CHUNK = new Float64Array(CHUNK);
/** Per accepted value of a chunk, 1 where laplace subtracts (U >= 0.5). */
const MINUS = new Uint8Array(CHUNK);
const TWO_ARGS = new Float64Array(2);
const SIGN = new Float64Array([1, -1]);

/** U_CHUNK[0, len) = the next len doubles (the kernels write them as doubles: no pass over pairs here). */
function chunkDoubles(bg: BitGenerator, len: number): Float64Array {
  bg.fill_double(U_CHUNK, 0, len);
  return U_CHUNK;
}

export function fillLogistic(bg: BitGenerator, out: Float64Array, n: number, loc: number, scale: number): void {
  const k = pairKind(bg);
  if (k === 0) { for (let j = 0; j < n; j++) out[j] = randomLogistic(bg, loc, scale); return; }
  const L = logBlock(), arg = L.buf;
  for (let i = 0; i < n;) {
    const len = Math.min(CHUNK, n - i), u = chunkDoubles(bg, len);
    let m = 0;
    for (let p = 0; p < len; p++) {
      const U = u[p]!;
      if (U > 0.0) arg[m++] = U / (1.0 - U);
    }
    L.run(m, 0);
    for (let j = 0; j < m; j++) out[i + j] = loc + scale * arg[j]!;
    i += m;
  }
}

export function fillGumbel(bg: BitGenerator, out: Float64Array, n: number, loc: number, scale: number): void {
  const k = pairKind(bg);
  if (k === 0) { for (let j = 0; j < n; j++) out[j] = randomGumbel(bg, loc, scale); return; }
  const L = logBlock(), arg = L.buf;
  for (let i = 0; i < n;) {
    const len = Math.min(CHUNK, n - i), u = chunkDoubles(bg, len);
    let m = 0;
    for (let p = 0; p < len; p++) {
      const V = 1.0 - u[p]!;
      if (V < 1.0) arg[m++] = V;
    }
    L.run(m, 0);
    for (let j = 0; j < m; j++) arg[j] = -arg[j]!;
    L.run(m, 0);
    for (let j = 0; j < m; j++) out[i + j] = loc - scale * arg[j]!;
    i += m;
  }
}

export function fillLaplace(bg: BitGenerator, out: Float64Array, n: number, loc: number, scale: number): void {
  const k = pairKind(bg);
  if (k === 0) { for (let j = 0; j < n; j++) out[j] = randomLaplace(bg, loc, scale); return; }
  const L = logBlock(), arg = L.buf;
  for (let i = 0; i < n;) {
    const len = Math.min(CHUNK, n - i), u = chunkDoubles(bg, len);
    let m = 0;
    // (U >= 0.5 falls either way at random: the two arguments are picked from a pair, not branched on)
    const two = TWO_ARGS;
    for (let p = 0; p < len; p++) {
      const U = u[p]!;
      if (U > 0.0) {
        const minus = (U + U) | 0; // U >= 0.5, without a branch (2U is exact and below 2)
        two[0] = U + U;
        two[1] = 2.0 - U - U;
        MINUS[m] = minus;
        arg[m++] = two[minus]!;
      }
    }
    L.run(m, 0);
    if (Number.isFinite(scale)) {
      // loc - x is loc + (-x) bit for bit while x = scale * log(..) cannot be NaN
      for (let j = 0; j < m; j++) out[i + j] = loc + SIGN[MINUS[j]!]! * (scale * arg[j]!);
    } else {
      // (not loc + (-scale)*v: with a NaN product that flips the NaN's sign bit)
      for (let j = 0; j < m; j++) out[i + j] = MINUS[j] === 1 ? loc - scale * arg[j]! : loc + scale * arg[j]!;
    }
    i += m;
  }
}

// The one-line transforms of a standard draw (continuous.ts), as fills: normal and exponential in
// the ziggurat's own pass; the others a span at a time, the standard values and then the arithmetic
// in place while the span is still in cache (one pass over the result's memory, not two).
const SPAN = 8192;

export function fillNormal(bg: BitGenerator, o: Float64Array, n: number, loc: number, scale: number): void {
  zigguratNormal(bg, o, 0, n, loc, scale, false);
}

export function fillLognormal(bg: BitGenerator, o: Float64Array, n: number, mean: number, sigma: number): void {
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    zigguratNormal(bg, o, s, e - s, 0, 1, true);
    for (let i = s; i < e; i++) o[i] = mean + sigma * o[i]!;
    applyBlock(expBlock(), o, s, e);
  }
}

export function fillExponential(bg: BitGenerator, o: Float64Array, n: number, scale: number): void {
  zigguratExponential(bg, o, 0, n, scale);
}

export function fillRayleigh(bg: BitGenerator, o: Float64Array, n: number, mode: number): void {
  if (fusedExponential(bg, o, 0, n, mode, true)) return;
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    zigguratExponential(bg, o, s, e - s, 1);
    for (let i = s; i < e; i++) o[i] = mode * Math.sqrt(2.0 * o[i]!);
  }
}

export function fillPareto(bg: BitGenerator, o: Float64Array, n: number, a: number): void {
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    zigguratExponential(bg, o, s, e - s, 1);
    for (let i = s; i < e; i++) o[i] = o[i]! / a;
    applyBlock(expm1Block(), o, s, e);
  }
}

export function fillWeibull(bg: BitGenerator, o: Float64Array, n: number, a: number): void {
  // numpy returns 0 for a == 0 without drawing
  if (a === 0.0) { o.fill(0.0, 0, n); return; }
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    zigguratExponential(bg, o, s, e - s, 1);
    applyBlock(powBlock(), o, s, e, 1.0 / a);
  }
}

export function fillPower(bg: BitGenerator, o: Float64Array, n: number, a: number): void {
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    zigguratExponential(bg, o, s, e - s, 1);
    // pow(-expm1(-x), 1/a): negating is exact, so the block forms take -x and give back -expm1(-x)
    for (let i = s; i < e; i++) o[i] = -o[i]!;
    applyBlock(expm1Block(), o, s, e);
    for (let i = s; i < e; i++) o[i] = -o[i]!;
    applyBlock(powBlock(), o, s, e, 1.0 / a);
  }
}

const PAIRS_F = new Float64Array(2 * CHUNK);

/**
 * out[0, n) = a / b over consecutive pairs (a, b) of the draws `fill(buf, count)` writes, a block of
 * pairs at a time (standard_cauchy of both front ends; one call of `fill` per block).
 */
export function pairRatios(out: Float64Array, n: number, fill: (buf: Float64Array, count: number) => void): void {
  for (let i = 0; i < n; i += CHUNK) {
    const m = Math.min(CHUNK, n - i);
    fill(PAIRS_F, 2 * m);
    for (let j = 0; j < m; j++) out[i + j] = PAIRS_F[2 * j]! / PAIRS_F[2 * j + 1]!;
  }
}

/** standard_cauchy: the ratio of two consecutive standard normals. */
export function fillStandardCauchy(bg: BitGenerator, o: Float64Array, n: number): void {
  pairRatios(o, n, (buf, count) => fillStandardNormal(bg, buf, count));
}

/** uniform: off + range * next_double, one double per value. */
export function fillUniform(bg: BitGenerator, o: Float64Array, n: number, off: number, range: number): void {
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    bg.fill_double(o, s, e);
    for (let i = s; i < e; i++) o[i] = off + range * o[i]!;
  }
}

// The float32 ziggurats draw next_uint32 words (next_float is a word's top 24 bits): one word per
// draw, at least one per value, so the same never-over-drawing blocks work on fill_uint32.
const W = new Uint32Array(CHUNK);
const f32 = Math.fround;
const TWO_M24 = 5.9604644775390625e-8;

/** The next word's index in W for the float32 wedges and tails (BLK's cursor over W). */
function takeWord(bg: BitGenerator, i: number): number {
  if (BLK.p === BLK.len) { BLK.len = Math.min(CHUNK, BLK.end - i); bg.fill_uint32(W, 0, BLK.len); BLK.p = 0; }
  return BLK.p++;
}

/** numpy's random_standard_normal_f from the word block (BLK over W; `at` as for blockNormal). */
export function blockNormalF(bg: BitGenerator, at: number): number {
  for (;;) {
    const r = W[takeWord(bg, at)]!;
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    if (rabs < ki_float[idx]!) {
      const x = f32(rabs * wi_float[idx]!);
      return x * signOf(r);
    }
    const x = normalWedgeF(bg, r, at);
    if (x === x) return x;
  }
}

/** numpy's next_float from the word block. */
export function blockFloat(bg: BitGenerator, at: number): number {
  return (W[takeWord(bg, at)]! >>> 8) * TWO_M24;
}

/** out[0, n) = numpy's random_standard_normal_f n times (the loop shape of zigguratNormal). */
export function fillStandardNormalF(bg: BitGenerator, out: Float32Array, n: number): void {
  const ki = ki_float, wi = wi_float, w = W;
  let i = 0, p = 0, len = 0;
  BLK.end = n;
  while (i < n) {
    if (p === len) { len = Math.min(CHUNK, n - i); bg.fill_uint32(w, 0, len); p = 0; }
    for (; p < len; p++) {
      const r = w[p]!;
      const idx = r & 0xff;
      const rabs = (r >>> 9) & 0x7fffff;
      if (rabs >= ki[idx]!) break;
      const x = f32(rabs * wi[idx]!);
      out[i++] = x * signOf(r);
    }
    if (p === len) continue;
    BLK.p = p + 1; BLK.len = len;
    const x = normalWedgeF(bg, w[p]!, i);
    p = BLK.p; len = BLK.len;
    if (x === x) out[i++] = x;
  }
}

/** normalWedge for the float32 ziggurat (word r outside its rectangle); NaN on rejection. */
function normalWedgeF(bg: BitGenerator, r: number, i: number): number {
  const idx = r & 0xff;
  const rabs = (r >>> 9) & 0x7fffff;
  let x = f32(rabs * wi_float[idx]!);
  if ((r >>> 8) & 1) x = -x;
  if (idx === 0) {
    for (;;) {
      const u1 = (W[takeWord(bg, i)]! >>> 8) * TWO_M24;
      const u2 = (W[takeWord(bg, i)]! >>> 8) * TWO_M24;
      const xx = f32(-ziggurat_nor_inv_r_f * log1pf(-u1));
      const yy = -log1pf(-u2);
      if (f32(yy + yy) > f32(xx * xx)) {
        return (rabs >>> 8) & 1 ? -f32(ziggurat_nor_r_f + xx) : f32(ziggurat_nor_r_f + xx);
      }
    }
  }
  const u = (W[takeWord(bg, i)]! >>> 8) * TWO_M24;
  // the wedge test compares a float with a double exp, as numpy's C does
  return f32(f32(f32(fi_float[idx - 1]! - fi_float[idx]!) * u) + fi_float[idx]!) < exp(-0.5 * x * x) ? x : NaN;
}

/** out[0, n) = numpy's random_standard_exponential_f n times. */
export function fillStandardExponentialF(bg: BitGenerator, out: Float32Array, n: number): void {
  const ke = ke_float, we = we_float, w = W;
  let i = 0, p = 0, len = 0;
  BLK.end = n;
  while (i < n) {
    if (p === len) { len = Math.min(CHUNK, n - i); bg.fill_uint32(w, 0, len); p = 0; }
    for (; p < len; p++) {
      const r = w[p]! >>> 1;
      const idx = r & 0xff;
      const ri = r >>> 8;
      if (ri >= ke[idx]!) break;
      out[i++] = f32(ri * we[idx]!);
    }
    if (p === len) continue;
    BLK.p = p + 1; BLK.len = len;
    const x = expWedgeF(bg, w[p]! >>> 1, i);
    p = BLK.p; len = BLK.len;
    if (x === x) out[i++] = x;
  }
}

/** expWedge for the float32 ziggurat; NaN on rejection. */
function expWedgeF(bg: BitGenerator, r: number, i: number): number {
  const idx = r & 0xff;
  const x = f32((r >>> 8) * we_float[idx]!);
  const u = (W[takeWord(bg, i)]! >>> 8) * TWO_M24;
  if (idx === 0) return f32(ziggurat_exp_r_f - log1pf(-u));
  return f32(f32(f32(fe_float[idx - 1]! - fe_float[idx]!) * u) + fe_float[idx]!) < expf(-x) ? x : NaN;
}
