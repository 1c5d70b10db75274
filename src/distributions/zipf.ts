// numpy's random_zipf: rejection from a Pareto envelope, U drawn from (Umin, 1].
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { pow } from '../math/index.js';
import { distSpec, param } from '../core/constraints.js';
import { DOUBLES, type DoubleSource } from './double_block.js';
import { INT64_MAX_AS_DOUBLE } from '../core/constants.js';

/** (double)INT64_MAX, i.e. 2^63. */

export function randomZipf(bg: BitGenerator, a: number): number {
  if (a >= 1025) return 1;
  const am1 = a - 1.0;
  return zipfDraw(bg, am1, pow(2.0, am1), pow(INT64_MAX_AS_DOUBLE, -am1));
}

/** out[0, n) = randomZipf(a) n times, its constants (pure functions of a) computed once. */
export function fillZipf(bg: BitGenerator, out: Float64Array, n: number, a: number): void {
  if (a >= 1025) { out.fill(1, 0, n); return; }
  const am1 = a - 1.0;
  const b = pow(2.0, am1), Umin = pow(INT64_MAX_AS_DOUBLE, -am1);
  const ds = DOUBLES.start(bg);
  for (let i = 0; i < n; i++) { ds.rest = 2 * (n - 1 - i); out[i] = zipfDraw(ds, am1, b, Umin); }
}

/** One zipf draw for am1 = a - 1, b = 2^am1, Umin = 2^(-63 am1). */
function zipfDraw(bg: DoubleSource, am1: number, b: number, Umin: number): number {
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

/** numpy's parameters: names, constraints and defaults. */
export const ZIPF = distSpec({ a: param('a', 'gt_1') }, null, 'int64');
