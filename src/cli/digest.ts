// Per-call digests: SHA-256 over each encoded part ("dtype|shape|" then the bytes), the result
// first, then the probe draws. Web Crypto, so it runs the same on every engine.
import { encodeResult } from './encode.js';
import type { Encoded } from './encode.js';
import { numpyDtype, probe, runCall } from './calls.js';
import type { CallSpec } from './calls.js';

export function frame(parts: Encoded[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const enc = new (globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }).TextEncoder();
  for (const p of parts) {
    chunks.push(enc.encode(`${p.dtype}|${p.shape.join(',')}|`), p.bytes);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let k = 0;
  for (const c of chunks) { out.set(c, k); k += c.length; }
  return out;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as unknown as { crypto: { subtle: { digest(a: string, d: Uint8Array): Promise<ArrayBuffer> } } }).crypto.subtle;
  const h = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Runs a described call and returns the encoded result and the probe draws after it. */
export function callParts(spec: CallSpec): Encoded[] {
  const { result, target } = runCall(spec);
  const parts = [encodeResult(result, numpyDtype(spec))];
  for (const p of probe(spec, target)) parts.push(encodeResult(p, spec.api === 'bitgen' ? 'uint64' : 'float64'));
  return parts;
}

export async function callDigest(spec: CallSpec): Promise<string> {
  return sha256Hex(frame(callParts(spec)));
}
