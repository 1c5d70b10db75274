// Pure-TS Philox 4x64-10 block kernel, emulating numpy's 4-output buffer exactly.
import type { BlockKernel } from './types.js';

// State words: counter 0..7, key 8..11, buffer 12..19 (each u64 as lo, hi), buffer_pos 20.
const CTR = 0, KEY = 8, BUF = 12, BPOS = 20;

const W0L = 0x7f4a7c15, W0H = 0x9e3779b9;
const W1L = 0x84caa73b, W1H = 0xbb67ae85;

// The multipliers as 24-bit limbs (24 + 24 + 16 bits): 24x24-bit products and their column sums
// stay exact in doubles, so a 64x64->128 product costs 9 multiplies and no 16-bit splitting.
const T24 = 16777216;
const I24 = 1 / 16777216;
const limbs = (v: bigint): [number, number, number] =>
  [Number(v & 0xffffffn), Number((v >> 24n) & 0xffffffn), Number(v >> 48n)];
const [A0, A1, A2] = limbs(0xd2e7470ee14c6c93n);
const [B0, B1, B2] = limbs(0xca5a826395121157n);

// mulhilo64 results: p[0..3] = the 128-bit product's uint32 words, low first.
const p = new Float64Array(4);

/** The 128-bit product of (xh:xl) and the constant with 24-bit limbs (m0, m1, m2), into p. */
function mul128(xh: number, xl: number, m0: number, m1: number, m2: number): void {
  const x0 = xl & 0xffffff, x1 = (xl >>> 24) | ((xh & 0xffff) << 8), x2 = xh >>> 16;
  let c = x0 * m0;
  let q = Math.floor(c * I24);
  const r0 = c - q * T24;
  c = x0 * m1 + x1 * m0 + q;
  q = Math.floor(c * I24);
  const r1 = c - q * T24;
  c = x0 * m2 + x1 * m1 + x2 * m0 + q;
  q = Math.floor(c * I24);
  const r2 = c - q * T24;
  c = x1 * m2 + x2 * m1 + q;
  q = Math.floor(c * I24);
  const r3 = c - q * T24;
  c = x2 * m2 + q;
  q = Math.floor(c * I24);
  const r4 = c - q * T24;
  p[0] = (r0 | (r1 << 24)) >>> 0;
  p[1] = ((r1 >>> 8) | (r2 << 16)) >>> 0;
  p[2] = ((r2 >>> 16) | (r3 << 8)) >>> 0;
  p[3] = (r4 | (q << 24)) >>> 0;
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
    mul128(c0h, c0l, A0, A1, A2);
    const lo0l = p[0]!, lo0h = p[1]!, hi0l = p[2]!, hi0h = p[3]!;
    mul128(c2h, c2l, B0, B1, B2);
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

