// jax.random.poisson (method 'exact'): Knuth's product of uniforms for lam < 10 and Hormann's
// transformed rejection (PTRS) otherwise, both run over the whole array with one key per round,
// as JAX's vectorised while loops do. float32 throughout (JAX casts lam to float32).
import { TypeError_, ValueErrorOf } from '../core/messages.js';
import { type ArrayLike, type NDArray, withShape } from '../core/ndarray.js';
import { floatOps, type FloatOps } from './float_ops.js';
import { checkKey, splitKey, type Key } from './keys.js';
import { intDtype, newIntArray, param, spread, type IntArray } from './params.js';
import { uniformRaw } from './samplers.js';
import { canonicalizeShape, type Shape } from './shape.js';
import { log, sinf } from '../math/index.js';

const fr = Math.fround;

function knuth(k: Key, lam: Float64Array, ops: FloatOps, shape: readonly number[]): Float64Array {
  const n = lam.length;
  const kk = new Float64Array(n);
  const logProd = new Float64Array(n);
  let key: Key = k;
  for (;;) {
    let any = false;
    for (let i = 0; i < n; i++) if (logProd[i]! > -lam[i]!) any = true;
    if (!any) break;
    const ks = splitKey(key[0]!, key[1]!, [2]);
    key = ks.subarray(0, 2) as Key;
    const u = uniformRaw(ks.subarray(2, 4) as Key, shape, ops, 0, 1);
    for (let i = 0; i < n; i++) {
      if (logProd[i]! > -lam[i]!) kk[i] = kk[i]! + 1;
      logProd[i] = fr(logProd[i]! + ops.log(u[i]!));
    }
  }
  for (let i = 0; i < n; i++) kk[i] = kk[i]! - 1;
  return kk;
}

// StableHLO's lgamma (Lanczos, g = 7), in float32.
const LANCZOS = [
  676.520368121885098567009190444019, -1259.13921672240287047156078755283, 771.3234287776530788486528258894,
  -176.61502916214059906584551354, 12.507343278686904814458936853, -0.13857109526572011689554707,
  9.984369578019570859563e-6, 1.50563273514931155834e-7,
].map(fr);
const LANCZOS_BASE = fr(0.99999999999980993227684700473478);
const LG_T = fr(7.5);
const LG_LOGT = fr(log(7.5));
const LG_HALF_LOG_2PI = fr((log(2) + log(Math.PI)) / 2);
const LG_LOG_PI = fr(log(Math.PI));
const LG_PI = fr(Math.PI);

export function lgammaf(x: number, ops: FloatOps): number {
  x = fr(x);
  if (x === Infinity || x === -Infinity) return Infinity;
  const reflect = x < 0.5;
  const z = reflect ? -x : fr(x - 1);
  let a = LANCZOS_BASE;
  for (let i = 0; i < 8; i++) a = fr(a + fr(LANCZOS[i]! / fr(z + (i + 1))));
  const t = fr(LG_T + z);
  const logT = fr(LG_LOGT + ops.log1p(fr(z / LG_T)));
  const sum = fr(fr(z + 0.5) - fr(t / logT));
  const lg = fr(ops.madd(sum, logT, LG_HALF_LOG_2PI) + ops.log(a));
  if (!reflect) return lg;
  const ax = Math.abs(x);
  let frac = fr(ax - Math.floor(ax));
  if (0.5 < frac) frac = fr(1 - frac);
  // XLA calls libm's sinf: glibc's, so every engine gives the same bits.
  const den = ops.log(sinf(fr(LG_PI * frac)));
  return Number.isFinite(den) ? fr(fr(LG_LOG_PI - den) - lg) : -den;
}

function rejection(k: Key, lam: Float64Array, ops: FloatOps, shape: readonly number[]): Float64Array {
  const n = lam.length;
  const logLam = new Float64Array(n);
  const b = new Float64Array(n);
  const a = new Float64Array(n);
  const invAlpha = new Float64Array(n);
  const vr = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    logLam[i] = ops.log(lam[i]!);
    b[i] = ops.madd(fr(2.53), ops.sqrt(lam[i]!), fr(0.931));
    a[i] = ops.madd(fr(0.02483), b[i]!, fr(-0.059));
    invAlpha[i] = fr(fr(1.1239) + fr(fr(1.1328) / fr(b[i]! - fr(3.4))));
    vr[i] = fr(fr(0.9277) - fr(fr(3.6224) / fr(b[i]! - 2)));
  }
  const kOut = new Float64Array(n).fill(-1);
  const accepted = new Uint8Array(n);
  let key: Key = k;
  while (accepted.includes(0)) {
    const ks = splitKey(key[0]!, key[1]!, [3]);
    key = ks.subarray(0, 2) as Key;
    const u0 = uniformRaw(ks.subarray(2, 4) as Key, shape, ops, 0, 1);
    const v0 = uniformRaw(ks.subarray(4, 6) as Key, shape, ops, 0, 1);
    for (let i = 0; i < n; i++) {
      const u = fr(u0[i]! - 0.5);
      const v = v0[i]!;
      const us = fr(0.5 - Math.abs(u));
      const kk = Math.floor(fr(ops.madd(fr(fr(fr(2 * a[i]!) / us) + b[i]!), u, lam[i]!) + fr(0.43)));
      const s = ops.log(fr(fr(v * invAlpha[i]!) / fr(fr(a[i]! / fr(us * us)) + b[i]!)));
      const t = fr(ops.madd(kk, logLam[i]!, -lam[i]!) - lgammaf(fr(kk + 1), ops));
      const accept1 = us >= fr(0.07) && v <= vr[i]!;
      const reject = kk < 0 || (us < fr(0.013) && v > us);
      // Accepted lanes keep being overwritten while others still run, as in JAX's loop.
      if (accept1 || (!reject && s <= t)) {
        kOut[i] = kk;
        accepted[i] = 1;
      }
    }
  }
  return kOut;
}

/**
 * jax.random.poisson(key, lam, shape=None, dtype=int, method='exact'): Poisson(lam) integers, Knuth's
 * algorithm for lam < 10 and transformed rejection for larger lam (0 where lam is 0).
 * @param k - a single key
 * @param lam - the rate, broadcast to shape
 * @param shape - output shape; default null (lam's shape)
 * @param dtype - an int dtype; default int32 (int64 under x64)
 * @param method - only 'exact' ('approximate' is not implemented); default 'exact'
 * @example poisson(PRNGKey(0), 5, [3])
 */
export function poisson(k: Key, lam: ArrayLike, shape?: Shape | null, dtype?: string, method = 'exact'): NDArray<IntArray> {
  checkKey('poisson', k);
  if (method !== 'exact') {
    if (method === 'approximate') throw ValueErrorOf(`method='approximate' is not implemented by numpy-random/jax`);
    throw ValueErrorOf(`method argument to \`poisson\` must be one of {'exact', 'approximate'}, got '${method}'`);
  }
  const dt = intDtype(dtype, (d) => TypeError_(`dtype argument to \`poisson\` must be an int dtype, got ${d}`));
  const lp = param(lam);
  const s = shape === undefined || shape === null ? lp.shape : canonicalizeShape(shape);
  const ops = floatOps('float32');
  const lv = spread(lp, s, fr);
  const n = lv.length;
  const useKnuth = Uint8Array.from(lv, (l) => (l !== l || l < 10 ? 1 : 0));
  const lk = Float64Array.from(lv, (l, i) => (useKnuth[i] ? l : 0));
  const lr = Float64Array.from(lv, (l, i) => (useKnuth[i] ? 1e5 : l));
  const kn = knuth(k, lk, ops, s);
  // The rejection branch's values are only selected where lam >= 10; skip it when there is none.
  const rj = useKnuth.includes(0) ? rejection(k, lr, ops, s) : null;
  const out = newIntArray(dt, n);
  for (let i = 0; i < n; i++) {
    const v = lv[i] === 0 ? 0 : useKnuth[i] ? kn[i]! : rj![i]!;
    if (out instanceof BigInt64Array || out instanceof BigUint64Array) out[i] = BigInt(v);
    else out[i] = v;
  }
  return withShape(out, s);
}
