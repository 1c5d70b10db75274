// The JSON form of numpy states: the shape of Python's json.dumps(bg.state) once every integer is
// written as a decimal string and every ndarray as a list of them (64/128-bit values survive).
import { ValueError } from '../core/errors.js';

const DECIMAL = /^(0|[1-9][0-9]*)$/;

/** A numpy-style state (bigints, numbers, typed arrays) as its JSON form. */
export function stateToJSONValue(x: unknown): unknown {
  if (typeof x === 'bigint') return x.toString();
  if (typeof x === 'number') return Number.isInteger(x) ? String(x) : x;
  if (ArrayBuffer.isView(x) && !(x instanceof DataView)) {
    return Array.from(x as unknown as ArrayLike<number | bigint>, (v) => String(v));
  }
  if (Array.isArray(x)) return x.map(stateToJSONValue);
  if (typeof x === 'object' && x !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = stateToJSONValue(v);
    return out;
  }
  return x;
}

/**
 * The JSON form (text or parsed) back to a numpy-style state: decimal strings become bigints
 * (anything else in a numeric position is rejected), `bit_generator` stays a string.
 */
export function stateFromJSONValue(json: unknown): unknown {
  const root = typeof json === 'string' ? parseJSON(json) : json;
  return convert(root, 'state');
}

function parseJSON(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ValueError(`state JSON does not parse: ${(e as Error).message}`);
  }
}

function convert(x: unknown, path: string): unknown {
  if (typeof x === 'string') {
    if (!DECIMAL.test(x)) throw new ValueError(`${path} must be a decimal integer string, got ${JSON.stringify(x)}`);
    return BigInt(x);
  }
  if (typeof x === 'number') {
    if (!Number.isSafeInteger(x) || x < 0) throw new ValueError(`${path} must be a non-negative integer, got ${x}`);
    return BigInt(x);
  }
  if (Array.isArray(x)) return x.map((v, i) => convert(v, `${path}[${i}]`));
  if (typeof x === 'object' && x !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = k === 'bit_generator' ? v : convert(v, `${path}['${k}']`);
    return out;
  }
  if (typeof x === 'boolean' || x === null) return x;
  throw new ValueError(`${path} has an unsupported JSON value`);
}
