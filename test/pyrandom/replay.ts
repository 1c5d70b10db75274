// Replays the call scripts of scripts/golden/pyrandom.py --run on our Random and compares each
// result (float bits, exact ints, bytes), each error (class name and message) and the state after.
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { Random, range } from '../../src/pyrandom/index.js';

export type Arg = null | Arg[] | { [k: string]: unknown };
export interface Call { fn: string; args: Arg[]; n?: number; values?: Enc[]; error?: [string, string]; state?: Digest }
export interface Case { name?: string; seed?: { a: Arg; version?: number } | null; state?: unknown; calls: Call[] }
export type Enc = null | Enc[] | { i?: string; f?: string; s?: string; b?: string; bool?: boolean };
export interface Digest { words: string; gauss: Enc }

const OMIT = Symbol('omit');

function floatOf(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setUint32(0, parseInt(hex.slice(0, 8), 16));
  dv.setUint32(4, parseInt(hex.slice(8), 16));
  return dv.getFloat64(0);
}

export function bitsOf(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  return dv.getUint32(0).toString(16).padStart(8, '0') + dv.getUint32(4).toString(16).padStart(8, '0');
}

function bytesOf(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(2 * i, 2), 16);
  return out;
}

/** An encoded argument as the JS value our API takes. */
export function decodeArg(a: Arg): unknown {
  if (a === null) return null;
  if (Array.isArray(a)) return a.map(decodeArg);
  if ('u' in a) return OMIT;
  if ('bool' in a) return a.bool;
  if ('i' in a) {
    const v = BigInt(a.i as string);
    return v >= -BigInt(Number.MAX_SAFE_INTEGER) - 1n && v <= BigInt(Number.MAX_SAFE_INTEGER) + 1n ? Number(v) : v;
  }
  if ('I' in a) return BigInt(a.I as string);
  if ('f' in a) return floatOf(a.f as string);
  if ('s' in a) return a.s;
  if ('b' in a) return bytesOf(a.b as string);
  if ('range' in a) { const r = a.range as number[]; return range(r[0]!, r[1], r[2]); }
  if ('tuple' in a) return (a.tuple as Arg[]).map(decodeArg);
  if ('state' in a) return a.state;
  throw new Error(`bad arg ${JSON.stringify(a)}`);
}

/** Why `got` differs from CPython's encoded `want`, or null when they agree bit for bit. */
export function mismatch(got: unknown, want: Enc): string | null {
  if (want === null) return got === null ? null : `expected None, got ${String(got)}`;
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return `expected a list, got ${String(got)}`;
    if (got.length !== want.length) return `expected length ${want.length}, got ${got.length}`;
    for (let i = 0; i < want.length; i++) {
      const m = mismatch(got[i], want[i]!);
      if (m !== null) return `[${i}] ${m}`;
    }
    return null;
  }
  if (want.i !== undefined) {
    if (typeof got === 'number') {
      if (!Number.isInteger(got)) return `expected int ${want.i}, got ${got}`;
      return BigInt(got).toString() === want.i ? null : `expected ${want.i}, got ${got}`;
    }
    if (typeof got !== 'bigint') return `expected int ${want.i}, got ${typeof got}`;
    return got.toString() === want.i ? null : `expected ${want.i}, got ${got}n`;
  }
  if (want.f !== undefined) {
    if (typeof got !== 'number') return `expected float, got ${typeof got}`;
    const g = bitsOf(got);
    return g === want.f ? null : `expected bits ${want.f}, got ${g} (${got})`;
  }
  if (want.s !== undefined) return got === want.s ? null : `expected ${JSON.stringify(want.s)}, got ${JSON.stringify(got)}`;
  if (want.b !== undefined) {
    if (!(got instanceof Uint8Array)) return 'expected bytes';
    const g = Buffer.from(got).toString('hex');
    return g === want.b ? null : `expected bytes ${want.b}, got ${g}`;
  }
  if (want.bool !== undefined) return got === want.bool ? null : `expected ${want.bool}, got ${String(got)}`;
  throw new Error(`bad encoding ${JSON.stringify(want)}`);
}

/** Asserts that `got` is CPython's `want`, bit for bit. */
export function sameValue(got: unknown, want: Enc, where: string): void {
  const m = mismatch(got, want);
  if (m !== null) expect.fail(`${where}: ${m}`);
}

/** CPython's state digest: sha256 of the 625 state values as little-endian uint32, and gauss_next. */
export function digestOf(r: Random): { words: string; gauss: number | null } {
  const [, words, gauss] = r.getstate();
  const buf = Buffer.alloc(625 * 4);
  words.forEach((w, i) => buf.writeUInt32LE(w, 4 * i));
  return { words: createHash('sha256').update(buf).digest('hex'), gauss };
}

function invoke(r: Random, fn: string, args: Arg[]): unknown {
  const vals = args.map(decodeArg);
  while (vals.length > 0 && vals[vals.length - 1] === OMIT) vals.pop();
  const js = vals.map((v) => (v === OMIT ? undefined : v));
  if (fn === 'shuffle') {
    const x = js[0];
    r.shuffle(x as unknown[]);
    return x;
  }
  const m = (r as unknown as Record<string, (...a: unknown[]) => unknown>)[fn];
  if (typeof m !== 'function') throw new Error(`no method ${fn}`);
  return m.apply(r, js);
}

/** Replays one case; returns the number of values compared. */
export function replayCase(c: Case): number {
  const r = new Random(0);
  if (c.seed) r.seed(decodeArg(c.seed.a) as never, c.seed.version ?? 2);
  if (c.state) r.setstate(c.state);
  let compared = 0;
  c.calls.forEach((call, ci) => {
    const where = `${c.name ?? ''} #${ci} ${call.fn}(${JSON.stringify(call.args)})`;
    const n = call.n ?? 1;
    const want = call.values ?? [];
    let err: unknown = null;
    let i = 0;
    for (; i < n; i++) {
      let got: unknown;
      try {
        got = invoke(r, call.fn, call.args);
      } catch (e) {
        err = e;
        break;
      }
      if (i >= want.length) expect.fail(`${where}: CPython raised at repeat ${i}, we returned ${String(got)}`);
      if (call.fn === 'seed' || call.fn === 'setstate') sameValue(got ?? null, null, where);
      else sameValue(got, want[i]!, `${where} value ${i}`);
      compared++;
    }
    if (call.error) {
      expect(err, `${where}: expected ${call.error[0]}: ${call.error[1]}`).not.toBeNull();
      const e = err as Error;
      expect([e.name, e.message], where).toEqual(call.error);
      expect(i, `${where}: values before the error`).toBe(want.length);
    } else if (err !== null) {
      throw err;
    }
    const d = digestOf(r);
    if (d.words !== call.state!.words) expect.fail(`${where}: state differs after the call`);
    sameValue(d.gauss, call.state!.gauss, `${where}: gauss_next`);
  });
  return compared;
}
