export { BitGenerator } from './bitgen/bit_generator.js';
export { MT19937 } from './bitgen/mt19937.js';
export { SeedSequence } from './bitgen/seed_sequence.js';
export { Generator } from './generator/generator.js';
export { ValueError, OverflowError, IndexError, NotImplementedError } from './core/errors.js';
export type { NDArray, Size, ArrayLike, TypedArray } from './core/ndarray.js';
export { PCG64 } from './bitgen/pcg64.js';
export { PCG64DXSM } from './bitgen/pcg64dxsm.js';
