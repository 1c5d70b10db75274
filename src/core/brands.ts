// Brands that let a module recognise an MT19937 or a RandomState without importing its class:
// an `instanceof` check would make every bundle that reaches the check carry the whole class
// (MT19937 brings its WebAssembly kernel and jump table; RandomState every legacy sampler).
// The brand is a getter on the class's prototype, so subclasses carry it as instanceof would.
import type { MT19937 } from '../bitgen/mt19937.js';
import type { RandomStateCore } from '../legacy/random_state_core.js';

export const MT19937_BRAND: unique symbol = Symbol('numpy-random.MT19937');
export const RANDOM_STATE_BRAND: unique symbol = Symbol('numpy-random.RandomState');

const branded = (x: unknown, brand: symbol): boolean =>
  typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[brand] === true;

/** `x instanceof MT19937`, without importing MT19937. */
export const isMT19937 = (x: unknown): x is MT19937 => branded(x, MT19937_BRAND);

/** `x instanceof RandomState` (its core class), without importing it. */
export const isRandomState = (x: unknown): x is RandomStateCore => branded(x, RANDOM_STATE_BRAND);
