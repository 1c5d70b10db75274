// Bulk fills for RandomState's samplers (mtrand's legacy-distributions.c) that draw only doubles:
// blocks from fill_double in local loops, with the values, the gauss cache and the generator
// state of numpy's draw-by-draw loops (src/legacy/aug_state.ts, src/legacy/distributions).
import type { BitGenerator } from '../bitgen/bit_generator.js';
import type { AugState } from '../legacy/aug_state.js';
import { applyBlock } from '../math/block_apply.js';
import { expBlock, log1pBlock, logBlock, powBlock } from '../math/wasm/backend.js';
import { pairRatios } from './ziggurat_fill.js';

const CHUNK = 1024;
const U = new Float64Array(CHUNK);

/**
 * out[0, n) = numpy's legacy_gauss n times (Marsaglia's polar method, the second value of each
 * pair cached in `s`), in rounds: the doubles of as many candidate pairs as pairs are still
 * missing (each accepted pair takes at least two, so never a double past what numpy draws), the
 * accepted pairs' r2 through log's block form at once, then each pair's two values in order.
 */
export function fillLegacyGauss(s: AugState, out: Float64Array, n: number): void {
  const bg = s.bitgen;
  let i = 0;
  if (n > 0 && s.has_gauss) {
    out[i++] = s.gauss;
    s.has_gauss = 0;
    s.gauss = 0.0;
  }
  while (i < n) {
    const pairs = Math.min(GAUSS_CHUNK, Math.ceil((n - i) / 2));
    bg.fill_double(U, 0, 2 * pairs);
    const m = acceptPolarPairs(pairs);
    // log(r2) of the round's pairs in the log block's own buffer (it holds at least GAUSS_CHUNK)
    const L = logBlock();
    L.buf.set(R2.subarray(0, m));
    L.run(m, 0);
    i = polarValues(s, out, i, n, m, L.buf);
  }
}

const GAUSS_CHUNK = CHUNK / 2;
/** The accepted pairs of a round: x1, x2 (2 x1 - 1 and 2 x2 - 1) and r2. */
const X1 = new Float64Array(GAUSS_CHUNK), X2 = new Float64Array(GAUSS_CHUNK), R2 = new Float64Array(GAUSS_CHUNK);

/**
 * Filters the candidate pairs in U[0, 2 pairs) as legacy_gauss's loop does; returns how many it
 * keeps. Every pair is written and the count advances only for a kept one: a fifth of the pairs
 * are rejected at random, which as a branch would mispredict.
 */
function acceptPolarPairs(pairs: number): number {
  let m = 0;
  for (let j = 0; j < pairs; j++) {
    const x1 = 2.0 * U[2 * j]! - 1.0, x2 = 2.0 * U[2 * j + 1]! - 1.0;
    const r2 = x1 * x1 + x2 * x2;
    X1[m] = x1; X2[m] = x2; R2[m] = r2;
    m += Number(r2 < 1.0) & Number(r2 !== 0.0);
  }
  return m;
}

/**
 * The m accepted pairs' values from out[i] on (f x2, then f x1), the last second value cached
 * past n; logs[j] = log(r2) of pair j.
 */
function polarValues(s: AugState, out: Float64Array, i: number, n: number, m: number, logs: Float64Array): number {
  for (let j = 0; j < m; j++) {
    const r2 = R2[j]!;
    const f = Math.sqrt((-2.0 * logs[j]!) / r2);
    out[i++] = f * X2[j]!;
    if (i < n) {
      out[i++] = f * X1[j]!;
    } else {
      s.gauss = f * X1[j]!;
      s.has_gauss = 1;
    }
  }
  return i;
}

/** n standard exponentials scaled by `scale` into out[0, n): scale * -log(1 - U), the same doubles as n single draws. */
export function fillLegacyExponential(s: AugState, o: Float64Array, n: number, scale: number): void {
  // the doubles drawn straight into log's block buffer, 1 - U and the scale applied there:
  // (-scale) * log(1 - U) is scale * -log(1 - U) (negation is exact), and adding -0 changes
  // nothing; a NaN scale is multiplied here, as numpy does, for the NaN's sign
  const L = logBlock(), buf = L.buf;
  for (let st = 0; st < n; st += buf.length) {
    const m = Math.min(buf.length, n - st);
    s.bitgen.fill_double(buf, 0, m);
    L.affine(m, -1.0, 1.0);
    L.run(m, 0);
    if (scale === scale) {
      L.affine(m, -scale, -0.0);
      o.set(m === buf.length ? buf : buf.subarray(0, m), st);
    } else {
      for (let i = 0; i < m; i++) o[st + i] = scale * -buf[i]!;
    }
  }
}

/** standard_cauchy: legacy_gauss / legacy_gauss, numerator first, as n pairs of fillLegacyGauss. */
export function fillLegacyStandardCauchy(s: AugState, out: Float64Array, n: number): void {
  pairRatios(out, n, (buf, count) => fillLegacyGauss(s, buf, count));
}

export function fillLegacyNormal(s: AugState, o: Float64Array, n: number, loc: number, scale: number): void {
  fillLegacyGauss(s, o, n);
  for (let i = 0; i < n; i++) o[i] = loc + scale * o[i]!;
}

export function fillLegacyLognormal(s: AugState, o: Float64Array, n: number, mean: number, sigma: number): void {
  fillLegacyGauss(s, o, n);
  for (let i = 0; i < n; i++) o[i] = mean + sigma * o[i]!;
  applyBlock(expBlock(), o, 0, n);
}

// One double per value: fill_double a span at a time, then the legacy transform in place while
// the span is in cache, the elementary functions through their block forms (the negations
// around them are exact).
const SPAN = 8192;

/** o[s, e) = log(1 - o[s, e)). */
function logOneMinus(o: Float64Array, s: number, e: number): void {
  for (let i = s; i < e; i++) o[i] = 1.0 - o[i]!;
  applyBlock(logBlock(), o, s, e);
}

export function fillLegacyRayleigh(bg: BitGenerator, o: Float64Array, n: number, mode: number): void {
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    bg.fill_double(o, s, e);
    for (let i = s; i < e; i++) o[i] = -o[i]!;
    applyBlock(log1pBlock(), o, s, e);
    for (let i = s; i < e; i++) o[i] = mode * Math.sqrt(-2.0 * o[i]!);
  }
}

/** pow(-log(1 - U), 1/a). */
export function fillLegacyWeibull(bg: BitGenerator, o: Float64Array, n: number, a: number): void {
  // numpy returns 0 for a == 0 without drawing
  if (a === 0.0) { o.fill(0.0, 0, n); return; }
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    bg.fill_double(o, s, e);
    logOneMinus(o, s, e);
    for (let i = s; i < e; i++) o[i] = -o[i]!;
    applyBlock(powBlock(), o, s, e, 1 / a);
  }
}

/** exp(-log(1 - U) / a) - 1. */
export function fillLegacyPareto(bg: BitGenerator, o: Float64Array, n: number, a: number): void {
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    bg.fill_double(o, s, e);
    logOneMinus(o, s, e);
    for (let i = s; i < e; i++) o[i] = -o[i]! / a;
    applyBlock(expBlock(), o, s, e);
    for (let i = s; i < e; i++) o[i] = o[i]! - 1;
  }
}

/** pow(1 - exp(log(1 - U)), 1/a). */
export function fillLegacyPower(bg: BitGenerator, o: Float64Array, n: number, a: number): void {
  for (let s = 0; s < n; s += SPAN) {
    const e = Math.min(n, s + SPAN);
    bg.fill_double(o, s, e);
    logOneMinus(o, s, e);
    applyBlock(expBlock(), o, s, e);
    for (let i = s; i < e; i++) o[i] = 1 - o[i]!;
    applyBlock(powBlock(), o, s, e, 1 / a);
  }
}
