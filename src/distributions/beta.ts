// numpy's random_beta: Johnk's algorithm (with a log-space fallback on underflow and a
// one-uniform shortcut for tiny a, b) when a, b <= 1, else a ratio of gammas.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { exp, log, log1p, pow } from '../math/index.js';
import { blockMarsagliaTsang, mtB, mtC, randomStandardGamma } from './gamma.js';
import { pairKind } from './double_block.js';
import { startBlock } from './ziggurat_fill.js';
import { distSpec, param } from '../core/constraints.js';

const BETA_TINY_THRESHOLD = 3e-103;

export function randomBeta(bg: BitGenerator, a: number, b: number): number {
  if (a <= 1.0 && b <= 1.0) {
    if (a < BETA_TINY_THRESHOLD && b < BETA_TINY_THRESHOLD) {
      const U = bg.next_double();
      return (a + b) * U < a ? 1 : 0;
    }
    for (;;) {
      const U = bg.next_double();
      const V = bg.next_double();
      const X = pow(U, 1.0 / a);
      const Y = pow(V, 1.0 / b);
      const XpY = X + Y;
      if (XpY <= 1.0 && U + V > 0.0) {
        if (X > 0 && Y > 0) return X / XpY;
        const logX = log(U) / a;
        const logY = log(V) / b;
        const delta = logX - logY;
        if (delta > 0) return exp(-log1p(exp(-delta)));
        return exp(delta - log1p(exp(delta)));
      }
    }
  }
  const Ga = randomStandardGamma(bg, a);
  const Gb = randomStandardGamma(bg, b);
  return Ga / (Ga + Gb);
}

/**
 * out[0, n) = randomBeta(a, b) n times; for a, b > 1 both gammas come from the output block
 * (gamma.ts's blockMarsagliaTsang): four outputs at least per value, `at` = 4 i against 4 n - 3.
 */
export function fillBeta(bg: BitGenerator, out: Float64Array, n: number, a: number, b: number): void {
  const k = pairKind(bg);
  if (k === 0 || !(a > 1.0) || !(b > 1.0)) { for (let i = 0; i < n; i++) out[i] = randomBeta(bg, a, b); return; }
  const ba = mtB(a), ca = mtC(ba), bb = mtB(b), cb = mtC(bb);
  startBlock(4 * n - 3);
  for (let i = 0; i < n; i++) {
    const Ga = blockMarsagliaTsang(bg, k, 4 * i, ba, ca);
    const Gb = blockMarsagliaTsang(bg, k, 4 * i, bb, cb);
    out[i] = Ga / (Ga + Gb);
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const BETA = distSpec({ a: param('a', 'positive'), b: param('b', 'positive') });
