// Pure-TS SFC64 block kernel on (lo, hi) uint32 halves.
import type { BlockKernel } from './types.js';

// State words: a, b, c, w as (lo, hi) uint32 pairs.
export const tsSfc64: BlockKernel = (st, out, off, n) => {
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

