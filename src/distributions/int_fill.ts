// Bulk fills of numpy's bounded integers (random_bounded_*_fill) for scalar bounds: 32-bit words
// or 64-bit pairs are drawn a block at a time and unpacked in local loops, giving exactly the
// values and the generator state of numpy's one-at-a-time draws.
//
// Never over-drawing: each value takes at least one candidate, and the blocks asked for are never
// larger than the candidates the missing values need at least. numpy's 8/16-bit and bool buffer
// lives for one call, so candidates left in the last word are dropped, as numpy drops them.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { kernels } from '../bitgen/kernels.js';
import type { Lemire16 } from '../bitgen/kernels/types.js';
import { genMask32, mul64, prod128 } from './bounded.js';

const CHUNK = 2048;
/** Below this many values the block loops here beat a fused kernel's state copies (measured). */
const FUSED_MIN = 64;
/** One scratch block for every fill: fills never re-enter each other. */
const words = new Uint32Array(2 * CHUNK);


/** numpy's buffered bool fill: rng 0 gives off; else each bit of each word, LSB first. */
export function fillBool(bg: BitGenerator, out: Uint8Array, n: number, off: number, rng: number): void {
  if (rng === 0) { out.fill(off, 0, n); return; }
  let i = 0;
  while (i < n) {
    const k = Math.min(CHUNK, (n - i + 31) >>> 5);
    bg.fill_uint32(words, 0, k);
    for (let j = 0; j < k; j++) {
      const x = words[j]!;
      if (i + 32 <= n) {
        // a whole word: a fixed trip count, four bits an iteration (3x the speed of a bit a turn)
        for (let b = 0; b < 32; b += 4) {
          out[i + b] = (x >>> b) & 1;
          out[i + b + 1] = (x >>> (b + 1)) & 1;
          out[i + b + 2] = (x >>> (b + 2)) & 1;
          out[i + b + 3] = (x >>> (b + 3)) & 1;
        }
        i += 32;
      } else {
        for (let b = 0; i < n; b++) out[i++] = (x >>> b) & 1;
      }
    }
  }
}

/**
 * numpy's buffered 8-bit fill on [off, off + rng] (rng <= 0xff): four candidates per word, low
 * byte first; masked rejection or Lemire (accept when the low byte of c * (rng + 1) reaches
 * numpy's threshold, which is below rng + 1).
 */
export function fill8(bg: BitGenerator, out: Uint8Array, n: number, off: number, rng: number, masked: boolean): void {
  if (rng === 0) { out.fill(off, 0, n); return; }
  const mask = genMask32(rng), excl = rng + 1;
  const threshold = rng === 0xff ? 0 : (0xff - rng) % excl;
  let i = 0;
  while (i < n) {
    const k = Math.min(CHUNK, (n - i + 3) >>> 2);
    bg.fill_uint32(words, 0, k);
    if (masked || rng === 0xff) {
      for (let j = 0; j < k && i < n; j++) {
        let x = words[j]!;
        for (let b = 0; b < 4 && i < n; b++, x >>>= 8) {
          const v = x & mask;
          if (v <= rng) out[i++] = off + v;
        }
      }
    } else {
      for (let j = 0; j < k && i < n; j++) {
        let x = words[j]!;
        for (let b = 0; b < 4 && i < n; b++, x >>>= 8) {
          const m = (x & 0xff) * excl;
          if ((m & 0xff) >= threshold) out[i++] = off + (m >>> 8);
        }
      }
    }
  }
}

/** numpy's buffered 16-bit fill (rng <= 0xffff): two candidates per word, low half first. */
export function fill16(bg: BitGenerator, out: Uint16Array, n: number, off: number, rng: number, masked: boolean): void {
  if (rng === 0) { out.fill(off, 0, n); return; }
  const mask = genMask32(rng), excl = rng + 1;
  const threshold = rng === 0xffff ? 0 : (0xffff - rng) % excl;
  const wasm = kernels().lemire16;
  if (!masked && rng !== 0xffff && n >= FUSED_MIN && wasm !== null) { lemire16Wasm(bg, wasm, out, n, off, excl, threshold); return; }
  let i = 0;
  while (i < n) {
    const k = Math.min(CHUNK, (n - i + 1) >>> 1);
    bg.fill_uint32(words, 0, k);
    if (masked || rng === 0xffff) {
      for (let j = 0; j < k && i < n; j++) {
        const x = words[j]!;
        const a = x & mask;
        if (a <= rng) out[i++] = off + a;
        if (i === n) break;
        const b = (x >>> 16) & mask;
        if (b <= rng) out[i++] = off + b;
      }
    } else {
      for (let j = 0; j < k && i < n; j++) {
        const x = words[j]!;
        // (imul: the product can pass 2^31, and only its bits are read)
        const ma = Math.imul(x & 0xffff, excl);
        if ((ma & 0xffff) >= threshold) out[i++] = off + (ma >>> 16);
        if (i === n) break;
        const mb = Math.imul(x >>> 16, excl);
        if ((mb & 0xffff) >= threshold) out[i++] = off + (mb >>> 16);
      }
    }
  }
}

/**
 * fill16's Lemire loop in WebAssembly, the words drawn straight into the module's memory:
 * Generator integers(0, 1000) int16 2.68 -> 1.91 ns per value.
 */
function lemire16Wasm(bg: BitGenerator, wasm: Lemire16, out: Uint16Array, n: number, off: number, excl: number, threshold: number): void {
  const cap = wasm.words.length;
  let i = 0;
  while (i < n) {
    const k = Math.min(cap, (n - i + 1) >>> 1);
    bg.fill_uint32(wasm.words, 0, k);
    const m = wasm.run(k, n - i, excl, threshold, off);
    out.set(wasm.halves.subarray(0, m), i);
    i += m;
  }
}

/**
 * numpy's random_bounded_uint64_fill for a range of more than 32 bits (rng > 0xffffffff), as
 * 64-bit words (lo, hi) of off + value into `w` (a BigInt64Array's or BigUint64Array's words), or
 * as exact JS numbers into `f` (the default dtype, whose values checkExact kept within 2^53).
 */
export function fill64(
  bg: BitGenerator, w: Uint32Array | null, f: Float64Array | null, n: number,
  offHi: number, offLo: number, rHi: number, rLo: number, masked: boolean,
): void {
  const full = rHi === 0xffffffff && rLo === 0xffffffff;
  const maskHi = full ? 0xffffffff : genMask32(rHi);
  // Lemire's numpy threshold (2^64 - 1 - rng) % (rng + 1), once per call
  const rng = (BigInt(rHi) << 32n) | BigInt(rLo);
  const t = full ? 0n : (0xffffffffffffffffn - rng) % (rng + 1n);
  const thrHi = Number(t >> 32n), thrLo = Number(t & 0xffffffffn);
  const eLo = (rLo + 1) >>> 0, eHi = eLo === 0 ? rHi + 1 : rHi;
  // the fused kernels take the full range as a mask that accepts everything
  if (n >= FUSED_MIN && (masked || full
    ? bg.fusedBounded64(w ?? f!, w !== null ? 2 : 0, n, true, maskHi, 0xffffffff, rHi, rLo, offHi, offLo)
    : bg.fusedBounded64(w ?? f!, w !== null ? 2 : 0, n, false, eHi, eLo, thrHi, thrLo, offHi, offLo))) return;
  const lemire64 = kernels().lemire64;
  let i = 0;
  while (i < n) {
    const k = Math.min(CHUNK, n - i);
    bg.fill_uint64(words, 0, k);
    if (w !== null && (masked || full)) { i = maskedInto(k, maskHi, rHi, rLo, w, i, offHi, offLo); continue; }
    // the values (lo, hi) land in `words` in place, packed to the front; m of them accepted
    const m = full ? k : masked ? maskedBlock(k, maskHi, rHi, rLo)
      : lemire64 !== null ? lemire64(words, k, eHi, eLo, thrHi, thrLo) : lemireBlock(k, rHi, rLo, thrHi, thrLo);
    if (w !== null) {
      for (let j = 0; j < m; j++, i++) {
        const lo = offLo + words[2 * j]!;
        w[2 * i] = lo;
        w[2 * i + 1] = offHi + words[2 * j + 1]! + (lo > 0xffffffff ? 1 : 0);
      }
    } else {
      for (let j = 0; j < m; j++, i++) {
        const lo = offLo + words[2 * j]!;
        const hi = offHi + words[2 * j + 1]! + (lo > 0xffffffff ? 1 : 0);
        // the wrapped 64-bit sum as a signed value: exact, as the result lies within +-2^53
        f![i] = (hi | 0) * 4294967296 + (lo >>> 0);
      }
    }
  }
}

/**
 * Masked rejection over the k pairs in `words` (a full mask accepts all), off + each accepted
 * value written straight to w's 64-bit words from value i on; the next i. (One pass instead of
 * maskedBlock's packing and a copy: RandomState randint(0, 2**40) 6.0 -> 5.0 ns per value, A/B.)
 */
function maskedInto(k: number, maskHi: number, rHi: number, rLo: number, w: Uint32Array, i: number, offHi: number, offLo: number): number {
  for (let j = 0; j < 2 * k; j += 2) {
    const vHi = (words[j + 1]! & maskHi) >>> 0, vLo = words[j]!;
    if (vHi < rHi || (vHi === rHi && vLo <= rLo)) {
      const lo = offLo + vLo;
      w[2 * i] = lo;
      w[2 * i + 1] = offHi + vHi + (lo > 0xffffffff ? 1 : 0);
      i++;
    }
  }
  return i;
}

/** Masked rejection over the k pairs in `words`: accepted values packed to the front. */
function maskedBlock(k: number, maskHi: number, rHi: number, rLo: number): number {
  let m = 0;
  for (let j = 0; j < 2 * k; j += 2) {
    const vHi = (words[j + 1]! & maskHi) >>> 0, vLo = words[j]!;
    if (vHi < rHi || (vHi === rHi && vLo <= rLo)) {
      words[2 * m] = vLo;
      words[2 * m + 1] = vHi;
      m++;
    }
  }
  return m;
}

/**
 * Lemire over the k pairs in `words`: the 128-bit product x * (rng + 1) in 32-bit limbs, its top
 * 64 bits the value, rejected when the low 64 bits fall below numpy's threshold.
 */
function lemireBlock(k: number, rHi: number, rLo: number, thrHi: number, thrLo: number): number {
  const eLo = (rLo + 1) >>> 0, eHi = eLo === 0 ? rHi + 1 : rHi;
  let m = 0;
  for (let j = 0; j < 2 * k; j += 2) {
    mul64(words[j + 1]!, words[j]!, eHi, eLo);
    const limb1 = prod128.l1;
    if (limb1 < thrHi || (limb1 === thrHi && prod128.l0 < thrLo)) continue;
    words[2 * m] = prod128.l2;
    words[2 * m + 1] = prod128.l3;
    m++;
  }
  return m;
}

/**
 * 64-bit words (lo, hi) of off + v[i] for values v[i] in [0, 2^32) already drawn (numpy draws
 * 32-bit values for 64-bit dtypes whose range fits 32 bits).
 */
export function widen64(v: Uint32Array, w: Uint32Array, n: number, offHi: number, offLo: number): void {
  for (let i = 0; i < n; i++) {
    const lo = offLo + v[i]!;
    w[2 * i] = lo;
    w[2 * i + 1] = offHi + (lo > 0xffffffff ? 1 : 0);
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** The first `len` bytes of nWords next_uint32 draws, each little-endian (numpy's bytes). */
export function randomBytes(bg: BitGenerator, nWords: number, len: number): Uint8Array {
  const u = new Uint32Array(nWords);
  bg.fill_uint32(u, 0, nWords);
  if (!LITTLE_ENDIAN) {
    const view = new DataView(u.buffer);
    for (let i = 0; i < nWords; i++) view.setUint32(4 * i, u[i]!, true);
  }
  return new Uint8Array(u.buffer, 0, Math.min(len, 4 * nWords));
}
