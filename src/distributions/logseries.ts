// numpy's random_logseries (Kemp's second accelerated generator).
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { expm1, log, log1p } from '../math/index.js';
import { distSpec, param } from '../core/constraints.js';
import { DOUBLES, type DoubleSource } from './double_block.js';

export function randomLogseries(bg: BitGenerator, p: number): number {
  return logseriesDraw(bg, p, log1p(-p));
}

/** out[0, n) = randomLogseries(p) n times, log1p(-p) computed once. */
export function fillLogseries(bg: BitGenerator, out: Float64Array, n: number, p: number): void {
  const r = log1p(-p);
  const ds = DOUBLES.start(bg);
  for (let i = 0; i < n; i++) { ds.rest = n - 1 - i; out[i] = logseriesDraw(ds, p, r); }
}

function logseriesDraw(bg: DoubleSource, p: number, r: number): number {
  for (;;) {
    const V = bg.next_double();
    if (V >= p) return 1;
    const U = bg.next_double();
    const q = -expm1(r * U);
    if (V <= q * q) {
      const result = Math.trunc(Math.floor(1 + log(V) / log(q)));
      if (result < 1 || V === 0.0) continue;
      return result;
    }
    if (V >= q) return 1;
    return 2;
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const LOGSERIES = distSpec({ p: param('p', 'bounded_lt_0_1') }, null, 'int64');
