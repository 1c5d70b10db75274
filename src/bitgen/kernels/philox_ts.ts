// Pure-TS Philox 4x64-10 block kernel, emulating numpy's 4-output buffer exactly.
import type { BlockKernel } from './types.js';

// State words: counter 0..7, key 8..11, buffer 12..19 (each u64 as lo, hi), buffer_pos 20.
const CTR = 0, KEY = 8, BUF = 12, BPOS = 20;

const M0L = 0xe14c6c93 | 0, M0H = 0xd2e7470e | 0;
const M1L = 0x95121157 | 0, M1H = 0xca5a8263 | 0;
const W0L = 0x7f4a7c15, W0H = 0x9e3779b9;
const W1L = 0x84caa73b, W1H = 0xbb67ae85;

/** High 32 bits of the unsigned product a*b (a, b uint32), via 16-bit pieces. */
function mulhi32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const t = a1 * b0 + ((a0 * b0) >>> 16);
  const w1 = (t & 0xffff) + a0 * b1;
  return a1 * b1 + (t >>> 16) + (w1 >>> 16);
}

// mulhilo64 results: p[0..3] = the 128-bit product's uint32 words, low first.
const p = new Float64Array(4);

/** The full 128-bit product of (ah:al) and (bh:bl), into p. */
function mul128(ah: number, al: number, bh: number, bl: number): void {
  const ll = Math.imul(al, bl) >>> 0, llh = mulhi32(al, bl);
  const lh = Math.imul(al, bh) >>> 0, lhh = mulhi32(al, bh);
  const hl = Math.imul(ah, bl) >>> 0, hlh = mulhi32(ah, bl);
  const hh = Math.imul(ah, bh) >>> 0, hhh = mulhi32(ah, bh);
  const t1 = llh + lh + hl;
  const c1 = Math.floor(t1 * 2.3283064365386963e-10);
  const t2 = lhh + hlh + hh + c1;
  const c2 = Math.floor(t2 * 2.3283064365386963e-10);
  p[0] = ll;
  p[1] = t1 >>> 0;
  p[2] = t2 >>> 0;
  p[3] = (hhh + c2) >>> 0;
}

/** Ten Philox rounds of the counter in st[CTR..] under the key in st[KEY..], into st[BUF..]. */
function philoxBlock(st: Uint32Array): void {
  let c0l = st[CTR]!, c0h = st[CTR + 1]!, c1l = st[CTR + 2]!, c1h = st[CTR + 3]!;
  let c2l = st[CTR + 4]!, c2h = st[CTR + 5]!, c3l = st[CTR + 6]!, c3h = st[CTR + 7]!;
  let k0l = st[KEY]!, k0h = st[KEY + 1]!, k1l = st[KEY + 2]!, k1h = st[KEY + 3]!;
  for (let r = 0; r < 10; r++) {
    if (r > 0) {
      let s = (k0l + W0L) >>> 0;
      k0h = (k0h + W0H + (s < k0l ? 1 : 0)) >>> 0;
      k0l = s;
      s = (k1l + W1L) >>> 0;
      k1h = (k1h + W1H + (s < k1l ? 1 : 0)) >>> 0;
      k1l = s;
    }
    mul128(M0H >>> 0, M0L >>> 0, c0h, c0l);
    const lo0l = p[0]!, lo0h = p[1]!, hi0l = p[2]!, hi0h = p[3]!;
    mul128(M1H >>> 0, M1L >>> 0, c2h, c2l);
    const lo1l = p[0]!, lo1h = p[1]!, hi1l = p[2]!, hi1h = p[3]!;
    c0l = (hi1l ^ c1l ^ k0l) >>> 0; c0h = (hi1h ^ c1h ^ k0h) >>> 0;
    c1l = lo1l; c1h = lo1h;
    c2l = (hi0l ^ c3l ^ k1l) >>> 0; c2h = (hi0h ^ c3h ^ k1h) >>> 0;
    c3l = lo0l; c3h = lo0h;
  }
  st[BUF] = c0l; st[BUF + 1] = c0h; st[BUF + 2] = c1l; st[BUF + 3] = c1h;
  st[BUF + 4] = c2l; st[BUF + 5] = c2h; st[BUF + 6] = c3l; st[BUF + 7] = c3h;
}

/** Increments the 256-bit counter by one. */
function bumpCounter(st: Uint32Array): void {
  for (let i = CTR; i < CTR + 8; i++) {
    st[i] = st[i]! + 1;
    if (st[i] !== 0) return;
  }
}

export const tsPhilox: BlockKernel = (st, out, off, n) => {
  let o = 2 * off;
  let bp = st[BPOS]!;
  for (let k = 0; k < n; k++) {
    if (bp >= 4) {
      bumpCounter(st);
      philoxBlock(st);
      bp = 0;
    }
    out[o++] = st[BUF + 2 * bp]!;
    out[o++] = st[BUF + 2 * bp + 1]!;
    bp++;
  }
  st[BPOS] = bp;
};

