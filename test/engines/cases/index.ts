// Every case file of the conformance bundle. A module that lands later (pyrandom, torch, jax)
// adds one file here beside these, exporting cases(); its expected digests come from its oracle
// where scripts/engines/export_expected.mjs has one, else from the Node reference run.
import type { EngineCase } from './types.js';
import * as math from './math.js';
import * as npy from './npy.js';
import * as numpy from './numpy.js';

export const CASE_FILES: Record<string, { cases(): EngineCase[] }> = { numpy, math, npy };

export function allCases(): EngineCase[] {
  return Object.values(CASE_FILES).flatMap((f) => f.cases());
}
