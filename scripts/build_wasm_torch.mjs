// Hand-assembles the WebAssembly twin of randn's AVX2 Box-Muller (src/torch/normal.ts,
// boxMullerAvx2: avx_mathfun's log256_ps and sincos256_ps) and writes it as a committed byte
// array, src/torch/wasm/normal_wasm_bytes.ts. 128-bit SIMD, four lanes at a time.
// Run: node scripts/build_wasm_torch.mjs (--check: only verify the committed file is current).
//
// Float32 steps run as f32x4 operations (each one IEEE rounding, as the scalar float code). The
// fused multiply-adds run in f64x2: the product of two floats is exact in double, the sum rounds
// once, and the demotion to float32 gives the exact fmaf on every input randn can reach
// (scripts/check_torch_box_muller.mjs tries all of them); the TypeScript twin does the same.
// Horner chains stay in f64x2 between steps, each result rounded to float32 (demote, promote).
//
// A second module (normal_relaxed_wasm_bytes.ts) computes the same steps with f32x4.relaxed_madd
// at every fused site instead: where the engine has relaxed SIMD and its madd is fused (FMA3 on
// x86-64, fmla on Arm; the loader checks with the module's probe export), that is fmaf itself,
// four lanes per instruction. Elsewhere (no relaxed SIMD, or a madd that rounds twice) the loader
// keeps the first module.
//
// Memory: one 64 KiB page, exported as "mem", the constants after the first 32 KiB. bm(n), n a
// multiple of 16 and at most 8192, reads n engine words at byte 0 and writes, in place, the n
// floats of normal_fill_16_AVX2 applied to the uniforms (w & 0xffffff) * 2^-24 block by block:
// lanes j and j + 8 of each 16 pair up.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { base64Lines, c32, funcBody, get, name, section, seq, set, uleb, vec, writeOrCheckAll } from './wasm_asm.mjs';

const CAPACITY = 8192;
const fr = Math.fround;

// the constants, as src/math/avx_mathfun.ts defines them
const SQRTHF = fr(0.707106781186547524);
const P = [7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
  -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1].map(fr);
const Q1 = fr(-2.12194440e-4), Q2 = fr(0.693359375);
const FOPI = fr(1.27323954473516);
const DP1 = fr(-0.78515625), DP2 = fr(-2.4187564849853515625e-4), DP3 = fr(-3.77489497744594108e-8);
const S0 = fr(-1.9515295891e-4), S1 = fr(8.3321608736e-3), S2 = fr(-1.6666654611e-1);
const C0 = fr(2.443315711809948e-5), C1 = fr(-1.388731625493765e-3), C2 = fr(4.166664568298827e-2);
const TWO_PI_F = fr(2 * Math.PI);

// SIMD opcodes (0xfd prefix)
const simd = (code) => [0xfd, ...uleb(code)];
const O = {
  load: 0x00, store: 0x0b, const: 0x0c, shuffle: 0x0d, and: 0x4e, or: 0x50, xor: 0x51, bitselect: 0x52,
  i32eq: 0x37, f32lt: 0x43, demote: 0x5e, promote: 0x5f, ishl: 0xab, ishr_u: 0xad, iadd: 0xae, isub: 0xb1,
  fsqrt: 0xe3, fadd: 0xe4, fsub: 0xe5, fmul: 0xe6, dadd: 0xf0, dsub: 0xf1, dmul: 0xf2, trunc: 0xf8, convert: 0xfa,
  fneg: 0xe1, fsplat: 0x13, fextract: 0x1f, madd: 0x105,
};
const op = (name) => simd(O[name]);
const bytesOf = (arr) => [...new Uint8Array(arr.buffer)];
// Constants sit in a data segment after the words and are loaded into locals once, before the
// loop. V8 rebuilds a v128.const (or a splat of a scalar constant) from general registers at
// every use, three instructions each time; a loaded value it spills once and reloads in one.
const CONST_BASE = CAPACITY * 4;
const constLocals = new Map(); // the constant's bytes (joined) -> its local
const konst = (bytes) => {
  const key = bytes.join();
  if (!constLocals.has(key)) constLocals.set(key, nextLocal++);
  return get(constLocals.get(key));
};
const kF = (x) => konst(bytesOf(new Float32Array([x, x, x, x])));
const kD = (x) => konst(bytesOf(new Float64Array([x, x])));
const kI = (x) => konst(bytesOf(new Int32Array([x, x, x, x])));
/** The code loading every constant into its local, and the data segment holding them. */
const loadConsts = () => seq([...constLocals.values()].map((l, i) => seq(c32(0), mem('load', CONST_BASE + 16 * i), set(l))));
const constSegment = () => {
  const data = [...constLocals.keys()].flatMap((key) => key.split(',').map(Number));
  return [0x00, ...c32(CONST_BASE), 0x0b, ...uleb(data.length), ...data];
};
const un = (o, a) => seq(a, op(o));
const bi = (o, a, b) => seq(a, b, op(o));
const mem = (o, offset) => seq(op(o), 4, ...uleb(offset));
const shuffle = (a, b, lanes) => seq(a, b, op('shuffle'), lanes);
const BYTES = (from, n) => Array.from({ length: n }, (_, i) => from + i);
/** The upper two float lanes moved to the lower two (to promote them). */
const high = (a) => shuffle(a, a, [...BYTES(8, 8), ...BYTES(8, 8)]);
/** Lanes 0 and 1 of a and of b (two demotions) as one f32x4. */
const join2 = (a, b) => shuffle(a, b, [...BYTES(0, 8), ...BYTES(16, 8)]);
/** Round an f64x2 to float32 and back. */
const rnd = (a) => un('promote', un('demote', a));
const fma64 = (a, b, c) => bi('dadd', bi('dmul', a, b), c);
/** f32x4.relaxed_madd: a*b + c, fused where the loader has checked that it is. */
const madd = (a, b, c) => seq(a, b, c, op('madd'));

// locals: 0 = n (param), 1 = p (byte address of the block), 2 = end; v128 from 3 on
const P_N = 0, L_P = 1, L_END = 2;
let nextLocal = 3;
const V = {};
/** Which of the interleaved groups the code being generated belongs to (each has its own locals). */
let group = 0;
/** A named v128 local of the current group (allocated on first use). */
const loc = (name) => (V[`${name}#${group}`] ??= nextLocal++);
const def = (name, code) => seq(code, set(loc(name)));
const g = (name) => get(loc(name));
/** Both f64x2 halves of a float32 vector local: name + 'L', name + 'H'. */
const promote2 = (name) => seq(def(`${name}L`, un('promote', g(name))), def(`${name}H`, un('promote', high(g(name)))));
const halves = (f) => seq(f('L'), f('H'));

/** The uniforms (w & 0xffffff) * 2^-24 of the four words at p + o. */
const uniform = (o) => bi('fmul', un('convert', bi('and', seq(get(L_P), mem('load', o)), kI(0xffffff))), kF(2 ** -24));

/** log256(1 - u1)'s exponent ef and mantissa m (1 - u1 is exact and normal), u1 words at p + off. */
function logMantissa(off) {
  return [
    def('a', bi('fsub', kF(1), uniform(off))),
    def('e', bi('isub', bi('ishr_u', g('a'), c32(23)), kI(126))),
    def('m', bi('or', bi('and', g('a'), kI(0x807fffff | 0)), kI(0x3f000000))),
    def('lt', bi('f32lt', g('m'), kF(SQRTHF))),
    def('e', bi('iadd', g('e'), g('lt'))),
    def('m', bi('fsub', bi('fadd', g('m'), bi('and', g('m'), g('lt'))), kF(1))),
    def('ef', un('convert', g('e'))),
  ];
}

/** sincos256(2 pi u2)'s octant qi (q as a float) and the first two Cody-Waite steps (exact products). */
function sinCosReduction(off) {
  return [
    def('x', bi('fmul', kF(TWO_PI_F), uniform(off + 32))),
    def('qi', bi('and', bi('iadd', un('trunc', bi('fmul', g('x'), kF(FOPI))), kI(1)), kI(~1))),
    def('q', un('convert', g('qi'))),
    def('r', bi('fadd', g('x'), bi('fmul', g('q'), kF(DP1)))),
    def('r', bi('fadd', g('r'), bi('fmul', g('q'), kF(DP2)))),
  ];
}

/**
 * The radius sqrt(-2 log(1 - u1)) of four pairs, u1 words at p + off. The steps come as a list so
 * that two groups can be interleaved step by step.
 */
function logRadius(off) {
  return [
    ...logMantissa(off),
    promote2('m'),
    // the Horner chain in f64x2, each step rounded to float32
    halves((h) => def(`y${h}`, rnd(fma64(kD(P[0]), g(`m${h}`), kD(P[1]))))),
    ...P.slice(2).map((p) => halves((h) => def(`y${h}`, rnd(fma64(g(`y${h}`), g(`m${h}`), kD(p)))))),
    halves((h) => def(`y${h}`, rnd(bi('dmul', g(`y${h}`), g(`m${h}`))))),
    def('z', bi('fmul', g('m'), g('m'))), promote2('z'),
    def('q1', bi('fmul', g('ef'), kF(Q1))), promote2('q1'),
    def('y', join2(un('demote', fma64(g('yL'), g('zL'), g('q1L'))), un('demote', fma64(g('yH'), g('zH'), g('q1H'))))),
    def('y', bi('fsub', g('y'), bi('fmul', g('z'), kF(0.5)))),
    def('lg', bi('fadd', bi('fadd', g('m'), g('y')), bi('fmul', g('ef'), kF(Q2)))),
    def('radius', un('fsqrt', bi('fmul', g('lg'), kF(-2)))),
  ];
}

/** The cosine and sine of the four pairs' u2 (words at p + off + 32) times their radius, stored over u1 and u2. */
function sinCos(off) {
  return [
    ...sinCosReduction(off),
    promote2('q'), promote2('r'),
    halves((h) => def(`rd${h}`, un('demote', fma64(g(`q${h}`), kD(DP3), g(`r${h}`))))),
    def('r', join2(g('rdL'), g('rdH'))),
    halves((h) => def(`r${h}`, un('promote', g(`rd${h}`)))),
    def('z', bi('fmul', g('r'), g('r'))), promote2('z'),
    // the two polynomials in f64x2
    ...[
      [(h) => rnd(fma64(kD(C0), g(`z${h}`), kD(C1))), (h) => rnd(fma64(kD(S0), g(`z${h}`), kD(S1)))],
      [(h) => rnd(fma64(g(`c${h}`), g(`z${h}`), kD(C2))), (h) => rnd(fma64(g(`s${h}`), g(`z${h}`), kD(S2)))],
      [(h) => rnd(bi('dmul', g(`z${h}`), g(`c${h}`))), (h) => rnd(bi('dmul', g(`z${h}`), g(`s${h}`)))],
      [(h) => un('demote', bi('dsub', bi('dmul', g(`c${h}`), g(`z${h}`)), bi('dmul', g(`z${h}`), kD(0.5)))),
        (h) => un('demote', fma64(g(`s${h}`), g(`r${h}`), g(`r${h}`)))],
    ].map(([c, s]) => halves((h) => seq(def(`c${h}`, c(h)), def(`s${h}`, s(h))))),
    def('c', bi('fadd', join2(g('cL'), g('cH')), kF(1))),
    def('s', bi('fadd', join2(g('sL'), g('sH')), kF(0))), // +0: the vector code's selection turns -0 into +0
    ...quadrant(off),
  ];
}

/**
 * sincos256's quadrant (which polynomial is the sine, and the signs: bit 2 of q and of q - 2,
 * moved to bit 31) from c and s, and the radius times each, stored over u1 and u2.
 */
function quadrant(off) {
  return [
    def('poly', bi('i32eq', bi('and', g('qi'), kI(2)), kI(0))),
    def('sin', bi('xor', seq(g('s'), g('c'), g('poly'), op('bitselect')), bi('ishl', bi('and', g('qi'), kI(4)), c32(29)))),
    def('cos', bi('xor', seq(g('c'), g('s'), g('poly'), op('bitselect')),
      bi('ishl', bi('and', bi('xor', bi('isub', g('qi'), kI(2)), kI(-1)), kI(4)), c32(29)))),
    seq(get(L_P), bi('fmul', g('radius'), g('cos')), mem('store', off)),
    seq(get(L_P), bi('fmul', g('radius'), g('sin')), mem('store', off + 32)),
  ];
}

/** logRadius with every fused step one relaxed madd on the four float lanes. */
function logRadiusRelaxed(off) {
  return [
    ...logMantissa(off),
    def('y', madd(kF(P[0]), g('m'), kF(P[1]))),
    ...P.slice(2).map((p) => def('y', madd(g('y'), g('m'), kF(p)))),
    def('y', bi('fmul', g('y'), g('m'))),
    def('z', bi('fmul', g('m'), g('m'))),
    def('y', madd(g('y'), g('z'), bi('fmul', g('ef'), kF(Q1)))),
    def('y', bi('fsub', g('y'), bi('fmul', g('z'), kF(0.5)))),
    def('lg', bi('fadd', bi('fadd', g('m'), g('y')), bi('fmul', g('ef'), kF(Q2)))),
    def('radius', un('fsqrt', bi('fmul', g('lg'), kF(-2)))),
  ];
}

/** sinCos with every fused step one relaxed madd. */
function sinCosRelaxed(off) {
  return [
    ...sinCosReduction(off),
    def('r', madd(g('q'), kF(DP3), g('r'))),
    def('z', bi('fmul', g('r'), g('r'))),
    def('c', madd(kF(C0), g('z'), kF(C1))),
    def('s', madd(kF(S0), g('z'), kF(S1))),
    def('c', madd(g('c'), g('z'), kF(C2))),
    def('s', madd(g('s'), g('z'), kF(S2))),
    def('c', bi('fmul', g('z'), g('c'))),
    def('s', bi('fmul', g('z'), g('s'))),
    def('c', madd(g('c'), g('z'), un('fneg', bi('fmul', g('z'), kF(0.5))))),
    def('s', madd(g('s'), g('r'), g('r'))),
    def('c', bi('fadd', g('c'), kF(1))),
    def('s', bi('fadd', g('s'), kF(0))), // +0: the vector code's selection turns -0 into +0
    ...quadrant(off),
  ];
}

/** The groups' step lists merged round robin (each step of every group before the next step). */
function interleave(offsets, steps) {
  const lists = offsets.map((off, t) => { group = t; return steps(off); });
  return seq(lists[0].map((_, i) => lists.map((l) => l[i])));
}

// Two groups of four pairs (a block of 16) interleaved per iteration: one group's log is a long
// serial chain of roundings, and the second gives the core independent work (20% faster with
// V8 11.3; four groups, or separate loops for the logs and the sines, gain little or nothing
// and do not fit in 4 KiB).
/** Byte offsets of the groups' u1 words: the first and second four lanes of the block. */
const OFFSETS = [0, 16];
const STEP = 64; // bytes per iteration: one block
/**
 * One module: bm over the step lists `steps(off)` of two interleaved groups; with `probe`, also the
 * export probe(a, b, c) = lane 0 of relaxed_madd on splats (the loader's test that it is fused).
 */
function assemble(steps, probe) {
  constLocals.clear();
  for (const key of Object.keys(V)) delete V[key];
  nextLocal = 3;
  const loop = interleave(OFFSETS, steps);
  const body = seq(
    loadConsts(),
    get(P_N), c32(2), 0x74 /* i32.shl */, set(L_END),
    c32(0), set(L_P),
    [0x02, 0x40], [0x03, 0x40],
    get(L_P), get(L_END), 0x49 /* i32.lt_u */, 0x45 /* i32.eqz */, [0x0d, 1],
    loop,
    get(L_P), c32(STEP), 0x6a /* i32.add */, set(L_P),
    [0x0c, 0], [0x0b], [0x0b],
  );
  const probeBody = seq(get(0), op('fsplat'), get(1), op('fsplat'), get(2), op('fsplat'), op('madd'), op('fextract'), 0);
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 1, 0x7f, 0], ...(probe ? [[0x60, 3, 0x7d, 0x7d, 0x7d, 1, 0x7d]] : [])])), // (i32) -> (); (f32 x3) -> f32
    ...section(3, vec(probe ? [[0], [1]] : [[0]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec([[...name('mem'), 2, 0], [...name('bm'), 0, 0], ...(probe ? [[...name('probe'), 0, 1]] : [])])),
    ...section(10, vec([funcBody([[2, 0x7f], [nextLocal - 3, 0x7b]], body), ...(probe ? [funcBody([], probeBody)] : [])])),
    ...section(11, vec([constSegment()])),
  ];
  try {
    new WebAssembly.Module(new Uint8Array(bytes)); // validates
  } catch (e) {
    // an engine without relaxed SIMD cannot validate the relaxed module
    if (!probe || !/relaxed|simd opcode/i.test(String(e))) throw e;
  }
  if (bytes.length > 4096) throw new Error(`module is ${bytes.length} bytes: over the 4 KiB of synchronous compilation`);
  return bytes;
}

const bytes = assemble((off) => [...logRadius(off), ...sinCos(off)], false);
const relaxedBytes = assemble((off) => [...logRadiusRelaxed(off), ...sinCosRelaxed(off)], true);

const src = `// Generated by scripts/build_wasm_torch.mjs: randn's AVX2 Box-Muller as f32x4 / f64x2 SIMD
// (${bytes.length} bytes). Do not edit by hand; change the script and rerun it.
import { fromBase64 } from '../../core/packed.js';

/** The most values one bm(n) call takes (words in, floats out, both at byte 0 of the memory). */
export const BM_CAPACITY = ${CAPACITY};

export const NORMAL_WASM_BYTES: Uint8Array = /* @__PURE__ */ fromBase64(
${base64Lines(bytes)},
);
`;
const relaxedSrc = `// Generated by scripts/build_wasm_torch.mjs: randn's AVX2 Box-Muller with f32x4.relaxed_madd at
// the fused steps (${relaxedBytes.length} bytes; used only where its probe shows the madd fused).
// Do not edit by hand; change the script and rerun it.
import { fromBase64 } from '../../core/packed.js';

export const NORMAL_RELAXED_WASM_BYTES: Uint8Array = /* @__PURE__ */ fromBase64(
${base64Lines(relaxedBytes)},
);
`;
const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'src', 'torch', 'wasm');
writeOrCheckAll([
  [join(dir, 'normal_wasm_bytes.ts'), src, `wrote ${bytes.length} bytes`],
  [join(dir, 'normal_relaxed_wasm_bytes.ts'), relaxedSrc, `wrote the relaxed module: ${relaxedBytes.length} bytes`],
], 'scripts/build_wasm_torch.mjs');
