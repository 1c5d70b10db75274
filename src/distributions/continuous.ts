// numpy's one-line transforms of normal, exponential and gamma draws (distributions.c).
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { exp, expm1, pow } from '../math/index.js';
import { randomStandardExponential } from './exponential.js';
import { blockMarsagliaTsang, mtB, mtC, randomStandardGamma } from './gamma.js';
import { pairKind } from './double_block.js';
import { blockDouble, blockNormal, startBlock } from './ziggurat_fill.js';
import { randomStandardNormal } from './normal.js';
import { distSpec, param, paramOr } from '../core/constraints.js';

export const randomNormal = (bg: BitGenerator, loc: number, scale: number): number =>
  loc + scale * randomStandardNormal(bg);

export const randomExponential = (bg: BitGenerator, scale: number): number =>
  scale * randomStandardExponential(bg);

export const randomGamma = (bg: BitGenerator, shape: number, scale: number): number =>
  scale * randomStandardGamma(bg, shape);

export function randomStandardCauchy(bg: BitGenerator): number {
  const s1 = randomStandardNormal(bg);
  const s2 = randomStandardNormal(bg);
  return s1 / s2;
}

export function randomStandardT(bg: BitGenerator, df: number): number {
  const num = randomStandardNormal(bg);
  const denom = randomStandardGamma(bg, df / 2);
  return Math.sqrt(df / 2) * num / Math.sqrt(denom);
}

/**
 * out[0, n) = randomStandardT(df) n times; for df > 2 (gamma shape above 1) from the output
 * block: each value takes a normal and at least two outputs for its gamma, so at least
 * 3 (n - i) - 2 remain to come at any draw of value i (`at` = 3 i against a block end of 3 n - 2).
 */
export function fillStandardT(bg: BitGenerator, out: Float64Array, n: number, df: number): void {
  const k = pairKind(bg);
  const shape = df / 2;
  if (k === 0 || !(shape > 1.0)) { for (let i = 0; i < n; i++) out[i] = randomStandardT(bg, df); return; }
  const b = mtB(shape), c = mtC(b), s = Math.sqrt(df / 2);
  startBlock(3 * n - 2);
  for (let i = 0; i < n; i++) {
    const num = blockNormal(bg, k, 3 * i);
    out[i] = s * num / Math.sqrt(blockMarsagliaTsang(bg, k, 3 * i, b, c));
  }
}

export const randomPareto = (bg: BitGenerator, a: number): number =>
  expm1(randomStandardExponential(bg) / a);

export function randomWeibull(bg: BitGenerator, a: number): number {
  if (a === 0.0) return 0.0;
  return pow(randomStandardExponential(bg), 1.0 / a);
}

export const randomPower = (bg: BitGenerator, a: number): number =>
  pow(-expm1(-randomStandardExponential(bg)), 1.0 / a);

export const randomLognormal = (bg: BitGenerator, mean: number, sigma: number): number =>
  exp(randomNormal(bg, mean, sigma));

export const randomRayleigh = (bg: BitGenerator, mode: number): number =>
  mode * Math.sqrt(2.0 * randomStandardExponential(bg));

export function randomWald(bg: BitGenerator, mean: number, scale: number): number {
  const z = randomStandardNormal(bg);
  return waldOf(mean, scale, z, bg.next_double());
}

/** numpy's random_wald given its normal z and then its uniform U. */
function waldOf(mean: number, scale: number, z: number, U: number): number {
  const Y = mean * z * z;
  const d = 1 + Math.sqrt(1 + 4 * scale / Y);
  const X = mean * (1 - 2 / d);
  if (U <= mean / (mean + X)) return X;
  return mean * mean / X;
}

/** out[0, n) = randomWald(mean, scale) n times from the output block: two outputs at least per value. */
export function fillWald(bg: BitGenerator, out: Float64Array, n: number, mean: number, scale: number): void {
  const k = pairKind(bg);
  if (k === 0) { for (let i = 0; i < n; i++) out[i] = randomWald(bg, mean, scale); return; }
  startBlock(2 * n - 1);
  for (let i = 0; i < n; i++) {
    const z = blockNormal(bg, k, 2 * i);
    out[i] = waldOf(mean, scale, z, blockDouble(bg, k, 2 * i));
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const NORMAL = distSpec({ loc: paramOr('loc', 'none', 0.0), scale: paramOr('scale', 'non_negative', 1.0) });
export const EXPONENTIAL = distSpec({ scale: paramOr('scale', 'non_negative', 1.0) });
export const GAMMA = distSpec({ shape: param('shape', 'non_negative'), scale: paramOr('scale', 'non_negative', 1.0) });
export const STANDARD_T = distSpec({ df: param('df', 'positive') });
export const PARETO = distSpec({ a: param('a', 'positive') });
export const WEIBULL = distSpec({ a: param('a', 'non_negative') });
export const POWER = distSpec({ a: param('a', 'positive') });
export const LOGNORMAL = distSpec({ mean: paramOr('mean', 'none', 0.0), sigma: paramOr('sigma', 'non_negative', 1.0) });
export const RAYLEIGH = distSpec({ scale: paramOr('scale', 'non_negative', 1.0) });
export const WALD = distSpec({ mean: param('mean', 'positive'), scale: param('scale', 'positive') });
