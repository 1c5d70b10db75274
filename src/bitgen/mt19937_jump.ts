// MT19937 jump-ahead by 2**128 steps: evaluates numpy's jump polynomial (mt19937-jump.h, its
// coefficients in mt19937_jump_data.ts) at the state-transition map by Horner's rule over GF(2),
// as in Haramoto et al.'s jump-ahead method.

import { POLY } from './mt19937_jump_data.js';

const N = 624;
const M = 397;
const MEXP = 19937;
const UPPER = 0x80000000 | 0;
const LOWER = 0x7fffffff;
const MATRIX_A = 0x9908b0df | 0;

function coef(i: number): number {
  return (POLY[i >>> 5]! >>> (i & 31)) & 1;
}

/** One step of the transition, updating a single word in place (numpy's gen_next). */
function genNext(key: Int32Array, pos: number): number {
  let y: number;
  if (pos < N - M) {
    y = (key[pos]! & UPPER) | (key[pos + 1]! & LOWER);
    key[pos] = key[pos + M]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    return pos + 1;
  }
  if (pos < N - 1) {
    y = (key[pos]! & UPPER) | (key[pos + 1]! & LOWER);
    key[pos] = key[pos + M - N]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    return pos + 1;
  }
  y = (key[N - 1]! & UPPER) | (key[0]! & LOWER);
  key[N - 1] = key[M - 1]! ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
  return 0;
}

/** a += b in GF(2), each state read as a circular buffer from its own position. */
function addState(a: Int32Array, pa: number, b: Int32Array, pb: number): void {
  // at most three runs in which neither index wraps
  for (let i = 0; i < N;) {
    let ia = pa + i, ib = pb + i;
    if (ia >= N) ia -= N;
    if (ib >= N) ib -= N;
    const run = Math.min(N - ia, N - ib, N - i);
    for (let k = 0; k < run; k++) a[ia + k]! ^= b[ib + k]!;
    i += run;
  }
}

/**
 * Jumps the state (key words, position) ahead 2**128 steps in place; returns the new position.
 * A position of 624 (block exhausted) is first taken as 0, like numpy.
 */
export function mt19937Jump(key: Int32Array, pos: number): number {
  if (pos >= N) pos = 0;
  let i = MEXP - 1;
  while (i >= 0 && coef(i) === 0) i--;
  if (i < 0) return pos;
  const temp = key.slice();
  let tpos = pos;
  if (i > 0) {
    tpos = genNext(temp, tpos);
    for (i--; i > 0; i--) {
      if (coef(i)) addState(temp, tpos, key, pos);
      tpos = genNext(temp, tpos);
    }
    if (coef(0)) addState(temp, tpos, key, pos);
  }
  key.set(temp);
  return tpos;
}
