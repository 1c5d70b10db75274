// numpy.random: every method of RandomState, the module-level facade, Generator with each bit
// generator, and the bit generators' own draws, over several seeds, sizes and dtypes (samples
// from src/cli/samples.ts, the same calls `numpy-random check` compares live).
import { callParts, frame } from '../../../src/cli/digest.js';
import { sampleSpecs, specId } from '../../../src/cli/samples.js';
import type { CallSpec } from '../../../src/cli/calls.js';
import type { EngineCase } from './types.js';

export function numpySpecs(): CallSpec[] {
  const o = { seeds: [1, 20260613], sizes: [null, 7, [3, 2], 1000] as (number | number[] | null)[] };
  return [
    ...sampleSpecs('legacy', o),
    ...sampleSpecs('facade', { seeds: [5], sizes: [null, [4, 3]] }),
    ...sampleSpecs('generator', o),
    ...sampleSpecs('bitgen', { seeds: [1, 20260613], sizes: [null, 5, 5000] }),
  ];
}

export function cases(): EngineCase[] {
  return numpySpecs().map((spec) => ({
    id: specId(spec),
    oracle: 'numpy',
    spec,
    bytes: () => frame(callParts(spec)),
  }));
}
