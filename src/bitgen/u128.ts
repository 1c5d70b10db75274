// BigInt helpers for the wide integers that appear only off the hot path: seeding,
import { pyInt, pyTypeName } from '../core/pyint.js';
// jump-ahead and state (de)serialisation of the 128-bit LCGs, Philox counters and keys.
import { isPyDict } from './py_state.js';

export const MASK128 = (1n << 128n) - 1n;

/** numpy's wrap_int: an integer reduced into [0, 2**bits); floats are rejected like Python's `&`. */
export function wrapInt(value: unknown, bits: number): bigint {
  if (typeof value === 'bigint') return BigInt.asUintN(bits, value);
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) throw new TypeError("unsupported operand type(s) for &: 'float' and 'int'");
    return BigInt.asUintN(bits, BigInt(value));
  }
  throw new TypeError(`unsupported operand type(s) for &: '${pyTypeName(value)}' and 'int'`);
}

/** An integer for `jumps` (numpy calls int(jumps)). */
export function toBigIntJumps(jumps: unknown): bigint {
  return pyInt(jumps);
}

/** Brown's jump-ahead for x -> mult*x + plus (mod 2**bits): the state after `delta` steps. */
export function lcgAdvance(state: bigint, delta: bigint, mult: bigint, plus: bigint, bits = 128): bigint {
  const mask = (1n << BigInt(bits)) - 1n;
  let accMult = 1n, accPlus = 0n, curMult = mult, curPlus = plus;
  while (delta > 0n) {
    if (delta & 1n) {
      accMult = (accMult * curMult) & mask;
      accPlus = (accPlus * curMult + curPlus) & mask;
    }
    curPlus = ((curMult + 1n) * curPlus) & mask;
    curMult = (curMult * curMult) & mask;
    delta >>= 1n;
  }
  return (accMult * state + accPlus) & mask;
}

/** Reads `n` little-endian 32-bit limbs from `w` starting at `at` as one unsigned integer. */
export function limbsToBig(w: ArrayLike<number>, at: number, n: number): bigint {
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 32n) | BigInt(w[at + i]! >>> 0);
  return v;
}

/** Writes `v` as `n` little-endian 32-bit limbs into `w` at `at`. */
export function bigToLimbs(v: bigint, w: Uint32Array | Int32Array, at: number, n: number): void {
  for (let i = 0; i < n; i++) {
    w[at + i] = Number(v & 0xffffffffn);
    v >>= 32n;
  }
}

/** The dict-shaped state object, or numpy's TypeError. */
export function stateDict(value: unknown): Record<string, unknown> {
  if (!isPyDict(value)) throw new TypeError('state must be a dict');
  return value;
}
