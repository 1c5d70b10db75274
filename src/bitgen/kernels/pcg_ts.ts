// Pure-TS block kernels for the 128-bit PCG LCGs (the fallback where WebAssembly is missing,
// and the reference the WebAssembly kernels are tested against).
import type { BlockKernel } from './types.js';

export const PCG_MULT = (2549297995355413924n << 64n) | 4865540595714422341n;
export const PCG_CHEAP_MULT = 0xda942042e4dd58b5n;

// The pure-TS step works on 24-bit limbs held in doubles: 24x24-bit products and column sums of
// up to 8 of them stay below 2**53, so the multiply needs no 32x32->64 emulation.
const T24 = 16777216;
const I24 = 1 / 16777216;

function limbs24(v: bigint): number[] {
  const out: number[] = [];
  for (let i = 0; i < 6; i++) out.push(Number((v >> BigInt(24 * i)) & 0xffffffn));
  return out;
}

const [M0, M1, M2, M3, M4, M5] = limbs24(PCG_MULT) as [number, number, number, number, number, number];
const [C0, C1, C2] = limbs24(PCG_CHEAP_MULT) as [number, number, number];
const CHEAP_LO = Number(PCG_CHEAP_MULT & 0xffffffffn) | 0;
const CHEAP_HI = Number(PCG_CHEAP_MULT >> 32n) | 0;

/** High 32 bits of the unsigned 64-bit product a*b (a, b uint32), via 16-bit pieces. */
function mulhi32(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const t = a1 * b0 + ((a0 * b0) >>> 16);
  const w1 = (t & 0xffff) + a0 * b1;
  return (a1 * b1 + (t >>> 16) + (w1 >>> 16)) | 0;
}

export const tsXslRr: BlockKernel = (st, out, off, n) => {
  let s0 = st[0]! & 0xffffff, s1 = (st[0]! >>> 24) | ((st[1]! & 0xffff) << 8);
  let s2 = (st[1]! >>> 16) | ((st[2]! & 0xff) << 16), s3 = st[2]! >>> 8;
  let s4 = st[3]! & 0xffffff, s5 = st[3]! >>> 24;
  const i0 = st[4]! & 0xffffff, i1 = (st[4]! >>> 24) | ((st[5]! & 0xffff) << 8);
  const i2 = (st[5]! >>> 16) | ((st[6]! & 0xff) << 16), i3 = st[6]! >>> 8;
  const i4 = st[7]! & 0xffffff, i5 = st[7]! >>> 24;
  let w = 2 * off;
  for (let k = 0; k < n; k++) {
    let c = s0 * M0 + i0;
    let q = Math.floor(c * I24);
    const n0 = c - q * T24;
    c = s0 * M1 + s1 * M0 + i1 + q;
    q = Math.floor(c * I24);
    const n1 = c - q * T24;
    c = s0 * M2 + s1 * M1 + s2 * M0 + i2 + q;
    q = Math.floor(c * I24);
    const n2 = c - q * T24;
    c = s0 * M3 + s1 * M2 + s2 * M1 + s3 * M0 + i3 + q;
    q = Math.floor(c * I24);
    const n3 = c - q * T24;
    c = s0 * M4 + s1 * M3 + s2 * M2 + s3 * M1 + s4 * M0 + i4 + q;
    q = Math.floor(c * I24);
    const n4 = c - q * T24;
    c = s0 * M5 + s1 * M4 + s2 * M3 + s3 * M2 + s4 * M1 + s5 * M0 + i5 + q;
    const n5 = c - Math.floor(c * 0.00390625) * 256;
    s0 = n0; s1 = n1; s2 = n2; s3 = n3; s4 = n4; s5 = n5;
    // XSL-RR: rotate (hi ^ lo) right by the top 6 bits of the state.
    const h1 = n4 | (n5 << 24);
    const xl = (n0 | (n1 << 24)) ^ ((n2 >>> 16) | (n3 << 8));
    const xh = ((n1 >>> 8) | (n2 << 16)) ^ h1;
    const rot = h1 >>> 26;
    let a = xl, b = xh;
    if (rot & 32) { a = xh; b = xl; }
    const r = rot & 31;
    if (r !== 0) {
      const na = (a >>> r) | (b << (32 - r));
      b = (b >>> r) | (a << (32 - r));
      a = na;
    }
    out[w++] = a;
    out[w++] = b;
  }
  st[0] = s0 | (s1 << 24);
  st[1] = (s1 >>> 8) | (s2 << 16);
  st[2] = (s2 >>> 16) | (s3 << 8);
  st[3] = s4 | (s5 << 24);
};

export const tsDxsm: BlockKernel = (st, out, off, n) => {
  let s0 = st[0]! & 0xffffff, s1 = (st[0]! >>> 24) | ((st[1]! & 0xffff) << 8);
  let s2 = (st[1]! >>> 16) | ((st[2]! & 0xff) << 16), s3 = st[2]! >>> 8;
  let s4 = st[3]! & 0xffffff, s5 = st[3]! >>> 24;
  const i0 = st[4]! & 0xffffff, i1 = (st[4]! >>> 24) | ((st[5]! & 0xffff) << 8);
  const i2 = (st[5]! >>> 16) | ((st[6]! & 0xff) << 16), i3 = st[6]! >>> 8;
  const i4 = st[7]! & 0xffffff, i5 = st[7]! >>> 24;
  let w = 2 * off;
  for (let k = 0; k < n; k++) {
    // DXSM output of the pre-step state.
    const l0 = (s0 | (s1 << 24)) | 1, l1 = (s1 >>> 8) | (s2 << 16);
    let h0 = (s2 >>> 16) | (s3 << 8), h1 = s4 | (s5 << 24);
    h0 ^= h1;
    let t = Math.imul(h0, CHEAP_LO);
    h1 = (mulhi32(h0, CHEAP_LO) + Math.imul(h0, CHEAP_HI) + Math.imul(h1, CHEAP_LO)) | 0;
    h0 = t ^ (h1 >>> 16);
    t = Math.imul(h0, l0);
    h1 = (mulhi32(h0, l0) + Math.imul(h0, l1) + Math.imul(h1, l0)) | 0;
    out[w++] = t;
    out[w++] = h1;
    // Step with the 64-bit multiplier (limbs C0..C2; the upper limbs are zero).
    let c = s0 * C0 + i0;
    let q = Math.floor(c * I24);
    const n0 = c - q * T24;
    c = s0 * C1 + s1 * C0 + i1 + q;
    q = Math.floor(c * I24);
    const n1 = c - q * T24;
    c = s0 * C2 + s1 * C1 + s2 * C0 + i2 + q;
    q = Math.floor(c * I24);
    const n2 = c - q * T24;
    c = s1 * C2 + s2 * C1 + s3 * C0 + i3 + q;
    q = Math.floor(c * I24);
    const n3 = c - q * T24;
    c = s2 * C2 + s3 * C1 + s4 * C0 + i4 + q;
    q = Math.floor(c * I24);
    const n4 = c - q * T24;
    c = s3 * C2 + s4 * C1 + s5 * C0 + i5 + q;
    s5 = c - Math.floor(c * 0.00390625) * 256;
    s0 = n0; s1 = n1; s2 = n2; s3 = n3; s4 = n4;
  }
  st[0] = s0 | (s1 << 24);
  st[1] = (s1 >>> 8) | (s2 << 16);
  st[2] = (s2 >>> 16) | (s3 << 8);
  st[3] = s4 | (s5 << 24);
};

