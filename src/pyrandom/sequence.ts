// The sequence side of CPython's random: range objects, indexed access to the populations
// CPython accepts (lists, tuples, str, range) and bisect.bisect_right.
import { IndexError, ValueError } from '../core/errors.js';
import { ceilDiv } from './ints.js';

/**
 * Python's range(start, stop, step) over safe integers, without materialising it.
 * @example new PyRange(0, 10, 2).at(3); // 6
 */
export class PyRange {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  readonly length: number;

  /**
   * @param start - the start, or the stop (starting at 0) when `stop` is omitted.
   * @param stop - exclusive end (default: range(0, start)).
   * @param step - nonzero step (default 1).
   */
  constructor(start: number, stop?: number, step = 1) {
    if (stop === undefined) { stop = start; start = 0; }
    for (const v of [start, stop, step]) {
      if (!Number.isSafeInteger(v)) throw new TypeError(`'${typeof v === 'number' ? 'float' : typeof v}' object cannot be interpreted as an integer`);
    }
    if (step === 0) throw new ValueError('range() arg 3 must not be zero');
    this.start = start;
    this.stop = stop;
    this.step = step;
    const width = stop - start;
    if (!Number.isSafeInteger(width)) throw new RangeError('range(): a span beyond 2**53 - 1 is not supported');
    this.length = Math.max(0, ceilDiv(width, step));
  }

  /** The i-th element (0 <= i < length). */
  at(i: number): number {
    return this.start + i * this.step;
  }
}

/**
 * `range(stop)` / `range(start, stop, step)` for sample, choice and choices.
 * @param start - the start, or the stop when `stop` is omitted.
 * @param stop - exclusive end (default: range(0, start)).
 * @param step - nonzero step (default 1).
 * @example sample(range(1, 50), 6);
 */
export function range(start: number, stop?: number, step?: number): PyRange {
  return new PyRange(start, stop, step);
}

/** What choice, choices and sample accept as a population. */
export type Population<T> = ArrayLike<T> | string | PyRange;

/** Indexed access to a population: `get(i)` for 0 <= i < length, Python's IndexError beyond. */
export interface Seq<T> {
  readonly length: number;
  get(i: number): T;
}

function kindName(p: unknown): string {
  return typeof p === 'string' ? 'string' : p instanceof PyRange ? 'range object' : Array.isArray(p) ? 'list' : 'tuple';
}

/** A Seq over a population, or null when it is not a sequence CPython would accept. */
export function seqOf<T>(p: Population<T>): Seq<T> | null {
  if (p instanceof PyRange) {
    return { length: p.length, get: (i) => checkIndex(i, p.length, 'range object', p.at(i)) as T };
  }
  if (typeof p === 'string') {
    const chars = Array.from(p);
    return { length: chars.length, get: (i) => checkIndex(i, chars.length, 'string', chars[i]) as T };
  }
  if (p === null || typeof p !== 'object' || typeof (p as ArrayLike<T>).length !== 'number') return null;
  const arr = p as ArrayLike<T>;
  const name = kindName(p);
  return { length: arr.length, get: (i) => checkIndex(i, arr.length, name, arr[i]) as T };
}

function checkIndex(i: number, n: number, kind: string, v: unknown): unknown {
  if (i < 0 || i >= n) throw new IndexError(`${kind} index out of range`);
  return v;
}

/** bisect.bisect_right(a, x, lo, hi) with Python's comparisons on numbers. */
export function bisectRight(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (x < a[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
