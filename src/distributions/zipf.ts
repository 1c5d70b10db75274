// numpy's random_zipf: rejection from a Pareto envelope, U drawn from (Umin, 1].
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { pow } from '../math/index.js';
import { powBlock } from '../math/wasm/backend.js';
import { distSpec, param } from '../core/constraints.js';
import { type DoubleSource } from './double_block.js';
import { INT64_MAX_AS_DOUBLE } from '../core/constants.js';
import { toLong } from './long.js';

export function randomZipf(bg: BitGenerator, a: number): number {
  if (a >= 1025) return 1;
  const am1 = a - 1.0;
  return zipfDraw(bg, am1, pow(2.0, am1), pow(INT64_MAX_AS_DOUBLE, -am1));
}

/** out[0, n) = randomZipf(a) n times, its constants (pure functions of a) computed once. */
export function fillZipf(bg: BitGenerator, out: Float64Array, n: number, a: number): void {
  if (a >= 1025) { out.fill(1, 0, n); return; }
  const am1 = a - 1.0;
  fillZipfCandidates(bg, out, n, am1, pow(2.0, am1), pow(INT64_MAX_AS_DOUBLE, -am1), false);
}

/** One zipf draw for am1 = a - 1, b = 2^am1, Umin = 2^(-63 am1) (0 for the legacy draw). */
export function zipfDraw(bg: DoubleSource, am1: number, b: number, Umin: number): number {
  for (;;) {
    const U01 = bg.next_double();
    const U = U01 * Umin + (1 - U01);
    const V = bg.next_double();
    const X = Math.floor(pow(U, -1.0 / am1));
    if (X > INT64_MAX_AS_DOUBLE || X < 1.0) continue;
    const T = pow(1.0 + 1.0 / X, am1);
    if (V * X * (T - 1.0) / (b - 1.0) <= T / b) return X;
  }
}

const CAP = 1024;
const UV = new Float64Array(2 * CAP);
const XS = new Float64Array(CAP);

/**
 * out[0, n) = zipfDraw(am1, b, Umin) n times, a block of candidates at a time: every candidate
 * takes two doubles (U, V) whether it is accepted or not, so the candidates are drawn in blocks of
 * at most the values still to come (each value takes one at least, so the generator never runs past
 * numpy) and both pows of a block go through pow's block form. `long`: the value is C's (long)
 * cast of X, as RandomState returns it. Umin = 0 gives the legacy U = 1 - U01 exactly.
 */
export function fillZipfCandidates(
  bg: BitGenerator, out: Float64Array, n: number, am1: number, b: number, Umin: number, long: boolean,
): void {
  const P = powBlock(), buf = P.buf, uv = UV, xs = XS;
  const inv = -1.0 / am1, bm1 = b - 1.0;
  let i = 0;
  while (i < n) {
    const k = Math.min(CAP, buf.length, n - i);
    bg.fill_double(uv, 0, 2 * k);
    for (let j = 0; j < k; j++) { const U01 = uv[2 * j]!; buf[j] = U01 * Umin + (1 - U01); }
    P.run(k, inv);
    for (let j = 0; j < k; j++) {
      const X = Math.floor(buf[j]!);
      xs[j] = X;
      // X = 1 (half of all candidates at a = 2) would ask pow(2, am1), which is b; a power of two
      // is pow's slowest base. A rejected X needs some argument too; neither T is read.
      buf[j] = X > INT64_MAX_AS_DOUBLE || X <= 1.0 ? 1.5 : 1.0 + 1.0 / X;
    }
    P.run(k, am1);
    for (let j = 0; j < k; j++) {
      const X = xs[j]!;
      if (X > INT64_MAX_AS_DOUBLE || X < 1.0) continue;
      const T = X === 1.0 ? b : buf[j]!;
      if (uv[2 * j + 1]! * X * (T - 1.0) / bm1 <= T / b) out[i++] = long ? toLong(X) : X;
    }
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const ZIPF = distSpec({ a: param('a', 'gt_1') }, null, 'int64');
