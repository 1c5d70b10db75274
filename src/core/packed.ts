// Tables and WebAssembly modules ship as base64 text instead of decimal literals: a third of the
// bundle bytes, decoded once at module load. Wide tables are stored byte-plane by byte-plane
// (all first bytes, then all second bytes, ...), which gzip compresses better than interleaved
// words. The words are little-endian, as every host this library runs on is (src/math/bits.ts).
// scripts/pack_tables.mjs and the wasm build scripts write the strings.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let i = 0; i < 64; i++) t[ALPHABET.charCodeAt(i)] = i;
  return t;
})();

/** The bytes of unpadded or padded standard base64. */
export function fromBase64(s: string): Uint8Array {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--; // '='
  const out = new Uint8Array((end * 3) >> 2);
  let acc = 0, bits = 0, j = 0;
  for (let i = 0; i < end; i++) {
    acc = (acc << 6) | DECODE[s.charCodeAt(i)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >>> bits) & 255;
    }
  }
  return out;
}

/** Undoes the byte-plane split of `width`-byte words. */
function interleave(planes: Uint8Array, width: number): ArrayBuffer {
  const n = planes.length / width;
  const out = new Uint8Array(planes.length);
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < n; i++) out[i * width + b] = planes[b * n + i]!;
  }
  return out.buffer;
}

export const unpackF64 = (s: string): Float64Array => new Float64Array(interleave(fromBase64(s), 8));
export const unpackF32 = (s: string): Float32Array => new Float32Array(interleave(fromBase64(s), 4));
export const unpackU32 = (s: string): Uint32Array => new Uint32Array(interleave(fromBase64(s), 4));
