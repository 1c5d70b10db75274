// numpy's chi-square family: chisquare, f, noncentral chisquare and noncentral f.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { blockMarsagliaTsang, mtB, mtC, randomStandardGamma } from './gamma.js';
import { pairKind } from './double_block.js';
import { blockNormal, startBlock } from './ziggurat_fill.js';
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

// Block fills (see gamma.ts's blockMarsagliaTsang) where every gamma shape is above 1; a value
// taking at least m outputs is drawn at `at` = m i against a block end of m n - (m - 1), so the
// block never holds more than the outputs still to come.

/** out[0, n) = randomF(dfnum, dfden) n times. */
export function fillF(bg: BitGenerator, out: Float64Array, n: number, dfnum: number, dfden: number): void {
  const k = pairKind(bg);
  if (k === 0 || !(dfnum > 2.0) || !(dfden > 2.0)) { for (let i = 0; i < n; i++) out[i] = randomF(bg, dfnum, dfden); return; }
  const ba = mtB(dfnum / 2.0), ca = mtC(ba), bb = mtB(dfden / 2.0), cb = mtC(bb);
  startBlock(4 * n - 3);
  for (let i = 0; i < n; i++) {
    const s1 = 2.0 * blockMarsagliaTsang(bg, k, 4 * i, ba, ca) * dfden;
    const s2 = 2.0 * blockMarsagliaTsang(bg, k, 4 * i, bb, cb) * dfnum;
    out[i] = s1 / s2;
  }
}

/** randomNoncentralChisquare's df > 1 branch from the block (b, c for shape (df - 1) / 2, sq = sqrt(nonc)). */
function blockNoncentralChisquare(bg: BitGenerator, k: number, at: number, b: number, c: number, sq: number): number {
  const Chi2 = 2.0 * blockMarsagliaTsang(bg, k, at, b, c);
  const x = blockNormal(bg, k, at) + sq;
  return Chi2 + x * x;
}

/** The block path needs nonc > 0 and the gamma shape (df - 1) / 2 above 1. */
const ncBlock = (df: number, nonc: number): boolean => nonc > 0 && df > 3.0;

/** out[0, n) = randomNoncentralChisquare(df, nonc) n times. */
export function fillNoncentralChisquare(bg: BitGenerator, out: Float64Array, n: number, df: number, nonc: number): void {
  const k = pairKind(bg);
  if (k === 0 || !ncBlock(df, nonc)) { for (let i = 0; i < n; i++) out[i] = randomNoncentralChisquare(bg, df, nonc); return; }
  const b = mtB((df - 1) / 2.0), c = mtC(b), sq = Math.sqrt(nonc);
  startBlock(3 * n - 2);
  for (let i = 0; i < n; i++) out[i] = blockNoncentralChisquare(bg, k, 3 * i, b, c, sq);
}

/** out[0, n) = randomNoncentralF(dfnum, dfden, nonc) n times. */
export function fillNoncentralF(bg: BitGenerator, out: Float64Array, n: number, dfnum: number, dfden: number, nonc: number): void {
  const k = pairKind(bg);
  if (k === 0 || !ncBlock(dfnum, nonc) || !(dfden > 2.0)) {
    for (let i = 0; i < n; i++) out[i] = randomNoncentralF(bg, dfnum, dfden, nonc);
    return;
  }
  const b = mtB((dfnum - 1) / 2.0), c = mtC(b), sq = Math.sqrt(nonc), bd = mtB(dfden / 2.0), cd = mtC(bd);
  startBlock(5 * n - 4);
  for (let i = 0; i < n; i++) {
    const t = blockNoncentralChisquare(bg, k, 5 * i, b, c, sq) * dfden;
    out[i] = t / (2.0 * blockMarsagliaTsang(bg, k, 5 * i, bd, cd) * dfnum);
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const CHISQUARE = distSpec({ df: param('df', 'positive') });
export const NONCENTRAL_CHISQUARE = distSpec({ df: param('df', 'positive'), nonc: param('nonc', 'non_negative') });
export const F = distSpec({ dfnum: param('dfnum', 'positive'), dfden: param('dfden', 'positive') });
export const NONCENTRAL_F = distSpec({
  dfnum: param('dfnum', 'positive'), dfden: param('dfden', 'positive'), nonc: param('nonc', 'non_negative'),
});
