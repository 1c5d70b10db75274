// numpy's normalize_axis_index and its AxisError (a ValueError and an IndexError in numpy).
import { AxisError } from '../core/errors.js';
import { pyTypeName } from '../core/pyint.js';

/** The axis as an index in [0, ndim): numpy's normalize_axis_index (operator.index first). */
export function normalizeAxisIndex(axis: unknown, ndim: number): number {
  if (typeof axis === 'bigint') axis = Number(axis);
  if (typeof axis === 'boolean') axis = axis ? 1 : 0;
  if (typeof axis === 'number' && !Number.isInteger(axis)) throw new TypeError('integer argument expected, got float');
  if (typeof axis !== 'number') throw new TypeError(`'${pyTypeName(axis)}' object cannot be interpreted as an integer`);
  if (axis < -ndim || axis >= ndim) throw new AxisError(`axis ${axis} is out of bounds for array of dimension ${ndim}`);
  return axis < 0 ? axis + ndim : axis;
}
