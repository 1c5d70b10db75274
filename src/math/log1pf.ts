// float32 log(1 + x) returning glibc 2.36's result bit for bit. glibc has no FMA variant of log1pf
// (sysdeps/ieee754/flt-32/s_log1pf.c, fdlibm's algorithm in float arithmetic): every step is one
// float32 operation, reproduced here as a double operation rounded to float32 (exact for + - * /,
// double has more than twice float's precision). The argument is taken as float32.
import { F32, U32 } from './bits.js';

const f32 = Math.fround;
const LN2_HI = f32(6.9313812256e-1); // 0x3f317180
const LN2_LO = f32(9.0580006145e-6); // 0x3717f7d1
const TWO25 = 33554432;
const LP1 = f32(6.6666668653e-1);
const LP2 = f32(4.0000000596e-1);
const LP3 = f32(2.8571429849e-1);
const LP4 = f32(2.2222198546e-1);
const LP5 = f32(1.818357259e-1);
const LP6 = f32(1.5313838422e-1);
const LP7 = f32(1.479819864e-1);
const TWO_THIRDS = f32(0.66666666666666666);

/**
 * glibc 2.36's log1pf(x): the float32 log(1 + x), as a number.
 * @param x - the argument, rounded to float32 first.
 * @example log1pf(1e-5);
 */
export function log1pf(xin: number): number {
  const x = f32(xin);
  F32[0] = x;
  const hx = U32[0]! | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let hu = 0;
  let c = 0;
  if (hx < 0x3ed413d7) {
    // x < 0.41422
    if (ax >= 0x3f800000) {
      if (x === -1) return -TWO25 / 0;
      return NaN;
    }
    if (ax < 0x31000000) {
      // |x| < 2^-29
      if (ax < 0x24800000) return x;
      return f32(x - f32(f32(x * x) * 0.5));
    }
    if (hx > 0 || hx <= (0xbe95f61f | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  }
  if (hx >= 0x7f800000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x5a000000) {
      u = f32(1 + x);
      F32[0] = u;
      hu = U32[0]! | 0;
      k = (hu >> 23) - 127;
      c = k > 0 ? f32(1 - f32(u - x)) : f32(x - f32(u - 1));
      c = f32(c / u);
    } else {
      u = x;
      hu = hx;
      k = (hu >> 23) - 127;
      c = 0;
    }
    hu &= 0x007fffff;
    if (hu < 0x3504f7) {
      U32[0] = hu | 0x3f800000;
    } else {
      k += 1;
      U32[0] = hu | 0x3f000000;
      hu = (0x00800000 - hu) >> 2;
    }
    u = F32[0];
    f = f32(u - 1);
  }
  const hfsq = f32(f32(0.5 * f) * f);
  if (hu === 0) {
    // |f| < 2^-20
    if (f === 0) {
      if (k === 0) return 0;
      c = f32(c + f32(k * LN2_LO));
      return f32(f32(k * LN2_HI) + c);
    }
    const R = f32(hfsq * f32(1 - f32(TWO_THIRDS * f)));
    if (k === 0) return f32(f - R);
    return f32(f32(k * LN2_HI) - f32(f32(R - f32(f32(k * LN2_LO) + c)) - f));
  }
  const s = f32(f / f32(2 + f));
  const z = f32(s * s);
  let R = f32(LP6 + f32(z * LP7));
  R = f32(LP5 + f32(z * R));
  R = f32(LP4 + f32(z * R));
  R = f32(LP3 + f32(z * R));
  R = f32(LP2 + f32(z * R));
  R = f32(LP1 + f32(z * R));
  R = f32(z * R);
  const sr = f32(s * f32(hfsq + R));
  if (k === 0) return f32(f - f32(hfsq - sr));
  return f32(f32(k * LN2_HI) - f32(f32(hfsq - f32(sr + f32(f32(k * LN2_LO) + c))) - f));
}
