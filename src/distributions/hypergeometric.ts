// numpy's Generator hypergeometric (random_hypergeometric.c): Stadlober's HRUA ratio of
// uniforms when 10 <= sample <= total - 10, else sequential sampling without replacement.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { log } from '../math/index.js';
import { randomInterval } from './bounded.js';
import { logfactorial } from './logfactorial.js';
import { distSpec, param } from '../core/constraints.js';
import { DOUBLES, type DoubleSource } from './double_block.js';

const D1 = 1.7155277699214135;
const D2 = 0.8989161620588988;

/** C's int64 division of non-negative values. */
const idiv = (a: number, b: number): number => Math.floor(a / b);

function hypergeometricSample(bg: BitGenerator, good: number, bad: number, sample: number): number {
  const total = good + bad;
  const half = idiv(total, 2);
  let computedSample = sample > half ? total - sample : sample;
  let remainingTotal = total;
  let remainingGood = good;
  while (computedSample > 0 && remainingGood > 0 && remainingTotal > remainingGood) {
    --remainingTotal;
    if (randomInterval(bg, remainingTotal) < remainingGood) --remainingGood;
    --computedSample;
  }
  if (remainingTotal === remainingGood) remainingGood -= computedSample;
  return sample > half ? remainingGood : good - remainingGood;
}

/** HRUA's constants for one (good, bad, sample), pure functions of them. */
interface Hrua {
  good: number; bad: number; sample: number; computedSample: number; mingoodbad: number; maxgoodbad: number;
  a: number; h: number; g: number; b: number;
}

function hruaSetup(good: number, bad: number, sample: number): Hrua {
  const popsize = good + bad;
  const computedSample = Math.min(sample, popsize - sample);
  const mingoodbad = Math.min(good, bad);
  const maxgoodbad = Math.max(good, bad);
  const p = mingoodbad / popsize;
  const q = maxgoodbad / popsize;
  const mu = computedSample * p;
  const a = mu + 0.5;
  const variance = (popsize - computedSample) * computedSample * p * q / (popsize - 1);
  const c = Math.sqrt(variance + 0.5);
  const h = D1 * c + D2;
  const m = Math.floor((computedSample + 1) * (mingoodbad + 1) / (popsize + 2));
  const g = logfactorial(m) + logfactorial(mingoodbad - m) + logfactorial(computedSample - m) +
    logfactorial(maxgoodbad - computedSample + m);
  const b = Math.min(Math.min(computedSample, mingoodbad) + 1, Math.floor(a + 16 * c));
  return { good, bad, sample, computedSample, mingoodbad, maxgoodbad, a, h, g, b };
}

function hypergeometricHrua(bg: DoubleSource, st: Hrua): number {
  const { good, bad, sample, computedSample, mingoodbad, maxgoodbad, a, h, g, b } = st;
  let K: number;
  for (;;) {
    const U = bg.next_double();
    const V = bg.next_double();
    const X = a + h * (V - 0.5) / U;
    if (X < 0.0 || X >= b) continue;
    K = Math.floor(X);
    const gp = logfactorial(K) + logfactorial(mingoodbad - K) + logfactorial(computedSample - K) +
      logfactorial(maxgoodbad - computedSample + K);
    const T = g - gp;
    if (U * (4.0 - U) - 3.0 <= T) break;
    if (U * (U - T) >= 1) continue;
    if (2.0 * log(U) <= T) break;
  }
  if (good > bad) K = computedSample - K;
  if (computedSample < sample) K = good - K;
  return K;
}

/** HRUA's constants by slot while (good, bad, sample) repeat there: they are pure functions of the three. */
const HRUA_MEMO: (Hrua | undefined)[] = [];
const MEMO_SLOTS = 64;

/**
 * numpy's random_hypergeometric. `slot` (multivariate_hypergeometric passes the color) keeps the
 * last HRUA set-up made there, so a caller repeating its parameters per slot computes it once.
 */
export function randomHypergeometric(bg: BitGenerator, good: number, bad: number, sample: number, slot = 0): number {
  if (sample >= 10 && sample <= good + bad - 10) {
    if (slot >= MEMO_SLOTS) return hypergeometricHrua(bg, hruaSetup(good, bad, sample));
    let st = HRUA_MEMO[slot];
    if (st === undefined || !Object.is(st.good, good) || !Object.is(st.bad, bad) || !Object.is(st.sample, sample)) {
      HRUA_MEMO[slot] = st = hruaSetup(good, bad, sample);
    }
    return hypergeometricHrua(bg, st);
  }
  return hypergeometricSample(bg, good, bad, sample);
}

/** out[0, n) = randomHypergeometric(good, bad, sample) n times, HRUA's constants computed once. */
export function fillHypergeometric(bg: BitGenerator, out: Float64Array, n: number, good: number, bad: number, sample: number): void {
  if (sample >= 10 && sample <= good + bad - 10) {
    const st = hruaSetup(good, bad, sample);
    const ds = DOUBLES.start(bg);
    for (let i = 0; i < n; i++) { ds.rest = 2 * (n - 1 - i); out[i] = hypergeometricHrua(ds, st); }
  } else {
    for (let i = 0; i < n; i++) out[i] = hypergeometricSample(bg, good, bad, sample);
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const HYPERGEOMETRIC = distSpec({
  ngood: param('ngood', 'non_negative', true), nbad: param('nbad', 'non_negative', true),
  nsample: param('nsample', 'non_negative', true),
}, null, 'int64');
