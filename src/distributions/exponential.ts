// numpy's standard exponential: the 256-layer ziggurat (float64 on 53 bits of a uint64,
// float32 on 23 bits of a uint32) and the inversion method ('inv').
import type { BitGenerator } from '../bitgen/bit_generator.js';
import type { Draws64 } from './double_block.js';
import { exp, expf, log1p, log1pf } from '../math/index.js';
import {
  fe_double, fe_float, ke_double, ke_float, we_double, we_float, ziggurat_exp_r, ziggurat_exp_r_f,
} from './ziggurat_constants.js';

const f32 = Math.fround;
const TWO21 = 2097152;

export function randomStandardExponential(bg: Draws64): number {
  for (;;) {
    bg.next_uint64();
    const lo = bg.lo;
    // ri = u64 >> 3; idx = ri & 0xff; ri >>= 8 (53 bits, exact in a double)
    const idx = (lo >>> 3) & 0xff;
    const ri = bg.hi * TWO21 + (lo >>> 11);
    const x = ri * we_double[idx]!;
    if (ri < ke_double[idx]!) return x;
    if (idx === 0) return ziggurat_exp_r - log1p(-bg.next_double());
    if ((fe_double[idx - 1]! - fe_double[idx]!) * bg.next_double() + fe_double[idx]! < exp(-x)) return x;
  }
}

export function randomStandardExponentialF(bg: BitGenerator): number {
  for (;;) {
    const r = bg.next_uint32() >>> 1;
    const idx = r & 0xff;
    const ri = r >>> 8;
    const x = f32(ri * we_float[idx]!);
    if (ri < ke_float[idx]!) return x;
    if (idx === 0) return f32(ziggurat_exp_r_f - log1pf(-bg.next_float()));
    const w = f32(f32(f32(fe_float[idx - 1]! - fe_float[idx]!) * bg.next_float()) + fe_float[idx]!);
    if (w < expf(-x)) return x;
  }
}

export function randomStandardExponentialInv(bg: BitGenerator): number {
  return -log1p(-bg.next_double());
}

/** float32 inversion: numpy computes log1p in double on the float draw, then stores a float. */
export function randomStandardExponentialInvF(bg: BitGenerator): number {
  return f32(-log1p(-bg.next_float()));
}
