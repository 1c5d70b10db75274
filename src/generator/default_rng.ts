// numpy's default_rng: a Generator on PCG64, or the caller's BitGenerator / Generator as given.
import { BitGenerator, type SeedLike } from '../bitgen/bit_generator.js';
import { PCG64 } from '../bitgen/pcg64.js';
import { isRandomState } from '../core/brands.js';
import type { RandomStateCore } from '../legacy/random_state_core.js';
import { Generator } from './generator.js';

export type DefaultRngSeed = SeedLike | BitGenerator | Generator | RandomStateCore;

/**
 * `default_rng(seed?)`: nothing, an integer (number or bigint), an array of them or a
 * SeedSequence seed a new PCG64; a BitGenerator is wrapped; a Generator is returned as is; a
 * RandomState lends its bit generator.
 * @param seed - seed material (default: fresh OS entropy), a BitGenerator, Generator or RandomState
 * @example const rng = default_rng(12345)
 */
export function default_rng(seed?: DefaultRngSeed): Generator {
  if (seed instanceof BitGenerator) return new Generator(seed);
  if (seed instanceof Generator) return seed;
  if (isRandomState(seed)) return new Generator(seed.bit_generator);
  return new Generator(new PCG64(seed));
}
