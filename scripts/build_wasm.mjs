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
// filters k candidates in the output area (numpy's 64-bit Lemire, e and thr at bytes 96 and 104).
// (Measured with scripts/bench_pcg64_floor.mjs: a 2-way leapfrog of the PCG64 step, faster in a
// loop without stores, ran 50% slower inside this kernel, and Philox's rounds as a loop 20%
// slower than unrolled; both stay as they are.)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  base64Lines, c32, c64, f64c, funcBody, get, load32, load64, name, section, seq, set, store32, store64, storeF64, uleb,
  vec, writeOrCheck,
} from './wasm_asm.mjs';

const OUT_BASE = 128;

const op = {
  add: 0x7c, sub: 0x7d, mul: 0x7e, and: 0x83, or: 0x84, xor: 0x85, shl: 0x86, shr_u: 0x88, rotl: 0x89, rotr: 0x8a,
  eqz: 0x50, lt_u: 0x54, extend_u: 0xad, i32add: 0x6a, i32shl: 0x74, i32ge_u: 0x4f, i32lt_u: 0x49,
  f64convert_s: 0xb9, f64mul: 0xa2,
};
const bin = (name, a, b) => seq(a, b, op[name]);
const ifThen = (cond, body) => seq(cond, [0x04, 0x40], body, [0x0b]);
const ifElse = (cond, a, b) => seq(cond, [0x04, 0x40], a, [0x05], b, [0x0b]);

// Locals: 0 = n, 1 = mode (params, i32); then i64 locals, then i32 locals.
const N_I64 = 22;
let next = 2;
const L = {};
for (const name of ['s0', 's1', 's2', 's3', 'k0', 'k1', 'a0', 'a1', 't', 'w', 'x', 'y', 'lo0', 'hi0', 'lo1', 'hi1', 'c0', 'c1', 'c2', 'c3', 'u', 'v']) L[name] = next++;
for (const name of ['p', 'end', 'bp']) L[name] = next++;
const N_I32 = 3;
const MASK32 = 0xffffffffn;

/** Leaves the high 64 bits of the unsigned product a * k (k a constant) on the stack. */
function mulhiConst(aExpr, k) {
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

/**
 * Stores the output in L.y at address p: as i64, or (mode 1) as numpy's next_double. y >> 11 is
 * below 2**53, so the signed conversion (one instruction, unlike the unsigned one) is exact.
 */
const emitOutput = ifElse(get(1),
  seq(get(L.p), bin('f64mul', seq(bin('shr_u', get(L.y), c64(11)), op.f64convert_s), f64c(1 / 9007199254740992)), storeF64(0)),
  seq(get(L.p), get(L.y), store64(0)));

/** Loads state locals, loops n times (body leaves the output in L.y), stores state locals. */
function blockFunction(loads, body, stores) {
  return seq(
    loads,
    c32(OUT_BASE), set(L.p),
    seq(get(0), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(L.end),
    [0x02, 0x40], [0x03, 0x40],
    bin('i32ge_u', get(L.p), get(L.end)), [0x0d, 1],
    body,
    emitOutput,
    bin('i32add', get(L.p), c32(8)), set(L.p),
    [0x0c, 0],
    [0x0b], [0x0b],
    stores,
  );
}

const loadLocal = (l, off) => seq(c32(0), load64(off), set(l));
const storeLocal = (l, off) => seq(c32(0), get(l), store64(off));

// ---- PCG: s0 = state_lo, s1 = state_hi, k0 = inc_lo, k1 = inc_hi
const pcgLoads = seq(loadLocal(L.s0, 0), loadLocal(L.s1, 8), loadLocal(L.k0, 16), loadLocal(L.k1, 24));
const pcgStores = seq(storeLocal(L.s0, 0), storeLocal(L.s1, 8));

/** state = state * mult + inc, mult = (multHi << 64) | multLo. */
function lcgStep(multHi, multLo) {
  const hiTerms = multHi === 0n
    ? bin('mul', get(L.s1), c64(multLo))
    : bin('add', bin('mul', get(L.s0), c64(multHi)), bin('mul', get(L.s1), c64(multLo)));
  return seq(
    bin('add', mulhiConst(get(L.s0), multLo), hiTerms), set(L.u),
    bin('add', bin('mul', get(L.s0), c64(multLo)), get(L.k0)), set(L.v),
    bin('add', bin('add', get(L.u), get(L.k1)), seq(bin('lt_u', get(L.v), get(L.k0)), op.extend_u)), set(L.s1),
    get(L.v), set(L.s0),
  );
}

const PCG_MULT_HI = 2549297995355413924n;
const PCG_MULT_LO = 4865540595714422341n;
const CHEAP = 0xda942042e4dd58b5n;

const xslrr = blockFunction(pcgLoads, seq(
  lcgStep(PCG_MULT_HI, PCG_MULT_LO),
  bin('rotr', bin('xor', get(L.s1), get(L.s0)), bin('shr_u', get(L.s1), c64(58))), set(L.y),
), pcgStores);

const dxsm = blockFunction(pcgLoads, seq(
  bin('mul', bin('xor', get(L.s1), bin('shr_u', get(L.s1), c64(32))), c64(CHEAP)), set(L.y),
  bin('mul', bin('xor', get(L.y), bin('shr_u', get(L.y), c64(48))), bin('or', get(L.s0), c64(1))), set(L.y),
  lcgStep(0n, CHEAP),
), pcgStores);

// ---- SFC64: s0..s3 = a, b, c, w
const sfcLoads = seq(loadLocal(L.s0, 0), loadLocal(L.s1, 8), loadLocal(L.s2, 16), loadLocal(L.s3, 24));
const sfcStores = seq(storeLocal(L.s0, 0), storeLocal(L.s1, 8), storeLocal(L.s2, 16), storeLocal(L.s3, 24));
const sfc64 = blockFunction(sfcLoads, seq(
  bin('add', bin('add', get(L.s0), get(L.s1)), get(L.s3)), set(L.y),
  bin('add', get(L.s3), c64(1)), set(L.s3),
  bin('xor', get(L.s1), bin('shr_u', get(L.s1), c64(11))), set(L.s0),
  bin('add', get(L.s2), bin('shl', get(L.s2), c64(3))), set(L.s1),
  bin('add', bin('rotl', get(L.s2), c64(24)), get(L.y)), set(L.s2),
), sfcStores);

// ---- Philox 4x64-10: s0..s3 = counter, k0/k1 = key, bp = buffer_pos; buffer in memory at 48
const PM0 = 0xd2e7470ee14c6c93n, PM1 = 0xca5a826395121157n;
const W0 = 0x9e3779b97f4a7c15n, W1 = 0xbb67ae8584caa73bn;
const M64 = (1n << 64n) - 1n;

function philoxRounds() {
  const code = [seq(get(L.s0), set(L.c0), get(L.s1), set(L.c1), get(L.s2), set(L.c2), get(L.s3), set(L.c3))];
  for (let r = 0n; r < 10n; r++) {
    const k0 = bin('add', get(L.k0), c64((W0 * r) & M64));
    const k1 = bin('add', get(L.k1), c64((W1 * r) & M64));
    code.push(seq(
      bin('mul', get(L.c0), c64(PM0)), set(L.lo0),
      mulhiConst(get(L.c0), PM0), set(L.hi0),
      bin('mul', get(L.c2), c64(PM1)), set(L.lo1),
      mulhiConst(get(L.c2), PM1), set(L.hi1),
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
const philox = blockFunction(
  seq(loadLocal(L.s0, 0), loadLocal(L.s1, 8), loadLocal(L.s2, 16), loadLocal(L.s3, 24),
    loadLocal(L.k0, 32), loadLocal(L.k1, 40), c32(0), load32(80), set(L.bp)),
  seq(
    ifThen(bin('i32ge_u', get(L.bp), c32(4)), seq(
      increment(L.s0),
      ifThen(seq(get(L.s0), op.eqz), seq(
        increment(L.s1),
        ifThen(seq(get(L.s1), op.eqz), seq(
          increment(L.s2),
          ifThen(seq(get(L.s2), op.eqz), increment(L.s3)),
        )),
      )),
      philoxRounds(),
      c32(0), set(L.bp),
    )),
    seq(get(L.bp), c32(3), op.i32shl), load64(48), set(L.y),
    bin('i32add', get(L.bp), c32(1)), set(L.bp),
  ),
  seq(storeLocal(L.s0, 0), storeLocal(L.s1, 8), storeLocal(L.s2, 16), storeLocal(L.s3, 24),
    c32(0), get(L.bp), store32(80)),
);

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

const funcs = [['xslrr', xslrr], ['dxsm', dxsm], ['sfc64', sfc64], ['philox', philox]];
const bytes = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  // types: 0 = (i32, i32) -> (), 1 = (i32) -> i32
  ...section(1, vec([[0x60, 2, 0x7f, 0x7f, 0], [0x60, 1, 0x7f, 1, 0x7f]])),
  ...section(3, vec([...funcs.map(() => [0]), [1]])),
  ...section(5, vec([[0x00, 1]])),
  ...section(7, vec([[...name('mem'), 2, 0], ...funcs.map(([n], i) => [...name(n), 0, i]), [...name('lemire64'), 0, funcs.length]])),
  ...section(10, vec([...funcs.map(([, code]) => funcBody([[N_I64, 0x7e], [N_I32, 0x7f]], code)), funcBody([[9, 0x7e], [3, 0x7f]], lemire64)])),
];

new WebAssembly.Module(new Uint8Array(bytes)); // validates

const src = `// Generated by scripts/build_wasm.mjs: block kernels for PCG64, PCG64DXSM, SFC64 and Philox
// (${bytes.length} bytes). Do not edit by hand; change the script and rerun it.
import { fromBase64 } from '../../core/packed.js';

export const KERNELS_WASM_BYTES: Uint8Array = /* @__PURE__ */ fromBase64(
${base64Lines(bytes)},
);
`;
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'src', 'bitgen', 'wasm', 'kernels_wasm_bytes.ts');
writeOrCheck(target, src, 'scripts/build_wasm.mjs', `wrote ${bytes.length} bytes`);
