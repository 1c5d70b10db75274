// numpy's legacy_logseries (Kemp's algorithm with log(1 - p) and 1 - exp(r U), not log1p/expm1).
import type { BitGenerator } from '../../bitgen/bit_generator.js';
import { exp, log } from '../../math/index.js';
import { toLong } from '../../distributions/long.js';
import { distSpec, param } from '../../core/constraints.js';
import { DOUBLES, type DoubleSource } from '../../distributions/double_block.js';

export function legacyLogseries(bg: BitGenerator, p: number): number {
  return legacyLogseriesDraw(bg, p, log(1.0 - p));
}

/** out[0, n) = legacyLogseries(p) n times, log(1 - p) computed once. */
export function fillLegacyLogseries(bg: BitGenerator, out: Float64Array, n: number, p: number): void {
  const r = log(1.0 - p);
  const ds = DOUBLES.start(bg);
  for (let i = 0; i < n; i++) { ds.rest = n - 1 - i; out[i] = legacyLogseriesDraw(ds, p, r); }
}

function legacyLogseriesDraw(bg: DoubleSource, p: number, r: number): number {
  for (;;) {
    const V = bg.next_double();
    if (V >= p) return 1;
    const U = bg.next_double();
    const q = 1.0 - exp(r * U);
    if (V <= q * q) {
      const result = toLong(Math.floor(1 + log(V) / log(q)));
      if (result < 1 || V === 0.0) continue;
      return result;
    }
    if (V >= q) return 1;
    return 2;
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const LEGACY_LOGSERIES = distSpec({ p: param('p', 'bounded_lt_0_1') }, null, 'int64');
