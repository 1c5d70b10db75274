// numpy's keyword-only parameters (after `*` in its signatures) under the README's one rule:
// they are positional, in numpy's order, after the other parameters; an options object in the
// first keyword-only slot is accepted as well. Anything not understood is numpy's TypeError
// (an unknown name, one given twice, more arguments than the signature has), never a default.
import { isPyDict } from '../bitgen/py_state.js';

/** A plain `{...}` object (Python's dict: not an array, typed array, Set, class instance or null). */
export const isOptionsObject = isPyDict;

/** The count of arguments a JS call gave, trailing `undefined`s dropped (they keep defaults). */
export function givenCount(args: ArrayLike<unknown>): number {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return n;
}

/** Python's "f() takes at most N positional arguments (M given)" when a call gives more than `max`. */
export function checkArgCount(fn: string, args: ArrayLike<unknown>, max: number): void {
  const n = givenCount(args);
  if (n > max) tooMany(fn, max, n);
}

function tooMany(fn: string, max: number, n: number): never {
  throw new TypeError(`${fn}() takes at most ${max} positional argument${max === 1 ? '' : 's'} (${n} given)`);
}

/**
 * The keyword-only parameters `names` of `fn` from `rest`, the call's arguments from the first
 * keyword-only slot on: positional values in numpy's order, or a plain options object in the first
 * slot (later slots may still be given positionally). `undefined` keeps the default.
 * @param fn - the name numpy's messages use ('multivariate_normal', '__init__', 'permuted')
 * @param names - the keyword-only parameters in numpy's order
 * @param rest - the arguments from the first keyword-only slot on
 * @param before - how many parameters come before them (for the argument-count message)
 */
export function keywordOnly<K extends string>(
  fn: string, names: readonly K[], rest: ArrayLike<unknown>, before: number,
): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  const opts = isOptionsObject(rest[0]) ? rest[0] : null;
  if (opts !== null) {
    for (const key of Object.keys(opts)) {
      if (!(names as readonly string[]).includes(key)) throw new TypeError(`${fn}() got an unexpected keyword argument '${key}'`);
    }
  }
  // an options object stands in the first keyword slot, so it can come after all the positionals
  const n = givenCount(rest);
  if (n > Math.max(names.length, opts !== null ? 1 : 0)) tooMany(fn, before + names.length, before + n);
  names.forEach((name, i) => {
    if (i === 0 && opts !== null) return;
    if (rest[i] !== undefined) out[name] = rest[i];
  });
  if (opts !== null) {
    for (const [key, value] of Object.entries(opts)) {
      if (value === undefined) continue;
      if (out[key as K] !== undefined) throw new TypeError(`${fn}() got multiple values for argument '${key}'`);
      out[key as K] = value;
    }
  }
  return out;
}
