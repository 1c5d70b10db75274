// .npz: a zip archive of .npy members, as np.savez (stored) and np.savez_compressed (deflate)
// write it. Stored members are handled synchronously; deflate uses the platform's
// CompressionStream('deflate-raw') (Node >= 20, current browsers), so no dependency is added.
import { ValueError } from '../core/errors.js';
import { loadNpy, saveNpy } from './index.js';
import type { NpyArray, NpyInput, SaveNpyOptions } from './index.js';
import { deflateStream, pipeThrough, utf8Decode, utf8Encode } from './web.js';

/** Arrays to archive: named (`np.savez(f, x=a)`) or positional (`arr_0`, `arr_1`, ... as numpy names them). */
export type NpzInput = Record<string, NpyInput> | readonly NpyInput[];

let crcTable: Uint32Array | null = null;

function crc32(b: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = crcTable[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Member { name: string; method: 0 | 8; crc: number; size: number; data: Uint8Array }

function entries(arrays: NpzInput): [string, NpyInput][] {
  if (Array.isArray(arrays)) return (arrays as NpyInput[]).map((a, i) => [`arr_${i}`, a]);
  return Object.entries(arrays as Record<string, NpyInput>);
}

function members(arrays: NpzInput, options: SaveNpyOptions): { name: string; npy: Uint8Array }[] {
  return entries(arrays).map(([k, a]) => ({ name: `${k}.npy`, npy: saveNpy(a, options) }));
}

const U32 = 0xffffffff;

function zip(ms: Member[]): Uint8Array {
    const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const m of ms) {
    const name = utf8Encode(m.name);
    if (m.data.length >= U32 || m.size >= U32 || offset >= U32) throw new ValueError('saveNpz: archives over 4 GiB (zip64) are not supported');
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true); // UTF-8 names
    lv.setUint16(8, m.method, true);
    lv.setUint16(10, 0, true); // time 00:00:00
    lv.setUint16(12, 0x21, true); // date 1980-01-01: fixed, so the archive is reproducible
    lv.setUint32(14, m.crc, true);
    lv.setUint32(18, m.data.length, true);
    lv.setUint32(22, m.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const cen = new Uint8Array(46 + name.length);
    const cv = new DataView(cen.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, m.method, true);
    cv.setUint16(12, 0, true);
    cv.setUint16(14, 0x21, true);
    cv.setUint32(16, m.crc, true);
    cv.setUint32(20, m.data.length, true);
    cv.setUint32(24, m.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(38, 0o100644 << 16 >>> 0, true); // external attributes: a regular file, rw-r--r--
    cv.setUint32(42, offset, true);
    cen.set(name, 46);
    parts.push(local, m.data);
    central.push(cen);
    offset += local.length + m.data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, ms.length, true);
  ev.setUint16(10, ms.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + end.length);
  let p = 0;
  for (const part of [...parts, ...central, end]) { out.set(part, p); p += part.length; }
  return out;
}

/**
 * Encodes arrays as an uncompressed `.npz` archive (like `np.savez`); each member is exactly
 * what `saveNpy` writes.
 * @example
 * const bytes = saveNpz({ x: rng.random(5), k: rng.integers(0, 9, 4) });   // np.load(f)['x']
 */
export function saveNpz(arrays: NpzInput, options: SaveNpyOptions = {}): Uint8Array {
  return zip(members(arrays, options).map(({ name, npy }) => ({ name, method: 0, crc: crc32(npy), size: npy.length, data: npy })));
}

function stream(direction: 'compress' | 'decompress') {
  const st = deflateStream(direction);
  if (!st) throw new ValueError("deflate needs CompressionStream('deflate-raw'), which this JavaScript engine does not have");
  return st;
}

/** Like `np.savez_compressed`: deflate-compressed members (async: it uses `CompressionStream`). */
export async function saveNpzCompressed(arrays: NpzInput, options: SaveNpyOptions = {}): Promise<Uint8Array> {
  const ms: Member[] = [];
  for (const { name, npy } of members(arrays, options)) {
    const data = await pipeThrough(npy, stream('compress'));
    ms.push({ name, method: 8, crc: crc32(npy), size: npy.length, data });
  }
  return zip(ms);
}

interface Entry { name: string; method: number; crc: number; csize: number; size: number; start: number }

function readDirectory(bytes: Uint8Array): Entry[] {
  const fail = (why: string): never => { throw new ValueError(`not a valid .npz (zip) file: ${why}`); };
  if (!(bytes instanceof Uint8Array)) throw new TypeError('loadNpz: expected the file contents as a Uint8Array');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) fail('no end-of-central-directory record (wrong magic or truncated)');
  let n = dv.getUint16(eocd + 10, true);
  let cdOff = dv.getUint32(eocd + 16, true);
  if (n === 0xffff || cdOff === U32) {
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== 0x07064b50) fail('zip64 locator missing');
    const z = Number(dv.getBigUint64(loc + 8, true));
    if (z + 56 > bytes.length || dv.getUint32(z, true) !== 0x06064b50) fail('zip64 directory missing');
    n = Number(dv.getBigUint64(z + 32, true));
    cdOff = Number(dv.getBigUint64(z + 48, true));
  }
  const out: Entry[] = [];
  let p = cdOff;
  for (let k = 0; k < n; k++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) fail('central directory truncated');
    const flags = dv.getUint16(p + 8, true);
    if (flags & 1) fail('encrypted members are not supported');
    const method = dv.getUint16(p + 10, true);
    const crc = dv.getUint32(p + 16, true);
    let csize = dv.getUint32(p + 20, true), size = dv.getUint32(p + 24, true);
    const nl = dv.getUint16(p + 28, true), xl = dv.getUint16(p + 30, true), cl = dv.getUint16(p + 32, true);
    let lho = dv.getUint32(p + 42, true);
    const name = utf8Decode(bytes.subarray(p + 46, p + 46 + nl));
    // zip64 extra field (id 1): the 64-bit values of whichever fields are saturated, in order.
    for (let x = p + 46 + nl; x + 4 <= p + 46 + nl + xl;) {
      const id = dv.getUint16(x, true), len = dv.getUint16(x + 2, true);
      if (id === 1) {
        let q = x + 4;
        if (size === U32) { size = Number(dv.getBigUint64(q, true)); q += 8; }
        if (csize === U32) { csize = Number(dv.getBigUint64(q, true)); q += 8; }
        if (lho === U32) { lho = Number(dv.getBigUint64(q, true)); }
      }
      x += 4 + len;
    }
    if (lho + 30 > bytes.length || dv.getUint32(lho, true) !== 0x04034b50) fail(`local header of '${name}' missing`);
    const start = lho + 30 + dv.getUint16(lho + 26, true) + dv.getUint16(lho + 28, true);
    if (start + csize > bytes.length) fail(`member '${name}' truncated`);
    out.push({ name, method, crc, csize, size, start });
    p += 46 + nl + xl + cl;
  }
  return out;
}

function finish(e: Entry, npy: Uint8Array): NpyArray {
  if (npy.length !== e.size || crc32(npy) !== e.crc) throw new ValueError(`not a valid .npz (zip) file: member '${e.name}' fails its CRC-32 check`);
  return loadNpy(npy);
}

function keyOf(name: string): string {
  return name.endsWith('.npy') ? name.slice(0, -4) : name;
}

/**
 * Decodes an uncompressed `.npz` archive (`np.savez`) into `{ name: array }` (names without
 * `.npy`, as numpy's `NpzFile` keys them). A compressed member throws: use {@link loadNpz}.
 */
export function loadNpzSync(bytes: Uint8Array): Record<string, NpyArray> {
  const out: Record<string, NpyArray> = {};
  for (const e of readDirectory(bytes)) {
    if (e.method !== 0) throw new ValueError(`member '${e.name}' is compressed (method ${e.method}): use the async loadNpz`);
    out[keyOf(e.name)] = finish(e, bytes.subarray(e.start, e.start + e.csize));
  }
  return out;
}

/** Decodes a `.npz` archive, stored (`np.savez`) or deflated (`np.savez_compressed`). */
export async function loadNpz(bytes: Uint8Array): Promise<Record<string, NpyArray>> {
  const out: Record<string, NpyArray> = {};
  for (const e of readDirectory(bytes)) {
    const raw = bytes.subarray(e.start, e.start + e.csize);
    if (e.method === 0) out[keyOf(e.name)] = finish(e, raw);
    else if (e.method === 8) {
      let npy: Uint8Array;
      try {
        npy = await pipeThrough(raw.slice(), stream('decompress'));
      } catch (err) {
        throw new ValueError(`not a valid .npz (zip) file: member '${e.name}' does not inflate (${String(err)})`);
      }
      out[keyOf(e.name)] = finish(e, npy);
    } else throw new ValueError(`member '${e.name}' uses zip compression method ${e.method}; only stored (0) and deflate (8) are supported`);
  }
  return out;
}
