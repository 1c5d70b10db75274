// normal_ (and randn, normal): torch's normal_kernel. float32 tensors of 16 or more elements
// take normal_fill (uniforms first, Box-Muller over (j, j + 8) in blocks of 16, the last 16
// redrawn when the size is not a multiple of 16), on AVX2 with avx_mathfun's vector log and
// sincos (run by a WebAssembly SIMD twin where the host has one); other dtypes of 16 or more
// take the scalar normal_fill with std::log/cos/sin; smaller tensors take
// at::normal_distribution<double> with its cached second value.
import type { Generator } from './generator.js';
import { RuntimeError } from './errors.js';
import { cppDouble } from './format.js';
import { SQRTHF, P0, P1, P2, P3, P4, P5, P6, P7, P8, Q1, Q2, FOPI, DP1, DP2, DP3, S0, S1, S2, C0, C1, C2 } from '../math/avx_mathfun.js';
import { fmaf } from '../math/fmaf.js';
import { scratchWords, SCRATCH_BLOCK } from './scratch.js';
import { log, cos, sin, logf, sinf, cosf } from '../math/index.js';
import { fma } from '../math/fma.js';
import { type Dtype, type TorchArray, type Float16ArrayT, halfBits, f32ToHalfBits, halfToF32, f32ToBf16Bits, bf16ToF32 } from './dtype.js';
import { uniformDouble, fillUniform53 } from './uniform.js';
import { cosBlock, getMathBackend, logBlock, sinBlock } from '../math/wasm/backend.js';
import { boxMullerWasm, type BoxMullerWasm } from './wasm/normal_wasm.js';

/** Which of torch's CPU kernels to reproduce: its AVX2 build or ATEN_CPU_CAPABILITY=default. */
export type Kernel = 'avx2' | 'default';

const TWO_PI_F = Math.fround(2 * Math.PI);

export function checkStd(std: number): void {
  if (!(std >= 0)) throw new RuntimeError(`normal expects std >= 0.0, but found std ${cppDouble(std)}`);
}

/** n float uniforms in [0, 1) (24-bit) into o[start, start + n). */
export function fillUniform24(g: Generator, o: Float32Array, start: number, n: number): void {
  const w = scratchWords(SCRATCH_BLOCK);
  for (let i = 0; i < n; i += SCRATCH_BLOCK) {
    const m = Math.min(SCRATCH_BLOCK, n - i);
    g.fillRandom(w, m);
    const base = start + i;
    for (let k = 0; k < m; k++) o[base + k] = (w[k]! & 0xffffff) * 5.960464477539063e-8;
  }
}

/**
 * normal_fill_16_AVX2 on every block of 16 in d[from, to): u1 = d[j], u2 = d[j + 8] become the pair
 * (radius cos, radius sin) with avx_mathfun's log256_ps and sincos256_ps, lane by lane.
 * This is src/math/avx_mathfun.ts's log256 and sincos256 restructured for the batch: passes over
 * scratch lanes instead of per-element calls returning doubles (V8 boxes those), the domain's guards
 * dropped (u1 in [2^-24, 1], theta in [0, 2 pi)), each fused multiply-add of the two as fmaR
 * (exact on the 24-bit grid of u1 and u2, which is all this takes) and the mean/std one as fmaf32
 * (test/torch/normal_avx2.test.ts holds the two to the same bits).
 */
export function boxMullerAvx2(d: Float32Array, from: number, to: number, mean: number, std: number, plain: boolean): void {
  // Structure of arrays over a chunk of pairs: each lane's log Horner chain is long and serial, so
  // its steps run as loops over all lanes (independent iterations the CPU overlaps). The passes are
  // separate functions so that V8 inlines every fmaR in each (its inlining budget is per function;
  // a call left out returns a boxed double, an allocation).
  for (let start = from; start + 16 <= to; start += CHUNK) {
    const end = Math.min(to, start + CHUNK);
    const pairs = setUp(d, start, end);
    sinCosPass(pairs);
    hornerStep(pairs, P2);
    hornerStep(pairs, P3);
    hornerStep(pairs, P4);
    hornerStep(pairs, P5);
    hornerStep(pairs, P6);
    hornerStep(pairs, P7);
    hornerStep(pairs, P8);
    finish(d, start, end, mean, std, plain);
  }
}

/** The log's first Horner step and sincos256's argument reduction for every pair of d[start, end). */
function setUp(d: Float32Array, start: number, end: number): number {
  let k = 0;
  for (let off = start; off + 16 <= end; off += 16) {
    for (let j = off; j < off + 8; j++, k++) {
      // log256(1 - u1): 1 - u1 is exact and a normal float
      B32[0] = 1 - d[j]!;
      const bits = W32[0]!;
      let e = (bits >>> 23) - 126;
      W32[0] = (bits & 0x807fffff) | 0x3f000000;
      let m = B32[0]!;
      if (m < SQRTHF) { e -= 1; m = m + m - 1; } else m = m - 1;
      LM[k] = m;
      LE[k] = e;
      LY[k] = fmaR(P0, m, P1);
      // sincos256(2 pi u2), theta >= 0
      const x = Math.fround(TWO_PI_F * d[j + 8]!);
      const q = ((Math.trunc(Math.fround(x * FOPI)) | 0) + 1) & ~1;
      let r = Math.fround(x + q * DP1);
      r = Math.fround(r + q * DP2);
      r = fmaR(q, DP3, r);
      SR[k] = r;
      SQ[k] = q;
    }
  }
  return k;
}

/** sincos256's two polynomials on the reduced angles, and its quadrant selection and signs. */
function sinCosPass(pairs: number): void {
  for (let k = 0; k < pairs; k++) {
    const r = SR[k]!, q = SQ[k]!;
    const zz = Math.fround(r * r);
    let c = fmaR(C0, zz, C1);
    let s = fmaR(S0, zz, S1);
    c = fmaR(c, zz, C2);
    s = fmaR(s, zz, S2);
    c = Math.fround(zz * c);
    s = Math.fround(zz * s);
    c = fmaR(c, zz, -Math.fround(zz * 0.5));
    s = fmaR(s, r, r);
    c = Math.fround(c + 1);
    let sn: number, cs: number;
    if ((q & 2) === 0) { sn = s + 0; cs = c + 0; } else { sn = c + 0; cs = s + 0; }
    SIN[k] = (q & 4) !== 0 ? -sn : sn;
    COSV[k] = (~(q - 2) & 4) !== 0 ? -cs : cs;
  }
}

function hornerStep(pairs: number, p: number): void {
  for (let i = 0; i < pairs; i++) LY[i] = fmaR(LY[i]!, LM[i]!, p);
}

/** The rest of the log, the radius, and the outputs (fused with std and mean unless plain). */
function finish(d: Float32Array, start: number, end: number, mean: number, std: number, plain: boolean): void {
  let k = 0;
  for (let off = start; off + 16 <= end; off += 16) {
    for (let j = off; j < off + 8; j++, k++) {
      const m = LM[k]!, e = LE[k]!;
      const z = Math.fround(m * m);
      let y = Math.fround(LY[k]! * m);
      y = fmaR(y, z, Math.fround(e * Q1));
      y = Math.fround(y - z * 0.5);
      const lg = Math.fround(Math.fround(m + y) + e * Q2);
      const radius = Math.fround(Math.sqrt(Math.fround(lg * -2)));
      const n1 = Math.fround(radius * COSV[k]!), n2 = Math.fround(radius * SIN[k]!);
      if (plain) { d[j] = n1; d[j + 8] = n2; }
      else { d[j] = fmaf32(n1, std, mean); d[j + 8] = fmaf32(n2, std, mean); }
    }
  }
}

const CHUNK = 2048; // values per chunk (a multiple of 16): CHUNK / 2 pairs of scratch lanes
const LM = new Float64Array(CHUNK / 2), LE = new Float64Array(CHUNK / 2), LY = new Float64Array(CHUNK / 2);
const SIN = new Float64Array(CHUNK / 2), COSV = new Float64Array(CHUNK / 2), SR = new Float64Array(CHUNK / 2);
const SQ = new Int32Array(CHUNK / 2);
const B32 = new Float32Array(1);
const W32 = new Uint32Array(B32.buffer);

/**
 * fmaf for float32 a, b, c: a*b is exact in double, so a*b + c rounds once, and rounding that to
 * float32 is correct unless it sits exactly on a float32 midpoint (then the exact fmaf decides).
 */
function fmaf32(a: number, b: number, c: number): number {
  const s = a * b + c;
  const r = Math.fround(s);
  if (s === r) return r;
  const t = r + 2 * (s - r);
  return Math.fround(t) === t ? fmaf(a, b, c) : r;
}

/**
 * The fused steps of log256 and sincos256 on randn's inputs: a*b + c rounded to double and then
 * to float32. That is the exact fmaf for every u1 and u2 of the 24-bit grid (each lane's log
 * depends on u1 alone, its sincos on u2 alone, so scripts/check_torch_box_muller.mjs tries all
 * 2^24 of each); the mean/std step takes arbitrary operands and keeps fmaf32.
 */
function fmaR(a: number, b: number, c: number): number {
  return Math.fround(a * b + c);
}

/**
 * normal_fill_AVX2 over the whole of `d` (d.length >= 16): through the WebAssembly twin of
 * boxMullerAvx2 unless the math backend is TypeScript (set_backend('ts')) or WebAssembly is missing.
 */
export function normalFillAvx2(g: Generator, d: Float32Array, mean: number, std: number): void {
  const n = d.length;
  mean = Math.fround(mean); std = Math.fround(std);
  const plain = mean === 0 && std === 1;
  const k = getMathBackend() === 'wasm' ? boxMullerWasm() : null;
  if (k !== null) { normalFillAvx2Wasm(k, g, d, mean, std, plain); return; }
  fillUniform24(g, d, 0, n);
  boxMullerAvx2(d, 0, n, mean, std, plain);
  if (n % 16 !== 0) {
    fillUniform24(g, d, n - 16, 16);
    boxMullerAvx2(d, n - 16, n, mean, std, plain);
  }
}

/**
 * normalFillAvx2 a chunk at a time in the module's memory: the same draws in the same order (the
 * uniforms of a block do not depend on the normals before it), then the last 16 redrawn.
 */
function normalFillAvx2Wasm(k: BoxMullerWasm, g: Generator, d: Float32Array, mean: number, std: number, plain: boolean): void {
  const n = d.length, full = n - (n % 16);
  for (let i = 0; i < full; i += k.capacity) {
    const m = Math.min(k.capacity, full - i);
    g.fillRandom(k.words, m);
    k.bm(m);
    storeNormals(k.floats, m, d, i, mean, std, plain);
  }
  if (full !== n) {
    g.fillRandom(k.words, n - full); // the uniforms of the partial block, overwritten by the redraw
    g.fillRandom(k.words, 16);
    k.bm(16);
    storeNormals(k.floats, 16, d, n - 16, mean, std, plain);
  }
}

function storeNormals(src: Float32Array, m: number, d: Float32Array, at: number, mean: number, std: number, plain: boolean): void {
  if (plain) { d.set(src.subarray(0, m), at); return; }
  for (let i = 0; i < m; i++) d[at + i] = fmaf32(src[i]!, std, mean);
}

/** The scalar normal_fill_16<float> of the default build: std::log/cos/sin on float, no FMA. */
function block16F32(d: Float32Array, off: number, mean: number, std: number): void {
  for (let j = off; j < off + 8; j++) {
    const u1 = Math.fround(1 - d[j]!);
    const radius = Math.fround(Math.sqrt(Math.fround(-2 * logf(u1))));
    const theta = Math.fround(TWO_PI * d[j + 8]!);
    d[j] = Math.fround(Math.fround(radius * cosf(theta)) * std) + mean;
    d[j + 8] = Math.fround(Math.fround(radius * sinf(theta)) * std) + mean;
  }
}

const TWO_PI = 2 * Math.PI;

/** normal_fill<float> (the default build's float32 path for 16 or more elements). */
function normalFillF32(g: Generator, d: Float32Array, mean: number, std: number): void {
  const n = d.length;
  mean = Math.fround(mean); std = Math.fround(std);
  fillUniform24(g, d, 0, n);
  for (let i = 0; i < n - 15; i += 16) block16F32(d, i, mean, std);
  if (n % 16 !== 0) {
    fillUniform24(g, d, n - 16, 16);
    block16F32(d, n - 16, mean, std);
  }
}

/** normal_fill_16<double> on d[off, off + 16); the AVX2 build fuses radius*cos*std + mean into fma(radius*cos, std, mean). */
function block16F64(d: Float64Array, off: number, mean: number, std: number, fused: boolean): void {
  for (let j = off; j < off + 8; j++) {
    const radius = Math.sqrt(-2 * log(1 - d[j]!));
    const theta = TWO_PI * d[j + 8]!;
    const c = radius * cos(theta), s = radius * sin(theta);
    d[j] = fused ? fma(c, std, mean) : c * std + mean;
    d[j + 8] = fused ? fma(s, std, mean) : s * std + mean;
  }
}

/**
 * True when x * std is exact for every normal x the Box-Muller step yields (|x| < 40, never
 * subnormal): std zero or a power of two well inside the exponent range, as randn's std = 1 is.
 * fma(x, std, mean) is then x * std + mean rounded once, which the unfused expression gives.
 */
function exactScale(std: number): boolean {
  const a = Math.abs(std);
  return a === 0 || (a >= 2 ** -900 && a <= 2 ** 900 && a === 2 ** Math.round(Math.log2(a)));
}

/** Pairs per pass of boxMullerF64: 128 blocks of 16. */
const PASS_PAIRS = 1024;
const THETA = new Float64Array(PASS_PAIRS);
const COS_OF = new Float64Array(PASS_PAIRS);

/**
 * block16F64 on every block of d[0, full) (full a multiple of 16), a pass of blocks at a time: the
 * passes' logs, cosines and sines each in one call of the function's block form.
 */
function boxMullerF64(d: Float64Array, full: number, mean: number, std: number, fused: boolean): void {
  const L = logBlock(), C = cosBlock(), S = sinBlock(); // C and S share one buffer
  const lg = L.buf;
  for (let s = 0; s < full; s += 2 * PASS_PAIRS) {
    const e = Math.min(full, s + 2 * PASS_PAIRS);
    let k = 0;
    for (let off = s; off < e; off += 16) {
      for (let j = off; j < off + 8; j++, k++) {
        lg[k] = 1 - d[j]!;
        THETA[k] = TWO_PI * d[j + 8]!;
      }
    }
    L.run(k, 0);
    C.buf.set(THETA.subarray(0, k));
    C.run(k, 0);
    COS_OF.set(C.buf.subarray(0, k));
    S.buf.set(THETA.subarray(0, k));
    S.run(k, 0);
    const sn = S.buf;
    k = 0;
    for (let off = s; off < e; off += 16) {
      for (let j = off; j < off + 8; j++, k++) {
        const radius = Math.sqrt(-2 * lg[k]!);
        const c = radius * COS_OF[k]!, si = radius * sn[k]!;
        d[j] = fused ? fma(c, std, mean) : c * std + mean;
        d[j + 8] = fused ? fma(si, std, mean) : si * std + mean;
      }
    }
  }
}

/** normal_fill<double>. */
function normalFillF64(g: Generator, d: Float64Array, mean: number, std: number, fused: boolean): void {
  const n = d.length;
  if (fused && exactScale(std)) fused = false;
  fillUniform53(g, d, n);
  boxMullerF64(d, n - (n % 16), mean, std, fused);
  if (n % 16 !== 0) {
    fillUniform53(g, d, 16, n - 16);
    block16F64(d, n - 16, mean, std, fused);
  }
}

/**
 * normal_fill<Half> / normal_fill<BFloat16>: c10's 16-bit arithmetic. Each operator computes in
 * float; Half's return float for mixed operands (so the AVX2 build fuses radius*cos*std + mean),
 * while BFloat16's std::log/sqrt/cos/sin and BFloat16 x BFloat16 operators round every result
 * back to bfloat16.
 */
function normalFill16(g: Generator, bits: Uint16Array, n: number, half: boolean, mean: number, std: number, fused: boolean): void {
  const toBits = half ? f32ToHalfBits : f32ToBf16Bits;
  const val = half ? halfToF32 : bf16ToF32;
  const r16 = (x: number): number => val(toBits(x));
  const mbits = half ? 0x7ff : 0xff, scale = half ? 2 ** -11 : 2 ** -8;
  const vals = new Float64Array(n);
  const draw = (from: number, to: number): void => {
    for (let i = from; i < to; i++) vals[i] = (g.random() & mbits) * scale;
  };
  const m = r16(Math.fround(mean)), s = r16(Math.fround(std));
  const blockHalf = (off: number): void => {
    for (let j = off; j < off + 8; j++) {
      const u1 = r16(1 - vals[j]!);
      const radius = r16(Math.fround(Math.sqrt(Math.fround(-2 * logf(u1)))));
      const theta = r16(Math.fround(TWO_PI * vals[j + 8]!));
      const c = Math.fround(radius * cosf(theta)), sn = Math.fround(radius * sinf(theta));
      vals[j] = r16(fused ? fmaf(c, s, m) : Math.fround(Math.fround(c * s) + m));
      vals[j + 8] = r16(fused ? fmaf(sn, s, m) : Math.fround(Math.fround(sn * s) + m));
    }
  };
  const blockBf16 = (off: number): void => {
    for (let j = off; j < off + 8; j++) {
      const u1 = r16(1 - vals[j]!);
      const radius = r16(Math.fround(Math.sqrt(-2 * r16(logf(u1)))));
      const theta = r16(Math.fround(TWO_PI * vals[j + 8]!));
      const c = r16(cosf(theta)), sn = r16(sinf(theta));
      vals[j] = r16(Math.fround(r16(Math.fround(r16(radius * c) * s)) + m));
      vals[j + 8] = r16(Math.fround(r16(Math.fround(r16(radius * sn) * s)) + m));
    }
  };
  const block = half ? blockHalf : blockBf16;
  draw(0, n);
  for (let i = 0; i < n - 15; i += 16) block(i);
  if (n % 16 !== 0) { draw(n - 16, n); block(n - 16); }
  for (let i = 0; i < n; i++) bits[i] = toBits(vals[i]!);
}

/**
 * at::normal_distribution<double>(mean, std) once: the cached sine of the last pair if there is
 * one, else a new pair (u1 for the angle, u2 for the radius) whose sine is cached.
 */
export function normalDouble(g: Generator, mean: number, std: number, fused: boolean): number {
  let ret: number;
  if (g.nextDouble !== null) {
    ret = g.nextDouble;
    g.nextDouble = null;
  } else {
    const u1 = uniformDouble(g);
    const u2 = uniformDouble(g);
    const r = Math.sqrt(-2 * log(1 - u2));
    const theta = TWO_PI * u1;
    g.nextDouble = r * sin(theta);
    ret = r * cos(theta);
  }
  return fused ? fma(ret, std, mean) : ret * std + mean;
}

/** normal_(mean, std) over `out` of dtype d, by the kernel torch would pick. */
export function normalFill(g: Generator, out: TorchArray, d: Dtype, mean: number, std: number, kernel: Kernel): void {
  const n = out.length;
  const fused = kernel === 'avx2';
  if (n >= 16) {
    if (d === 'float32') {
      if (fused) normalFillAvx2(g, out as Float32Array, mean, std);
      else normalFillF32(g, out as Float32Array, mean, std);
    } else if (d === 'float64') {
      normalFillF64(g, out as Float64Array, mean, std, fused);
    } else {
      const bits = d === 'float16' ? halfBits(out as Float16ArrayT) : (out as Uint16Array);
      normalFill16(g, bits, n, d === 'float16', mean, std, fused);
    }
    return;
  }
  // fewer than 16 elements: the serial kernel, one double normal per element
  if (d === 'float64') { const o = out as Float64Array; for (let i = 0; i < n; i++) o[i] = normalDouble(g, mean, std, fused); return; }
  if (d === 'float32') { const o = out as Float32Array; for (let i = 0; i < n; i++) o[i] = normalDouble(g, mean, std, fused); return; }
  const bits = d === 'float16' ? halfBits(out as Float16ArrayT) : (out as Uint16Array);
  const toBits = d === 'float16' ? f32ToHalfBits : f32ToBf16Bits;
  for (let i = 0; i < n; i++) bits[i] = toBits(Math.fround(normalDouble(g, mean, std, fused)));
}
