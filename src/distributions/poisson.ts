// numpy's random_poisson: multiplication for small lam, Hoermann's PTRS for lam >= 10.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { toInt64 } from '../core/pyint.js';
import { exp, log } from '../math/index.js';
import { randomLoggam } from './loggam.js';
import { distSpec, paramOr } from '../core/constraints.js';
import { DOUBLES, type DoubleSource } from './double_block.js';

/** The multiplication method with enlam = exp(-lam). */
function poissonMult(bg: DoubleSource, enlam: number): number {
  let X = 0;
  let prod = 1.0;
  for (;;) {
    prod *= bg.next_double();
    if (prod > enlam) X += 1;
    else return X;
  }
}

/** PTRS constants for one lam (pure functions of lam: computing them once changes no value). */
export interface PtrsSetup {
  lam: number; slam: number; loglam: number; b: number; a: number; invalpha: number; vr: number; logInvalpha: number;
  /** Optional memo of loggam(k + 1) by k (NaN = not yet computed), for many draws with one lam. */
  lg: Float64Array | undefined;
}

/** lam's PTRS constants, written into `st` (no memo) when given: a new lam per draw allocates nothing. */
export function ptrsSetup(lam: number, st?: PtrsSetup): PtrsSetup {
  const slam = Math.sqrt(lam);
  const loglam = log(lam);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  const logInvalpha = log(invalpha);
  if (st === undefined) return { lam, slam, loglam, b, a, invalpha, vr, logInvalpha, lg: undefined };
  st.lam = lam; st.slam = slam; st.loglam = loglam; st.b = b; st.a = a; st.invalpha = invalpha; st.vr = vr;
  st.logInvalpha = logInvalpha; st.lg = undefined;
  return st;
}

/** One PTRS draw (lam >= 10) with precomputed constants. */
export function poissonPtrs(bg: DoubleSource, st: PtrsSetup): number {
  const { lam, loglam, b, a, vr, logInvalpha } = st;
  for (;;) {
    const U = bg.next_double() - 0.5;
    const V = bg.next_double();
    const us = 0.5 - Math.abs(U);
    // numpy casts to int64: beyond its range x86-64 gives INT64_MIN, which the k < 0 test rejects
    const k = toInt64(Math.floor((2 * a / us + b) * U + lam + 0.43));
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    const lg = st.lg;
    let lgk: number;
    if (lg !== undefined && k < lg.length) {
      lgk = lg[k]!;
      if (lgk !== lgk) lgk = lg[k] = randomLoggam(k + 1);
    } else {
      lgk = randomLoggam(k + 1);
    }
    if (log(V) + logInvalpha - log(a / (us * us) + b) <= -lam + k * loglam - lgk) {
      return k;
    }
  }
}

/** The last lam's PTRS constants, and from its second draw on a loggam memo (values are unchanged). */
let last: PtrsSetup | null = null;

function ptrsFor(lam: number): PtrsSetup {
  if (last === null) return (last = ptrsSetup(lam));
  if (last.lam !== lam) return ptrsSetup(lam, last);
  last.lg ??= lgMemo(lam);
  return last;
}

/** An empty memo of loggam(k + 1) over the k a PTRS draw with this lam takes but rarely. */
const lgMemo = (lam: number): Float64Array => new Float64Array(Math.min(4096, Math.ceil(lam + 20 * Math.sqrt(lam)))).fill(NaN);

export function randomPoisson(bg: DoubleSource, lam: number): number {
  if (lam >= 10) return poissonPtrs(bg, ptrsFor(lam));
  if (lam === 0) return 0;
  return poissonMult(bg, exp(-lam));
}

/**
 * out[0, n) = randomPoisson(lam) n times, numpy's per-draw constants (PTRS's setup and its
 * loggam(k + 1), or exp(-lam)), pure functions of lam, computed once.
 */
export function fillPoisson(bg: BitGenerator, out: Float64Array, n: number, lam: number): void {
  if (lam >= 10) {
    const st = ptrsSetup(lam);
    if (n > 64) st.lg = lgMemo(lam);
    const ds = DOUBLES.start(bg);
    for (let i = 0; i < n; i++) { ds.rest = 2 * (n - 1 - i); out[i] = poissonPtrs(ds, st); }
  } else if (lam === 0) {
    out.fill(0, 0, n);
  } else {
    const enlam = exp(-lam);
    const ds = DOUBLES.start(bg);
    for (let i = 0; i < n; i++) { ds.rest = n - 1 - i; out[i] = poissonMult(ds, enlam); }
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const POISSON = distSpec({ lam: paramOr('lam', 'poisson', 1.0) }, null, 'int64');

/** RandomState.poisson: numpy's legacy bound (equal to POISSON_LAM_MAX where C long is 64-bit). */
export const LEGACY_POISSON = distSpec({ lam: paramOr('lam', 'legacy_poisson', 1.0) }, null, 'int64');
