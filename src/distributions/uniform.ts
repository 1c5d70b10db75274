// numpy's random_standard_uniform / random_uniform (distributions.c), shared with RandomState.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { distSpec, param, paramOr } from '../core/constraints.js';

export function randomStandardUniform(bg: BitGenerator): number {
  return bg.next_double();
}

/** float32 variant: next_float is already exact in float32. */
export function randomStandardUniformF(bg: BitGenerator): number {
  return bg.next_float();
}

export function randomUniform(bg: BitGenerator, off: number, range: number): number {
  return off + range * bg.next_double();
}

/** `range` is numpy's high - low, the parameter the sampler takes after low. */
export const UNIFORM = distSpec({
  low: paramOr('low', 'none', 0.0), high: paramOr('high', 'none', 1.0), range: param('high - low', 'non_negative'),
}, ['low', 'range']);

/** RandomState.uniform checks only that high - low is finite (its own check). */
export const LEGACY_UNIFORM = distSpec({
  low: paramOr('low', 'none', 0.0), high: paramOr('high', 'none', 1.0), range: param('range', 'none'),
}, ['low', 'range']);
