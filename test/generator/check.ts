// Checks one recorded numpy call against our Generator: value bit for bit, JS kind, error
// class and message, and the bit generator state afterwards (golden and live tests share it).
import { expect } from 'vitest';
import { Generator } from '../../src/index.js';
import { type Encoded, decodeScalar } from '../helpers/golden.js';
import { type RecordedCall, expectError, expectState, expectValue, flatResult, positional, runCall } from './helpers.js';

const INT_CTOR: Record<string, string> = {
  int64: 'BigInt64Array', uint64: 'BigUint64Array', int32: 'Int32Array', int16: 'Int16Array', int8: 'Int8Array',
  uint32: 'Uint32Array', uint16: 'Uint16Array', uint8: 'Uint8Array', bool: 'Uint8Array',
};

/** The JS kind a result must have under the project's conventions, or null when not pinned. */
function expectedKind(c: RecordedCall, args: unknown[]): { scalar: string; array: string } | null {
  if (c.m === 'integers') {
    const dt = args[3] as string | undefined;
    if (dt === undefined || dt === 'int') return { scalar: 'number', array: 'Float64Array' };
    const name = c.value!.dtype;
    const scalar = name === 'bool' ? 'boolean' : name.endsWith('int64') ? 'bigint' : 'number';
    return { scalar, array: INT_CTOR[name]! };
  }
  if (c.m === 'random') {
    return { scalar: 'number', array: c.value!.dtype === 'float32' ? 'Float32Array' : 'Float64Array' };
  }
  if (c.m === 'choice' && (typeof args[0] === 'number' || typeof args[0] === 'bigint')) {
    const big = typeof args[0] === 'bigint' && (args[0] as bigint) > 2n ** 53n;
    return big ? { scalar: 'bigint', array: 'BigInt64Array' } : { scalar: 'number', array: 'Float64Array' };
  }
  if (c.m === 'permutation' && typeof args[0] === 'number') return { scalar: 'number', array: 'Float64Array' };
  return null;
}

function checkKind(c: RecordedCall, args: unknown[], v: unknown, label: string): void {
  const k = expectedKind(c, args);
  if (!k) return;
  if (ArrayBuffer.isView(v)) {
    expect(v.constructor.name, `${label} array kind`).toBe(k.array);
    expect(Array.isArray((v as { shape?: unknown }).shape), `${label} has shape`).toBe(true);
  } else {
    expect(typeof v, `${label} scalar kind`).toBe(k.scalar);
  }
}

/** A float argument with an integral value: numpy rejects it, JS cannot tell 1.0 from 1. */
function integralFloatArg(c: RecordedCall): boolean {
  const vals = [...c.args, ...Object.values(c.kw)];
  return vals.some((v) => v !== null && typeof v === 'object' && 'float' in v && Number.isInteger(decodeScalar((v as unknown as { float: Encoded }).float)));
}

/**
 * numpy's choice(replace=False) with two negative dimensions whose product fits draws the sample,
 * then fails to reshape; we refuse before drawing (same error, state left unchanged).
 */
function drawsBeforeError(c: RecordedCall): boolean {
  return c.m === 'choice' && c.error?.[1] === 'can only specify one unknown dimension';
}

/** Calls that could not be compared, with the reason (reported by the golden test). */
export const deviations: string[] = [];

/** Returns false when the rest of the case can no longer be compared. */
export function checkCall(g: Generator, c: RecordedCall, label: string): boolean {
  if (c.error && integralFloatArg(c)) {
    deviations.push(`${label}: not run (an integral float argument; JS has no int/float distinction)`);
    return true;
  }
  const args = positional(c);
  let result: unknown, err: unknown;
  try {
    result = runCall(g, c.m, args);
  } catch (e) {
    err = e;
  }
  if (c.error) {
    expectError(err, c.error, label);
  } else {
    if (err) throw err;
    if (c.spawned) {
      const kids = result as Generator[];
      expect(kids.length, `${label} children`).toBe(c.spawned.length);
      kids.forEach((k, i) => {
        expect(k).toBeInstanceOf(Generator);
        expect(Object.is(k.random(), decodeScalar(c.spawned![i]!)), `${label} child ${i} random()`).toBe(true);
        expectState(k.bit_generator, c.states![i]!, `${label} child ${i}`);
      });
    } else if (c.strs) {
      const { values, shape } = flatResult(result);
      expect(shape, `${label} shape`).toEqual(c.shape);
      expect(values.map(String), label).toEqual(c.strs);
    } else {
      expectValue(result, c.value!, label);
      checkKind(c, args, result, label);
    }
  }
  if (drawsBeforeError(c)) {
    deviations.push(`${label}: numpy draws before this error; we throw first, so the later states differ`);
    return false;
  }
  expectState(g.bit_generator, c.state, label);
  return true;
}

