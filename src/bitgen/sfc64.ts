// numpy's SFC64 (Chris Doty-Humphrey's Small Fast Chaotic PRNG, 64-bit).
import { ValueError } from '../core/errors.js';
import type { SeedLike } from './bit_generator.js';
import { BlockBitGenerator, type BlockKernel } from './block_base.js';
import { stateDict, stateInt, stateIntArray, subDict } from './u128.js';

// Kernel state: a, b, c, w as (lo, hi) uint32 pairs.
const WORDS = 8;

export const sfc64Kernel: BlockKernel = (st, out, off, n) => {
  let al = st[0]!, ah = st[1]!, bl = st[2]!, bh = st[3]!, cl = st[4]!, ch = st[5]!, wl = st[6]!, wh = st[7]!;
  let o = 2 * off;
  for (let k = 0; k < n; k++) {
    // tmp = a + b + w++
    let tl = (al + bl) >>> 0;
    let th = (ah + bh + (tl < al ? 1 : 0)) >>> 0;
    const t2 = (tl + wl) >>> 0;
    th = (th + wh + (t2 < tl ? 1 : 0)) >>> 0;
    tl = t2;
    wl = (wl + 1) >>> 0;
    if (wl === 0) wh = (wh + 1) >>> 0;
    // a = b ^ (b >> 11)
    al = (bl ^ ((bl >>> 11) | (bh << 21))) >>> 0;
    ah = (bh ^ (bh >>> 11)) >>> 0;
    // b = c + (c << 3)
    const sl = (cl << 3) >>> 0, sh = ((ch << 3) | (cl >>> 29)) >>> 0;
    bl = (cl + sl) >>> 0;
    bh = (ch + sh + (bl < cl ? 1 : 0)) >>> 0;
    // c = rotl(c, 24) + tmp
    const rl = ((cl << 24) | (ch >>> 8)) >>> 0, rh = ((ch << 24) | (cl >>> 8)) >>> 0;
    cl = (rl + tl) >>> 0;
    ch = (rh + th + (cl < rl ? 1 : 0)) >>> 0;
    out[o++] = tl;
    out[o++] = th;
  }
  st[0] = al; st[1] = ah; st[2] = bl; st[3] = bh; st[4] = cl; st[5] = ch; st[6] = wl; st[7] = wh;
};

export interface SFC64State {
  bit_generator: 'SFC64';
  state: { state: BigUint64Array };
  has_uint32: number;
  uinteger: number;
}

export class SFC64 extends BlockBitGenerator {
  constructor(seed?: SeedLike) {
    super(seed, WORDS);
    const w = this._seed_seq!.generateWords(6);
    const st = new Uint32Array(WORDS);
    st.set(w, 0);
    st[6] = 1;
    sfc64Kernel(st, new Uint32Array(24), 0, 12);
    this.installWords(st);
  }

  get name(): string {
    return 'SFC64';
  }

  protected kernel(): BlockKernel {
    return sfc64Kernel;
  }

  get state(): SFC64State {
    const w = this.exactWords();
    const s = new BigUint64Array(4);
    for (let i = 0; i < 4; i++) s[i] = (BigInt(w[2 * i + 1]!) << 32n) | BigInt(w[2 * i]!);
    return { bit_generator: 'SFC64', state: { state: s }, has_uint32: this.hasUint32, uinteger: this.uinteger };
  }

  set state(value: object) {
    const v = stateDict(value);
    // numpy's message lacks the f-string prefix, so it prints the braces literally.
    if (v.bit_generator !== 'SFC64') throw new ValueError('state must be for a {self.__class__.__name__} RNG');
    const s = stateIntArray(subDict(v, 'state').state, "state['state']", 4, 64);
    const has = Number(stateInt(v.has_uint32, 'has_uint32', 1));
    const uint = Number(stateInt(v.uinteger, 'uinteger', 32));
    const st = new Uint32Array(WORDS);
    s.forEach((x, i) => {
      st[2 * i] = Number(x & 0xffffffffn);
      st[2 * i + 1] = Number(x >> 32n);
    });
    this.installWords(st);
    this.hasUint32 = has;
    this.uinteger = uint;
  }
}
