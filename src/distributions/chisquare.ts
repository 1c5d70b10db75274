// numpy's chi-square family: chisquare, f, noncentral chisquare and noncentral f.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { randomStandardGamma } from './gamma.js';
import { randomStandardNormal } from './normal.js';
import { twiceLong } from './long.js';
import { randomPoisson } from './poisson.js';
import { distSpec, param } from '../core/constraints.js';

export function randomChisquare(bg: BitGenerator, df: number): number {
  return 2.0 * randomStandardGamma(bg, df / 2.0);
}

export function randomF(bg: BitGenerator, dfnum: number, dfden: number): number {
  const s1 = randomChisquare(bg, dfnum) * dfden;
  const s2 = randomChisquare(bg, dfden) * dfnum;
  return s1 / s2;
}

export function randomNoncentralChisquare(bg: BitGenerator, df: number, nonc: number): number {
  if (Number.isNaN(nonc)) return NaN;
  if (nonc === 0) return randomChisquare(bg, df);
  if (1 < df) {
    const Chi2 = randomChisquare(bg, df - 1);
    const n = randomStandardNormal(bg) + Math.sqrt(nonc);
    return Chi2 + n * n;
  }
  // numpy's i is an int64: 2 * i wraps (a huge nonc's INT64_MIN poisson becomes 0)
  const i = randomPoisson(bg, nonc / 2.0);
  return randomChisquare(bg, df + twiceLong(i));
}

export function randomNoncentralF(bg: BitGenerator, dfnum: number, dfden: number, nonc: number): number {
  const t = randomNoncentralChisquare(bg, dfnum, nonc) * dfden;
  return t / (randomChisquare(bg, dfden) * dfnum);
}

/** numpy's parameters: names, constraints and defaults. */
export const CHISQUARE = distSpec({ df: param('df', 'positive') });
export const NONCENTRAL_CHISQUARE = distSpec({ df: param('df', 'positive'), nonc: param('nonc', 'non_negative') });
export const F = distSpec({ dfnum: param('dfnum', 'positive'), dfden: param('dfden', 'positive') });
export const NONCENTRAL_F = distSpec({
  dfnum: param('dfnum', 'positive'), dfden: param('dfden', 'positive'), nonc: param('nonc', 'non_negative'),
});
