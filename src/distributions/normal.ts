// numpy's standard normal: the 256-layer ziggurat (float64 on a uint64, float32 on a uint32).
import type { BitGenerator } from '../bitgen/bit_generator.js';
import type { Draws64 } from './double_block.js';
import { exp, log1p, log1pf } from '../math/index.js';
import {
  fi_double, fi_float, ki_double, ki_float, wi_double, wi_float,
  ziggurat_nor_inv_r, ziggurat_nor_inv_r_f, ziggurat_nor_r, ziggurat_nor_r_f,
} from './ziggurat_constants.js';

const f32 = Math.fround;
const TWO23 = 8388608;

export function randomStandardNormal(bg: Draws64): number {
  for (;;) {
    bg.next_uint64();
    const lo = bg.lo;
    const idx = lo & 0xff;
    // rabs = bits 9..60 of the uint64 (52 bits)
    const rabs = (bg.hi & 0x1fffffff) * TWO23 + (lo >>> 9);
    let x = rabs * wi_double[idx]!;
    if ((lo >>> 8) & 1) x = -x;
    if (rabs < ki_double[idx]!) return x;
    if (idx === 0) {
      for (;;) {
        const xx = -ziggurat_nor_inv_r * log1p(-bg.next_double());
        const yy = -log1p(-bg.next_double());
        // bit 8 of rabs is bit 17 of the draw
        if (yy + yy > xx * xx) return (lo >>> 17) & 1 ? -(ziggurat_nor_r + xx) : ziggurat_nor_r + xx;
      }
    }
    if ((fi_double[idx - 1]! - fi_double[idx]!) * bg.next_double() + fi_double[idx]! < exp(-0.5 * x * x)) return x;
  }
}

export function randomStandardNormalF(bg: BitGenerator): number {
  for (;;) {
    const r = bg.next_uint32();
    const idx = r & 0xff;
    const rabs = (r >>> 9) & 0x7fffff;
    let x = f32(rabs * wi_float[idx]!);
    if ((r >>> 8) & 1) x = -x;
    if (rabs < ki_float[idx]!) return x;
    if (idx === 0) {
      for (;;) {
        const xx = f32(-ziggurat_nor_inv_r_f * log1pf(-bg.next_float()));
        const yy = -log1pf(-bg.next_float());
        if (f32(yy + yy) > f32(xx * xx)) return (rabs >>> 8) & 1 ? -f32(ziggurat_nor_r_f + xx) : f32(ziggurat_nor_r_f + xx);
      }
    }
    // the wedge test compares a float with a double exp, as numpy's C does
    const w = f32(f32(f32(fi_float[idx - 1]! - fi_float[idx]!) * bg.next_float()) + fi_float[idx]!);
    if (w < exp(-0.5 * x * x)) return x;
  }
}
