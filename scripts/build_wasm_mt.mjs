// Hand-assembles the MT19937 WebAssembly block kernel (SIMD twist and temper, fused outputs)
// and writes it as a committed byte array, src/bitgen/wasm/mt19937_wasm_bytes.ts. A module of its
// own, because it needs 128-bit SIMD: a runtime without it refuses only this module, and MT19937
// keeps its pure-TS loops (src/bitgen/mt19937.ts) while the 64-bit kernels still run.
// Run: node scripts/build_wasm_mt.mjs (--check: only verify the committed file is current).
//
// Memory (two 64 KiB pages, exported as "mem"):
//   bytes 0..2495     the 624 state words (numpy's untempered key), as MT19937.key holds them
//   bytes 2496..2499  pos, the index of the next word to temper (0..624)
//   byte 2512         SCALE (f64), the F64 filters' offset
//   bytes 4096..      outputs (at most OUT_BYTES)
// Exports, each drawing exactly what numpy's one-at-a-time calls draw and leaving pos after it:
//   doubles(n)             n next_double values (f64)
//   words(n)               n next_uint32 words (u32)
//   pairs(n)               n next_uint64 values as (lo, hi) u32 pairs, hi the first word drawn
//   masked(n, mask, rng)   n values (w & mask) <= rng (u32): numpy's masked rejection
//   lemire(n, excl, thr)   n values hi32(w * excl) whose low 32 bits reach thr (u32): numpy's
//                          32-bit Lemire, thr = (2^32 - excl) % excl
//   maskedF64, lemireF64   the same values as f64, plus the offset at SCALE (2512)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  base64Lines, c32, c64, f64c, funcBody, get, load32, loadF64, name, section, seq, set, store32, storeF64, tee, uleb,
  vec, writeOrCheck,
} from './wasm_asm.mjs';

const N = 624, M = 397;
const POS = 2496;
const SCALE = 2512; // f64: the F64 filters' offset
const OUT = 4096;
const OUT_BYTES = 65536;
const UPPER = 0x80000000 | 0, LOWER = 0x7fffffff, MATRIX_A = 0x9908b0df | 0;

const op = {
  i32and: 0x71, i32or: 0x72, i32xor: 0x73, i32shl: 0x74, i32shr_s: 0x75, i32shr_u: 0x76, i32add: 0x6a,
  i32sub: 0x6b, i32ge_u: 0x4f, i32lt_u: 0x49, i32le_u: 0x4d, i32ne: 0x47, i32wrap: 0xa7,
  i64extend_u: 0xad, i64shl: 0x86, i64or: 0x84, i64mul: 0x7e, i64shr_u: 0x88,
  f64convert_i64_s: 0xb9, f64mul: 0xa2,
};
const bin = (o, a, b) => seq(a, b, op[o]);
const ifThen = (cond, body) => seq(cond, [0x04, 0x40], body, [0x0b]);
/** A loop: `body` runs while `cond` (tested first) holds. */
const whileLoop = (cond, body) => seq([0x02, 0x40], [0x03, 0x40], cond, [0x45, 0x0d, 1], body, [0x0c, 0], [0x0b], [0x0b]);

// SIMD (0xfd prefix)
const simd = (code) => [0xfd, ...uleb(code)];
const v128load = (off) => [...simd(0x00), 2, ...uleb(off)];
const v128store = (off) => [...simd(0x0b), 2, ...uleb(off)];
const i32x4splat = (x) => seq(c32(x), simd(0x11));
const v = {
  and: simd(0x4e), or: simd(0x50), xor: simd(0x51), shl: simd(0xab), shr_s: simd(0xac), shr_u: simd(0xad),
};

// ---- twist (function 0, no params): numpy's mt19937_gen over the words in memory
// locals: 0 = p (byte address of word i), 1 = y (scalar)
const T_P = 0, T_Y = 1;

/** One scalar twist step at word address p: k[i] = k[i + d] ^ f(k[i], k[next]). */
function twistScalar(dByte, nextAddr) {
  return seq(
    get(T_P), // store address
    bin('i32or', bin('i32and', seq(get(T_P), load32(0)), c32(UPPER)), bin('i32and', seq(nextAddr, load32(0)), c32(LOWER))),
    set(T_Y),
    bin('i32xor',
      bin('i32xor', seq(bin('i32add', get(T_P), c32(dByte)), load32(0)), bin('i32shr_u', get(T_Y), c32(1))),
      bin('i32and', bin('i32sub', c32(0), bin('i32and', get(T_Y), c32(1))), c32(MATRIX_A))),
    store32(0),
  );
}

/** Four twist steps at once at word address p (k[i .. i+3]), reading k[i + d .. i + d + 3]. */
function twistVector(dByte) {
  // y = (k[i] & UPPER) | (k[i+1] & LOWER); k[i] = k[i+d] ^ (y >>> 1) ^ (((y << 31) >>s 31) & MATRIX_A)
  return seq(
    get(T_P),
    bin('i32add', get(T_P), c32(dByte)), v128load(0),
    get(T_P), v128load(0), i32x4splat(UPPER), v.and, get(T_P), v128load(4), i32x4splat(LOWER), v.and, v.or,
    tee(T_V), c32(1), v.shr_u, v.xor,
    get(T_V), c32(31), v.shl, c32(31), v.shr_s, i32x4splat(MATRIX_A), v.and, v.xor,
    v128store(0),
  );
}
/** The v128 local holding y. */
const T_V = 2;

/** for (p = from; p < to; p += step) body */
function forBytes(from, to, step, body) {
  return seq(c32(from), set(T_P), whileLoop(bin('i32lt_u', get(T_P), c32(to)), seq(body, bin('i32add', get(T_P), c32(step)), set(T_P))));
}

const twist = seq(
  // k[0 .. 224) four at a time, then k[224 .. 227): k[i + M] and k[i + 1] are still old words
  forBytes(0, 4 * 224, 16, twistVector(4 * M)),
  forBytes(4 * 224, 4 * (N - M), 4, twistScalar(4 * M, bin('i32add', get(T_P), c32(4)))),
  // k[227 .. 623): k[i + M - N] already new (written at least 224 words earlier)
  forBytes(4 * (N - M), 4 * (N - 1), 16, twistVector(4 * (M - N))),
  // k[623] pairs with the new k[0]
  c32(4 * (N - 1)), set(T_P),
  twistScalar(4 * (M - N), c32(0)),
);

// ---- the output functions: params 0..2 (i32), then locals
// i32 locals: 3 = pos (byte address of the next word), 4 = o (output address), 5 = end, 6 = a, 7 = b
const P_N = 0, P_A = 1, P_B = 2;
const L_POS = 3, L_O = 4, L_END = 5, L_A = 6, L_B = 7;
const N_I32 = 5;
const L_T = 9; // v128 local, after the i64 one
const L_X1 = 10; // f64 local
// function indices: twist, then the exports
const TWIST = 0;

/** Leaves the next tempered word on the stack (twisting first when the block is used up). */
const nextWordAt = (P, A) => seq(
  ifThen(bin('i32ge_u', get(P), c32(4 * N)), seq([0x10, TWIST], c32(0), set(P))),
  get(P), load32(0),
  get(P), c32(4), op.i32add, set(P),
  // temper
  tee(A), get(A), c32(11), op.i32shr_u, op.i32xor, set(A),
  get(A), bin('i32and', bin('i32shl', get(A), c32(7)), c32(0x9d2c5680 | 0)), op.i32xor, set(A),
  get(A), bin('i32and', bin('i32shl', get(A), c32(15)), c32(0xefc60000 | 0)), op.i32xor, set(A),
  get(A), bin('i32shr_u', get(A), c32(18)), op.i32xor,
);
const nextWord = nextWordAt(L_POS, L_A);

/** Leaves four tempered words (the next four of the block, no regeneration due) in L_T. */
const nextFour = seq(
  get(L_POS), v128load(0), [0x22, L_T],
  get(L_T), c32(11), v.shr_u, v.xor, [0x22, L_T],
  get(L_T), c32(7), v.shl, i32x4splat(0x9d2c5680 | 0), v.and, v.xor, [0x22, L_T],
  get(L_T), c32(15), v.shl, i32x4splat(0xefc60000 | 0), v.and, v.xor, [0x22, L_T],
  get(L_T), c32(18), v.shr_u, v.xor, set(L_T),
  bin('i32add', get(L_POS), c32(16)), set(L_POS),
);

/**
 * Fills outputs [OUT, OUT + n * stride): `vector` (after nextFour) while four words remain in
 * the block and at least `vecBytes` of output are still due (each output takes at least one
 * word, so those four words are all needed), `scalar` otherwise (always, without `vector`).
 * Both advance L_O themselves (by less on a rejection). withOffset: L_X1 = the f64 at SCALE.
 */
function outputFunction(stride, scalar, vecBytes, vector, withOffset = false) {
  const vectorDue = () => bin('i32and',
    bin('i32le_u', get(L_POS), c32(4 * N - 16)),
    bin('i32ge_u', bin('i32sub', get(L_END), get(L_O)), c32(vecBytes)));
  return seq(
    c32(0), load32(POS), c32(2), op.i32shl, set(L_POS),
    c32(OUT), set(L_O),
    withOffset ? seq(c32(0), loadF64(SCALE), set(L_X1)) : [],
    bin('i32add', c32(OUT), seq(get(P_N), c32(Math.log2(stride)), op.i32shl)), set(L_END),
    whileLoop(bin('i32lt_u', get(L_O), get(L_END)),
      vector === undefined ? scalar : seq(vectorDue(), [0x04, 0x40], nextFour, vector, [0x05], scalar, [0x0b])),
    c32(0), bin('i32shr_u', get(L_POS), c32(2)), store32(POS),
  );
}
const advance = (bytes) => seq(bin('i32add', get(L_O), c32(bytes)), set(L_O));
const shuffle = (lanes) => seq(get(L_T), get(L_T), simd(0x0d), lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]));
const extract = (lane) => seq(get(L_T), simd(0x1b), [lane]);
const f64x2 = (x) => [...simd(0x0c), ...new Uint8Array(new Float64Array([x, x]).buffer)];
const f64x2mul = simd(0xf2), f64x2add = simd(0xf0), convertLowU = simd(0xff);

// next_double: (a >> 5) * 2^26 + (b >> 6), times 2^-53; every step is exact (a 53-bit integer)
const doubles = outputFunction(8, seq(
  nextWord, c32(5), op.i32shr_u, set(L_B),
  get(L_O),
  bin('i64or', bin('i64shl', seq(get(L_B), op.i64extend_u), c64(26)), seq(nextWord, c32(6), op.i32shr_u, op.i64extend_u)),
  op.f64convert_i64_s, f64c(1 / 9007199254740992), op.f64mul,
  storeF64(0),
  advance(8),
), 16, seq(
  // words 0, 2 are the a's, 1, 3 the b's of two doubles
  get(L_O),
  shuffle([0, 2, 0, 2]), c32(5), v.shr_u, convertLowU, f64x2(67108864), f64x2mul,
  shuffle([1, 3, 1, 3]), c32(6), v.shr_u, convertLowU, f64x2add,
  f64x2(1 / 9007199254740992), f64x2mul,
  v128store(0),
  advance(16),
));

const words = outputFunction(4, seq(nextWord, set(L_B), get(L_O), get(L_B), store32(0), advance(4)),
  16, seq(get(L_O), get(L_T), v128store(0), advance(16)));

// next_uint64 = (first << 32) | second: stored little-endian as lo = second, hi = first
const pairs = outputFunction(8, seq(
  nextWord, set(L_B),
  get(L_O), get(L_B), store32(4),
  get(L_O), nextWord, store32(0),
  advance(8),
), 16, seq(get(L_O), shuffle([1, 0, 3, 2]), v128store(0), advance(16)));

const F64_ADD = 0xa0;
/**
 * Stores the u32 on the stack at L_O (address already pushed): as a u32, or (wide) as the f64
 * offset + value, the offset in L_X1 (exact: the caller keeps results within 2^53).
 */
const storeValue = (wide) => (wide ? seq(0xb8 /* f64.convert_i32_u */, get(L_X1), F64_ADD, storeF64(0)) : store32(0));
/** Stores candidate `value` at L_O (kept only if `accept`, which reads L_B = the value). */
const candidate = (value, accept, wide) =>
  seq(value, set(L_B), get(L_O), get(L_B), storeValue(wide), ifThen(accept, advance(wide ? 8 : 4)));
const maskedAccept = bin('i32le_u', get(L_B), get(P_B));
const maskedFn = (wide) => outputFunction(wide ? 8 : 4, candidate(bin('i32and', nextWord, get(P_A)), maskedAccept, wide),
  wide ? 32 : 16, [0, 1, 2, 3].map((l) => candidate(bin('i32and', extract(l), get(P_A)), maskedAccept, wide)), wide);

// m = w * excl (64-bit); accepted when its low 32 bits reach thr; the value is its high 32 bits
const L_M = 8; // i64 local
const lemireStep = (word, wide) => seq(
  bin('i64mul', seq(word, op.i64extend_u), seq(get(P_A), op.i64extend_u)), set(L_M),
  get(L_O), bin('i64shr_u', get(L_M), c64(32)), op.i32wrap, storeValue(wide),
  ifThen(bin('i32ge_u', seq(get(L_M), op.i32wrap), get(P_B)), advance(wide ? 8 : 4)),
);
const lemireFn = (wide) => outputFunction(wide ? 8 : 4, lemireStep(nextWord, wide),
  wide ? 32 : 16, [0, 1, 2, 3].map((l) => lemireStep(extract(l), wide)), wide);

const outFuncs = [['doubles', doubles], ['words', words], ['pairs', pairs], ['masked', maskedFn(false)], ['lemire', lemireFn(false)],
  ['maskedF64', maskedFn(true)], ['lemireF64', lemireFn(true)]];
const bytes = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  // types: 0 = () -> (), 1 = (i32, i32, i32) -> ()
  ...section(1, vec([[0x60, 0, 0], [0x60, 3, 0x7f, 0x7f, 0x7f, 0]])),
  ...section(3, vec([[0], ...outFuncs.map(() => [1])])),
  ...section(5, vec([[0x00, 2]])),
  ...section(7, vec([[...name('mem'), 2, 0], [...name('twist'), 0, TWIST], ...outFuncs.map(([n], i) => [...name(n), 0, TWIST + 1 + i])])),
  ...section(10, vec([
    funcBody([[2, 0x7f], [1, 0x7b]], twist),
    ...outFuncs.map(([, code]) => funcBody([[N_I32, 0x7f], [1, 0x7e], [1, 0x7b], [1, 0x7c]], code)),
  ])),
];

new WebAssembly.Module(new Uint8Array(bytes)); // validates

const src = `// Generated by scripts/build_wasm_mt.mjs: the MT19937 block kernel (SIMD twist, tempered
// outputs; ${bytes.length} bytes). Do not edit by hand; change the script and rerun it.
import { fromBase64 } from '../../core/packed.js';

/** Byte offsets in the module's memory: the state words, pos, the outputs and their capacity. */
export const MT_LAYOUT = { key: 0, pos: ${POS}, scale: ${SCALE}, out: ${OUT}, outBytes: ${OUT_BYTES} } as const;

export const MT19937_WASM_BYTES: Uint8Array = /* @__PURE__ */ fromBase64(
${base64Lines(bytes)},
);
`;
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'src', 'bitgen', 'wasm', 'mt19937_wasm_bytes.ts');
writeOrCheck(target, src, 'scripts/build_wasm_mt.mjs', `wrote ${bytes.length} bytes`);
