// numpy's Generator.dirichlet kernels: stick-breaking with betas when every alpha < 0.1
// (no 0/0 when all gammas underflow), else normalised gammas.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { ValueError } from '../core/errors.js';
import { pyTypeName } from '../core/pyint.js';
import { randomBeta } from './beta.js';
import { mtB, mtC, randomStandardGamma } from './gamma.js';
import { pairKind } from './double_block.js';
import { fillGammaRows } from './ziggurat_fill.js';

/**
 * Both front ends' `len(alpha)` then `PyArray_FROMANY(alpha, double, 1, 1)`: a number or None has
 * no len(); a str, dict or set has one but is a 0-d array.
 */
export function checkAlphaSequence(alpha: unknown): void {
  if (alpha === null || alpha === undefined || typeof alpha === 'number' || typeof alpha === 'bigint' || typeof alpha === 'boolean') {
    throw new TypeError(`object of type '${pyTypeName(alpha)}' has no len()`);
  }
  if (!Array.isArray(alpha) && !ArrayBuffer.isView(alpha)) throw new ValueError('object of too small depth for desired array');
}

/** Fills out (pre-zeroed, a multiple of alpha.length long) with dirichlet rows. */
export function dirichletFill(bg: BitGenerator, alpha: Float64Array, out: Float64Array): void {
  const k = alpha.length;
  const totsize = out.length;
  let maxAlpha = -Infinity;
  for (let j = 0; j < k; j++) maxAlpha = Math.max(maxAlpha, alpha[j]!);
  if (k > 0 && maxAlpha < 0.1) {
    const csumArr = new Float64Array(k);
    let csum = 0.0;
    for (let j = k - 1; j >= 0; j--) {
      csum += alpha[j]!;
      csumArr[j] = csum;
    }
    if (!(csum > 0)) return;
    for (let i = 0; i < totsize; i += k) {
      let acc = 1.0;
      for (let j = 0; j < k - 1; j++) {
        const v = randomBeta(bg, alpha[j]!, csumArr[j + 1]!);
        out[i + j] = acc * v;
        acc *= 1.0 - v;
        if (csumArr[j + 1] === 0) break;
      }
      out[i + k - 1] = acc;
    }
    return;
  }
  if (blockGammaRows(bg, alpha, out)) return;
  for (let i = 0; i < totsize; i += k) {
    let acc = 0.0;
    for (let j = 0; j < k; j++) {
      out[i + j] = randomStandardGamma(bg, alpha[j]!);
      acc = acc + out[i + j]!;
    }
    const invacc = 1.0 / acc;
    for (let j = 0; j < k; j++) out[i + j] = out[i + j]! * invacc;
  }
}

/**
 * The normalised-gamma rows from the output block (fillGammaRows) when every alpha is 0 (no
 * draw), 1 (one output at least) or above 1 (two at least); false, drawing nothing, otherwise.
 * Draw (r, j) sits at r * rowMin + (the minima before j) + m_j - 1, so the block end rows * rowMin
 * minus it counts one output for this draw and the minima of every later one.
 */
function blockGammaRows(bg: BitGenerator, alpha: Float64Array, out: Float64Array): boolean {
  const kind = pairKind(bg);
  const k = alpha.length;
  if (kind === 0 || k === 0) return false;
  const kinds = new Uint8Array(k), at = new Float64Array(k), b = new Float64Array(k), c = new Float64Array(k);
  let rowMin = 0;
  for (let j = 0; j < k; j++) {
    const a = alpha[j]!;
    if (!(a >= 1.0 || a === 0.0)) return false;
    const m = a === 0.0 ? 0 : a === 1.0 ? 1 : 2;
    kinds[j] = m;
    at[j] = rowMin + m - 1;
    rowMin += m;
    b[j] = mtB(a);
    c[j] = mtC(b[j]!);
  }
  if (rowMin === 0) return false;
  fillGammaRows(bg, kind, out, out.length / k, kinds, at, rowMin, b, c);
  return true;
}
