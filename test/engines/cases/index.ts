// Every case file of the conformance bundle. A module that lands later (pyrandom, torch, jax)
// adds one file here beside these, exporting cases(); its expected digests come from its oracle
// where scripts/engines/export_expected.mjs has one, else from the Node reference run.
import type { EngineCase } from './types.js';
import * as math from './math.js';
import * as npy from './npy.js';
import * as numpy from './numpy.js';
import * as pyrandom from './pyrandom.js';
import * as torch from './torch.js';
import * as jax from './jax.js';

export const CASE_FILES: Record<string, { cases(): EngineCase[] }> = { numpy, math, npy, pyrandom, torch, jax };

export function allCases(): EngineCase[] {
  return Object.values(CASE_FILES).flatMap((f) => f.cases());
}
