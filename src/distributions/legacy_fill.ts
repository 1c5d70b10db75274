// Bulk fills for RandomState's samplers (mtrand's legacy-distributions.c) that draw only doubles:
// blocks from fill_double in local loops, with the values, the gauss cache and the generator
// state of numpy's draw-by-draw loops (src/legacy/aug_state.ts, src/legacy/distributions).
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { isMT19937 } from '../core/brands.js';
import type { AugState } from '../legacy/aug_state.js';
import { applyBlock } from '../math/block_apply.js';
import { log } from '../math/index.js';
import { expBlock, log1pBlock, logBlock, powBlock } from '../math/wasm/backend.js';
import { pairRatios } from './ziggurat_fill.js';

const CHUNK = 1024;
const U = new Float64Array(CHUNK);
/** MT19937's fused kernels take runs from this length (shorter: the loops here are faster). */
export const FUSED_MIN = 64;
const SPARE = new Float64Array(1);

/**
 * out[0, n) = numpy's legacy_gauss n times (Marsaglia's polar method, the second value of each
 * pair cached in `s`). Each pair of values takes at least two doubles, so blocks of at most the
 * number of values still missing are never drawn past what numpy draws.
 */
export function fillLegacyGauss(s: AugState, out: Float64Array, n: number): void {
  const bg = s.bitgen;
  let i = 0;
  if (n > 0 && s.has_gauss) {
    out[i++] = s.gauss;
    s.has_gauss = 0;
    s.gauss = 0.0;
  }
  if (n - i >= FUSED_MIN && isMT19937(bg) && bg.fillLegacyGauss(out, i, n - i, SPARE)) {
    if ((n - i) % 2 === 1) {
      s.gauss = SPARE[0]!;
      s.has_gauss = 1;
    }
    return;
  }
  let p = 0, len = 0;
  while (i < n) {
    if (p === len) { len = Math.min(CHUNK, n - i); bg.fill_double(U, 0, len); p = 0; }
    const x1 = 2.0 * U[p++]! - 1.0;
    if (p === len) { len = Math.min(CHUNK, n - i); bg.fill_double(U, 0, len); p = 0; }
    const x2 = 2.0 * U[p++]! - 1.0;
    const r2 = x1 * x1 + x2 * x2;
    if (r2 >= 1.0 || r2 === 0.0) continue;
    const f = Math.sqrt((-2.0 * log(r2)) / r2);
    out[i++] = f * x2;
    if (i < n) {
      out[i++] = f * x1;
    } else {
      s.gauss = f * x1;
      s.has_gauss = 1;
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
