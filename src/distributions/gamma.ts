// numpy's random_standard_gamma: Marsaglia-Tsang for shape > 1, Johnk-style rejection for
// shape < 1 (float64, and float32 with every step rounded to float as numpy's C float code).
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { log, logf, pow, powf } from '../math/index.js';
import { randomStandardExponential, randomStandardExponentialF } from './exponential.js';
import { randomStandardNormal, randomStandardNormalF } from './normal.js';
import { distSpec, param } from '../core/constraints.js';
import { OUTPUTS, pairKind, type Draws64 } from './double_block.js';
import { blockDouble, blockFloat, blockNormal, blockNormalF, fillMarsagliaTsang, startBlock } from './ziggurat_fill.js';

const f32 = Math.fround;

/** Marsaglia-Tsang's constants for shape > 1, as numpy's random_standard_gamma computes them: b ... */
export const mtB = (shape: number): number => shape - 1 / 3;
/** ... and c = 1 / sqrt(9 b). */
export const mtC = (b: number): number => 1 / Math.sqrt(9 * b);

export function randomStandardGamma(bg: Draws64, shape: number): number {
  if (shape === 1.0) return randomStandardExponential(bg);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const U = bg.next_double();
      const V = randomStandardExponential(bg);
      if (U <= 1.0 - shape) {
        const X = pow(U, 1 / shape);
        if (X <= V) return X;
      } else {
        const Y = -log((1 - U) / shape);
        const X = pow(1.0 - shape + shape * Y, 1 / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const b = mtB(shape);
  return marsagliaTsang(bg, b, mtC(b));
}

/** Marsaglia and Tsang's draw for shape > 1, b = shape - 1/3, c = 1 / sqrt(9 b). */
function marsagliaTsang(bg: Draws64, b: number, c: number): number {
  for (;;) {
    let X: number, V: number;
    do {
      X = randomStandardNormal(bg);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = bg.next_double();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
  }
}

/**
 * out[0, n) = scale * randomStandardGamma(shape) n times (gamma, standard_gamma with scale 1,
 * chisquare with shape df / 2 and scale 2), its draws read ahead from one output block. Every value
 * takes at least two outputs (shape 1: one; shape 0: none).
 */
export function fillGamma(bg: BitGenerator, out: Float64Array, n: number, shape: number, scale: number): void {
  const k = pairKind(bg);
  if (k === 0 || shape === 0.0) { for (let i = 0; i < n; i++) out[i] = scale * randomStandardGamma(bg, shape); return; }
  if (shape > 1.0) { const b = mtB(shape); fillMarsagliaTsang(bg, k, out, n, b, mtC(b), scale); return; }
  const src = OUTPUTS.start(bg, k);
  const per = shape === 1.0 ? 1 : 2;
  for (let i = 0; i < n; i++) { src.rest = per * (n - 1 - i); out[i] = scale * randomStandardGamma(src, shape); }
}

/**
 * One Marsaglia-Tsang draw (b = shape - 1/3 for shape > 1, c = 1 / sqrt(9 b)) from the output
 * block (blockNormal, blockDouble); `at` as those take it. Reading the block directly rather than
 * through a Draws64 object is a third faster (A/B).
 */
export function blockMarsagliaTsang(bg: BitGenerator, k: number, at: number, b: number, c: number): number {
  for (;;) {
    let X: number, V: number;
    do {
      X = blockNormal(bg, k, at);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const U = blockDouble(bg, k, at);
    if (U < 1.0 - 0.0331 * (X * X) * (X * X) || log(U) < 0.5 * X * X + b * (1 - V + log(V))) return b * V;
  }
}

const THIRD_F = f32(1 / 3);
const C0331_F = f32(0.0331);

/** float32 variant; `shape` must already be a float32 value. */
export function randomStandardGammaF(bg: BitGenerator, shape: number): number {
  if (shape === 1.0) return randomStandardExponentialF(bg);
  if (shape === 0.0) return 0.0;
  if (shape < 1.0) {
    const inv = f32(1 / shape);
    for (;;) {
      const U = bg.next_float();
      const V = randomStandardExponentialF(bg);
      if (U <= f32(1 - shape)) {
        const X = powf(U, inv);
        if (X <= V) return X;
      } else {
        const Y = -logf(f32(f32(1 - U) / shape));
        const X = powf(f32(f32(1 - shape) + f32(shape * Y)), inv);
        if (X <= f32(V + Y)) return X;
      }
    }
  }
  const b = f32(shape - THIRD_F);
  const c = f32(1 / f32(Math.sqrt(f32(9 * b))));
  for (;;) {
    let X: number, V: number;
    do {
      X = randomStandardNormalF(bg);
      V = f32(1 + f32(c * X));
    } while (V <= 0.0);
    V = f32(f32(V * V) * V);
    const U = bg.next_float();
    const X2 = f32(X * X);
    if (U < f32(1 - f32(f32(C0331_F * X2) * X2))) return f32(b * V);
    if (logf(U) < f32(f32(f32(0.5 * X) * X) + f32(b * f32(f32(1 - V) + logf(V))))) return f32(b * V);
  }
}

/**
 * out[0, n) = randomStandardGammaF(shape) n times (shape a float32 value); for shape > 1 from the
 * word block (blockNormalF, blockFloat): two words at least per value, `at` = 2 i against 2 n - 1.
 */
export function fillGammaF(bg: BitGenerator, out: Float32Array, n: number, shape: number): void {
  if (!(shape > 1.0)) { for (let i = 0; i < n; i++) out[i] = randomStandardGammaF(bg, shape); return; }
  const b = f32(shape - THIRD_F);
  const c = f32(1 / f32(Math.sqrt(f32(9 * b))));
  startBlock(2 * n - 1);
  for (let i = 0; i < n; i++) {
    const at = 2 * i;
    for (;;) {
      let X: number, V: number;
      do {
        X = blockNormalF(bg, at);
        V = f32(1 + f32(c * X));
      } while (V <= 0.0);
      V = f32(f32(V * V) * V);
      const U = blockFloat(bg, at);
      const X2 = f32(X * X);
      if (U < f32(1 - f32(f32(C0331_F * X2) * X2)) ||
        logf(U) < f32(f32(f32(0.5 * X) * X) + f32(b * f32(f32(1 - V) + logf(V))))) {
        out[i] = f32(b * V);
        break;
      }
    }
  }
}

/** numpy's parameters: names, constraints and defaults. */
export const STANDARD_GAMMA = distSpec({ shape: param('shape', 'non_negative') });
