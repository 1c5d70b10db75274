// CPython's Random.getstate()/setstate() format, (VERSION, (624 words..., index), gauss_next),
// with JS arrays for the tuples, and its JSON form (json.dumps(random.getstate()) in Python).
import { IndexError, OverflowError, ValueError } from '../core/errors.js';

/** [3, [624 state words..., index], gauss_next]: CPython's getstate() with lists for tuples. */
export type PyState = [number, number[], number | null];

const N = 624;
const TWO32 = 4294967296;
const ULONG_MAX = 18446744073709551615n;

function unpack3(state: readonly unknown[]): [unknown, unknown, unknown] {
  if (state.length < 3) throw new ValueError(`not enough values to unpack (expected 3, got ${state.length})`);
  if (state.length > 3) throw new ValueError('too many values to unpack (expected 3)');
  return [state[0], state[1], state[2]];
}

/** PyLong_AsUnsignedLong then the cast to uint32 that _random's setstate applies. */
function stateWord(v: unknown): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    if (v < 0n) throw new OverflowError("can't convert negative value to unsigned int");
    if (v > ULONG_MAX) throw new OverflowError('Python int too large to convert to C unsigned long');
    return Number(v & 0xffffffffn);
  }
  if (typeof v === 'number' && Number.isInteger(v)) {
    if (v < 0) throw new OverflowError("can't convert negative value to unsigned int");
    if (v > 18446744073709551615) throw new OverflowError('Python int too large to convert to C unsigned long');
    if (v < TWO32) return v;
    return Number(BigInt(v) & 0xffffffffn);
  }
  throw new TypeError('an integer is required');
}

/** Version 2 states stored words modulo 2**32 (x % 2**32 in Python). */
function mod32(v: unknown): unknown {
  if (typeof v === 'bigint') return ((v % 4294967296n) + 4294967296n) % 4294967296n;
  if (typeof v === 'number' && Number.isInteger(v)) {
    if (Number.isSafeInteger(v)) return ((v % TWO32) + TWO32) % TWO32;
    return Number(((BigInt(v) % 4294967296n) + 4294967296n) % 4294967296n);
  }
  return v;
}

function stateIndex(v: unknown): number {
  let i: number;
  if (typeof v === 'boolean') i = v ? 1 : 0;
  else if (typeof v === 'bigint') i = v < -(2n ** 63n) || v >= 2n ** 63n ? -1 : Number(v);
  else if (typeof v === 'number' && Number.isInteger(v)) i = v;
  else throw new TypeError(`'${typeof v === 'number' ? 'float' : typeof v}' object cannot be interpreted as an integer`);
  if (i < 0 || i > N) throw new ValueError('invalid state');
  return i;
}

/**
 * Validates a state as CPython's setstate does, in its order. `setGauss` runs where CPython
 * assigns gauss_next (before the word vector is checked, so a bad vector still sets it).
 */
export function parseState(state: unknown, setGauss: (g: number | null) => void): { key: Uint32Array; pos: number } {
  if (!Array.isArray(state)) {
    throw new TypeError(`'${state === null || state === undefined ? 'NoneType' : typeof state}' object is not subscriptable`);
  }
  if (state.length === 0) throw new IndexError('tuple index out of range');
  const version = state[0];
  if (version !== 3 && version !== 2) {
    throw new ValueError(`state with version ${String(version)} passed to Random.setstate() of version 3`);
  }
  const [, internal, gauss] = unpack3(state);
  if (gauss !== null && typeof gauss !== 'number') throw new TypeError('gauss_next must be a number or null');
  setGauss(gauss);
  if (!Array.isArray(internal)) throw new TypeError('state vector must be a tuple');
  const words = version === 2 ? internal.map(mod32) : internal;
  if (words.length !== N + 1) throw new ValueError('state vector is the wrong size');
  const key = new Uint32Array(N);
  for (let i = 0; i < N; i++) key[i] = stateWord(words[i]);
  const pos = stateIndex(words[N]);
  return { key, pos };
}

/** A state from JSON text or an already parsed value. */
export function stateFromJSON(json: string | unknown): unknown {
  return typeof json === 'string' ? JSON.parse(json) : json;
}
