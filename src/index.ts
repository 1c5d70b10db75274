export { BitGenerator } from './bitgen/bit_generator.js';
export { MT19937 } from './bitgen/mt19937.js';
export { SeedSequence } from './bitgen/seed_sequence.js';
export { Generator } from './generator/generator.js';
export { RandomState } from './legacy/random_state.js';
export type { LegacyStateTuple, LegacyStateDict } from './legacy/random_state_core.js';
export * from './legacy/global.js';
export { ValueError, OverflowError, IndexError, NotImplementedError } from './core/errors.js';
export type { NDArray, Size, ArrayLike, TypedArray } from './core/ndarray.js';
