// JAX's shape arguments: an int or a sequence of ints (core.canonicalize_shape), nonnegative.
import { TypeError_ } from '../core/messages.js';
import { pyTuple } from '../core/ndarray.js';

export type Shape = number | readonly number[];

function reprShape(shape: unknown): string {
  if (Array.isArray(shape)) return pyTuple(shape.map((d) => (typeof d === 'number' ? d : String(d))) as number[]);
  return String(shape);
}

/** core.canonicalize_shape, then the nonnegativity check of lax.iota (where JAX first meets a negative size). */
export function canonicalizeShape(shape: Shape, fn = 'iota'): number[] {
  const dims = typeof shape === 'number' ? [shape] : Array.isArray(shape) ? shape : null;
  if (dims === null || dims.some((d) => typeof d !== 'number' || !Number.isInteger(d))) {
    throw TypeError_(`Shapes must be 1D sequences of concrete values of integer type, got ${reprShape(shape)}.`);
  }
  if (dims.some((d) => d < 0)) {
    throw TypeError_(`${fn} shape must have every element be nonnegative, got ${pyTuple(dims)}.`);
  }
  return dims.slice();
}
