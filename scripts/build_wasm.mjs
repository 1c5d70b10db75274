// Hand-assembles the WebAssembly block kernels (PCG64, PCG64DXSM, SFC64, Philox 4x64-10) and
// writes them as a committed byte array, src/bitgen/wasm/kernels_wasm_bytes.ts, so the package
// needs no WAT toolchain and instantiates synchronously. Run: node scripts/build_wasm.mjs
// (--check: only verify the committed file is current).
//
// Memory (one 64 KiB page, exported as "mem"):
//   bytes 0..127  the generator's state words, laid out exactly as the TS kernels' Uint32Array:
//                 PCG: state_lo, state_hi, inc_lo, inc_hi (i64); SFC64: a, b, c, w (i64);
//                 Philox: counter[4] @0, key[2] @32, buffer[4] @48 (i64), buffer_pos @80 (i32)
//   bytes 128..   outputs: one i64 per step, or with mode = 1 numpy's next_double as f64
// Each export f(n, mode) advances the state n outputs (n <= 4096) and writes them; lemire64(k)
// filters k candidates in the output area (numpy's 64-bit Lemire, e and thr at bytes 96 and 104),
// lemire16(k, need, excl, thr, off) numpy's buffered 16-bit Lemire over k words at byte 49152.
// floats(n) rewrites the n outputs as numpy's next_float of their halves. Each generator's fused
// bounded kernels b32 and b64 are a module of their own with the same layout (byte 88: the last
// high half, numpy's uinteger), every module under 4 KiB. Where the engine has SIMD, PCG64 and
// Philox use SIMD block kernels instead (modules of their own: scalar chains and i64x2 lanes side
// by side, below), and Philox its batched bounded kernels; PCG64, PCG64DXSM and SFC64 also have
// an exponential ziggurat module each. (scripts/bench_pcg64_floor.mjs measured a plain 2-way
// leapfrog of the PCG64 step 50% slower inside a kernel; the SIMD one's two scalar chains beside
// two vector lanes are 30% faster than one chain.)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  base64Lines, c32, c64, f64c, funcBody, get, load32, load64, name, section, seq, set, store32, store64, storeF64, uleb,
  vec, writeOrCheck,
} from './wasm_asm.mjs';

const OUT_BASE = 128;

const op = {
  le_u: 0x58, ge_u: 0x5a, i32eq: 0x46, i32mul: 0x6c, wrap: 0xa7,
  add: 0x7c, sub: 0x7d, mul: 0x7e, and: 0x83, or: 0x84, xor: 0x85, shl: 0x86, shr_u: 0x88, rotl: 0x89, rotr: 0x8a,
  eqz: 0x50, lt_u: 0x54, extend_u: 0xad, i32add: 0x6a, i32sub: 0x6b, i32shl: 0x74, i32ge_u: 0x4f, i32lt_u: 0x49,
  i32and: 0x71, i32shr_u: 0x76,
  f64convert_s: 0xb9, f64mul: 0xa2,
};
const bin = (name, a, b) => seq(a, b, op[name]);
const ifThen = (cond, body) => seq(cond, [0x04, 0x40], body, [0x0b]);
const ifElse = (cond, a, b) => seq(cond, [0x04, 0x40], a, [0x05], b, [0x0b]);

// Every function's locals come after its params: the block functions take (n, mode), the fused
// bounded ones (n, fmt, masked, a, b, c, d, e, f); `locals(first)` numbers them from `first`.
const I64_NAMES = ['s0', 's1', 's2', 's3', 'k0', 'k1', 'a0', 'a1', 't', 'w', 'x', 'y', 'lo0', 'hi0', 'lo1', 'hi1', 'c0', 'c1', 'c2', 'c3', 'u', 'v',
  'fa', 'fb', 'off', 'hw', 'm', 'e0', 'e1'];
const I32_NAMES = ['p', 'end', 'bp', 'stride', 'pend', 'acc'];
const N_I64 = I64_NAMES.length, N_I32 = I32_NAMES.length;
/** The block functions need only the first BLOCK_I64 i64 locals and the first three i32 ones. */
const BLOCK_I64 = 22, BLOCK_I32 = 3;
function locals(first, nI64 = N_I64, nI32 = N_I32) {
  const l = {};
  I64_NAMES.slice(0, nI64).forEach((n, i) => { l[n] = first + i; });
  I32_NAMES.slice(0, nI32).forEach((n, i) => { l[n] = first + nI64 + i; });
  return l;
}
const MASK32 = 0xffffffffn;

/** Leaves the high 64 bits of the unsigned product a * k (k a constant) on the stack. */
function mulhiConst(L, aExpr, k) {
  const k0 = k & MASK32, k1 = k >> 32n;
  return seq(
    aExpr, set(L.x),
    bin('and', get(L.x), c64(MASK32)), set(L.a0),
    bin('shr_u', get(L.x), c64(32)), set(L.a1),
    bin('add', bin('mul', get(L.a1), c64(k0)), bin('shr_u', bin('mul', get(L.a0), c64(k0)), c64(32))), set(L.t),
    bin('add', bin('and', get(L.t), c64(MASK32)), bin('mul', get(L.a0), c64(k1))), set(L.w),
    bin('add', bin('add', bin('mul', get(L.a1), c64(k1)), bin('shr_u', get(L.t), c64(32))), bin('shr_u', get(L.w), c64(32))),
  );
}

const loadLocal = (l, off) => seq(c32(0), load64(off), set(l));
const storeLocal = (l, off) => seq(c32(0), get(l), store64(off));

// ---- PCG: s0 = state_lo, s1 = state_hi, k0 = inc_lo, k1 = inc_hi
const pcgLoads = (L) => seq(loadLocal(L.s0, 0), loadLocal(L.s1, 8), loadLocal(L.k0, 16), loadLocal(L.k1, 24));
const pcgStores = (L) => seq(storeLocal(L.s0, 0), storeLocal(L.s1, 8));

/** state = state * mult + inc, mult = (multHi << 64) | multLo. */
function lcgStep(L, multHi, multLo) {
  return lcgStepOn(L, L.s0, L.s1, multHi, multLo, L.k0, L.k1);
}

/** (hi:lo) = (hi:lo) * mult + (incHi:incLo) mod 2^128, on the locals given (u, v and mulhi's as temps). */
function lcgStepOn(L, lo, hi, multHi, multLo, incLo, incHi) {
  const hiTerms = multHi === 0n
    ? bin('mul', get(hi), c64(multLo))
    : bin('add', bin('mul', get(lo), c64(multHi)), bin('mul', get(hi), c64(multLo)));
  return seq(
    bin('add', mulhiConst(L, get(lo), multLo), hiTerms), set(L.u),
    bin('add', bin('mul', get(lo), c64(multLo)), get(incLo)), set(L.v),
    bin('add', bin('add', get(L.u), get(incHi)), seq(bin('lt_u', get(L.v), get(incLo)), op.extend_u)), set(hi),
    get(L.v), set(lo),
  );
}

const PCG_MULT_HI = 2549297995355413924n;
const PCG_MULT_LO = 4865540595714422341n;
const CHEAP = 0xda942042e4dd58b5n;

// Each generator: loads, body (one output into L.y), stores, and how many bodies the fused
// kernels' loops unroll (measured on the block loop: PCG64's step 19% faster four to an
// iteration; Philox's body is too large to repeat). The block kernels keep one per iteration,
// as four would not fit their module in 4 KiB.
const GENS = {
  xslrr: {
    loads: pcgLoads, stores: pcgStores, unroll: 4,
    body: (L) => seq(
      lcgStep(L, PCG_MULT_HI, PCG_MULT_LO),
      bin('rotr', bin('xor', get(L.s1), get(L.s0)), bin('shr_u', get(L.s1), c64(58))), set(L.y),
    ),
  },
  dxsm: {
    loads: pcgLoads, stores: pcgStores, unroll: 4,
    body: (L) => seq(
      bin('mul', bin('xor', get(L.s1), bin('shr_u', get(L.s1), c64(32))), c64(CHEAP)), set(L.y),
      bin('mul', bin('xor', get(L.y), bin('shr_u', get(L.y), c64(48))), bin('or', get(L.s0), c64(1))), set(L.y),
      lcgStep(L, 0n, CHEAP),
    ),
  },
  // ---- SFC64: s0..s3 = a, b, c, w
  sfc64: {
    loads: (L) => seq(loadLocal(L.s0, 0), loadLocal(L.s1, 8), loadLocal(L.s2, 16), loadLocal(L.s3, 24)),
    stores: (L) => seq(storeLocal(L.s0, 0), storeLocal(L.s1, 8), storeLocal(L.s2, 16), storeLocal(L.s3, 24)),
    unroll: 4,
    body: (L) => seq(
      bin('add', bin('add', get(L.s0), get(L.s1)), get(L.s3)), set(L.y),
      bin('add', get(L.s3), c64(1)), set(L.s3),
      bin('xor', get(L.s1), bin('shr_u', get(L.s1), c64(11))), set(L.s0),
      bin('add', get(L.s2), bin('shl', get(L.s2), c64(3))), set(L.s1),
      bin('add', bin('rotl', get(L.s2), c64(24)), get(L.y)), set(L.s2),
    ),
  },
};

// ---- Philox 4x64-10: s0..s3 = counter, k0/k1 = key, bp = buffer_pos; buffer in memory at 48
const PM0 = 0xd2e7470ee14c6c93n, PM1 = 0xca5a826395121157n;
const W0 = 0x9e3779b97f4a7c15n, W1 = 0xbb67ae8584caa73bn;
const M64 = (1n << 64n) - 1n;

function philoxRounds(L) {
  const code = [seq(get(L.s0), set(L.c0), get(L.s1), set(L.c1), get(L.s2), set(L.c2), get(L.s3), set(L.c3))];
  for (let r = 0n; r < 10n; r++) {
    const k0 = bin('add', get(L.k0), c64((W0 * r) & M64));
    const k1 = bin('add', get(L.k1), c64((W1 * r) & M64));
    code.push(seq(
      bin('mul', get(L.c0), c64(PM0)), set(L.lo0),
      mulhiConst(L, get(L.c0), PM0), set(L.hi0),
      bin('mul', get(L.c2), c64(PM1)), set(L.lo1),
      mulhiConst(L, get(L.c2), PM1), set(L.hi1),
      bin('xor', bin('xor', get(L.hi1), get(L.c1)), k0), set(L.c0),
      get(L.lo1), set(L.c1),
      bin('xor', bin('xor', get(L.hi0), get(L.c3)), k1), set(L.c2),
      get(L.lo0), set(L.c3),
    ));
  }
  code.push(seq(
    storeLocal(L.c0, 48), storeLocal(L.c1, 56), storeLocal(L.c2, 64), storeLocal(L.c3, 72),
  ));
  return seq(code);
}

const increment = (l) => seq(bin('add', get(l), c64(1)), set(l));
/** The 256-bit counter s0..s3 plus one. */
const philoxIncrement = (L) => seq(
  increment(L.s0),
  ifThen(seq(get(L.s0), op.eqz), seq(
    increment(L.s1),
    ifThen(seq(get(L.s1), op.eqz), seq(
      increment(L.s2),
      ifThen(seq(get(L.s2), op.eqz), increment(L.s3)),
    )),
  )),
);
// Where two functions need the rounds they are one internal function (params: counter, key),
// called once per four outputs; the block kernel alone inlines them (a call measured 3-7% slower).
const ROUNDS_L = { s0: 0, s1: 1, s2: 2, s3: 3, k0: 4, k1: 5 };
['c0', 'c1', 'c2', 'c3', 'lo0', 'hi0', 'lo1', 'hi1', 'x', 'a0', 'a1', 't', 'w'].forEach((n, i) => { ROUNDS_L[n] = 6 + i; });
const roundsFunction = philoxRounds(ROUNDS_L);
let PHILOX_ROUNDS = -1; // its function index, or -1 to inline them; set per module below
GENS.philox = {
  loads: (L) => seq(loadLocal(L.s0, 0), loadLocal(L.s1, 8), loadLocal(L.s2, 16), loadLocal(L.s3, 24),
    loadLocal(L.k0, 32), loadLocal(L.k1, 40), c32(0), load32(80), set(L.bp)),
  stores: (L) => seq(storeLocal(L.s0, 0), storeLocal(L.s1, 8), storeLocal(L.s2, 16), storeLocal(L.s3, 24),
    c32(0), get(L.bp), store32(80)),
  unroll: 1,
  /** `rounds`: code in place of the rounds (the SIMD module's loop), else as PHILOX_ROUNDS says. */
  body: (L, rounds) => seq(
    ifThen(bin('i32ge_u', get(L.bp), c32(4)), seq(
      philoxIncrement(L),
      rounds ?? (PHILOX_ROUNDS < 0 ? philoxRounds(L)
        : seq(get(L.s0), get(L.s1), get(L.s2), get(L.s3), get(L.k0), get(L.k1), [0x10, ...uleb(PHILOX_ROUNDS)])),
      c32(0), set(L.bp),
    )),
    seq(get(L.bp), c32(3), op.i32shl), load64(48), set(L.y),
    bin('i32add', get(L.bp), c32(1)), set(L.bp),
  ),
};

// ---- Philox's block kernel with SIMD (a module of its own): four counters per turn, two of them
// as the lanes of i64x2 vectors and two as scalars, interleaved so that the scalar multiplies and
// the vector ones (i64x2.extmul of 32-bit halves) run side by side; measured 7.4 -> 4.8 ns per
// output here (two SIMD pairs alone, or four scalar counters, were no faster than one counter).
const sop = (code) => [0xfd, ...uleb(code)];
const V = {
  splat: (a) => seq(a, sop(0x12)), replace1: (vec, a) => seq(vec, a, sop(0x1e), 1),
  shuffle: (a, b, lanes) => seq(a, b, sop(0x0d), lanes),
  xor: (a, b) => seq(a, b, sop(0x51)), and: (a, b) => seq(a, b, sop(0x4e)), or: (a, b) => seq(a, b, sop(0x50)),
  shl: (a, k) => seq(a, c32(k), sop(0xcb)), shr: (a, k) => seq(a, c32(k), sop(0xcd)), add: (a, b) => seq(a, b, sop(0xce)),
  extmulLow: (a, b) => seq(a, b, sop(0xde)), extmulHigh: (a, b) => seq(a, b, sop(0xdf)),
  extract: (vec, lane) => seq(vec, sop(0x1d), lane), sub: (a, b) => seq(a, b, sop(0xd1)), ltS: (a, b) => seq(a, b, sop(0xd8)),
  store: (addr, val, off) => seq(addr, val, sop(0x0b), 4, uleb(off)),
  const: (bytes) => seq(sop(0x0c), bytes),
};
const BYTES = (from, n) => Array.from({ length: n }, (_, k) => from + k);
const u32Bytes = (...w) => [...new Uint8Array(new Uint32Array(w).buffer)];
const u64Bytes = (...w) => [...new Uint8Array(new BigUint64Array(w).buffer)];
const lo32 = (k) => Number(k & MASK32), hi32 = (k) => Number(k >> 32n);
/** The batch's own locals after the block function's: [name, type] in order. */
const SCALAR_NAMES = ['c0', 'c1', 'c2', 'c3', 'x', 'a0', 'a1', 'p0', 't', 'w', 'lo0', 'hi0', 'lo1', 'hi1'];
const BATCH_I64 = ['q0', 'q1', ...[0, 1].flatMap((g) => SCALAR_NAMES.map((n) => `${n}_${g}`))];
const BATCH_V128 = ['v0', 'v1', 'v2', 'v3', 'X', 'll', 'hh', 'lh', 'hl', 'vt', 'vw', 'h0', 'l0', 'h1', 'l1', 'kv0', 'kv1',
  'K1a', 'K2a', 'K1b', 'K2b', 'M', 'W0v', 'W1v'];
const BATCH_I32 = ['rr'];

/** Leaves hi64(M[src] * k) on the stack and sets M[lo] to the low 64 bits (four 32-bit products). */
function mulhiLo(M, src, k, lo) {
  const k0 = k & MASK32, k1 = k >> 32n;
  return seq(get(M[src]), set(M.x),
    bin('and', get(M.x), c64(MASK32)), set(M.a0), bin('shr_u', get(M.x), c64(32)), set(M.a1),
    bin('mul', get(M.a0), c64(k0)), set(M.p0),
    bin('add', bin('mul', get(M.a1), c64(k0)), bin('shr_u', get(M.p0), c64(32))), set(M.t),
    bin('add', bin('and', get(M.t), c64(MASK32)), bin('mul', get(M.a0), c64(k1))), set(M.w),
    bin('or', bin('shl', get(M.w), c64(32)), bin('and', get(M.p0), c64(MASK32))), set(M[lo]),
    bin('add', bin('add', bin('mul', get(M.a1), c64(k1)), bin('shr_u', get(M.t), c64(32))), bin('shr_u', get(M.w), c64(32))));
}

/**
 * The high and low 64 bits of each lane of vector x times k (K1 = k's halves as [lo, lo, hi, hi],
 * K2 = [hi, hi, lo, lo]): x's i32 lanes reordered to [A lo, B lo, A hi, B hi] make every 32-bit
 * partial product one extmul, combined as mulhiLo combines them.
 */
function vmulhiLo(B, x, K1, K2, hi, lo) {
  const g = (n) => get(B[n]);
  return seq(
    V.shuffle(g(x), g(x), [...BYTES(0, 4), ...BYTES(8, 4), ...BYTES(4, 4), ...BYTES(12, 4)]), set(B.X),
    V.extmulLow(g('X'), g(K1)), set(B.ll), V.extmulHigh(g('X'), g(K1)), set(B.hh),
    V.extmulLow(g('X'), g(K2)), set(B.lh), V.extmulHigh(g('X'), g(K2)), set(B.hl),
    V.add(g('hl'), V.shr(g('ll'), 32)), set(B.vt),
    V.add(V.and(g('vt'), g('M')), g('lh')), set(B.vw),
    V.add(V.add(g('hh'), V.shr(g('vt'), 32)), V.shr(g('vw'), 32)), set(B[hi]),
    V.or(V.shl(g('vw'), 32), V.and(g('ll'), g('M'))), set(B[lo]));
}

/** The vector constants, set once per call. */
function batchConstants(B) {
  const halves = (k) => [u32Bytes(lo32(k), lo32(k), hi32(k), hi32(k)), u32Bytes(hi32(k), hi32(k), lo32(k), lo32(k))];
  const [a1, a2] = halves(PM0), [b1, b2] = halves(PM1);
  return seq(
    V.const(a1), set(B.K1a), V.const(a2), set(B.K2a), V.const(b1), set(B.K1b), V.const(b2), set(B.K2b),
    V.const(u64Bytes(MASK32, MASK32)), set(B.M), V.const(u64Bytes(W0, W0)), set(B.W0v), V.const(u64Bytes(W1, W1)), set(B.W1v));
}

/** Sixteen outputs at B.at (as i64): the next four counters' blocks, the first two in the vectors' lanes. */
function philoxBatch(B) {
  const g = (n) => get(B[n]);
  const S = [0, 1].map((q) => new Proxy({}, { get: (_, n) => (n in B && !SCALAR_NAMES.includes(n) ? B[n] : B[`${n}_${q}`]) }));
  const round = seq(
    vmulhiLo(B, 'v0', 'K1a', 'K2a', 'h0', 'l0'),
    S.map((M) => seq(mulhiLo(M, 'c0', PM0, 'lo0'), set(M.hi0))),
    vmulhiLo(B, 'v2', 'K1b', 'K2b', 'h1', 'l1'),
    S.map((M) => seq(mulhiLo(M, 'c2', PM1, 'lo1'), set(M.hi1))),
    V.xor(V.xor(g('h1'), g('v1')), g('kv0')), set(B.v0), g('l1'), set(B.v1),
    V.xor(V.xor(g('h0'), g('v3')), g('kv1')), set(B.v2), g('l0'), set(B.v3),
    S.map((M) => seq(
      bin('xor', bin('xor', get(M.hi1), get(M.c1)), get(B.q0)), set(M.c0), get(M.lo1), set(M.c1),
      bin('xor', bin('xor', get(M.hi0), get(M.c3)), get(B.q1)), set(M.c2), get(M.lo0), set(M.c3))),
    bin('add', get(B.q0), c64(W0)), set(B.q0), bin('add', get(B.q1), c64(W1)), set(B.q1),
    V.add(g('kv0'), g('W0v')), set(B.kv0), V.add(g('kv1'), g('W1v')), set(B.kv1),
  );
  const words = ['s0', 's1', 's2', 's3'];
  const lanes0 = (a, b) => V.shuffle(a, b, [...BYTES(0, 8), ...BYTES(16, 8)]);
  const lanes1 = (a, b) => V.shuffle(a, b, [...BYTES(8, 8), ...BYTES(24, 8)]);
  return seq(
    philoxIncrement(B), words.map((w, j) => seq(V.splat(get(B[w])), set(B[`v${j}`]))),
    philoxIncrement(B), words.map((w, j) => seq(V.replace1(g(`v${j}`), get(B[w])), set(B[`v${j}`]))),
    S.map((M) => seq(philoxIncrement(B), words.map((w, j) => seq(get(B[w]), set(M[`c${j}`]))))),
    get(B.k0), set(B.q0), get(B.k1), set(B.q1), V.splat(get(B.k0)), set(B.kv0), V.splat(get(B.k1)), set(B.kv1),
    c32(10), set(B.rr),
    [0x03, 0x40], round, bin('i32sub', get(B.rr), c32(1)), [0x22, ...uleb(B.rr)], [0x0d, 0], [0x0b],
    V.store(get(B.at), lanes0(g('v0'), g('v1')), 0), V.store(get(B.at), lanes0(g('v2'), g('v3')), 16),
    V.store(get(B.at), lanes1(g('v0'), g('v1')), 32), V.store(get(B.at), lanes1(g('v2'), g('v3')), 48),
    S.map((M, q) => [0, 1, 2, 3].map((j) => seq(get(B.at), get(M[`c${j}`]), store64(64 + 32 * q + 8 * j)))),
  );
}

/** Where the bounded kernels have the batch leave its sixteen outputs: after the 4096 outputs of a call. */
const SCRATCH = 33024;
const PHILOX_BATCH = 0; // the batch's function index in the SIMD module

/** batch(at): the batch on the counter and key in memory (0..47) into at, the counter advanced by four. */
function philoxBatchFunction() {
  const B = { at: 0, s0: 1, s1: 2, s2: 3, s3: 4, k0: 5, k1: 6 };
  let next = 7;
  for (const n of [...BATCH_I64, ...BATCH_V128, ...BATCH_I32]) B[n] = next++;
  const code = seq(
    loadLocal(B.s0, 0), loadLocal(B.s1, 8), loadLocal(B.s2, 16), loadLocal(B.s3, 24), loadLocal(B.k0, 32), loadLocal(B.k1, 40),
    batchConstants(B), philoxBatch(B),
    storeLocal(B.s0, 0), storeLocal(B.s1, 8), storeLocal(B.s2, 16), storeLocal(B.s3, 24),
  );
  return funcBody([[6 + BATCH_I64.length, 0x7e], [BATCH_V128.length, 0x7b], [BATCH_I32.length, 0x7f]], code);
}

/** The batch into `at` (code) on the counter in L's locals (stored first, loaded again after). */
const callBatch = (L, at) => seq(
  storeLocal(L.s0, 0), storeLocal(L.s1, 8), storeLocal(L.s2, 16), storeLocal(L.s3, 24),
  at, [0x10, ...uleb(PHILOX_BATCH)],
  loadLocal(L.s0, 0), loadLocal(L.s1, 8), loadLocal(L.s2, 16), loadLocal(L.s3, 24),
);
/** The 256-bit counter s0..s3 minus one. */
const decrement = (l) => seq(bin('sub', get(l), c64(1)), set(l));
const philoxDecrement = (L) => ifElse(seq(get(L.s0), op.eqz), seq(decrement(L.s0),
  ifElse(seq(get(L.s1), op.eqz), seq(decrement(L.s1),
    ifElse(seq(get(L.s2), op.eqz), seq(decrement(L.s2), decrement(L.s3)), decrement(L.s2))), decrement(L.s1))),
  decrement(L.s0));

/**
 * Philox's body for the SIMD module's bounded kernels: a used-up buffer takes the next counter's
 * block from the batch (run four counters at a time; q counts the blocks taken); `settle` at the
 * end puts the counter back by the blocks the batch ran ahead.
 */
const philoxBatchedGen = (q) => ({
  ...GENS.philox,
  loads: (L) => seq(GENS.philox.loads(L), c32(4), set(q)),
  stores: (L) => seq(
    [0x02, 0x40], [0x03, 0x40], bin('i32ge_u', get(q), c32(4)), [0x0d, 1], philoxDecrement(L),
    bin('i32add', get(q), c32(1)), set(q), [0x0c, 0], [0x0b], [0x0b],
    GENS.philox.stores(L)),
  body: (L) => seq(
    ifThen(bin('i32ge_u', get(L.bp), c32(4)), seq(
      ifThen(bin('i32ge_u', get(q), c32(4)), seq(callBatch(L, c32(SCRATCH)), c32(0), set(q))),
      // buffer (48..79) = block q of the batch
      seq(c32(0), seq(get(q), c32(5), op.i32shl), [0x29, 3, ...uleb(SCRATCH)], store64(48)),
      seq(c32(0), seq(get(q), c32(5), op.i32shl), [0x29, 3, ...uleb(SCRATCH + 8)], store64(56)),
      seq(c32(0), seq(get(q), c32(5), op.i32shl), [0x29, 3, ...uleb(SCRATCH + 16)], store64(64)),
      seq(c32(0), seq(get(q), c32(5), op.i32shl), [0x29, 3, ...uleb(SCRATCH + 24)], store64(72)),
      bin('i32add', get(q), c32(1)), set(q),
      c32(0), set(L.bp),
    )),
    seq(get(L.bp), c32(3), op.i32shl), load64(48), set(L.y),
    bin('i32add', get(L.bp), c32(1)), set(L.bp),
  ),
});

/** philox(n, mode) with the batch taking sixteen outputs at a time wherever the buffer is used up. */
function philoxSimdBlockFunction() {
  const L = locals(2, BLOCK_I64, BLOCK_I32);
  // the batch inlined (a call per sixteen outputs measured 10% slower), writing at p
  const B = { ...L, at: L.p };
  let next = 2 + BLOCK_I64 + BLOCK_I32;
  for (const n of [...BATCH_I64, ...BATCH_V128, ...BATCH_I32]) B[n] = next++;
  const g = GENS.philox;
  /** numpy's next_double of the sixteen i64 at p, in place (rr counts the bytes). */
  const toDoubles = seq(c32(0), set(B.rr), [0x03, 0x40],
    bin('i32add', get(B.p), get(B.rr)), bin('i32add', get(B.p), get(B.rr)), load64(0), set(B.y), emitDoubleValue(B), storeF64(0),
    bin('i32add', get(B.rr), c32(8)), [0x22, ...uleb(B.rr)], c32(128), op.i32lt_u, [0x0d, 0], [0x0b]);
  // the one-output path's rounds as a loop (q0, q1 the round keys), for the module's size
  const roundsLoop = seq(
    get(L.s0), set(L.c0), get(L.s1), set(L.c1), get(L.s2), set(L.c2), get(L.s3), set(L.c3),
    get(L.k0), set(B.q0), get(L.k1), set(B.q1), c32(10), set(B.rr),
    [0x03, 0x40],
    bin('mul', get(L.c0), c64(PM0)), set(L.lo0), mulhiConst(L, get(L.c0), PM0), set(L.hi0),
    bin('mul', get(L.c2), c64(PM1)), set(L.lo1), mulhiConst(L, get(L.c2), PM1), set(L.hi1),
    bin('xor', bin('xor', get(L.hi1), get(L.c1)), get(B.q0)), set(L.c0), get(L.lo1), set(L.c1),
    bin('xor', bin('xor', get(L.hi0), get(L.c3)), get(B.q1)), set(L.c2), get(L.lo0), set(L.c3),
    bin('add', get(B.q0), c64(W0)), set(B.q0), bin('add', get(B.q1), c64(W1)), set(B.q1),
    bin('i32sub', get(B.rr), c32(1)), [0x22, ...uleb(B.rr)], [0x0d, 0], [0x0b],
    storeLocal(L.c0, 48), storeLocal(L.c1, 56), storeLocal(L.c2, 64), storeLocal(L.c3, 72),
  );
  const code = seq(
    g.loads(L), batchConstants(B),
    c32(OUT_BASE), set(L.p),
    seq(get(0), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(L.end),
    [0x02, 0x40], [0x03, 0x40],
    bin('i32ge_u', get(L.p), get(L.end)), [0x0d, 1],
    ifThen(seq(bin('i32ge_u', get(L.bp), c32(4)), bin('i32ge_u', bin('i32sub', get(L.end), get(L.p)), c32(128)), 0x71 /* i32.and */), seq(
      // the sixteen outputs to p, the buffer left holding the last block (as if drawn one at a time)
      // (from the last counter's locals: reloading what was just stored stalls store forwarding)
      philoxBatch(B), [0, 1, 2, 3].map((j) => seq(c32(0), get(B[`c${j}_1`]), store64(48 + 8 * j))),
      ifThen(get(1), toDoubles),
      bin('i32add', get(L.p), c32(128)), set(L.p),
      [0x0c, 1],
    )),
    g.body(L, roundsLoop),
    ifElse(get(1), emitDouble(L, 0), emitRaw(L, 0)),
    bin('i32add', get(L.p), c32(8)), set(L.p),
    [0x0c, 0],
    [0x0b], [0x0b],
    g.stores(L),
  );
  return funcBody([[BLOCK_I64, 0x7e], [BLOCK_I32, 0x7f], [BATCH_I64.length, 0x7e], [BATCH_V128.length, 0x7b], [BATCH_I32.length, 0x7f]], code);
}

// ---- PCG64's block kernel with SIMD (a module of its own): a 4-way leapfrog, four chains each
// stepped by M^4 (increment inc * (1 + M + M^2 + M^3)), two as scalars and two as the lanes of
// i64x2 vectors, so that the scalar multiplies and the vector ones (i64x2.extmul of 32-bit halves)
// run side by side: 2.05 -> 1.70 ns per output for the kernel alone (one scalar chain or three
// were no better than two).
const M128 = (1n << 128n) - 1n;
const PCG_MULT = (PCG_MULT_HI << 64n) | PCG_MULT_LO;
/** The leapfrog's multiplier M^4 and increment factor 1 + M + M^2 + M^3, mod 2^128. */
const leap = (m) => ({ a4: m ** 4n & M128, g4: (1n + m + m ** 2n + m ** 3n) & M128 });
/** The dxsm output of the state (hi:lo) into L.y (numpy's DXSM, of the state before its step). */
const dxsmOut = (L, lo, hi) => seq(
  bin('mul', bin('xor', get(hi), bin('shr_u', get(hi), c64(32))), c64(CHEAP)), set(L.y),
  bin('mul', bin('xor', get(L.y), bin('shr_u', get(L.y), c64(48))), bin('or', get(lo), c64(1))), set(L.y));
/**
 * The two PCG64 variants' leapfrogs: the base multiplier (hi, lo), the output of a state, and
 * whether an output comes from the state after its step (XSL-RR) or before it (DXSM).
 */
const PCG_SIMD = {
  xslrr: { multHi: PCG_MULT_HI, multLo: PCG_MULT_LO, ...leap(PCG_MULT), out: (L, lo, hi) => xslrrOut(L, lo, hi), after: true },
  dxsm: { multHi: 0n, multLo: CHEAP, ...leap(CHEAP), out: dxsmOut, after: false },
};
const PCG_SIMD_I64 = ['c0l', 'c0h', 'c1l', 'c1h', 'e0', 'e1', 'i4l', 'i4h', 'z'];
const PCG_SIMD_V128 = ['vl', 'vh', 'X', 'Y', 'll', 'hh', 'lh', 'hl', 'vt', 'vw', 'ph', 'pl', 'd1', 'd2', 'nl',
  'K1', 'K2', 'KH1', 'KH2', 'M', 'CL', 'CH', 'SB'];

/** The output of the state (hi:lo) into L.y (XSL-RR). */
const xslrrOut = (L, lo, hi) => seq(bin('rotr', bin('xor', get(hi), get(lo)), bin('shr_u', get(hi), c64(58))), set(L.y));

/** Both lanes of (vh:vl) times the leapfrog's M^4 (K1..KH2) plus (CH:CL), mod 2^128, from 32-bit extmul partial products. */
function pcgVectorStep(B) {
  const g = (n) => get(B[n]);
  const split = (v) => V.shuffle(g(v), g(v), [...BYTES(0, 4), ...BYTES(8, 4), ...BYTES(4, 4), ...BYTES(12, 4)]);
  /** The low 64 bits of each lane of the split vector s times the constant whose halves K1, K2 hold. */
  const lowProduct = (sv, K1, K2) => V.add(V.extmulLow(g(sv), g(K1)), V.shl(V.add(V.extmulLow(g(sv), g(K2)), V.extmulHigh(g(sv), g(K2))), 32));
  return seq(
    split('vl'), set(B.X),
    V.extmulLow(g('X'), g('K1')), set(B.ll), V.extmulHigh(g('X'), g('K1')), set(B.hh),
    V.extmulLow(g('X'), g('K2')), set(B.lh), V.extmulHigh(g('X'), g('K2')), set(B.hl),
    V.add(g('hl'), V.shr(g('ll'), 32)), set(B.vt), V.add(V.and(g('vt'), g('M')), g('lh')), set(B.vw),
    V.add(V.add(g('hh'), V.shr(g('vt'), 32)), V.shr(g('vw'), 32)), set(B.ph),
    V.or(V.shl(g('vw'), 32), V.and(g('ll'), g('M'))), set(B.pl),
    lowProduct('X', 'KH1', 'KH2'), set(B.d1),
    split('vh'), set(B.Y),
    lowProduct('Y', 'K1', 'K2'), set(B.d2),
    V.add(g('pl'), g('CL')), set(B.nl),
    // the carry out of the low half (nl < CL unsigned: both flipped by the sign bit, then signed)
    V.sub(V.add(V.add(V.add(g('ph'), g('d1')), g('d2')), g('CH')), V.ltS(V.xor(g('nl'), g('SB')), V.xor(g('CL'), g('SB')))), set(B.vh),
    g('nl'), set(B.vl),
  );
}

/**
 * xslrr(n, mode) or dxsm(n, mode) for a SIMD module: the leapfrog while 4 outputs remain, then one
 * at a time. The chains hold the states the next four outputs come from: for XSL-RR s + 1 .. s + 4
 * (each output is of its stepped state, and the last one's state is the generator's), for DXSM
 * s .. s + 3 (each of the state before its step; the generator's is then the first chain's next).
 */
function pcgSimdBlockFunction(kind) {
  const K = PCG_SIMD[kind];
  const L = locals(2, BLOCK_I64, BLOCK_I32);
  const B = { ...L };
  let next = 2 + BLOCK_I64 + BLOCK_I32;
  for (const n of [...PCG_SIMD_I64, ...PCG_SIMD_V128]) B[n] = next++;
  const g = (n) => get(B[n]);
  const [Alo, Ahi] = [K.a4 & M64, K.a4 >> 64n];
  const halves = (k) => [u32Bytes(lo32(k), lo32(k), hi32(k), hi32(k)), u32Bytes(hi32(k), hi32(k), lo32(k), lo32(k))];
  const [k1, k2] = halves(Alo), [kh1, kh2] = halves(Ahi);
  const emit = (at) => ifElse(get(1), emitDouble(L, at), emitRaw(L, at));
  const one = (lo, hi) => lcgStepOn(L, lo, hi, K.multHi, K.multLo, L.k0, L.k1);
  /** The leapfrog's loop with outputs stored by `put` (one loop per mode: no branch per output). */
  const turns = (put) => {
    const laneOut = (lane, at) => seq(V.extract(g('vl'), lane), set(B.e0), V.extract(g('vh'), lane), set(B.e1), K.out(L, B.e0, B.e1), put(L, at));
    return seq(
      [0x02, 0x40], [0x03, 0x40],
      bin('i32lt_u', bin('i32sub', get(L.end), get(L.p)), c32(32)), [0x0d, 1],
      K.out(L, B.c0l, B.c0h), put(L, 0), K.out(L, B.c1l, B.c1h), put(L, 8),
      laneOut(0, 16), laneOut(1, 24),
      // XSL-RR: the state is the last output's (lane 1's, read just above)
      K.after ? seq(get(B.e0), set(L.s0), get(B.e1), set(L.s1)) : [],
      bin('i32add', get(L.p), c32(32)), set(L.p),
      pcgVectorStep(B),
      lcgStepOn(L, B.c0l, B.c0h, Ahi, Alo, B.i4l, B.i4h), lcgStepOn(L, B.c1l, B.c1h, Ahi, Alo, B.i4l, B.i4h),
      // DXSM: the state is the first chain's, four steps on
      K.after ? [] : seq(get(B.c0l), set(L.s0), get(B.c0h), set(L.s1)),
      [0x0c, 0],
      [0x0b], [0x0b],
    );
  };
  /** Chain states in order: s + 1 .. s + 4 after each step (XSL-RR), s .. s + 3 before it (DXSM). */
  const chain = (record) => (K.after ? seq(one(L.s0, L.s1), record) : seq(record, one(L.s0, L.s1)));
  const leapfrog = seq(
    // inc * G4: the four chains' increment
    get(L.k0), set(B.i4l), get(L.k1), set(B.i4h), c64(0), set(B.z),
    lcgStepOn(L, B.i4l, B.i4h, K.g4 >> 64n, K.g4 & M64, B.z, B.z),
    V.const(k1), set(B.K1), V.const(k2), set(B.K2), V.const(kh1), set(B.KH1), V.const(kh2), set(B.KH2),
    V.const(u64Bytes(MASK32, MASK32)), set(B.M), V.const(u64Bytes(1n << 63n, 1n << 63n)), set(B.SB),
    V.splat(g('i4l')), set(B.CL), V.splat(g('i4h')), set(B.CH),
    // two chains as scalars, two as lanes 0 and 1; s itself moves on here and is set in the loop
    chain(seq(get(L.s0), set(B.c0l), get(L.s1), set(B.c0h))),
    chain(seq(get(L.s0), set(B.c1l), get(L.s1), set(B.c1h))),
    chain(seq(V.splat(get(L.s0)), set(B.vl), V.splat(get(L.s1)), set(B.vh))),
    chain(seq(V.replace1(g('vl'), get(L.s0)), set(B.vl), V.replace1(g('vh'), get(L.s1)), set(B.vh))),
    ifElse(get(1), turns(emitDouble), turns(emitRaw)),
  );
  const code = seq(
    GENS[kind].loads(L),
    c32(OUT_BASE), set(L.p),
    seq(get(0), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(L.end),
    ifThen(bin('i32ge_u', bin('i32sub', get(L.end), get(L.p)), c32(32)), leapfrog),
    [0x02, 0x40], [0x03, 0x40],
    bin('i32ge_u', get(L.p), get(L.end)), [0x0d, 1],
    GENS[kind].body(L), emit(0),
    bin('i32add', get(L.p), c32(8)), set(L.p),
    [0x0c, 0],
    [0x0b], [0x0b],
    GENS[kind].stores(L),
  );
  return funcBody([[BLOCK_I64, 0x7e], [BLOCK_I32, 0x7f], [PCG_SIMD_I64.length, 0x7e], [PCG_SIMD_V128.length, 0x7b]], code);
}

/**
 * Stores the output in L.y at p + at: as i64, or as numpy's next_double. y >> 11 is below 2**53,
 * so the signed conversion (one instruction, unlike the unsigned one) is exact.
 */
const emitDoubleValue = (L) => bin('f64mul', seq(bin('shr_u', get(L.y), c64(11)), op.f64convert_s), f64c(1 / 9007199254740992));
const emitDouble = (L, at) => seq(get(L.p), emitDoubleValue(L), storeF64(at));
const emitRaw = (L, at) => seq(get(L.p), get(L.y), store64(at));

/** f(n, mode): n outputs at OUT_BASE, as i64 (mode 0) or numpy's next_double (mode 1). */
function blockFunction(g) {
  const L = locals(2, BLOCK_I64, BLOCK_I32);
  // one loop per output form where the body is small (a branch per output on the form cost the
  // PCG64 kernel a fifth); Philox's, with its rounds inlined, keeps one loop for the module's size
  const loop = (put) => seq(
    [0x02, 0x40], [0x03, 0x40],
    bin('i32ge_u', get(L.p), get(L.end)), [0x0d, 1],
    g.body(L),
    put(L, 0),
    bin('i32add', get(L.p), c32(8)), set(L.p),
    [0x0c, 0],
    [0x0b], [0x0b],
  );
  return seq(
    g.loads(L),
    c32(OUT_BASE), set(L.p),
    seq(get(0), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(L.end),
    g.unroll > 1 ? ifElse(get(1), loop(emitDouble), loop(emitRaw))
      : loop((M, at) => ifElse(get(1), emitDouble(M, at), emitRaw(M, at))),
    g.stores(L),
  );
}

// ---- The fused bounded draws: numpy's bounded integers straight from the generator's outputs,
// as off + value stored at OUT_BASE as float64 (fmt 0, the value as a signed int64: exact within
// 2**53), uint32 (fmt 1) or int64 (fmt 2), until n values are stored. Candidates are accepted or
// rejected one at a time, as numpy's loops take them; masked: value = x & a, accepted when
// <= b; Lemire: m = x * a, value m's high half, accepted when its low half reaches b.
const P_N = 0, P_FMT = 1, P_MASKED = 2;
const UINT_AT = 88; // bounded32's last high half (numpy's uinteger)

/** Stores off + v (v on the stack as i64) in the call's format; p advances; done once full. */
function storeValue(L, v, onFull) {
  const r = bin('add', get(L.off), v);
  return seq(
    ifElse(bin('i32lt_u', get(P_FMT), c32(1)),
      seq(get(L.p), r, op.f64convert_s, storeF64(0)),
      ifElse(bin('i32lt_u', get(P_FMT), c32(2)),
        seq(get(L.p), r, 0xa7 /* i32.wrap_i64 */, store32(0)),
        seq(get(L.p), r, store64(0)))),
    bin('i32add', get(L.p), get(L.stride)), set(L.p),
    ifThen(bin('i32ge_u', get(L.p), get(L.end)), onFull),
  );
}

/**
 * One 32-bit candidate (L.x): its value stored when accepted. `depth` is the br index of the
 * function's outer block from where this code stands; a full output leaves it with pend = pendAfter.
 */
/** The masked form or Lemire's by the call's flag, or Lemire's alone in a Lemire-only kernel. */
const maskedOr = (lemireOnly, masked, lemire) => (lemireOnly ? lemire : ifElse(get(P_MASKED), masked, lemire));

function candidate32(L, pendAfter, depth, lemireOnly) {
  return seq(
    maskedOr(lemireOnly,
      seq(bin('and', get(L.x), get(L.fa)), set(L.m), bin('le_u', get(L.m), get(L.fb)), set(L.acc)),
      seq(bin('mul', get(L.x), get(L.fa)), set(L.m),
        bin('ge_u', bin('and', get(L.m), c64(MASK32)), get(L.fb)), set(L.acc),
        bin('shr_u', get(L.m), c64(32)), set(L.m))),
    ifThen(get(L.acc), storeValue(L, get(L.m), seq(c32(pendAfter), set(L.pend), [0x0c, depth + 2]))),
  );
}

/** One 64-bit candidate (L.y), as candidate32; Lemire's e = a as halves e0, e1. */
function candidate64(L, depth, lemireOnly) {
  return seq(
    maskedOr(lemireOnly,
      seq(bin('and', get(L.y), get(L.fa)), set(L.m), bin('le_u', get(L.m), get(L.fb)), set(L.acc)),
      seq(
        bin('and', get(L.y), c64(MASK32)), set(L.a0), bin('shr_u', get(L.y), c64(32)), set(L.a1),
        bin('mul', get(L.a0), get(L.e0)), set(L.u),
        bin('add', bin('mul', get(L.a1), get(L.e0)), bin('shr_u', get(L.u), c64(32))), set(L.t),
        bin('add', bin('and', get(L.t), c64(MASK32)), bin('mul', get(L.a0), get(L.e1))), set(L.w),
        // the product's low 64 bits are (w << 32) | (a0 * e0 & mask)
        bin('ge_u', bin('or', bin('shl', get(L.w), c64(32)), bin('and', get(L.u), c64(MASK32))), get(L.fb)), set(L.acc),
        bin('add', bin('add', bin('mul', get(L.a1), get(L.e1)), bin('shr_u', get(L.t), c64(32))), bin('shr_u', get(L.w), c64(32))), set(L.m),
      )),
    ifThen(get(L.acc), storeValue(L, get(L.m), [0x0c, depth + 2])),
  );
}

const u64Of = (i) => seq(get(i), op.extend_u);
const join64 = (lo, hi) => bin('or', bin('shl', u64Of(hi), c64(32)), u64Of(lo));
const unrolled = (g, one) => seq(Array.from({ length: g.unroll }, one));

/**
 * b32(n, fmt, masked, a, b, offLo, offHi, pendIn, pendWord) -> pend: numpy's next_uint32 stream
 * (each output's low half, then its high half) with numpy's buffered half as pendIn/pendWord
 * taken first; returns whether the last output's high half is left buffered, and leaves that
 * high half (numpy's uinteger) at UINT_AT.
 */
function bounded32Function(g, lemireOnly = false) {
  const L = locals(9);
  return seq(
    g.loads(L),
    u64Of(3), set(L.fa), u64Of(4), set(L.fb), join64(5, 6), set(L.off), u64Of(8), set(L.hw),
    c32(8), set(L.stride), ifThen(bin('i32eq', get(P_FMT), c32(1)), seq(c32(4), set(L.stride))),
    c32(OUT_BASE), set(L.p),
    seq(get(P_N), get(L.stride), op.i32mul, c32(OUT_BASE), op.i32add), set(L.end),
    c32(0), set(L.pend),
    [0x02, 0x40],
    ifThen(get(7), seq(get(L.hw), set(L.x), candidate32(L, 0, 1, lemireOnly))),
    [0x03, 0x40],
    unrolled(g, () => seq(
      g.body(L),
      bin('shr_u', get(L.y), c64(32)), set(L.hw),
      bin('and', get(L.y), c64(MASK32)), set(L.x), candidate32(L, 1, 1, lemireOnly),
      get(L.hw), set(L.x), candidate32(L, 0, 1, lemireOnly),
    )),
    [0x0c, 0],
    [0x0b], [0x0b],
    g.stores(L),
    c32(0), seq(get(L.hw), op.wrap), store32(UINT_AT),
    get(L.pend),
  );
}

/** b64(n, fmt, masked, aLo, aHi, bLo, bHi, offLo, offHi): numpy's 64-bit bounded draws (returns 0). */
function bounded64Function(g, lemireOnly = false) {
  const L = locals(9);
  return seq(
    g.loads(L),
    join64(3, 4), set(L.fa), join64(5, 6), set(L.fb), join64(7, 8), set(L.off),
    bin('and', get(L.fa), c64(MASK32)), set(L.e0), bin('shr_u', get(L.fa), c64(32)), set(L.e1),
    c32(8), set(L.stride),
    c32(OUT_BASE), set(L.p),
    seq(get(P_N), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(L.end),
    [0x02, 0x40], [0x03, 0x40],
    unrolled(g, () => seq(g.body(L), candidate64(L, 1, lemireOnly))),
    [0x0c, 0],
    [0x0b], [0x0b],
    g.stores(L),
    c32(0),
  );
}

// ---- lemire64(k) -> m: numpy's 64-bit Lemire over k candidates (i64) at OUT_BASE, in place:
// the high 64 bits of x * e for each x whose low 64 bits reach thr, packed to the front; e = rng + 1
// and thr = (2^64 - 1 - rng) % e at LEMIRE_E / LEMIRE_THR. Its own locals:
// 0 = k; i64 1.. = x, e, thr, e0, e1, a0, a1, t, w; i32 10.. = p, q, end
const LEMIRE_E = 96, LEMIRE_THR = 104;
const LM = { k: 0, x: 1, e: 2, thr: 3, e0: 4, e1: 5, a0: 6, a1: 7, t: 8, w: 9, p: 10, q: 11, end: 12 };
const lemire64 = seq(
  c32(0), load64(LEMIRE_E), set(LM.e), c32(0), load64(LEMIRE_THR), set(LM.thr),
  bin('and', get(LM.e), c64(MASK32)), set(LM.e0), bin('shr_u', get(LM.e), c64(32)), set(LM.e1),
  c32(OUT_BASE), set(LM.p), c32(OUT_BASE), set(LM.q),
  seq(get(LM.k), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(LM.end),
  [0x02, 0x40], [0x03, 0x40],
  bin('i32ge_u', get(LM.p), get(LM.end)), [0x0d, 1],
  get(LM.p), load64(0), set(LM.x),
  ifThen(seq(bin('mul', get(LM.x), get(LM.e)), get(LM.thr), 0x5a /* i64.ge_u */), seq(
    bin('and', get(LM.x), c64(MASK32)), set(LM.a0), bin('shr_u', get(LM.x), c64(32)), set(LM.a1),
    bin('add', bin('mul', get(LM.a1), get(LM.e0)), bin('shr_u', bin('mul', get(LM.a0), get(LM.e0)), c64(32))), set(LM.t),
    bin('add', bin('and', get(LM.t), c64(MASK32)), bin('mul', get(LM.a0), get(LM.e1))), set(LM.w),
    get(LM.q),
    bin('add', bin('add', bin('mul', get(LM.a1), get(LM.e1)), bin('shr_u', get(LM.t), c64(32))), bin('shr_u', get(LM.w), c64(32))),
    store64(0),
    bin('i32add', get(LM.q), c32(8)), set(LM.q),
  )),
  bin('i32add', get(LM.p), c32(8)), set(LM.p),
  [0x0c, 0],
  [0x0b], [0x0b],
  seq(get(LM.q), c32(OUT_BASE), 0x6b /* i32.sub */, c32(3), 0x76 /* i32.shr_u */),
);

// ---- lemire16(k, need, excl, thr, off) -> m: numpy's buffered 16-bit Lemire over the k <= 4096
// words (i32) at L16_BASE, each word's low half first: (off + (c * excl >>> 16)) mod 2^16 of each
// candidate c whose product's low 16 bits reach thr, stored as u16 packed from L16_BASE, stopping
// once `need` are taken (in place: the m-th value's bytes never pass the word being read). The
// words are drawn there by any generator's fill_uint32, so they lie past the block kernels'
// output area (which PCG64DXSM's and SFC64's fills reuse chunk after chunk).
// Locals: 0 = k, 1 = need, 2 = excl, 3 = thr, 4 = off; 5 = p, 6 = end, 7 = x, 8 = prod, 9 = m.
const L16_BASE = 49152;
const L16 = { k: 0, need: 1, excl: 2, thr: 3, off: 4, p: 5, end: 6, x: 7, prod: 8, m: 9 };
const candidate16 = (half) => seq(
  bin('i32ge_u', get(L16.m), get(L16.need)), [0x0d, 1], // br_if out of the loop's block
  bin('i32mul', half, get(L16.excl)), set(L16.prod),
  ifThen(seq(bin('i32and', get(L16.prod), c32(0xffff)), get(L16.thr), op.i32ge_u), seq(
    seq(get(L16.m), get(L16.m), op.i32add, c32(L16_BASE), op.i32add),
    bin('i32add', get(L16.off), bin('i32shr_u', get(L16.prod), c32(16))),
    [0x3b, 1, 0], // i32.store16
    bin('i32add', get(L16.m), c32(1)), set(L16.m),
  )),
);
const lemire16Function = seq(
  c32(L16_BASE), set(L16.p),
  seq(get(L16.k), c32(2), op.i32shl, c32(L16_BASE), op.i32add), set(L16.end),
  [0x02, 0x40], [0x03, 0x40],
  bin('i32ge_u', get(L16.p), get(L16.end)), [0x0d, 1],
  get(L16.p), load32(0), set(L16.x),
  candidate16(bin('i32and', get(L16.x), c32(0xffff))),
  candidate16(bin('i32shr_u', get(L16.x), c32(16))),
  bin('i32add', get(L16.p), c32(4)), set(L16.p),
  [0x0c, 0],
  [0x0b], [0x0b],
  get(L16.m),
);

// ---- floats(n): the n outputs (i64) at OUT_BASE as numpy's next_float of each one's low, then
// high half, in place (output j's two floats take its eight bytes): (half >>> 8) * 2^-24, exact.
// Locals: 0 = n; 1 = p, 2 = end (i32); 3 = y (i64).
const FL = { n: 0, p: 1, end: 2, y: 3 };
const float24 = (half) => seq(half, c32(8), 0x76 /* i32.shr_u */, 0xb3 /* f32.convert_i32_u */,
  0x43, ...new Uint8Array(new Float32Array([2 ** -24]).buffer) /* f32.const */, 0x94 /* f32.mul */);
const floatsFunction = seq(
  c32(OUT_BASE), set(FL.p),
  seq(get(FL.n), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(FL.end),
  [0x02, 0x40], [0x03, 0x40],
  bin('i32ge_u', get(FL.p), get(FL.end)), [0x0d, 1],
  get(FL.p), load64(0), set(FL.y),
  get(FL.p), float24(seq(get(FL.y), op.wrap)), [0x38, 2, 0] /* f32.store */,
  get(FL.p), float24(seq(bin('shr_u', get(FL.y), c64(32)), op.wrap)), [0x38, 2, 4],
  bin('i32add', get(FL.p), c32(8)), set(FL.p),
  [0x0c, 0],
  [0x0b], [0x0b],
);

const KINDS = ['xslrr', 'dxsm', 'sfc64', 'philox'];
// Function types: 0 = (i32, i32) -> (), 1 = (i32) -> i32, 2 = (i32 x 9) -> i32, 3 = (i64 x 6) -> (),
// 4 = (i32) -> (), 5 = (i32 x 5) -> i32
const TYPES = [[0x60, 2, 0x7f, 0x7f, 0], [0x60, 1, 0x7f, 1, 0x7f], [0x60, 9, ...Array(9).fill(0x7f), 1, 0x7f], [0x60, 6, ...Array(6).fill(0x7e), 0],
  [0x60, 1, 0x7f, 0], [0x60, 5, ...Array(5).fill(0x7f), 1, 0x7f]];
const localsOf = (type) => (type === 0 ? [[BLOCK_I64, 0x7e], [BLOCK_I32, 0x7f]] : type === 1 ? [[9, 0x7e], [3, 0x7f]]
  : type === 3 ? [[13, 0x7e]] : type === 4 ? [[2, 0x7f], [1, 0x7e]] : type === 5 ? [[5, 0x7f]] : [[N_I64, 0x7e], [N_I32, 0x7f]]);

/**
 * One module from [name, type, () => code] entries; with `rounds`, the Philox rounds come first
 * (function 0, not exported) and the Philox bodies call them, else they inline them.
 */
function moduleBytes(entries, rounds) {
  PHILOX_ROUNDS = rounds ? 0 : -1;
  const all = rounds ? [['', 3, () => roundsFunction], ...entries] : entries;
  const funcs = all.map(([n, type, make]) => [n, type, funcBody(localsOf(type), make())]);
  const exports = funcs.map(([n], i) => [n, i]).filter(([n]) => n !== '');
  if (process.env.WASM_SIZES) for (const [n, , body] of funcs) console.log(n, body.length);
  return assemble(
    section(1, vec(TYPES)),
    section(3, vec(funcs.map(([, type]) => [type]))),
    section(5, vec([[0x00, 1]])),
    section(7, vec([[...name('mem'), 2, 0], ...exports.map(([n, i]) => [...name(n), 0, i])])),
    section(10, vec(funcs.map(([, , body]) => body))),
  );
}

// The block kernels of PCG64, PCG64DXSM and SFC64 in one module; each generator's fused bounded
// kernels in one of their own (together they pass the 4 KiB limit).
const blockBytes = moduleBytes([
  ...KINDS.filter((k) => k !== 'philox').map((k) => [k, 0, () => blockFunction(GENS[k])]),
  ['lemire64', 1, () => lemire64],
  ['lemire16', 5, () => lemire16Function],
  ['floats', 4, () => floatsFunction],
], false);
// The same kernels with Lemire's rejection alone (no branch per candidate on the method: 12%
// faster; Generator's integers are always Lemire's), for PCG64, PCG64DXSM and SFC64.
const LEMIRE_KINDS = ['xslrr', 'dxsm', 'sfc64'];
const lemireBytes = Object.fromEntries(LEMIRE_KINDS.map((k) => [k, moduleBytes([
  ['b32', 2, () => bounded32Function(GENS[k], true)],
  ['b64', 2, () => bounded64Function(GENS[k], true)],
], false)]));
// Philox's plain block kernel in a module of its own (for the size; the SIMD one serves where it can)
const philoxBlockBytes = moduleBytes([['philox', 0, () => blockFunction(GENS.philox)], ['floats', 4, () => floatsFunction]], false);
const boundedBytes = Object.fromEntries(KINDS.map((k) => [k, moduleBytes([
  ['b32', 2, () => bounded32Function(GENS[k])],
  ['b64', 2, () => bounded64Function(GENS[k])],
], k === 'philox')]));
/** A module from its sections: the header added, validated, and held under 4 KiB. */
function assemble(...sections) {
  const bytes = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...sections.flat()];
  new WebAssembly.Module(new Uint8Array(bytes)); // validates
  // Chrome refuses synchronous compiles above 4 KiB on the main thread
  if (bytes.length >= 4096) throw new Error(`a module of ${bytes.length} bytes`);
  return bytes;
}
/**
 * A SIMD block kernel (exported as fname) with the floats conversion, in a module of its own;
 * `extra`, [name, body], a function (i32) -> i32 exported beside them.
 */
const simdBlockModule = (fname, body, extra) => assemble(
  section(1, vec([TYPES[0], TYPES[4], TYPES[1]])), section(3, vec(extra === undefined ? [[0], [1]] : [[0], [1], [2]])),
  section(5, vec([[0x00, 1]])),
  section(7, vec([[...name('mem'), 2, 0], [...name(fname), 0, 0], [...name('floats'), 0, 1],
    ...(extra === undefined ? [] : [[...name(extra[0]), 0, 2]])])),
  section(10, vec([body, funcBody(localsOf(4), floatsFunction), ...(extra === undefined ? [] : [extra[1]])])),
);
// Philox's SIMD block kernel (the loader falls back to philoxBlockBytes' where SIMD is missing),
// with the same memory layout.
const philoxSimdBytes = simdBlockModule('philox', philoxSimdBlockFunction());
// Its fused bounded kernels with the batch (a function they call), in a module of their own for
// the size; the loader uses them where it uses the SIMD block kernel.
/** Philox's batched fused bounded kernels (Lemire's rejection alone with `lemireOnly`). */
function philoxSimdBounded(lemireOnly) {
  const bounded = (make) => funcBody([[N_I64, 0x7e], [N_I32 + 1, 0x7f]], make(philoxBatchedGen(9 + N_I64 + N_I32), lemireOnly));
  return assemble(
    section(1, vec([TYPES[4], TYPES[2]])), section(3, vec([[0], [1], [1]])), section(5, vec([[0x00, 1]])),
    section(7, vec([[...name('mem'), 2, 0], [...name('b32'), 0, 1], [...name('b64'), 0, 2]])),
    section(10, vec([philoxBatchFunction(), bounded(bounded32Function), bounded(bounded64Function)])),
  );
}
const philoxSimdBoundedBytes = philoxSimdBounded(false), philoxSimdLemireBytes = philoxSimdBounded(true);
// ---- Each generator's standard exponentials, numpy's 256-layer ziggurat, whole in WebAssembly:
// exp(n, scale) stores scale * x for n values at OUT_BASE (f64), the wedge's exp and the tail's
// log1p imported from the math module (glibc's, as everywhere); the tables (ke, we, fe as f64)
// are written at EXP_TABLES by the loader. Locals: 0 = n, 1 = scale, then the block function's,
// then idx, wedge (i32), ri, x, u (f64).
const EXP_TABLES = 33024; // after the 4096 outputs
const ZIGGURAT_EXP_R = 7.69711747013104972;
const F64 = 0x7c;
const fop = { lt: 0x63, sub: 0xa1, mul: 0xa2, add: 0xa0, neg: 0x9a, convert_i64_s: 0xb9 };
function exponentialFunction(g, rayleigh = false) {
  const L = locals(2, BLOCK_I64, BLOCK_I32);
  const idx = 2 + BLOCK_I64 + BLOCK_I32, wedge = idx + 1, ri = idx + 2, x = idx + 3, u = idx + 4;
  /** table[idx + at] (f64), the tables ke, we, fe 2048 bytes apart. */
  const table = (t, at = 0) => seq(get(idx), c32(3), op.i32shl, [0x2b, 3, ...uleb(EXP_TABLES + 2048 * t + 8 * at)] /* f64.load */);
  const ke = () => table(0), we = () => table(1), fe = (at = 0) => table(2, at);
  // the value stored: scale * x, or for rayleigh (local 1 its mode) numpy's mode * sqrt(2.0 * x)
  const value = (v) => (rayleigh ? seq(get(1), seq(f64c(2), v, fop.mul, 0x9f /* f64.sqrt */), fop.mul) : seq(get(1), v, fop.mul));
  // put's br 2 continues the loop from inside two ifs
  const put = (v) => seq(get(L.p), value(v), storeF64(0), bin('i32add', get(L.p), c32(8)), set(L.p), [0x0c, 2]);
  // One output per turn (one site for the generator's step, for the module's size): a draw, or
  // with `wedge` set, the uniform the last draw's wedge or tail test takes.
  return seq(
    g.loads(L),
    c32(OUT_BASE), set(L.p),
    seq(get(0), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(L.end),
    c32(0), set(wedge),
    [0x02, 0x40], [0x03, 0x40],
    bin('i32ge_u', get(L.p), get(L.end)), [0x0d, 1],
    g.body(L),
    ifElse(get(wedge), seq(
      c32(0), set(wedge),
      seq(bin('shr_u', get(L.y), c64(11)), fop.convert_i64_s, f64c(1 / 9007199254740992), fop.mul), set(u),
      ifThen(seq(get(idx), 0x45 /* i32.eqz */), put(seq(f64c(ZIGGURAT_EXP_R), get(u), fop.neg, [0x10, 1] /* log1p */, fop.sub))),
      ifThen(seq(
        seq(fe(-1), fe(), fop.sub), get(u), fop.mul, fe(), fop.add,
        seq(get(x), fop.neg, [0x10, 0] /* exp */), fop.lt,
      ), put(get(x))),
    ), seq(
      seq(get(L.y), op.wrap, c32(3), 0x76 /* i32.shr_u */, c32(0xff), 0x71 /* i32.and */), set(idx),
      seq(bin('shr_u', get(L.y), c64(11)), fop.convert_i64_s), set(ri),
      seq(get(ri), we(), fop.mul), set(x),
      ifThen(seq(get(ri), ke(), fop.lt), put(get(x))),
      c32(1), set(wedge),
    )),
    [0x0c, 0],
    [0x0b], [0x0b],
    g.stores(L),
  );
}

/**
 * A generator's exponential module: imports env.exp and env.log1p, exports mem, exp(n, scale) and
 * ray(n, mode) (the same draws stored as mode * sqrt(2 x), numpy's random_rayleigh).
 */
function exponentialModule(k) {
  const unary = [0x60, 1, F64, 1, F64], fn = [0x60, 2, 0x7f, F64, 0];
  const locals = [[BLOCK_I64, 0x7e], [BLOCK_I32, 0x7f], [2, 0x7f], [3, F64]];
  const body = funcBody(locals, exponentialFunction(GENS[k]));
  const rayBody = funcBody(locals, exponentialFunction(GENS[k], true));
  return assemble(
    section(1, vec([unary, fn])),
    section(2, vec([[...name('env'), ...name('exp'), 0, 0], [...name('env'), ...name('log1p'), 0, 0]])),
    section(3, vec([[1], [1]])), section(5, vec([[0x00, 1]])),
    section(7, vec([[...name('mem'), 2, 0], [...name('exp'), 0, 2], [...name('ray'), 0, 3]])),
    section(10, vec([body, rayBody])),
  );
}
// (not Philox: its SIMD block kernel, four counters at a time, feeds the TS loop faster than the
// one-counter step here would: measured 8.2 against 10.0 ns per value)
const EXPONENTIAL_KINDS = ['xslrr', 'dxsm', 'sfc64'];
const exponentialBytes = Object.fromEntries(EXPONENTIAL_KINDS.map((k) => [k, exponentialModule(k)]));

// ---- lemire(k) -> m for PCG64's SIMD module: numpy's 64-bit Lemire over the k outputs (i64) at
// OUT_BASE, two at a time, in place: off + the high 64 bits of x * e for each x whose low 64 bits
// reach thr, packed to the front (each lane stored at the cursor, which moves on only for an
// accepted one: no branch per candidate). The loader writes e's halves as vmulhiLo's K1 and K2
// (bytes 32 and 48), thr with its sign bit flipped (64: the unsigned compare as a signed one) and
// off (80), each splat over both lanes; an odd last candidate's pair counts its first lane only.
const LV_AT = { K1: 32, K2: 48, THR: 64, OFF: 80 };
function pcgLemireFunction() {
  const names = ['V', 'X', 'll', 'hh', 'lh', 'hl', 'vt', 'vw', 'H', 'L', 'K1', 'K2', 'M', 'SB', 'THR', 'OFF'];
  const B = { k: 0, p: 1, q: 2, end: 3, m: 4 };
  names.forEach((n, i) => { B[n] = 5 + i; });
  const g = (n) => get(B[n]);
  const vload = (addr, off) => seq(addr, sop(0x00), 4, uleb(off));
  const storeLane = (lane) => seq(get(B.q), g('H'), sop(0x5b), 3, 0, lane); // v128.store64_lane
  const advance = (bit) => seq(bin('i32add', get(B.q), seq(bit, c32(3), op.i32shl)), set(B.q));
  const code = seq(
    vload(c32(0), LV_AT.K1), set(B.K1), vload(c32(0), LV_AT.K2), set(B.K2),
    vload(c32(0), LV_AT.THR), set(B.THR), vload(c32(0), LV_AT.OFF), set(B.OFF),
    V.const(u64Bytes(MASK32, MASK32)), set(B.M), V.const(u64Bytes(1n << 63n, 1n << 63n)), set(B.SB),
    c32(OUT_BASE), set(B.p), c32(OUT_BASE), set(B.q),
    seq(get(B.k), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(B.end),
    [0x02, 0x40], [0x03, 0x40],
    bin('i32ge_u', get(B.p), get(B.end)), [0x0d, 1],
    vload(get(B.p), 0), set(B.V),
    vmulhiLo(B, 'V', 'K1', 'K2', 'H', 'L'),
    V.add(g('H'), g('OFF')), set(B.H),
    // accepted lanes (low >= thr), the second one only when it is a candidate
    seq(seq(V.ltS(V.xor(g('L'), g('SB')), g('THR')), sop(0xc4)), c32(3), 0x73 /* i32.xor */,
      seq(c32(3), c32(1), bin('i32ge_u', get(B.end), bin('i32add', get(B.p), c32(16))), 0x1b /* select */), op.i32and), set(B.m),
    storeLane(0), advance(bin('i32and', get(B.m), c32(1))),
    storeLane(1), advance(bin('i32shr_u', get(B.m), c32(1))),
    bin('i32add', get(B.p), c32(16)), set(B.p),
    [0x0c, 0],
    [0x0b], [0x0b],
    seq(get(B.q), c32(OUT_BASE), 0x6b /* i32.sub */, c32(3), 0x76 /* i32.shr_u */),
  );
  return funcBody([[4, 0x7f], [names.length, 0x7b]], code);
}

// PCG64's SIMD block kernel, with the floats conversion and the vector Lemire, in a module of its
// own (the loader keeps blockBytes' xslrr where SIMD is missing).
const pcgSimdBytes = simdBlockModule('xslrr', pcgSimdBlockFunction('xslrr'), ['lemire', pcgLemireFunction()]);
// PCG64DXSM's SIMD block kernel, the same leapfrog and vector Lemire in a module of its own
const dxsmSimdBytes = simdBlockModule('dxsm', pcgSimdBlockFunction('dxsm'), ['lemire', pcgLemireFunction()]);
/** `export const <NAME>_WASM_BYTES` for each [NAME, bytes], each preceded by a blank line. */
const exportAll = (entries) => entries.map(([nm, bytes]) => `
export const ${nm}_WASM_BYTES: Uint8Array = /* @__PURE__ */ fromBase64(
${base64Lines(bytes)},
);
`).join('');
const sizes = [blockBytes, philoxBlockBytes, ...Object.values(boundedBytes), ...Object.values(lemireBytes), philoxSimdBytes, philoxSimdBoundedBytes, philoxSimdLemireBytes, pcgSimdBytes, dxsmSimdBytes, ...Object.values(exponentialBytes)].map((b) => b.length);

const src = `// Generated by scripts/build_wasm.mjs: block kernels for PCG64, PCG64DXSM and SFC64 (${blockBytes.length}
// bytes) and Philox (${philoxBlockBytes.length}), each one's fused bounded kernels (${sizes.slice(2, 6).join(', ')} bytes;
// Lemire's alone ${Object.values(lemireBytes).map((b) => b.length).join(', ')}),
// Philox's SIMD block and bounded kernels (${philoxSimdBytes.length}, ${philoxSimdBoundedBytes.length}, Lemire's alone ${philoxSimdLemireBytes.length} bytes),
// PCG64's and PCG64DXSM's SIMD block kernels with their vector Lemire (${pcgSimdBytes.length}, ${dxsmSimdBytes.length} bytes) and the exponential ziggurats (${Object.values(exponentialBytes).map((b) => b.length).join(', ')} bytes).
// Do not edit by hand; change the script and rerun it.
import { fromBase64 } from '../../core/packed.js';

${exportAll([
  ['KERNELS', blockBytes], ['PHILOX_BLOCK', philoxBlockBytes], ['PHILOX_SIMD', philoxSimdBytes],
  ['PHILOX_SIMD_BOUNDED', philoxSimdBoundedBytes], ['PHILOX_SIMD_LEMIRE', philoxSimdLemireBytes], ['XSLRR_SIMD', pcgSimdBytes], ['DXSM_SIMD', dxsmSimdBytes],
]).slice(1)}${exportAll(LEMIRE_KINDS.map((k) => [`${k.toUpperCase()}_LEMIRE`, lemireBytes[k]]))}${
  exportAll(EXPONENTIAL_KINDS.map((k) => [`${k.toUpperCase()}_EXPONENTIAL`, exponentialBytes[k]]))}${
  exportAll(KINDS.map((k) => [`${k.toUpperCase()}_BOUNDED`, boundedBytes[k]]))}`;
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'src', 'bitgen', 'wasm', 'kernels_wasm_bytes.ts');
writeOrCheck(target, src, 'scripts/build_wasm.mjs', `wrote ${sizes.join(' + ')} bytes`);
