// numpy's check_constraint / check_array_constraint (_common.pyx) as data: each parameter of a
// distribution names its constraint (and default) in a ParamSpec beside its sampler.
import { INT64_MAX_AS_DOUBLE } from './constants.js';
import { ValueError } from './errors.js';

/** numpy's POISSON_LAM_MAX (and LEGACY_POISSON_LAM_MAX where C long is 64-bit). */
export const POISSON_LAM_MAX = INT64_MAX_AS_DOUBLE - Math.sqrt(INT64_MAX_AS_DOUBLE) * 10;
export const LONG_MAX_AS_DOUBLE = INT64_MAX_AS_DOUBLE;

export type Constraint =
  | 'none'
  | 'non_negative'
  | 'positive'
  | 'positive_not_nan'
  | 'bounded_0_1'
  | 'bounded_gt_0_1'
  | 'bounded_lt_0_1'
  | 'gt_1'
  | 'gte_1'
  | 'poisson'
  | 'legacy_poisson'
  | 'legacy_non_negative_inbounds_long';

export interface ParamSpec {
  readonly name: string;
  readonly cons: Constraint;
  /** numpy converts this parameter to int64 (truncating) before drawing. */
  readonly int64?: boolean;
}

/** A parameter of numpy's signature: its name, constraint and (when numpy has one) default. */
export interface Param<D extends number | undefined = number | undefined> extends ParamSpec {
  readonly default: D;
}

/** A parameter without a default. */
export const param = (name: string, cons: Constraint, int64 = false): Param<undefined> =>
  ({ name, cons, int64, default: undefined });

/** A parameter with numpy's default value. */
export const paramOr = (name: string, cons: Constraint, dflt: number, int64 = false): Param<number> =>
  ({ name, cons, int64, default: dflt });

const signbit = (v: number): boolean => v < 0 || Object.is(v, -0);

/** Throws numpy's ValueError (one shared function: a closure per check cost the scalar calls 20 ns). */
const fail = (msg: string): never => { throw new ValueError(msg); };

/** numpy's check_constraint: the scalar form of each message. */
export function checkScalar(v: number, name: string, cons: Constraint, int64 = false): void {
  // the common passing values without the message-building code, so that V8 inlines this into
  // the scalar calls (the whole check is too large to inline: 13 ns a parameter)
  if (cons === 'none' || (cons === 'positive' && v > 0) || (cons === 'non_negative' && v > 0)) return;
  checkScalarFully(v, name, cons, int64);
}

function checkScalarFully(v: number, name: string, cons: Constraint, int64: boolean): void {
  switch (cons) {
    case 'none': return;
    case 'non_negative':
      if (int64 ? v < 0 : !Number.isNaN(v) && signbit(v)) fail(`${name} < 0`);
      return;
    case 'positive_not_nan':
      if (!int64 && Number.isNaN(v)) fail(`${name} must not be NaN`);
      if (v <= 0) fail(`${name} <= 0`);
      return;
    case 'positive':
      if (v <= 0) fail(`${name} <= 0`);
      return;
    case 'bounded_0_1':
      if (!(v >= 0) || !(v <= 1)) fail(`${name} < 0, ${name} > 1 or ${name} is NaN`);
      return;
    case 'bounded_gt_0_1':
      if (!(v > 0) || !(v <= 1)) fail(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case 'bounded_lt_0_1':
      if (!(v >= 0) || !(v < 1)) fail(`${name} < 0, ${name} >= 1 or ${name} is NaN`);
      return;
    case 'gt_1':
      if (!(v > 1)) fail(`${name} <= 1 or ${name} is NaN`);
      return;
    case 'gte_1':
      if (!(v >= 1)) fail(`${name} < 1 or ${name} is NaN`);
      return;
    case 'poisson':
    case 'legacy_poisson':
      if (!(v >= 0)) fail(`${name} < 0 or ${name} is NaN`);
      if (!(v <= POISSON_LAM_MAX)) fail(`${name} value too large`);
      return;
    case 'legacy_non_negative_inbounds_long':
      if (v < 0) fail(`${name} < 0`);
      if (v > LONG_MAX_AS_DOUBLE) fail(longBoundsMessage(name));
      return;
  }
}

const longBoundsMessage = (name: string): string =>
  `${name} is out of bounds for long, consider using the new generator API for 64bit integers.`;

const all = (d: Float64Array, pred: (v: number) => boolean): boolean => {
  for (let i = 0; i < d.length; i++) if (!pred(d[i]!)) return false;
  return true;
};

/** numpy's check_array_constraint: the array form of each message (and its order of checks). */
export function checkArray(d: Float64Array, name: string, cons: Constraint): void {
  switch (cons) {
    case 'none': return;
    case 'non_negative':
      if (!all(d, (v) => Number.isNaN(v) || !signbit(v))) fail(`${name} < 0`);
      return;
    case 'positive_not_nan':
      if (!all(d, (v) => !Number.isNaN(v))) fail(`${name} must not be NaN`);
      if (!all(d, (v) => !(v <= 0))) fail(`${name} <= 0`);
      return;
    case 'positive':
      if (!all(d, (v) => !(v <= 0))) fail(`${name} <= 0`);
      return;
    case 'bounded_0_1':
      if (!all(d, (v) => v >= 0 && v <= 1)) fail(`${name} < 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case 'bounded_gt_0_1':
      if (!all(d, (v) => v > 0) || !all(d, (v) => v <= 1)) fail(`${name} <= 0, ${name} > 1 or ${name} contains NaNs`);
      return;
    case 'bounded_lt_0_1':
      if (!all(d, (v) => v >= 0) || !all(d, (v) => v < 1)) fail(`${name} < 0, ${name} >= 1 or ${name} contains NaNs`);
      return;
    case 'gt_1':
      if (!all(d, (v) => v > 1)) fail(`${name} <= 1 or ${name} contains NaNs`);
      return;
    case 'gte_1':
      if (!all(d, (v) => v >= 1)) fail(`${name} < 1 or ${name} contains NaNs`);
      return;
    case 'poisson':
    case 'legacy_poisson':
      if (!all(d, (v) => v <= POISSON_LAM_MAX)) fail(`${name} value too large`);
      if (!all(d, (v) => v >= 0)) fail(`${name} < 0 or ${name} contains NaNs`);
      return;
    case 'legacy_non_negative_inbounds_long':
      if (!all(d, (v) => v >= 0)) fail(`${name} < 0`);
      if (!all(d, (v) => v <= LONG_MAX_AS_DOUBLE)) fail(longBoundsMessage(name));
      return;
  }
}

/** A plain number passing numpy's 'non_negative' check (for the methods' size-less fast paths). */
export const isNonNegative = (v: unknown): v is number => typeof v === 'number' && v >= 0 && !Object.is(v, -0);

/**
 * A size-less call's plain-number parameter that certainly passes its check (a method's fast path
 * then draws at once; anything else, 0 and NaN included, takes broadcastDraw, which checks fully).
 */
export const passesScalar = (v: unknown, sp: ParamSpec): v is number =>
  typeof v === 'number' && !sp.int64 && passes(v, sp.cons);

/** v certainly passes `cons` (false for the constraints not listed: those take the full check). */
function passes(v: number, cons: Constraint): boolean {
  switch (cons) {
    case 'none': return v === v;
    case 'positive':
    case 'non_negative': return v > 0;
    case 'bounded_0_1': return v >= 0 && v <= 1;
    case 'bounded_gt_0_1': return v > 0 && v <= 1;
    case 'bounded_lt_0_1': return v >= 0 && v < 1;
    case 'gt_1': return v > 1;
    case 'poisson':
    case 'legacy_poisson': return v >= 0 && v <= POISSON_LAM_MAX;
    default: return false;
  }
}

/**
 * The specs in the order a sampler takes them, and the dtype numpy allocates its result in (int64
 * for the discrete distributions; named in a MemoryError for a size too large).
 */
export type SpecList = readonly ParamSpec[] & { readonly dtype?: 'int64' };

/** A distribution's parameters by name, plus `list`: the specs in the order its sampler takes them. */
export type DistSpec<P extends Record<string, Param>> = P & { readonly list: readonly Param[] & { readonly dtype?: 'int64' } };

/**
 * Builds a DistSpec; `order` (default: the keys as written) is the sampler's argument order, and
 * `dtype` 'int64' marks a discrete distribution.
 */
export function distSpec<P extends Record<string, Param>>(
  params: P, order?: readonly (keyof P & string)[] | null, dtype?: 'int64',
): DistSpec<P> {
  const list = Object.freeze(Object.assign((order ?? Object.keys(params)).map((k) => params[k]!), dtype ? { dtype } : {}));
  return Object.freeze({ ...params, list });
}
