// Gumbel (mode 'low') values without argument checks, for choice and categorical.
import type { FloatOps } from './float_ops.js';
import type { Key } from './keys.js';
import { uniformRaw } from './samplers.js';

export function gumbelRaw(k: Key, shape: readonly number[], ops: FloatOps): Float32Array | Float64Array {
  const u = uniformRaw(k, shape, ops, ops.tiny, 1);
  for (let i = 0; i < u.length; i++) u[i] = -ops.log(-ops.log(u[i]!));
  return u;
}
