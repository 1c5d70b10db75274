// The .npy header: magic, version, length field, and the Python dict literal numpy writes
// ({'descr': '<f8', 'fortran_order': False, 'shape': (3, 2), }), padded to 64 bytes.
import { ValueError } from '../core/errors.js';
import { utf8Decode, utf8Encode } from './web.js';

export const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const ALIGN = 64;
const GROWTH_DIGITS = 21;
const MAX_HEADER = 10000; // numpy's max_header_size default

export type NpyVersion = '1.0' | '2.0' | '3.0';

export interface Header { descr: string; fortranOrder: boolean; shape: number[]; dataOffset: number; version: NpyVersion }

function pyTupleRepr(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** The header bytes exactly as numpy 2.x's `np.save` writes them. */
export function encodeHeader(descr: string, fortranOrder: boolean, shape: readonly number[], version?: NpyVersion): Uint8Array {
  let text = `{'descr': '${descr}', 'fortran_order': ${fortranOrder ? 'True' : 'False'}, 'shape': ${pyTupleRepr(shape)}, }`;
  if (shape.length > 0) text += ' '.repeat(Math.max(0, GROWTH_DIGITS - String(shape[fortranOrder ? shape.length - 1 : 0]).length));
  const body = utf8Encode(text); // ASCII: the same bytes in latin1 and utf8
  const hlen = body.length + 1;
  // numpy takes the oldest version that fits; with at most 64 axes every header fits in 1.0.
  const v = version ?? '1.0';
  const lenBytes = v === '1.0' ? 2 : 4;
  const total = hlen + ALIGN - ((MAGIC.length + 2 + lenBytes + hlen) % ALIGN);
  const out = new Uint8Array(MAGIC.length + 2 + lenBytes + total);
  out.set(MAGIC, 0);
  out[6] = Number(v[0]);
  out[7] = 0;
  const dv = new DataView(out.buffer);
  if (lenBytes === 2) dv.setUint16(8, total, true);
  else dv.setUint32(8, total, true);
  const start = 8 + lenBytes;
  out.set(body, start);
  out.fill(0x20, start + body.length, out.length - 1);
  out[out.length - 1] = 0x0a;
  return out;
}

function fail(msg: string): never {
  throw new ValueError(msg);
}

/** Reads and checks the magic, version and header dict; throws numpy-style ValueErrors. */
export function decodeHeader(bytes: Uint8Array): Header {
  if (bytes.length < 8) fail(`EOF: reading magic string, expected 8 bytes got ${bytes.length}`);
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC[i]) fail('the magic string is not correct; this is not a .npy file (expected it to start with \\x93NUMPY)');
  }
  const major = bytes[6]!, minor = bytes[7]!;
  if (!((major === 1 || major === 2 || major === 3) && minor === 0)) {
    fail(`we only support format version (1,0), (2,0), and (3,0), not (${major}, ${minor})`);
  }
  const version = `${major}.0` as NpyVersion;
  const lenBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lenBytes) fail(`EOF: reading array header length, expected ${lenBytes} bytes got ${bytes.length - 8}`);
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = lenBytes === 2 ? dv.getUint16(8, true) : dv.getUint32(8, true);
  const start = 8 + lenBytes;
  if (bytes.length < start + hlen) fail(`EOF: reading array header, expected ${hlen} bytes got ${bytes.length - start}`);
  const raw = bytes.subarray(start, start + hlen);
  const text = major === 3 ? utf8Decode(raw, true) : latin1(raw);
  if (text.length > MAX_HEADER) fail(`Header info length (${text.length}) is large and may not be safe to load securely.`);
  const d = parseDict(text);
  const keys = Object.keys(d).sort();
  if (keys.join() !== 'descr,fortran_order,shape') fail(`Header does not contain the correct keys: [${keys.map((k) => `'${k}'`).join(', ')}]`);
  const shape = d.shape;
  if (!Array.isArray(shape) || !shape.every((x) => typeof x === 'number' && x >= 0)) fail(`shape is not valid: ${show(shape)}`);
  if (typeof d.fortran_order !== 'boolean') fail(`fortran_order is not a valid bool: ${show(d.fortran_order)}`);
  if (typeof d.descr !== 'string') {
    fail(`unsupported dtype ${show(d.descr)}: numpy-random/npy reads only simple numeric and bool dtypes (no structured dtypes)`);
  }
  return { descr: d.descr, fortranOrder: d.fortran_order, shape: shape as number[], dataOffset: start + hlen, version };
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

type Lit = string | number | boolean | null | Lit[] | { [k: string]: Lit };

function show(v: unknown): string {
  return JSON.stringify(v) ?? String(v);
}

/**
 * A parser for the Python literals a .npy header can hold: dict, tuple, list, str, int
 * (Python 2's trailing L too), True/False/None. Anything else is a parse error.
 */
function parseDict(text: string): Record<string, Lit> {
  let i = 0;
  const bad = (): never => fail(`Cannot parse header: ${JSON.stringify(text.trim())}`);
  const ws = () => { while (i < text.length && /\s/.test(text[i]!)) i++; };
  const value = (): Lit => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const out: Record<string, Lit> = {};
      for (;;) {
        ws();
        if (text[i] === '}') { i++; return out; }
        const k = value();
        if (typeof k !== 'string') bad();
        ws();
        if (text[i++] !== ':') bad();
        out[k as string] = value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') bad();
      }
    }
    if (c === '(' || c === '[') {
      const close = c === '(' ? ')' : ']';
      i++;
      const out: Lit[] = [];
      let commas = 0;
      for (;;) {
        ws();
        if (text[i] === close) {
          i++;
          if (c === '(' && out.length === 1 && commas === 0) return out[0]!; // (3) is just 3
          return out;
        }
        out.push(value());
        ws();
        if (text[i] === ',') { i++; commas++; } else if (text[i] !== close) bad();
      }
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) bad();
      const s = text.slice(i + 1, end);
      if (s.includes('\\')) bad();
      i = end + 1;
      return s;
    }
    const m = /^(-?\d+)L?|^(True|False|None)\b/.exec(text.slice(i));
    if (!m) return bad();
    i += m[0].length;
    if (m[1] !== undefined) {
      const n = Number(m[1]);
      if (!Number.isSafeInteger(n)) fail(`shape is not valid: dimension ${m[1]} is too large`);
      return n;
    }
    return m[2] === 'True' ? true : m[2] === 'False' ? false : null;
  };
  const d = value();
  ws();
  if (i !== text.length) bad();
  if (d === null || typeof d !== 'object' || Array.isArray(d)) fail(`Header is not a dictionary: ${show(d)}`);
  return d as Record<string, Lit>;
}
