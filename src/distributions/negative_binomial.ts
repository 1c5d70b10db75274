// numpy's random_negative_binomial (distributions.c): a Poisson draw with a gamma-distributed mean.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { distSpec, param } from '../core/constraints.js';
import { randomGamma } from './continuous.js';
import { OUTPUTS, pairKind } from './double_block.js';
import { randomPoisson } from './poisson.js';
import { blockMarsagliaTsang, mtB, mtC } from './gamma.js';
import { BLOCK_DOUBLES, startBlock } from './ziggurat_fill.js';

export function randomNegativeBinomial(bg: BitGenerator, n: number, p: number): number {
  const Y = randomGamma(bg, n, (1 - p) / p);
  return randomPoisson(bg, Y);
}

/**
 * out[0, m) = randomNegativeBinomial(n, p) m times from the read-ahead output block: every value's
 * gamma (n > 0) takes an output at least, so the block never runs past numpy's draws.
 */
export function fillNegativeBinomial(bg: BitGenerator, out: Float64Array, m: number, n: number, p: number): void {
  const k = pairKind(bg);
  if (k === 0 || !(n > 0)) { for (let i = 0; i < m; i++) out[i] = randomNegativeBinomial(bg, n, p); return; }
  if (n > 1 && p < 1) { zigguratBlockFill(bg, k, out, m, n, p); return; }
  const src = OUTPUTS.start(bg, k) as unknown as BitGenerator; // only next_uint64 and next_double are called
  for (let i = 0; i < m; i++) { OUTPUTS.rest = m - 1 - i; out[i] = randomNegativeBinomial(src, n, p); }
}

/**
 * The fill for n > 1 and p < 1 on the ziggurat's block (blockMarsagliaTsang, then poisson through
 * BLOCK_DOUBLES): a gamma takes two outputs at least and a poisson of a positive mean one, so
 * value i's draws sit at 3 i against a block end of 3 m - 2.
 */
function zigguratBlockFill(bg: BitGenerator, k: 1 | 2, out: Float64Array, m: number, n: number, p: number): void {
  const scale = (1 - p) / p, b = mtB(n), c = mtC(b);
  const src = BLOCK_DOUBLES;
  src.bg = bg;
  src.k = k;
  startBlock(3 * m - 2);
  for (let i = 0; i < m; i++) {
    const at = 3 * i;
    const Y = scale * blockMarsagliaTsang(bg, k, at, b, c);
    src.at = at;
    out[i] = randomPoisson(src, Y);
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const NEGATIVE_BINOMIAL = distSpec({ n: param('n', 'positive_not_nan'), p: param('p', 'bounded_gt_0_1') }, null, 'int64');
