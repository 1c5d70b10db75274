// numpy's bounded integer samplers (distributions.c): masked rejection (RandomState) and
// Lemire's multiply-shift (Generator), on 32-bit halves so no draw needs BigInt.
import type { BitGenerator } from '../bitgen/bit_generator.js';
import { isMT19937 } from '../core/brands.js';

/** Smallest 2^k - 1 >= x, for x < 2^32. */
export function genMask32(x: number): number {
  let m = x >>> 0;
  m |= m >>> 1; m |= m >>> 2; m |= m >>> 4; m |= m >>> 8; m |= m >>> 16;
  return m >>> 0;
}

/** High 32 bits of the 64-bit product of two uint32. */
export function umulhi32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) >>> 0;
}

/** The call-local 32-bit buffer numpy's 8/16-bit and bool samplers share within one call. */
export interface IntBuffer { buf: number; bcnt: number }
export const newIntBuffer = (): IntBuffer => ({ buf: 0, bcnt: 0 });

function bufferedU16(bg: BitGenerator, b: IntBuffer): number {
  if (b.bcnt === 0) { b.buf = bg.next_uint32(); b.bcnt = 1; } else { b.buf >>>= 16; b.bcnt -= 1; }
  return b.buf & 0xffff;
}

function bufferedU8(bg: BitGenerator, b: IntBuffer): number {
  if (b.bcnt === 0) { b.buf = bg.next_uint32(); b.bcnt = 3; } else { b.buf >>>= 8; b.bcnt -= 1; }
  return b.buf & 0xff;
}

/** One bool: rng 0 gives off; else one bit of the buffer, LSB first. */
export function boundedBool(bg: BitGenerator, off: number, rng: number, b: IntBuffer): number {
  if (rng === 0) return off;
  if (b.bcnt === 0) { b.buf = bg.next_uint32(); b.bcnt = 31; } else { b.buf >>>= 1; b.bcnt -= 1; }
  return b.buf & 1;
}

/** A value in [0, rng] for 0 < rng < 2^32 - 1 from next_uint32 (masked or Lemire). */
export function bounded32(bg: BitGenerator, rng: number, mask: number, masked: boolean): number {
  if (masked) {
    let v: number;
    while ((v = (bg.next_uint32() & mask) >>> 0) > rng);
    return v;
  }
  const excl = rng + 1;
  let x = bg.next_uint32();
  let lo = Math.imul(x, excl) >>> 0;
  if (lo < excl) {
    const threshold = (0xffffffff - rng) % excl;
    while (lo < threshold) {
      x = bg.next_uint32();
      lo = Math.imul(x, excl) >>> 0;
    }
  }
  return umulhi32(x, excl);
}

/** A value in [0, rng] for 0 < rng < 0xffff from the 16-bit buffer. */
export function bounded16(bg: BitGenerator, rng: number, mask: number, masked: boolean, b: IntBuffer): number {
  if (masked) {
    let v: number;
    while ((v = bufferedU16(bg, b) & mask) > rng);
    return v;
  }
  const excl = rng + 1;
  let m = bufferedU16(bg, b) * excl;
  if ((m & 0xffff) < excl) {
    const threshold = (0xffff - rng) % excl;
    while ((m & 0xffff) < threshold) m = bufferedU16(bg, b) * excl;
  }
  return m >>> 16;
}

/** A value in [0, rng] for 0 < rng < 0xff from the 8-bit buffer. */
export function bounded8(bg: BitGenerator, rng: number, mask: number, masked: boolean, b: IntBuffer): number {
  if (masked) {
    let v: number;
    while ((v = bufferedU8(bg, b) & mask) > rng);
    return v;
  }
  const excl = rng + 1;
  let m = bufferedU8(bg, b) * excl;
  if ((m & 0xff) < excl) {
    const threshold = (0xff - rng) % excl;
    while ((m & 0xff) < threshold) m = bufferedU8(bg, b) * excl;
  }
  return (m >>> 8) & 0xff;
}

/** numpy's random_buffered_bounded_uint{8,16,32}: rng 0 and full range included. */
export function boundedSmall(bg: BitGenerator, bits: 8 | 16 | 32, rng: number, mask: number, masked: boolean, b: IntBuffer): number {
  if (rng === 0) return 0;
  if (bits === 32) return rng === 0xffffffff ? bg.next_uint32() : bounded32(bg, rng, mask, masked);
  if (bits === 16) return rng === 0xffff ? bufferedU16(bg, b) : bounded16(bg, rng, mask, masked, b);
  return rng === 0xff ? bufferedU8(bg, b) : bounded8(bg, rng, mask, masked, b);
}

/** A 64-bit range [0, rng] split into halves, with its mask; built once per call. */
export interface Range64 {
  hi: number; lo: number;
  maskHi: number; maskLo: number;
  /** (2^64 - 1 - rng) % (rng + 1) as halves; computed on first need (rare). */
  thrHi: number; thrLo: number; thrReady: boolean;
}

export function range64(rng: bigint): Range64 {
  const hi = Number(rng >> 32n), lo = Number(rng & 0xffffffffn);
  const maskHi = genMask32(hi);
  const maskLo = hi !== 0 ? 0xffffffff : genMask32(lo);
  return { hi, lo, maskHi, maskLo, thrHi: 0, thrLo: 0, thrReady: false };
}

/** The draw result of bounded64: halves of a value in [0, rng]. */
export const out64 = { hi: 0, lo: 0 };

const lt64 = (ah: number, al: number, bh: number, bl: number): boolean => ah < bh || (ah === bh && al < bl);

/**
 * numpy's random_bounded_uint64 without the offset: leaves the value in out64.
 * Ranges that fit 32 bits draw 32-bit values, as numpy does.
 */
export function bounded64(bg: BitGenerator, r: Range64, masked: boolean): void {
  if (r.hi === 0) {
    out64.hi = 0;
    out64.lo = r.lo === 0 ? 0 : r.lo === 0xffffffff ? bg.next_uint32() : bounded32(bg, r.lo, r.maskLo, masked);
    return;
  }
  if (r.hi === 0xffffffff && r.lo === 0xffffffff) {
    bg.next_uint64();
    out64.hi = bg.hi; out64.lo = bg.lo;
    return;
  }
  if (masked) {
    let h: number, l: number;
    do {
      bg.next_uint64();
      h = (bg.hi & r.maskHi) >>> 0;
      l = (bg.lo & r.maskLo) >>> 0;
    } while (lt64(r.hi, r.lo, h, l));
    out64.hi = h; out64.lo = l;
    return;
  }
  lemire64(bg, r);
}

/** The 128-bit product of mul64's operands as four 32-bit limbs, l3 the highest. */
export const prod128 = { l3: 0, l2: 0, l1: 0, l0: 0 };

/** (xh:xl) * (eh:el), both uint64 as 32-bit halves, into prod128. */
export function mul64(xh: number, xl: number, eh: number, el: number): void {
  const llHi = umulhi32(xl, el);
  const lhLo = Math.imul(xl, eh) >>> 0, lhHi = umulhi32(xl, eh);
  const hlLo = Math.imul(xh, el) >>> 0, hlHi = umulhi32(xh, el);
  const hhLo = Math.imul(xh, eh) >>> 0, hhHi = umulhi32(xh, eh);
  const s1 = llHi + lhLo + hlLo;
  const s2 = lhHi + hlHi + hhLo + Math.floor(s1 / 4294967296);
  prod128.l0 = Math.imul(xl, el) >>> 0;
  prod128.l1 = s1 >>> 0;
  prod128.l2 = s2 >>> 0;
  prod128.l3 = (hhHi + Math.floor(s2 / 4294967296)) >>> 0;
}

/** Lemire on 64 bits: the 128-bit product x * (rng+1), kept as four 32-bit limbs. */
function lemire64(bg: BitGenerator, r: Range64): void {
  // rng + 1 with carry (rng < 2^64 - 1 here, so no overflow out of 64 bits)
  const eLo = (r.lo + 1) >>> 0;
  const eHi = eLo === 0 ? r.hi + 1 : r.hi;
  for (;;) {
    bg.next_uint64();
    const xh = bg.hi, xl = bg.lo;
    mul64(xh, xl, eHi, eLo);
    const limb1 = prod128.l1, llLo = prod128.l0, limb2 = prod128.l2, limb3 = prod128.l3;
    // leftover = low 64 bits (limb1:llLo)
    if (lt64(limb1, llLo, eHi, eLo)) {
      if (!r.thrReady) {
        const rng = (BigInt(r.hi) << 32n) | BigInt(r.lo);
        const t = (0xffffffffffffffffn - rng) % (rng + 1n);
        r.thrHi = Number(t >> 32n); r.thrLo = Number(t & 0xffffffffn); r.thrReady = true;
      }
      if (lt64(limb1, llLo, r.thrHi, r.thrLo)) continue;
    }
    out64.hi = limb3; out64.lo = limb2;
    return;
  }
}

/** numpy's random_interval: a value in [0, max] by masked rejection (max < 2^53). */
export function randomInterval(bg: BitGenerator, max: number): number {
  if (max === 0) return 0;
  if (max <= 0xffffffff) {
    const mask = genMask32(max);
    let v: number;
    while ((v = (bg.next_uint32() & mask) >>> 0) > max);
    return v;
  }
  const hi = Math.floor(max / 4294967296), lo = max >>> 0;
  const mh = genMask32(hi);
  let h: number, l: number;
  do {
    bg.next_uint64();
    h = (bg.hi & mh) >>> 0;
    l = bg.lo;
  } while (lt64(hi, lo, h, l));
  return h * 4294967296 + l;
}

const CHUNK = 4096;
/** fillBounded32's word block (it never re-enters itself). */
const SCRATCH32 = new Uint32Array(CHUNK);
/** Ranges up to 2^21 values: a uint32 times the range stays below 2^53. */
const SMALL_EXCL = 0x200000;
/** Below this many values the word loop here beats MT19937's fused kernel's state copies. */
const FUSED_MIN = 128;
/** The same for the 64-bit generators' fused kernels (measured: faster from 64 values on). */
const FUSED_MIN_BLOCK = 64;
const TWO_M32 = 2.3283064365386963e-10;

/** MT19937's fused filters' parameters (MtKernel.bounded): mask and rng, or excl and Lemire's threshold. */
const fusedA = (rng: number, masked: boolean): number => (masked ? genMask32(rng) : rng + 1);
const fusedB = (rng: number, masked: boolean): number => (masked ? rng : (0xffffffff - rng) % (rng + 1));

/** fillBounded32's values before the offset (for outputs other than a plain Uint32Array). */
const VALS32 = new Uint32Array(CHUNK);

/**
 * out[i] = off + (a value in [0, rng]) for i < n, with 0 < rng < 2^32 - 1, drawing 32-bit words
 * in bulk. Each word is either accepted or rejected on its own (masked and Lemire alike), so
 * asking the generator for as many words as values are still missing never over-draws.
 */
export function fillBounded32(
  bg: BitGenerator, out: Float64Array | Int32Array | Uint32Array, n: number, off: number, rng: number, masked: boolean,
): void {
  if (n >= FUSED_MIN_BLOCK && fusedFill32(bg, out, n, off, rng, masked)) return;
  if (out instanceof Uint32Array && off === 0) {
    drawBounded32(bg, out, n, rng, masked);
    return;
  }
  // values into a Uint32Array block, then one store loop per output type (each monomorphic)
  for (let i = 0; i < n; i += CHUNK) {
    const k = Math.min(CHUNK, n - i);
    drawBounded32(bg, VALS32, k, rng, masked);
    if (out instanceof Float64Array) for (let j = 0; j < k; j++) out[i + j] = off + VALS32[j]!;
    else if (out instanceof Int32Array) for (let j = 0; j < k; j++) out[i + j] = off + VALS32[j]!;
    else for (let j = 0; j < k; j++) out[i + j] = off + VALS32[j]!;
  }
}

/**
 * w[0, 2n) = n int64 words (lo, hi) of off + numpy's bounded 32-bit draws (0 < rng < 2^32 - 1),
 * off given as its two's-complement halves, by a 64-bit generator's fused kernel; false, with nothing
 * drawn, where there is none (the caller then widens 32-bit values itself).
 */
export function fusedFill32Wide(
  bg: BitGenerator, w: Uint32Array, n: number, offHi: number, offLo: number, rng: number, masked: boolean,
): boolean {
  return n >= FUSED_MIN_BLOCK && bg.fusedBounded32(w, 2, n, masked, fusedA(rng, masked), fusedB(rng, masked), offHi, offLo);
}

/** fillBounded32 by the generator's fused kernel (MT19937's float64 one, or a 64-bit generator's), or false. */
function fusedFill32(
  bg: BitGenerator, out: Float64Array | Int32Array | Uint32Array, n: number, off: number, rng: number, masked: boolean,
): boolean {
  const a = fusedA(rng, masked), b = fusedB(rng, masked);
  if (out instanceof Float64Array) {
    if (isMT19937(bg)) return n >= FUSED_MIN && bg.fillBounded32F64(out, n, off, masked, a, b);
    return bg.fusedBounded32(out, 0, n, masked, a, b, Math.floor(off / 4294967296), off >>> 0);
  }
  // int32 values are the same words as uint32 ones
  const u = out instanceof Uint32Array ? out : new Uint32Array(out.buffer, out.byteOffset, n);
  return bg.fusedBounded32(u, 1, n, masked, a, b, 0, off >>> 0);
}

/** out[0, n) = values in [0, rng] (0 < rng < 2^32 - 1), masked or Lemire, from word blocks. */
function drawBounded32(bg: BitGenerator, out: Uint32Array, n: number, rng: number, masked: boolean): void {
  const words = SCRATCH32;
  const mask = genMask32(rng);
  const excl = rng + 1;
  const threshold = (0xffffffff - rng) % excl;
  // MT19937's fused kernel filters the words where they are tempered
  if (n >= FUSED_MIN && isMT19937(bg) && bg.fillBounded32(out, n, masked, fusedA(rng, masked), fusedB(rng, masked))) return;
  let i = 0;
  while (i < n) {
    const k = Math.min(n - i, CHUNK);
    bg.fill_uint32(words, 0, k);
    if (masked) {
      for (let j = 0; j < k; j++) {
        const v = (words[j]! & mask) >>> 0;
        if (v <= rng) out[i++] = v;
      }
    } else if (excl <= SMALL_EXCL) {
      // x * excl < 2^53 is exact in a double, so its high half is (x * excl - low half) / 2^32;
      // a rejected word's value is overwritten by the next one (i < n holds at every store)
      for (let j = 0; j < k; j++) {
        const x = words[j]!;
        const lo = Math.imul(x, excl) >>> 0;
        out[i] = (x * excl - lo) * TWO_M32;
        i += lo >= threshold ? 1 : 0;
      }
    } else {
      for (let j = 0; j < k; j++) {
        const x = words[j]!;
        if ((Math.imul(x, excl) >>> 0) >= threshold) out[i++] = umulhi32(x, excl);
      }
    }
  }
}

const RUN_WORDS = new Uint32Array(CHUNK);

/**
 * j[q] = a value in [0, top - q] for q < count, as count successive draws of numpy's
 * random_interval (masked: RandomState and the shuffles) or of random_bounded_uint64's Lemire
 * (Generator's _shuffle_int), from word blocks; top <= 0xffffffff and top - count >= -1.
 * Every bound above 0 takes at least one word and a bound of 0 none, so the blocks never reach
 * past what the draws one at a time would take.
 */
export function boundedRun(bg: BitGenerator, top: number, count: number, j: Float64Array, masked: boolean): void {
  let q = 0, p = 0, len = 0;
  let mask = genMask32(top);
  while (q < count) {
    const i = top - q;
    if (i === 0) { j[q++] = 0; continue; }
    if (p === len) {
      len = Math.min(CHUNK, count - q - (top - count + 1 === 0 ? 1 : 0));
      bg.fill_uint32(RUN_WORDS, 0, len);
      p = 0;
    }
    const x = RUN_WORDS[p++]!;
    if (masked) {
      while ((mask >>> 1) >= i) mask >>>= 1;
      const v = (x & mask) >>> 0;
      if (v <= i) j[q++] = v;
    } else if (i === 0xffffffff) {
      j[q++] = x;
    } else {
      const excl = i + 1;
      const lo = Math.imul(x, excl) >>> 0;
      if (lo < excl && lo < (0xffffffff - i) % excl) continue;
      j[q++] = umulhi32(x, excl);
    }
  }
}
