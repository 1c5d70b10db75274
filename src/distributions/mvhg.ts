// numpy's multivariate hypergeometric samplers: 'marginals' (random_mvhg_marginals.c, one
// hypergeometric per color) and 'count' (random_mvhg_count.c, a partial shuffle of the items).
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { randomInterval } from './bounded.js';
import { randomHypergeometric } from './hypergeometric.js';

/** Fills `variates` (pre-zeroed, numVariates rows of colors.length) by the marginals method. */
export function mvhgMarginals(
  bg: BitGenerator, total: number, colors: Float64Array, nsample: number,
  numVariates: number, variates: Float64Array,
): void {
  const numColors = colors.length;
  if (total === 0 || nsample === 0 || numVariates === 0) return;
  const moreThanHalf = nsample > Math.floor(total / 2);
  if (moreThanHalf) nsample = total - nsample;
  for (let i = 0; i < numVariates * numColors; i += numColors) {
    let numToSample = nsample;
    let remaining = total;
    for (let j = 0; numToSample > 0 && j + 1 < numColors; ++j) {
      remaining -= colors[j]!;
      const r = randomHypergeometric(bg, colors[j]!, remaining, numToSample, j);
      variates[i + j] = r;
      numToSample -= r;
    }
    if (numToSample > 0) variates[i + numColors - 1] = numToSample;
    if (moreThanHalf) {
      for (let k = 0; k < numColors; ++k) variates[i + k] = colors[k]! - variates[i + k]!;
    }
  }
}

/** Fills `variates` (pre-zeroed) by the count method; the item array persists across variates, as in numpy. */
export function mvhgCount(
  bg: BitGenerator, total: number, colors: Float64Array, nsample: number,
  numVariates: number, variates: Float64Array,
): void {
  const numColors = colors.length;
  if (total === 0 || nsample === 0 || numVariates === 0) return;
  const choices = new Int32Array(total);
  for (let i = 0, k = 0; i < numColors; ++i) {
    for (let j = 0; j < colors[i]!; ++j) choices[k++] = i;
  }
  const moreThanHalf = nsample > Math.floor(total / 2);
  if (moreThanHalf) nsample = total - nsample;
  for (let i = 0; i < numVariates * numColors; i += numColors) {
    for (let j = 0; j < nsample; ++j) {
      const k = j + randomInterval(bg, total - j - 1);
      const tmp = choices[k]!;
      choices[k] = choices[j]!;
      choices[j] = tmp;
    }
    for (let j = 0; j < nsample; ++j) variates[i + choices[j]!]! += 1;
    if (moreThanHalf) {
      for (let k = 0; k < numColors; ++k) variates[i + k] = colors[k]! - variates[i + k]!;
    }
  }
}
