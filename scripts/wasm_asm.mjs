// Shared helpers for the hand-assembled WebAssembly modules (scripts/build_wasm.mjs,
// scripts/build_wasm_math.mjs): LEB128 encodings, instruction snippets as byte arrays, module
// sections, and writing a module as a committed TypeScript byte array.
import { readFileSync, writeFileSync } from 'node:fs';

export function uleb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

export function sleb(v) {
  v = BigInt.asIntN(64, BigInt(v));
  const out = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

export const seq = (...xs) => xs.flat(Infinity);
export const get = (i) => [0x20, ...uleb(i)];
export const set = (i) => [0x21, ...uleb(i)];
export const tee = (i) => [0x22, ...uleb(i)];
export const c64 = (v) => [0x42, ...sleb(v)];
export const c32 = (v) => [0x41, ...sleb(v)];
export const f64c = (x) => [0x44, ...new Uint8Array(new Float64Array([x]).buffer)];
export const load64 = (off) => [0x29, 3, ...uleb(off)];
export const store64 = (off) => [0x37, 3, ...uleb(off)];
export const load32 = (off) => [0x28, 2, ...uleb(off)];
export const store32 = (off) => [0x36, 2, ...uleb(off)];
export const loadF64 = (off) => [0x2b, 3, ...uleb(off)];
export const storeF64 = (off) => [0x39, 3, ...uleb(off)];

export function section(id, payload) {
  return [id, ...uleb(payload.length), ...payload];
}
export function vec(items) {
  return [...uleb(items.length), ...items.flat()];
}
export function name(s) {
  const b = [...Buffer.from(s, 'utf8')];
  return [...uleb(b.length), ...b];
}
/** A code-section entry: local declarations as [count, valtype] runs, then the body. */
export function funcBody(localRuns, code) {
  const locals = vec(localRuns.map(([n, t]) => [...uleb(n), t]));
  const body = [...locals, ...code, 0x0b];
  return [...uleb(body.length), ...body];
}

/**
 * Writes `src` to `target`, or with --check on the command line only compares and exits with
 * status 1 when the committed file differs (`script` names the generator in the message).
 */
export function writeOrCheck(target, src, script, summary) {
  writeOrCheckAll([[target, src, summary]], script);
}

/** writeOrCheck for several [target, src, summary] files: --check passes when all are current. */
export function writeOrCheckAll(files, script) {
  if (process.argv.includes('--check')) {
    const stale = files.filter(([target, src]) => readFileSync(target, 'utf8') !== src).map(([t]) => t);
    console.log(stale.length === 0 ? 'up to date' : `${stale.join(', ')} stale: run node ${script}`);
    process.exit(stale.length === 0 ? 0 : 1);
  }
  for (const [target, src, summary] of files) {
    writeFileSync(target, src);
    console.log(summary);
  }
}

/** The module's bytes as lines of a TypeScript array literal body. */
/** The bytes as base64 string literals joined by +, one indented line per 96 characters. */
export function base64Lines(bytes) {
  const b64 = Buffer.from(Uint8Array.from(bytes)).toString('base64');
  const lines = [];
  for (let i = 0; i < b64.length; i += 96) lines.push(`  '${b64.slice(i, i + 96)}'`);
  return lines.join(' +\n');
}

