// BigInt helpers for the wide integers that appear only off the hot path: seeding,
import { pyInt, pyTypeName } from '../core/pyint.js';
// jump-ahead and state (de)serialisation of the 128-bit LCGs, Philox counters and keys.
import { ValueError } from '../core/errors.js';

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

const DECIMAL = /^(0|[1-9][0-9]*)$/;

/**
 * A state integer from a number, bigint or (for JSON) decimal string, checked to lie in [0, 2**bits).
 * Throws before anything is assigned, so a bad state leaves the generator untouched.
 */
export function stateInt(value: unknown, name: string, bits: number): bigint {
  let v: bigint;
  if (typeof value === 'bigint') v = value;
  else if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new ValueError(`${name} must be an integer in [0, 2**${bits}), got ${String(value)}`);
    v = BigInt(value);
  } else if (typeof value === 'string') {
    if (!DECIMAL.test(value)) throw new ValueError(`${name} must be a decimal integer string, got ${JSON.stringify(value)}`);
    v = BigInt(value);
  } else if (typeof value === 'boolean') v = value ? 1n : 0n;
  else throw new TypeError(`${name} must be an integer, got ${value === undefined ? 'nothing' : typeof value}`);
  if (v < 0n || v >> BigInt(bits) !== 0n) throw new ValueError(`${name} must be an integer in [0, 2**${bits}), got ${v}`);
  return v;
}

/** A fixed-length array of state integers (plain array, typed array, or JSON list of strings). */
export function stateIntArray(value: unknown, name: string, length: number, bits: number): bigint[] {
  const isArr = Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView));
  if (!isArr) throw new TypeError(`${name} must be an array of ${length} integers`);
  const arr = value as ArrayLike<unknown>;
  if (arr.length !== length) throw new ValueError(`${name} must have ${length} elements, got ${arr.length}`);
  const out: bigint[] = [];
  for (let i = 0; i < length; i++) out.push(stateInt(arr[i], `${name}[${i}]`, bits));
  return out;
}

/** The dict-shaped state object, or numpy's TypeError. */
export function stateDict(value: unknown): Record<string, unknown> {
  const proto = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (proto !== Object.prototype && proto !== null) throw new TypeError('state must be a dict');
  return value as Record<string, unknown>;
}

/** A nested dict field, or a clear error naming it. */
export function subDict(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const v = value[key];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new TypeError(`state['${key}'] must be a dict`);
  return v as Record<string, unknown>;
}
