// Hand-assembles WebAssembly twins of src/math's log, exp, log1p, expm1, pow, cos (with sin) and acos
// (glibc 2.36's FMA build, bit for bit) and writes them as committed byte arrays, src/math/wasm/<name>_wasm_bytes.ts,
// one module each (each under Chrome's 4 KiB limit for synchronous compiles, but the plain SIMD pow
// block at 4.6 KiB: Chrome has relaxed SIMD and loads the relaxed one, 4.0 KiB). The code follows
// src/math/<name>.ts step for step: wasm's f64 operations are single IEEE roundings (never
// fused), so every fused multiply-add of glibc's FMA build uses the same error-free
// transformations as the TypeScript (fma.ts), including its rare-case helpers. log, exp and cos
// add one thing: a fast path that evaluates the last steps unfused and returns only when an error
// bound proves that the final rounding is the one glibc's fused evaluation makes; otherwise the
// exact code runs (see defineLog, defineExp, defineCos). cos's rare huge-argument reduction is
// an imported callback to the TypeScript cos.
// Every function also comes as a relaxed module (<name>_relaxed_wasm_bytes.ts): every
// fused multiply-add one f64x2.relaxed_madd, taken by the loader only where the module's fmaProbe
// shows the madd fused (then it is the true fma, and every result the same as the exact emulation's).
// Every module but acos also exports <name>Block(n) (powBlock(n, y)): the function applied in place
// to the n <= BLOCK_LENGTH doubles at byte BLOCK_AT of its memory, so that a fill crosses from
// JavaScript into WebAssembly once per block instead of once per value.
// Run: node scripts/build_wasm_math.mjs (--check: only verify the committed file is current).
//
// Coefficients are read from src/math/*_data.ts and become instruction immediates. The tables
// live in the module's memory (one 64 KiB page, exported as "mem") and are copied in from the
// same TypeScript tables at instantiation (src/math/wasm/math_wasm.ts), at these byte offsets
// (written into each generated file as <NAME>_WASM_TABLES, which the loader reads):
const LAYOUT = {
  log: { T: 0, SPLIT: 2048 }, // log_data T: (invc, logc) f64 pairs, 128 entries; Veltkamp halves
  //                             (hi, lo) of each invc, 128 f64 pairs (fma.ts splitTable(T, 2))
  exp: { TAIL: 0, SBITS: 1024 }, // exp_data TAIL, 128 f64; SBITS as 128 little-endian u64 (its
  //                                [lo, hi] u32 word pairs)
  log1p: {},
  expm1: {},
  pow: { T: 0, SPLIT: 3072, TAIL: 5120, SBITS: 6144 }, // pow_data T: (invc, logc, logctail) f64
  //                             triples, 128 entries; Veltkamp halves of each invc (fma.ts
  //                             splitTable(T, 3)); exp_data TAIL and SBITS as for exp
  cos: { TAB: 0 }, // sincos_data SINCOSTAB: (sn, ssn, cs, ccs) f64 rows, 110 entries
  acos: { ASNCS: 0, INROOT: 20544, POWTWO: 21568 }, // acos_data's three f64 tables (2568, 128, 28)
};
const BLOCK_AT = 32768; // the block functions' doubles: the upper half of the page, above every table
const BLOCK_LENGTH = 4096;
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  base64Lines, c32, c64, f64c, funcBody, get, load32, load64, loadF64, name, section, seq, set, store32, storeF64, uleb, vec, writeOrCheckAll,
} from './wasm_asm.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const mathDir = join(here, '..', 'src', 'math');
/** A data module with what it imports (the packed-table decoder), bundled by esbuild. */
async function importData(file) {
  const { outputFiles } = await build({ entryPoints: [join(mathDir, file)], bundle: true, format: 'esm', write: false });
  return import('data:text/javascript,' + encodeURIComponent(outputFiles[0].text));
}
const LD = await importData('log_data.ts');
const ED = await importData('exp_data.ts');
const PD = await importData('pow_data.ts');

const I32 = 0x7f, I64 = 0x7e, F64 = 0x7c;
const SPLIT = 134217729; // 2^27 + 1

// ---- instruction helpers: each returns the bytes that leave one value on the stack
const bin = (opc) => (a, b) => seq(a, b, opc);
const un = (opc) => (a) => seq(a, opc);
const f = {
  c: f64c, add: bin(0xa0), sub: bin(0xa1), mul: bin(0xa2), div: bin(0xa3), abs: un(0x99), neg: un(0x9a),
  eq: bin(0x61), ne: bin(0x62), lt: bin(0x63), gt: bin(0x64), le: bin(0x65), ge: bin(0x66),
  fromBits: un(0xbf), bits: un(0xbd), fromI32: un(0xb7),
  load: (addr, off) => seq(addr, loadF64(off)),
};
const i = {
  c: c32, add: bin(0x6a), sub: bin(0x6b), and: bin(0x71), or: bin(0x72), shl: bin(0x74), shr_s: bin(0x75),
  shr_u: bin(0x76), eq: bin(0x46), ne: bin(0x47), lt_u: bin(0x49), ge_u: bin(0x4f), eqz: un(0x45),
  lt_s: bin(0x48), gt_s: bin(0x4a), le_s: bin(0x4c), ge_s: bin(0x4e), gt_u: bin(0x4b),
  wrap: un(0xa7), truncF64: un(0xaa), mul: bin(0x6c), xor: bin(0x73),
  load: (addr) => seq(addr, load32(0)), store: (addr, val) => seq(addr, val, store32(0)),
};
const l = {
  c: c64, add: bin(0x7c), sub: bin(0x7d), and: bin(0x83), or: bin(0x84), shl: bin(0x86), shr_u: bin(0x88),
  eq: bin(0x51), eqz: un(0x50), extS: un(0xac), extU: un(0xad), ne: bin(0x52), shr_s: bin(0x87),
  lt_s: bin(0x53),
  load: (addr, off) => seq(addr, load64(off)),
};
const ifThen = (cond, body) => seq(cond, [0x04, 0x40], body, [0x0b]);
const ifElse = (cond, a, b) => seq(cond, [0x04, 0x40], a, [0x05], b, [0x0b]);
/** A value: `a` when cond, else `b` (both branches evaluated lazily). */
const ifF64 = (cond, a, b) => seq(cond, [0x04, F64], a, [0x05], b, [0x0b]);
const ret = (e) => seq(e, 0x0f);

// ---- functions: params and named locals; F.x is local.get, F.set(name, e) is local.set
let funcs = [];
let index = {};
let imports = []; // functions the module imports from the loader ("env" namespace), before any func
/** Declares an imported function (called like a defined one). */
function importFunc(nm, params, result) {
  if (funcs.length > 0) throw new Error('imports come before the functions');
  index[nm] = imports.length;
  imports.push({ nm, params: params.map(([, t]) => t), result });
}
function func(nm, params, result, localTypes, build) {
  const names = [...params.map(([n]) => n), ...Object.keys(localTypes)];
  const types = [...params.map(([, t]) => t), ...Object.values(localTypes)];
  const g = {};
  names.forEach((n, k) => { g[n] = get(k); });
  const local = (n) => {
    const k = names.indexOf(n);
    if (k < 0) throw new Error(`${nm}: no local ${n}`);
    return k;
  };
  // an unknown name is an error, not an empty instruction
  const F = new Proxy({ ...g, set: (n, e) => seq(e, set(local(n))) }, {
    get: (o, n) => (n in o ? o[n] : local(n)),
  });
  const entry = { nm, params: params.map(([, t]) => t), result, build, F, localTypes: Object.values(localTypes), exported: false };
  index[nm] = imports.length + funcs.length;
  funcs.push(entry);
  return entry;
}
/**
 * The module being built is the relaxed one: every fused multiply-add of glibc's FMA build is one
 * f64x2.relaxed_madd (lane 0 of splats), which the loader uses only after the module's fmaProbe
 * export shows it fused. Replacing an exactly emulated fma by a true one changes no result, so the
 * fast paths and the rest stay as they are.
 */
let RELAXED = false;
/** a*b + c as one relaxed madd. */
const madd = (a, b, c) => seq(a, [0xfd, 0x14], b, [0xfd, 0x14], c, [0xfd, 0x14], [0xfd, 0x87, 0x02], [0xfd, 0x21, 0]);
const call = (nm, ...args) => (RELAXED && nm === 'fmaCore' ? madd(...args) : seq(...args, [0x10, index[nm]]));

// ---- fma.ts's helpers
/** Defines fma.ts's rare-case helpers in the module being built. */
function defineFmaHelpers() {
func('tieByTail', [['s', F64], ['v', F64], ['w', F64], ['res', F64]], F64, { d: F64, d2: F64 }, (F) => seq(
  F.set('d', f.sub(F.v, f.sub(F.res, F.s))),
  F.set('d2', f.add(F.d, F.d)),
  ifThen(i.or(f.eq(F.d, f.c(0)), f.ne(f.sub(f.add(F.res, F.d2), F.res), F.d2)), ret(F.res)),
  ret(ifF64(i.eq(f.gt(F.w, f.c(0)), f.gt(F.d, f.c(0))), f.add(F.res, F.d2), F.res)),
));

/** e with a*b = p + e exactly (fma.ts mulErr), a, b, p locals; uses locals sp, ah, al, bh, bl. */
const mulErr = (F, a, b, p) => seq(
  F.set('sp', f.mul(f.c(SPLIT), a)),
  F.set('ah', f.sub(F.sp, f.sub(F.sp, a))),
  F.set('al', f.sub(a, F.ah)),
  F.set('sp', f.mul(f.c(SPLIT), b)),
  F.set('bh', f.sub(F.sp, f.sub(F.sp, b))),
  F.set('bl', f.sub(b, F.bh)),
  f.add(f.add(f.add(f.sub(f.mul(F.ah, F.bh), p), f.mul(F.ah, F.bl)), f.mul(F.al, F.bh)), f.mul(F.al, F.bl)),
);
const MUL_LOCALS = { sp: F64, ah: F64, al: F64, bh: F64, bl: F64 };

func('fmaCore', [['a', F64], ['b', F64], ['c', F64]], F64,
  { p: F64, e: F64, s: F64, bb: F64, t: F64, v: F64, vb: F64, w: F64, res: F64, ...MUL_LOCALS }, (F) => seq(
    F.set('p', f.mul(F.a, F.b)),
    F.set('e', mulErr(F, F.a, F.b, F.p)),
    F.set('s', f.add(F.p, F.c)),
    F.set('bb', f.sub(F.s, F.p)),
    F.set('t', f.add(f.sub(F.p, f.sub(F.s, F.bb)), f.sub(F.c, F.bb))),
    F.set('v', f.add(F.t, F.e)),
    F.set('vb', f.sub(F.v, F.t)),
    F.set('w', f.add(f.sub(F.t, f.sub(F.v, F.vb)), f.sub(F.e, F.vb))),
    F.set('res', f.add(F.s, F.v)),
    ifThen(f.eq(F.w, f.c(0)), ret(F.res)),
    ret(call('tieByTail', F.s, F.v, F.w, F.res)),
  ));

func('fmaADRare', [['a', F64], ['b', F64], ['c', F64], ['p', F64], ['s', F64], ['t', F64]], F64,
  { e: F64, ...MUL_LOCALS }, (F) => seq(
    ifThen(f.gt(f.abs(F.p), f.mul(f.abs(F.s), f.c(0.125))), ret(call('fmaCore', F.a, F.b, F.c))),
    F.set('e', mulErr(F, F.a, F.b, F.p)),
    ifThen(i.or(f.eq(F.e, f.c(0)), i.ne(f.gt(F.e, f.c(0)), f.gt(F.t, f.c(0)))), ret(F.s)),
    ret(f.add(F.s, f.add(F.t, F.t))),
  ));
}

/**
 * dst = fma(a, b, c) written out as fmaAD's fast path (fma.ts); `dominant` when the caller has
 * proved |a*b| <= |c|/8 (then only the tie test remains, as in log.ts/exp.ts). a, b, c are
 * side-effect-free expressions that must not read dst (the rare path re-evaluates them after
 * dst is set); uses the SITE locals.
 */
const fmaAD = (F, dst, a, b, c, dominant) => {
  if (RELAXED) return F.set(dst, madd(a, b, c));
  const tie = i.and(f.ne(F._t, f.c(0)), f.eq(f.sub(f.add(F[dst], F._t2), F[dst]), F._t2));
  const cond = dominant ? tie : i.or(i.eqz(f.le(f.abs(F._p), f.mul(f.abs(F[dst]), f.c(0.125)))), tie);
  return seq(
    F.set('_p', f.mul(a, b)),
    F.set(dst, f.add(c, F._p)),
    F.set('_t', f.add(f.sub(c, F[dst]), F._p)),
    F.set('_t2', f.add(F._t, F._t)),
    ifThen(cond, F.set(dst, call('fmaADRare', a, b, c, F._p, F[dst], F._t))),
  );
};
/** Veltkamp halves of a constant, as mulErr's splitting computes them. */
const halves = (x) => { const t = SPLIT * x; const h = t - (t - x); return [h, x - h]; };

/**
 * dst = fmaCore(a, b, c) written out (the same operations, so the same result), for the hot sites
 * of log1p and expm1: no call, and a constant b's halves are folded in. Uses the FMA locals.
 */
const fmaInline = (F, dst, a, b, c, bConst) => (RELAXED ? F.set(dst, madd(a, bConst === undefined ? b : f.c(bConst), c)) : seq(
  F.set('_fa', a),
  F.set('_fc', c),
  bConst === undefined ? F.set('_fb', b) : [],
  F.set('_fp', f.mul(F._fa, bConst === undefined ? F._fb : f.c(bConst))),
  F.set('sp', f.mul(f.c(SPLIT), F._fa)),
  F.set('ah', f.sub(F.sp, f.sub(F.sp, F._fa))),
  F.set('al', f.sub(F._fa, F.ah)),
  bConst === undefined
    ? seq(F.set('sp', f.mul(f.c(SPLIT), F._fb)), F.set('bh', f.sub(F.sp, f.sub(F.sp, F._fb))), F.set('bl', f.sub(F._fb, F.bh)))
    : seq(F.set('bh', f.c(halves(bConst)[0])), F.set('bl', f.c(halves(bConst)[1]))),
  F.set('_fe', f.add(f.add(f.add(f.sub(f.mul(F.ah, F.bh), F._fp), f.mul(F.ah, F.bl)), f.mul(F.al, F.bh)), f.mul(F.al, F.bl))),
  F.set('_fs', f.add(F._fp, F._fc)),
  F.set('_fbb', f.sub(F._fs, F._fp)),
  F.set('_ft', f.add(f.sub(F._fp, f.sub(F._fs, F._fbb)), f.sub(F._fc, F._fbb))),
  F.set('_fv', f.add(F._ft, F._fe)),
  F.set('_fvb', f.sub(F._fv, F._ft)),
  F.set('_fw', f.add(f.sub(F._ft, f.sub(F._fv, F._fvb)), f.sub(F._fe, F._fvb))),
  F.set(dst, f.add(F._fs, F._fv)),
  ifThen(f.ne(F._fw, f.c(0)), F.set(dst, call('tieByTail', F._fs, F._fv, F._fw, F[dst]))),
));
const FMA = {
  _fa: F64, _fb: F64, _fc: F64, _fp: F64, _fe: F64, _fs: F64, _fbb: F64, _ft: F64, _fv: F64, _fvb: F64, _fw: F64,
  sp: F64, ah: F64, al: F64, bh: F64, bl: F64,
};
const SITE = { _p: F64, _t: F64, _t2: F64 }; // temporaries of fmaAD (names no function uses)

/**
 * r = fma(z, invc, -1), log's and pow's reduced argument (locals z, invc; r set): one madd in the
 * relaxed module, else z*invc = pz + ez exactly (Dekker, invc's Veltkamp halves read from the
 * split table at `addr` + `split`) and pz - 1 exact, so (pz - 1) + ez is the single rounding.
 * Uses locals pz, sz, zh, zl.
 */
const reduceR = (F, addr, split) => (RELAXED ? F.set('r', madd(F.z, F.invc, f.c(-1))) : seq(
  F.set('pz', f.mul(F.z, F.invc)),
  F.set('sz', f.mul(f.c(SPLIT), F.z)),
  F.set('zh', f.sub(F.sz, f.sub(F.sz, F.z))),
  F.set('zl', f.sub(F.z, F.zh)),
  F.set('r', f.add(f.sub(F.pz, f.c(1)), f.add(f.add(f.add(
    f.sub(f.mul(F.zh, f.load(addr, split)), F.pz),
    f.mul(F.zh, f.load(addr, split + 8))),
    f.mul(F.zl, f.load(addr, split))),
    f.mul(F.zl, f.load(addr, split + 8))))),
));

// ---- log (log.ts)
const [A0, A1, A2, A3, A4] = LD.A;
const B = LD.B;
if (A0 !== -0.5 - 2 ** -53) throw new Error('log: unexpected A0');
const lnLoHi = (() => { const s = SPLIT * LD.LN2LO; return s - (s - LD.LN2LO); })();
const lnLoLo = LD.LN2LO - lnLoHi;

/**
 * Returns res from the function when RN(V) = res is certain, where V is the exact value whose
 * rounding glibc returns and V lies in [res + err - bound, res + err + bound] (res + err exact):
 * rounding is monotonic, so when both ends round to res, so does V. Otherwise falls through to
 * the exact computation. res, err, bound are locals.
 */
const returnIfSafe = (F) => ifThen(
  i.and(f.eq(f.add(F.res, f.add(F.err, F.bound)), F.res), f.eq(f.add(F.res, f.sub(F.err, F.bound)), F.res)),
  ret(F.res));
const SAFE = { res: F64, err: F64, bound: F64 };

/**
 * RN(s + v + w) as log.ts computes it: w == 0 ? s + v : s + toOdd(v, w), with toOdd inlined and
 * branch-free (v's bits moved one ulp towards w when v's last bit is even; the i64 decrement
 * borrows into the high word as fma.ts does by hand). v and w are locals; uses local ob.
 */
const oddSum = (F, s, v, w) => seq(
  F.set('ob', f.bits(v)),
  f.add(s, select(v,
    f.fromBits(select(F.ob,
      select(l.or(F.ob, l.c(1)), l.sub(F.ob, l.c(1)), i.eq(f.gt(w, f.c(0)), f.gt(v, f.c(0)))),
      i.wrap(l.and(F.ob, l.c(1))))),
    f.eq(w, f.c(0)))),
);
/** `a` when cond != 0, else `b` (both evaluated). */
function select(a, b, cond) { return seq(a, b, cond, 0x1b); }

function defineLog() {
func('logNear1', [['x', F64]], F64, {
  r: F64, r2: F64, r3: F64, a8: F64, a9: F64, q3: F64, b5: F64, b6: F64, q2: F64, c2: F64, c3: F64, q1: F64,
  w: F64, rhi: F64, rlo: F64, w2: F64, hi: F64, lo0: F64, lo: F64, y: F64, ...SITE,
}, (F) => seq(
  F.set('r', f.sub(F.x, f.c(1))),
  F.set('r2', f.mul(F.r, F.r)),
  F.set('r3', f.mul(F.r, F.r2)),
  fmaAD(F, 'a8', F.r, f.c(B[8]), f.c(B[7]), true),
  fmaAD(F, 'a9', F.r2, f.c(B[9]), F.a8, true),
  fmaAD(F, 'q3', F.r3, f.c(B[10]), F.a9, true),
  fmaAD(F, 'b5', F.r, f.c(B[5]), f.c(B[4]), true),
  fmaAD(F, 'b6', F.r2, f.c(B[6]), F.b5, true),
  fmaAD(F, 'q2', F.r3, F.q3, F.b6, true),
  fmaAD(F, 'c2', F.r, f.c(B[2]), f.c(B[1]), true),
  fmaAD(F, 'c3', F.r2, f.c(B[3]), F.c2, true),
  fmaAD(F, 'q1', F.r3, F.q2, F.c3, true),
  F.set('w', f.mul(F.r, f.c(134217728))),
  F.set('rhi', f.sub(f.add(F.r, F.w), F.w)),
  F.set('rlo', f.sub(F.r, F.rhi)),
  F.set('w2', f.mul(f.mul(F.rhi, F.rhi), f.c(B[0]))),
  F.set('hi', f.add(F.r, F.w2)),
  F.set('lo0', f.add(f.sub(F.r, F.hi), F.w2)),
  F.set('lo', call('fmaCore', f.mul(f.c(B[0]), F.rlo), f.add(F.rhi, F.r), F.lo0)),
  F.set('y', call('fmaCore', F.r3, F.q1, F.lo)),
  f.add(F.y, F.hi),
));



const logFn = func('log', [['x', F64]], F64, {
  bits: I64, hw: I32, top: I32, ks: I32, tmp: I32, ix: I32, k: I32, z: F64, invc: F64, logc: F64, pz: F64,
  sz: F64, zh: F64, zl: F64, r: F64, kd: F64, w: F64, hi: F64, lo: F64, pk: F64, ek: F64, s: F64, bb: F64,
  tt: F64, v: F64, vb: F64, ww: F64, r2: F64, q2: F64, q1: F64, q: F64, h: F64, d: F64, sa: F64, ba: F64,
  ta: F64, va: F64, vba: F64, wa: F64, y0: F64, r3: F64, y: F64, ob: I64, pf: F64, yf: F64, bv: F64, ...SAFE, ...SITE,
}, (F) => seq(
  F.set('bits', f.bits(F.x)),
  F.set('hw', i.wrap(l.shr_u(F.bits, l.c(32)))),
  ifThen(i.lt_u(i.sub(F.hw, i.c(0x3fee0000)), i.c(0x3ff10900 - 0x3fee0000)), seq(
    ifThen(l.eq(F.bits, l.c(0x3ff0000000000000n)), ret(f.c(0))),
    ret(call('logNear1', F.x)),
  )),
  F.set('top', i.shr_u(F.hw, i.c(16))),
  ifThen(i.ge_u(i.sub(F.top, i.c(0x0010)), i.c(0x7ff0 - 0x0010)), seq(
    ifThen(l.eqz(l.shl(F.bits, l.c(1))), ret(f.c(-Infinity))),
    ifThen(f.eq(F.x, f.c(Infinity)), ret(F.x)),
    ifThen(i.or(i.and(F.top, i.c(0x8000)), i.eq(i.and(F.top, i.c(0x7ff0)), i.c(0x7ff0))),
      ret(f.div(f.sub(F.x, F.x), f.sub(F.x, F.x)))),
    F.set('x', f.mul(F.x, f.c(2 ** 52))),
    F.set('bits', f.bits(F.x)),
    F.set('hw', i.wrap(l.shr_u(F.bits, l.c(32)))),
    F.set('ks', i.c(52)),
  )),
  F.set('tmp', i.sub(F.hw, i.c(0x3fe60000))),
  F.set('ix', i.shl(i.and(i.shr_u(F.tmp, i.c(13)), i.c(127)), i.c(4))), // byte offset of entry i
  F.set('k', i.sub(i.shr_s(F.tmp, i.c(20)), F.ks)),
  // z = x / 2^k0 by subtracting k0 from the exponent field (x is normal, z too: exact)
  F.set('z', f.fromBits(l.sub(F.bits, l.shl(l.extU(i.and(F.tmp, i.c(0xfff00000 | 0))), l.c(32))))),
  F.set('invc', f.load(F.ix, LAYOUT.log.T)),
  F.set('logc', f.load(F.ix, LAYOUT.log.T + 8)),
  reduceR(F, F.ix, LAYOUT.log.SPLIT),
  F.set('kd', f.fromI32(F.k)),
  F.set('w', f.add(f.mul(F.kd, f.c(LD.LN2HI)), F.logc)),
  F.set('hi', f.add(F.w, F.r)),
  F.set('lo', f.add(f.sub(F.w, F.hi), F.r)),
  // relaxed: glibc's fused steps themselves (log.ts's comments name them), no fast path needed
  RELAXED ? seq(
    ifThen(F.k, F.set('lo', madd(F.kd, f.c(LD.LN2LO), F.lo))),
    F.set('r2', f.mul(F.r, F.r)),
    F.set('q', madd(F.r2, madd(F.r, f.c(A4), f.c(A3)), madd(F.r, f.c(A2), f.c(A1)))),
    F.set('y0', madd(F.r2, f.c(A0), F.lo)),
    f.add(madd(f.mul(F.r, F.r2), F.q, F.y0), F.hi),
  ) : seq(
  // Fast path: the same polynomial without the fused roundings. glibc's y (fused) and yf differ
  // by at most 9 roundings of magnitude <= M = |lo| + |kd*Ln2lo| + r^2 + |r^3| (|A0|, |q| < 1),
  // plus |r^3| times q's few roundings: below 2^-48 M; bound = 2^-46 M. Then glibc's
  // RN(y + hi) is certain unless hi + yf lies that close to a rounding boundary.
  F.set('pf', f.mul(F.kd, f.c(LD.LN2LO))),
  F.set('r2', f.mul(F.r, F.r)),
  F.set('r3', f.mul(F.r, F.r2)),
  F.set('yf', f.add(f.add(f.add(F.lo, F.pf), f.mul(F.r2, f.c(A0))),
    f.mul(F.r3, f.add(f.add(f.c(A1), f.mul(F.r, f.c(A2))), f.mul(F.r2, f.add(f.c(A3), f.mul(F.r, f.c(A4)))))))),
  F.set('bound', f.mul(f.add(f.add(f.add(f.abs(F.lo), f.abs(F.pf)), F.r2), f.abs(F.r3)), f.c(2 ** -46))),
  F.set('res', f.add(F.hi, F.yf)),
  F.set('bv', f.sub(F.res, F.hi)),
  F.set('err', f.add(f.sub(F.hi, f.sub(F.res, F.bv)), f.sub(F.yf, F.bv))),
  returnIfSafe(F),
  ifThen(F.k, seq(
    F.set('pk', f.mul(F.kd, f.c(LD.LN2LO))),
    F.set('ek', f.add(f.sub(f.mul(F.kd, f.c(lnLoHi)), F.pk), f.mul(F.kd, f.c(lnLoLo)))),
    F.set('s', f.add(F.pk, F.lo)),
    F.set('bb', f.sub(F.s, F.pk)),
    F.set('tt', f.add(f.sub(F.pk, f.sub(F.s, F.bb)), f.sub(F.lo, F.bb))),
    F.set('v', f.add(F.tt, F.ek)),
    F.set('vb', f.sub(F.v, F.tt)),
    F.set('ww', f.add(f.sub(F.tt, f.sub(F.v, F.vb)), f.sub(F.ek, F.vb))),
    F.set('lo', oddSum(F, F.s, F.v, F.ww)),
  )),
  fmaAD(F, 'q2', F.r, f.c(A4), f.c(A3), true),
  fmaAD(F, 'q1', F.r, f.c(A2), f.c(A1), true),
  fmaAD(F, 'q', F.r2, F.q2, F.q1, true),
  F.set('h', f.mul(f.c(-0.5), F.r2)),
  F.set('d', f.mul(F.h, f.c(2 ** -52))),
  F.set('sa', f.add(F.h, F.lo)),
  F.set('ba', f.sub(F.sa, F.h)),
  F.set('ta', f.add(f.sub(F.h, f.sub(F.sa, F.ba)), f.sub(F.lo, F.ba))),
  F.set('va', f.add(F.ta, F.d)),
  F.set('vba', f.sub(F.va, F.ta)),
  F.set('wa', f.add(f.sub(F.ta, f.sub(F.va, F.vba)), f.sub(F.d, F.vba))),
  F.set('y0', oddSum(F, F.sa, F.va, F.wa)),
  fmaAD(F, 'y', F.r3, F.q, F.y0, false),
  f.add(F.y, F.hi),
  ),
));
logFn.exported = true;
}


// ---- exp (exp.ts)
const [C2, C3, C4, C5] = ED.C;

function defineExp() {
func('expSpecial', [['tmp', F64], ['sbits', I64], ['ki', I32]], F64,
  { scale: F64, y: F64, st: F64, lo: F64, hi: F64, ...SITE }, (F) => seq(
    ifThen(i.eqz(i.and(F.ki, i.c(0x80000000 | 0))), seq(
      // k > 0: the exponent of scale may have overflowed by <= 460
      F.set('scale', f.fromBits(l.sub(F.sbits, l.c(1009n << 52n)))),
      fmaAD(F, 'y', F.scale, F.tmp, F.scale, false),
      ret(f.mul(f.c(2 ** 1009), F.y)),
    )),
    // k < 0: not fused in glibc's FMA build
    F.set('scale', f.fromBits(l.add(F.sbits, l.c(1022n << 52n)))),
    F.set('st', f.mul(F.scale, F.tmp)),
    F.set('y', f.add(F.scale, F.st)),
    ifThen(f.lt(F.y, f.c(1)), seq(
      F.set('lo', f.add(f.sub(F.scale, F.y), F.st)),
      F.set('hi', f.add(f.c(1), F.y)),
      F.set('lo', f.add(f.add(f.sub(f.c(1), F.hi), F.y), F.lo)),
      F.set('y', f.sub(f.add(F.hi, F.lo), f.c(1))),
      ifThen(f.eq(F.y, f.c(0)), F.set('y', f.c(0))),
    )),
    f.mul(f.c(2 ** -1022), F.y),
  ));

const expFn = func('exp', [['x', F64]], F64, {
  hw: I32, abstop: I32, pk: F64, kds: F64, dk: F64, kd: F64, ki: I32, r: F64, r1: F64, ix: I32, r2: F64,
  a: F64, b: F64, c0: F64, t1: F64, r4: F64, tmp: F64, sbits: I64, scale: F64, y: F64, ph: F64, ...SAFE,
  ...SITE,
}, (F) => seq(
  F.set('hw', i.wrap(l.shr_u(f.bits(F.x), l.c(32)))),
  F.set('abstop', i.and(i.shr_u(F.hw, i.c(20)), i.c(0x7ff))),
  ifThen(i.ge_u(i.sub(F.abstop, i.c(0x3c9)), i.c(0x409 - 0x3c9)), seq(
    ifThen(i.lt_u(F.abstop, i.c(0x3c9)), ret(f.add(f.c(1), F.x))),
    ifThen(f.eq(F.x, f.c(-Infinity)), ret(f.c(0))),
    ifThen(i.ge_u(F.abstop, i.c(0x7ff)), ret(f.add(f.c(1), F.x))),
    ret(ifF64(i.shr_u(F.hw, i.c(31)), f.c(0), f.c(Infinity))),
  )),
  F.set('pk', f.mul(F.x, f.c(ED.INVLN2N))),
  F.set('kds', f.add(F.pk, f.c(ED.SHIFT))),
  F.set('dk', f.sub(F.pk, f.sub(F.kds, f.c(ED.SHIFT)))),
  ifThen(i.eqz(f.gt(f.abs(f.sub(f.abs(F.dk), f.c(0.5))), f.c(2 ** -30))),
    F.set('kds', call('fmaCore', F.x, f.c(ED.INVLN2N), f.c(ED.SHIFT)))),
  F.set('kd', f.sub(F.kds, f.c(ED.SHIFT))),
  // kds = k + 1.5*2^52 holds k in its low bits (two's complement), as glibc reads it
  F.set('ki', i.wrap(f.bits(F.kds))),
  F.set('r', F.x),
  ifThen(F.ki, seq(
    F.set('r1', ifF64(f.lt(f.abs(F.kd), f.c(131072)),
      f.add(F.x, f.mul(F.kd, f.c(ED.NEGLN2HIN))),
      call('fmaCore', F.kd, f.c(ED.NEGLN2HIN), F.x))),
    fmaAD(F, 'r', F.kd, f.c(ED.NEGLN2LON), F.r1, false),
  )),
  F.set('ix', i.shl(i.and(F.ki, i.c(127)), i.c(3))),
  F.set('r2', f.mul(F.r, F.r)),
  F.set('c0', f.add(f.load(F.ix, LAYOUT.exp.TAIL), F.r)),
  F.set('sbits', l.add(l.load(F.ix, LAYOUT.exp.SBITS), l.shl(l.extS(F.ki), l.c(45)))),
  ifThen(i.lt_u(F.abstop, i.c(0x408)), seq(
    // Fast path (|x| < 512: scale is normal). r, r2 and c0 are glibc's; the polynomial unfused,
    // tmpf, differs from glibc's fused tmp by less than 6.5u T (u = 2^-53, T = |c0| + r2: a's
    // error 1.53u is scaled by r2, t1 and tmp each differ by two roundings, r^4 terms are below
    // 2^-16 r2), so scale*tmpf rounded is within scale*2^-49 T + |ph|*2^-52 of scale*tmp, and
    // glibc's RN(scale + scale*tmp) is certain unless scale + ph is that close to a boundary.
    F.set('scale', f.fromBits(F.sbits)),
    F.set('ph', f.mul(F.scale, f.add(f.add(F.c0, f.mul(f.add(f.c(C2), f.mul(F.r, f.c(C3))), F.r2)),
      f.mul(f.mul(F.r2, F.r2), f.add(f.c(C4), f.mul(F.r, f.c(C5))))))),
    F.set('bound', f.add(f.mul(F.scale, f.mul(f.add(f.abs(F.c0), F.r2), f.c(2 ** -49))),
      f.mul(f.abs(F.ph), f.c(2 ** -52)))),
    F.set('res', f.add(F.scale, F.ph)),
    F.set('err', f.add(f.sub(F.scale, F.res), F.ph)), // Fast2Sum: |ph| < scale
    returnIfSafe(F),
  )),
  fmaAD(F, 'a', F.r, f.c(C3), f.c(C2), true),
  fmaAD(F, 'b', F.r, f.c(C5), f.c(C4), true),
  fmaAD(F, 't1', F.a, F.r2, F.c0, false),
  F.set('r4', f.mul(F.r2, F.r2)),
  fmaAD(F, 'tmp', F.r4, F.b, F.t1, false),
  ifThen(i.ge_u(F.abstop, i.c(0x408)), ret(call('expSpecial', F.tmp, F.sbits, F.ki))),
  F.set('scale', f.fromBits(F.sbits)),
  fmaAD(F, 'y', F.scale, F.tmp, F.scale, true),
  F.y,
));
expFn.exported = true;
}


// ---- log1p (log1p.ts, fdlibm's algorithm in glibc's FMA build)
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LP = [0, 6.666666666666735130e-1, 3.999999999940941908e-1, 2.857142874366239149e-1,
  2.222219843214978396e-1, 1.818357216161805012e-1, 1.531383769920937332e-1, 1.479819860511658591e-1];

function defineLog1p() {
  /** 1 + x's double u with its high word replaced by hw (low word kept). */
  const withHigh = (F, hw) => f.fromBits(l.or(l.and(f.bits(F.u), l.c(0xffffffffn)), l.shl(l.extU(hw), l.c(32))));
  const fn = func('log1p', [['x', F64]], F64, {
    hx: I32, ax: I32, k: I32, hu: I32, f: F64, c: F64, u: F64, kd: F64, hfsq: F64, R: F64, s: F64, z: F64, z2: F64,
    z4: F64, z6: F64, R2: F64, R3: F64, R4: F64, Ra: F64, Rb: F64, sr: F64, ...SITE, ...FMA,
  }, (F) => seq(
    F.set('hx', i.wrap(l.shr_u(f.bits(F.x), l.c(32)))),
    F.set('ax', i.and(F.hx, i.c(0x7fffffff))),
    F.set('k', i.c(1)),
    ifElse(i.lt_s(F.hx, i.c(0x3fda827a)), seq(
      // x < 0.41422
      ifThen(i.ge_u(F.ax, i.c(0x3ff00000)), seq(
        ifThen(f.eq(F.x, f.c(-1)), ret(f.c(-Infinity))),
        ret(f.div(f.sub(F.x, F.x), f.sub(F.x, F.x))),
      )),
      ifThen(i.lt_u(F.ax, i.c(0x3e200000)), seq(
        ifThen(i.lt_u(F.ax, i.c(0x3c900000)), ret(F.x)),
        ret(f.sub(F.x, f.mul(f.mul(F.x, F.x), f.c(0.5)))),
      )),
      ifThen(i.or(i.gt_s(F.hx, i.c(0)), i.le_s(F.hx, i.c(0xbfd2bec3 | 0))), seq(
        // -0.2929 < x < 0.41422
        F.set('k', i.c(0)), F.set('f', F.x), F.set('hu', i.c(1)),
      )),
    ), ifThen(i.ge_s(F.hx, i.c(0x7ff00000)), ret(f.add(F.x, F.x)))),
    ifThen(F.k, seq(
      ifElse(i.lt_s(F.hx, i.c(0x43400000)), seq(
        F.set('u', f.add(f.c(1), F.x)),
        F.set('hu', i.wrap(l.shr_u(f.bits(F.u), l.c(32)))),
        F.set('k', i.sub(i.shr_s(F.hu, i.c(20)), i.c(1023))),
        F.set('c', f.div(ifF64(i.gt_s(F.k, i.c(0)), f.sub(f.c(1), f.sub(F.u, F.x)), f.sub(F.x, f.sub(F.u, f.c(1)))), F.u)),
      ), seq(
        F.set('u', F.x), F.set('hu', F.hx),
        F.set('k', i.sub(i.shr_s(F.hu, i.c(20)), i.c(1023))),
        F.set('c', f.c(0)),
      )),
      F.set('hu', i.and(F.hu, i.c(0x000fffff))),
      ifElse(i.lt_s(F.hu, i.c(0x6a09e)),
        F.set('u', withHigh(F, i.or(F.hu, i.c(0x3ff00000)))), // normalize u
        seq(
          F.set('k', i.add(F.k, i.c(1))),
          F.set('u', withHigh(F, i.or(F.hu, i.c(0x3fe00000)))), // normalize u/2
          F.set('hu', i.shr_s(i.sub(i.c(0x00100000), F.hu), i.c(2))),
        )),
      F.set('f', f.sub(F.u, f.c(1))),
    )),
    F.set('kd', f.fromI32(F.k)),
    F.set('hfsq', f.mul(f.mul(f.c(0.5), F.f), F.f)),
    ifThen(i.eqz(F.hu), seq(
      // |f| < 2^-20
      ifThen(f.eq(F.f, f.c(0)), seq(
        ifThen(i.eqz(F.k), ret(f.c(0))),
        ret(f.add(f.mul(F.kd, f.c(LN2_HI)), call('fmaCore', F.kd, f.c(LN2_LO), F.c))),
      )),
      F.set('R', f.mul(F.hfsq, call('fmaCore', f.c(-0.66666666666666666), F.f, f.c(1)))),
      ifThen(i.eqz(F.k), ret(f.sub(F.f, F.R))),
      ret(f.sub(f.mul(F.kd, f.c(LN2_HI)), f.sub(f.sub(F.R, call('fmaCore', F.kd, f.c(LN2_LO), F.c)), F.f))),
    )),
    F.set('s', f.div(F.f, f.add(f.c(2), F.f))),
    F.set('z', f.mul(F.s, F.s)),
    F.set('z2', f.mul(F.z, F.z)),
    // z = s^2 < 0.03, all terms positive: the addends dominate (tie test only), except
    // z*Lp1 + z2*R2, fused the general way
    fmaAD(F, 'R2', F.z, f.c(LP[3]), f.c(LP[2]), true),
    F.set('z4', f.mul(F.z2, F.z2)),
    fmaAD(F, 'R3', F.z, f.c(LP[5]), f.c(LP[4]), true),
    F.set('z6', f.mul(F.z4, F.z2)),
    fmaAD(F, 'R4', F.z, f.c(LP[7]), f.c(LP[6]), true),
    fmaInline(F, 'Ra', F.z, null, f.mul(F.z2, F.R2), LP[1]),
    fmaAD(F, 'Rb', F.z4, F.R3, F.Ra, true),
    fmaAD(F, 'R', F.z6, F.R4, F.Rb, true),
    F.set('sr', f.mul(F.s, f.add(F.hfsq, F.R))),
    ifThen(i.eqz(F.k), ret(f.sub(F.f, f.sub(F.hfsq, F.sr)))),
    fmaInline(F, 'c', F.kd, null, F.c, LN2_LO),
    f.sub(f.mul(F.kd, f.c(LN2_HI)), f.sub(f.sub(F.hfsq, f.add(F.sr, F.c)), F.f)),
  ));
  fn.exported = true;
}

// ---- expm1 (expm1.ts, fdlibm's algorithm in glibc's FMA build)
const EQ = [0, -3.33333333333331316428e-2, 1.58730158725481460165e-3, -7.93650757867487942473e-5,
  4.00821782732936239552e-6, -2.01099218183624371326e-7];

function defineExpm1() {
  /** y with k added to its exponent field (glibc's SET_HIGH_WORD(y, high + (k << 20))). */
  const addExponent = (y, k) => f.fromBits(l.add(f.bits(y), l.shl(l.extS(k), l.c(52))));
  /** The double whose high word is hw and low word 0. */
  const highWord = (hw) => f.fromBits(l.shl(l.extU(hw), l.c(32)));
  const fn = func('expm1', [['x', F64]], F64, {
    hx: I32, neg: I32, k: I32, c: F64, hi: F64, lo: F64, kd: F64, hfx: F64, hxs: F64, R1: F64, h2: F64, R2: F64,
    h4: F64, R3: F64, r0: F64, r1: F64, nr1: F64, tq: F64, den: F64, e: F64, y: F64, ...SITE, ...FMA,
  }, (F) => seq(
    F.set('hx', i.wrap(l.shr_u(f.bits(F.x), l.c(32)))),
    F.set('neg', i.shr_u(F.hx, i.c(31))),
    F.set('hx', i.and(F.hx, i.c(0x7fffffff))),
    ifThen(i.ge_u(F.hx, i.c(0x4043687a)), seq(
      ifThen(i.ge_u(F.hx, i.c(0x40862e42)), seq(
        ifThen(i.ge_u(F.hx, i.c(0x7ff00000)), seq(
          ifThen(f.ne(F.x, F.x), ret(f.add(F.x, F.x))),
          ret(ifF64(F.neg, f.c(-1), F.x)),
        )),
        ifThen(f.gt(F.x, f.c(7.09782712893383973096e2)), ret(f.c(Infinity))),
      )),
      ifThen(F.neg, ret(f.sub(f.c(1.0e-300), f.c(1)))),
    )),
    ifElse(i.gt_u(F.hx, i.c(0x3fd62e42)), seq(
      ifElse(i.lt_u(F.hx, i.c(0x3ff0a2b2)),
        ifElse(i.eqz(F.neg),
          seq(F.set('hi', f.sub(F.x, f.c(LN2_HI))), F.set('lo', f.c(LN2_LO)), F.set('k', i.c(1))),
          seq(F.set('hi', f.add(F.x, f.c(LN2_HI))), F.set('lo', f.c(-LN2_LO)), F.set('k', i.c(-1)))),
        seq(
          F.set('k', i.truncF64(f.add(f.mul(f.c(1.44269504088896338700), F.x), ifF64(F.neg, f.c(-0.5), f.c(0.5))))),
          F.set('kd', f.fromI32(F.k)),
          F.set('hi', f.sub(F.x, f.mul(F.kd, f.c(LN2_HI)))), // exact here
          F.set('lo', f.mul(F.kd, f.c(LN2_LO))),
        )),
      F.set('x', f.sub(F.hi, F.lo)),
      F.set('c', f.sub(f.sub(F.hi, F.x), F.lo)),
    ), seq(
      ifThen(i.lt_u(F.hx, i.c(0x3c900000)), ret(F.x)), // |x| < 2^-54
      F.set('k', i.c(0)),
    )),
    F.set('hfx', f.mul(f.c(0.5), F.x)),
    F.set('hxs', f.mul(F.x, F.hfx)),
    fmaAD(F, 'R1', F.hxs, f.c(EQ[1]), f.c(1), true),
    F.set('h2', f.mul(F.hxs, F.hxs)),
    fmaAD(F, 'R2', F.hxs, f.c(EQ[3]), f.c(EQ[2]), true),
    F.set('h4', f.mul(F.h2, F.h2)),
    fmaAD(F, 'R3', F.hxs, f.c(EQ[5]), f.c(EQ[4]), true),
    fmaAD(F, 'r0', F.h2, F.R2, F.R1, true),
    fmaAD(F, 'r1', F.h4, F.R3, F.r0, true),
    F.set('nr1', f.neg(F.r1)),
    fmaAD(F, 'tq', F.nr1, F.hfx, f.c(3), true),
    fmaInline(F, 'den', f.neg(F.x), F.tq, f.c(6)),
    F.set('e', f.mul(F.hxs, f.div(f.sub(F.r1, F.tq), F.den))),
    ifThen(i.eqz(F.k), seq(fmaInline(F, 'y', F.x, F.e, f.neg(F.hxs)), ret(f.sub(F.x, F.y)))),
    fmaInline(F, 'y', F.x, f.sub(F.e, F.c), f.neg(F.c)),
    F.set('e', f.sub(F.y, F.hxs)),
    ifThen(i.eq(F.k, i.c(-1)), ret(f.sub(f.mul(f.c(0.5), f.sub(F.x, F.e)), f.c(0.5)))),
    ifThen(i.eq(F.k, i.c(1)), seq(
      ifThen(f.lt(F.x, f.c(-0.25)), ret(f.mul(f.c(-2), f.sub(F.e, f.add(F.x, f.c(0.5)))))),
      ret(f.add(f.c(1), f.mul(f.c(2), f.sub(F.x, F.e)))),
    )),
    ifThen(i.or(i.le_s(F.k, i.c(-2)), i.gt_s(F.k, i.c(56))), seq(
      F.set('y', f.sub(f.c(1), f.sub(F.e, F.x))),
      ret(f.sub(addExponent(F.y, F.k), f.c(1))),
    )),
    ifThen(i.lt_s(F.k, i.c(20)), seq(
      F.set('tq', highWord(i.sub(i.c(0x3ff00000), i.shr_s(i.c(0x200000), F.k)))), // 1 - 2^-k
      ret(addExponent(f.sub(F.tq, f.sub(F.e, F.x)), F.k)),
    )),
    F.set('tq', highWord(i.shl(i.sub(i.c(0x3ff), F.k), i.c(20)))), // 2^-k
    F.set('y', f.add(f.sub(F.x, f.add(F.e, F.tq)), f.c(1))),
    addExponent(F.y, F.k),
  ));
  fn.exported = true;
}

/** pow's fast-path bounds (pow.ts has the same; definePow checks them). */
const POW_K = { KQ: 3.5 * 2 ** -53, KK: 2 ** -88, KU: 2.0625 * 2 ** -53, KT: 0.171875 * 2 ** -53 };

// ---- pow (pow.ts: glibc's special cases, log_inline, the product y*log(x) and exp_inline)
function definePow() {
  const [PA0, PA1, PA2, PA3, PA4, PA5, PA6] = PD.A;
  if (PA0 !== -0.5) throw new Error('pow: unexpected A0');
  const [EC2, EC3, EC4, EC5] = ED.C;
  const L = LAYOUT.pow;

  /** glibc's checkint on y's bits: 0 if not an integer, 1 if odd, 2 if even (y finite, nonzero). */
  func('checkint', [['iy', I64]], I32, { e: I32, sh: I64 }, (F) => seq(
    F.set('e', i.and(i.wrap(l.shr_u(F.iy, l.c(52))), i.c(0x7ff))),
    ifThen(i.lt_u(F.e, i.c(0x3ff)), ret(i.c(0))),
    ifThen(i.gt_u(F.e, i.c(0x3ff + 52)), ret(i.c(2))),
    F.set('sh', l.extU(i.sub(i.c(0x3ff + 52), F.e))),
    ifThen(i.eqz(l.eqz(l.and(F.iy, l.sub(l.shl(l.c(1), F.sh), l.c(1))))), ret(i.c(0))),
    ifThen(i.eqz(l.eqz(l.and(F.iy, l.shl(l.c(1), F.sh)))), ret(i.c(1))),
    i.c(2),
  ));
  const isSignaling = (b) => i.and(
    l.eq(l.and(b, l.c(0x7ff8000000000000n)), l.c(0x7ff0000000000000n)),
    i.eqz(l.eqz(l.and(b, l.c(0x0007ffffffffffffn)))));

  // exp_inline's specialcase (pow.ts specialcase): sbits carries the result's sign
  func('powSpecial', [['tmp', F64], ['sbits', I64], ['ki', I32]], F64,
    { scale: F64, y: F64, st: F64, lo: F64, hi: F64, one: F64, ...SITE }, (F) => seq(
      ifThen(i.eqz(i.and(F.ki, i.c(0x80000000 | 0))), seq(
        F.set('scale', f.fromBits(l.sub(F.sbits, l.c(1009n << 52n)))),
        fmaAD(F, 'y', F.scale, F.tmp, F.scale, false),
        ret(f.mul(f.c(2 ** 1009), F.y)),
      )),
      // k < 0: not fused in glibc's FMA build
      F.set('sbits', l.add(F.sbits, l.c(1022n << 52n))),
      F.set('scale', f.fromBits(F.sbits)),
      F.set('st', f.mul(F.scale, F.tmp)),
      F.set('y', f.add(F.scale, F.st)),
      ifThen(f.lt(f.abs(F.y), f.c(1)), seq(
        F.set('one', ifF64(f.lt(F.y, f.c(0)), f.c(-1), f.c(1))),
        F.set('lo', f.add(f.sub(F.scale, F.y), F.st)),
        F.set('hi', f.add(F.one, F.y)),
        F.set('lo', f.add(f.add(f.sub(F.one, F.hi), F.y), F.lo)),
        F.set('y', f.sub(f.add(F.hi, F.lo), F.one)),
        ifThen(f.eq(F.y, f.c(0)), F.set('y', ifF64(l.lt_s(F.sbits, l.c(0)), f.c(-0), f.c(0)))),
      )),
      f.mul(f.c(2 ** -1022), F.y),
    ));

  // ---- pow's fast path. glibc's fused steps after the exact range reduction (lo1 = fma(kd, Ln2lo,
  // logctail), the polynomial q, lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4), elo = fma(y, llo, e1)
  // and exp_inline's polynomial) are evaluated unfused, and checks pin the doubles that carry
  // the differences on to glibc's own: lhi = RN(hi0 + lo), er = RN(er0 + elo) (er0 exact), then
  // u1 and tmp (powFastExp). A check takes the unfused value v and a bound d >= |v - glibc's
  // value| with d >= 1.01u|v| (u = 2^-53), so that RN(v + 2d) >= v + d and RN(v - 2d) <= v - d:
  // when RN(a + RN(v + 2d)) equals RN(a + RN(v - 2d)), glibc's RN(a + value) is that double, as
  // rounding is monotonic. With tmp pinned, pow's result is glibc's RN(scale + scale*tmp) (the
  // dominant fmaAD). A failed check reruns the steps after it with glibc's fused sites exactly.
  //  lo: |lo_f - lo_g| <= |ar3| (dq + u|q|) + 2.01u|lo_f| + |kd| KK =: blo (2.01u: 1.01 * 2^-52),
  //    dq the unfused q's difference, propagated site by site from |r| <= RMAX (the table's
  //    widest reduced argument; each site a*b + c adds u|a*b| + u|site| twice), KK covering
  //    lo1's and the three additions' roundings when k != 0 (|lo1|, ..., |lo4| are below
  //    |kd| (Ln2lo + max|logctail| + 3u)); when k == 0, lo1 = logctail in both and the sums agree.
  //  elo: with lhi pinned, X = hi0 - lhi and e1 are glibc's and llo = RN(X + lo), so
  //    |elo_f - elo_g| <= |y| blo (1 + 3u) + 3.01u|y llo_f| + 2.01u|elo_f| (de, with 2^-51).
  //  The constants carry a relative slack of 1% or more, which covers the (fewer than ten)
  //  roundings of the bounds' own evaluation.
  const u = 2 ** -53;
  const RMAX = (() => {
    const w = new BigUint64Array(1), d = new Float64Array(w.buffer);
    let m = 0;
    for (let j = 0; j <= 128; j++) { // the ends of the 128 subintervals of [OFF, 2 OFF)
      w[0] = 0x3fe6955500000000n + (BigInt(j) << 45n);
      for (const jj of [j - 1, j]) if (jj >= 0 && jj < 128) m = Math.max(m, Math.abs(d[0] * PD.T[3 * jj] - 1));
    }
    return m * 1.001;
  })();
  const AR2 = RMAX * RMAX / 2 * 1.001;
  const site = (a, dB, bMax, dC, cMax) => { // [max |a*b + c|, max difference] of one site
    const m = a * bMax + cMax;
    return [m, a * dB + dC + u * (a * bMax + 2.01 * m)];
  };
  const [m1, d1] = site(RMAX, 0, Math.abs(PA2), 0, Math.abs(PA1));
  const [m2, d2] = site(RMAX, 0, Math.abs(PA4), 0, Math.abs(PA3));
  const [m3, d3] = site(RMAX, 0, Math.abs(PA6), 0, Math.abs(PA5));
  const [m23, d23] = site(AR2, d3, m3, d2, m2);
  const [mq, dq] = site(AR2, d23, m23, d1, m1);
  const { KQ, KK, KU, KT } = POW_K;
  if ((dq + u * mq) * 1.01 > KQ) throw new Error('pow: KQ');
  let tailMax = 0;
  for (let j = 0; j < 128; j++) tailMax = Math.max(tailMax, Math.abs(PD.T[3 * j + 2]));
  if (u * (3.01 * PD.LN2LO + 2.01 * tailMax) + 6.03 * u * (PD.LN2LO + tailMax + 3 * u) > KK / 1.01) throw new Error('pow: KK');
  // powFastExp: with er pinned, r2, r4 and c0 = tail + er are glibc's too. Its fused tmp =
  // fma(r4, b, fma(a, r2, c0)) (a = fma(er, C3, C2), b = fma(er, C5, C4)) is pinned the same way
  // from unfused a, b and products p1 = a*r2, p2 = r4*b: |p1 - glibc's a*r2| <= r2 (da + u amax),
  // da = u|ERMAX C3| + 2.01u amax (amax = max|a|, |er| <= ERMAX); a check with v +- d' instead of
  // v +- 2d needs only d' >= (d + u|v|)(1 + 3u): d' = r2 KU, and r4 KT likewise. Then pow's
  // result is RN(scale + scale tmp), the dominant fmaAD.
  const ERMAX = 0.00271;
  if (0.5 * Math.abs(ED.NEGLN2HIN) * (1 + 2 ** -30) + 2 ** -40 > ERMAX) throw new Error('pow: ERMAX');
  const amax = EC2 + ERMAX * EC3, bmax = EC4 + ERMAX * EC5;
  if ((u * ERMAX * EC3 + 2.01 * u * amax + 2 * u * amax) * 1.01 > KU) throw new Error('pow: KU');
  if ((u * ERMAX * EC5 + 2.01 * u * bmax + 2 * u * bmax) * 1.01 > KT) throw new Error('pow: KT');
  /** Pins lhi (or sets slow); leaves blo, the bound on lo, for powFastElo. */
  const powFastLog = (F) => seq(
    F.set('lo1', f.add(f.mul(F.kd, f.c(PD.LN2LO)), f.load(F.tmp, L.T + 16))),
    F.set('q23', f.add(f.c(PA3), f.mul(F.r, f.c(PA4)))),
    F.set('q23', f.add(F.q23, f.mul(F.ar2, f.add(f.c(PA5), f.mul(F.r, f.c(PA6)))))),
    F.set('q', f.add(f.add(f.c(PA1), f.mul(F.r, f.c(PA2))), f.mul(F.ar2, F.q23))),
    F.set('lo', f.add(f.add(f.add(f.add(F.lo1, F.lo2), F.lo3), F.lo4), f.mul(F.ar3, F.q))),
    F.set('blo', f.add(f.add(f.mul(f.abs(F.ar3), f.c(KQ)), f.mul(f.abs(F.lo), f.c(1.01 * 2 ** -52))),
      f.mul(f.abs(F.kd), f.c(KK)))),
    F.set('de', f.add(F.blo, F.blo)),
    F.set('lha', f.add(F.hi0, f.add(F.lo, F.de))),
    ifElse(f.eq(F.lha, f.add(F.hi0, f.sub(F.lo, F.de))),
      seq(F.set('lhi', F.lha), F.set('llo', f.add(f.sub(F.hi0, F.lhi), F.lo))),
      F.set('slow', i.c(1))),
  );
  /** elo unfused and de, the bound on its difference to glibc's. */
  const powFastElo = (F) => seq(
    F.set('ylo', f.mul(F.y, F.llo)),
    F.set('elo', f.add(F.ylo, F.e1)),
    F.set('de', f.add(f.mul(f.abs(F.y), F.blo), f.mul(f.add(f.abs(F.ylo), f.abs(F.elo)), f.c(2 ** -51)))),
  );

  /** exp_inline's limits: returns outside 2^-54 <= |ehi| < 1024; special = 1 from 512 on. */
  const expLimits = (F) => seq(
    F.set('ehw', i.wrap(l.shr_u(f.bits(F.ehi), l.c(32)))),
    F.set('abstop', i.and(i.shr_u(F.ehw, i.c(20)), i.c(0x7ff))),
    ifThen(i.ge_u(i.sub(F.abstop, i.c(0x3c9)), i.c(0x408 - 0x3c9)), seq(
      ifThen(i.lt_u(F.abstop, i.c(0x3c9)), ret(ifF64(F.sb, f.neg(f.add(f.c(1), F.ehi)), f.add(f.c(1), F.ehi)))),
      ifThen(i.ge_u(F.abstop, i.c(0x409)), ret(ifF64(i.shr_u(F.ehw, i.c(31)),
        ifF64(F.sb, f.c(-0), f.c(0)), ifF64(F.sb, f.c(-Infinity), f.c(Infinity))))),
      F.set('special', i.c(1)),
    )),
  );
  /** exp_inline's table terms and powers of er once er and ki are glibc's. */
  const expTerms = (F) => seq(
    F.set('ex', i.shl(i.and(F.ki, i.c(127)), i.c(3))),
    F.set('sbits', l.add(l.load(F.ex, L.SBITS), l.shl(l.add(l.extS(F.ki), l.extU(F.sb)), l.c(45)))),
    F.set('r2', f.mul(F.er, F.er)),
    F.set('c0', f.add(f.load(F.ex, L.TAIL), F.er)),
    F.set('r4', f.mul(F.r2, F.r2)),
  );
  /**
   * The relaxed module's pow after log_inline's exact steps: every fused site of glibc's FMA build
   * as one madd, so no fast path or pinning is needed (those keep the plain module exact).
   */
  const powRelaxedTail = (F) => seq(
    F.set('lo1', madd(F.kd, f.c(PD.LN2LO), f.load(F.tmp, L.T + 16))),
    F.set('q23', madd(F.ar2, madd(F.r, f.c(PA6), f.c(PA5)), madd(F.r, f.c(PA4), f.c(PA3)))),
    F.set('q', madd(F.ar2, F.q23, madd(F.r, f.c(PA2), f.c(PA1)))),
    F.set('lo', madd(F.ar3, F.q, f.add(f.add(f.add(F.lo1, F.lo2), F.lo3), F.lo4))),
    F.set('lhi', f.add(F.hi0, F.lo)),
    F.set('llo', f.add(f.sub(F.hi0, F.lhi), F.lo)),
    F.set('ehi', f.mul(F.y, F.lhi)),
    F.set('elo', madd(F.y, F.llo, madd(F.y, F.lhi, f.neg(F.ehi)))),
    expLimits(F),
    F.set('kds', madd(F.ehi, f.c(ED.INVLN2N), f.c(ED.SHIFT))),
    F.set('ekd', f.sub(F.kds, f.c(ED.SHIFT))),
    F.set('ki', i.wrap(f.bits(F.kds))), // k in kds's low bits (two's complement)
    F.set('er', F.ehi),
    ifThen(F.ki, F.set('er', madd(F.ekd, f.c(ED.NEGLN2LON), madd(F.ekd, f.c(ED.NEGLN2HIN), F.ehi)))),
    F.set('er', f.add(F.er, F.elo)),
    expTerms(F),
    F.set('etmp', madd(F.r4, madd(F.er, f.c(EC5), f.c(EC4)), madd(madd(F.er, f.c(EC3), f.c(EC2)), F.r2, F.c0))),
    ifThen(F.special, ret(call('powSpecial', F.etmp, F.sbits, F.ki))),
    F.set('scale', f.fromBits(F.sbits)),
    madd(F.scale, F.etmp, F.scale),
  );

  const fn = func('pow', [['x', F64], ['y', F64]], F64, {
    ix: I64, iy: I64, ixh: I32, ixl: I32, iyh: I32, iyl: I32, topx: I32, topy: I32, sb: I32, ks: I32,
    ay: I32, axh: I32, yint: I32, tx: I32, gt1: I32, ax: F64, x2: F64, neg: I32,
    tmp: I32, io: I32, k: I32, z: F64, kd: F64, invc: F64, pz: F64, sz: F64, zh: F64, zl: F64, r: F64,
    t1: F64, t2: F64, lo1: F64, pk: F64, ob: I64,
    lo2: F64, ar: F64, ar2: F64, ar3: F64, hi0: F64, sr: F64, rh: F64, rl: F64, lo3: F64, lo4: F64,
    q23: F64, q: F64, lo: F64, lhi: F64, llo: F64, ehi: F64, yh: F64, yl: F64,
    lh: F64, ll: F64, e1: F64, elo: F64, abstop: I32, special: I32, ehw: I32, kds: F64, dk: F64, ekd: F64,
    ki: I32, r1: F64, er: F64, ex: I32, sbits: I64, r2: F64, a: F64, b: F64, c0: F64, u1: F64, r4: F64,
    etmp: F64, scale: F64, res: F64, slow: I32, blo: F64, de: F64, ylo: F64, era: F64, lha: F64, p1: F64, d1: F64, p2: F64, d2: F64, ...SITE,
  }, (F) => seq(
    F.set('ix', f.bits(F.x)), F.set('iy', f.bits(F.y)),
    F.set('ixh', i.wrap(l.shr_u(F.ix, l.c(32)))), F.set('ixl', i.wrap(F.ix)),
    F.set('iyh', i.wrap(l.shr_u(F.iy, l.c(32)))), F.set('iyl', i.wrap(F.iy)),
    F.set('topx', i.shr_u(F.ixh, i.c(20))), F.set('topy', i.shr_u(F.iyh, i.c(20))),
    F.set('ax', F.x),
    F.set('neg', i.shr_u(F.iyh, i.c(31))),
    ifThen(i.or(i.ge_u(i.sub(F.topx, i.c(1)), i.c(0x7fe)), i.ge_u(i.sub(i.and(F.topy, i.c(0x7ff)), i.c(0x3be)), i.c(0x80))), seq(
      F.set('ay', i.and(F.iyh, i.c(0x7fffffff))),
      ifThen(i.or(l.eqz(l.shl(F.iy, l.c(1))), i.ge_u(F.ay, i.c(0x7ff00000))), seq(
        // y is +-0, +-inf or nan
        ifThen(l.eqz(l.shl(F.iy, l.c(1))), ret(ifF64(isSignaling(F.ix), f.add(F.x, F.y), f.c(1)))),
        ifThen(l.eq(F.ix, l.c(0x3ff0000000000000n)), ret(ifF64(isSignaling(F.iy), f.add(F.x, F.y), f.c(1)))),
        ifThen(i.or(f.ne(F.x, F.x), f.ne(F.y, F.y)), ret(f.add(F.x, F.y))),
        F.set('axh', i.and(F.ixh, i.c(0x7fffffff))),
        ifThen(i.and(i.eq(F.axh, i.c(0x3ff00000)), i.eqz(F.ixl)), ret(f.c(1))),
        ifThen(i.eq(i.lt_u(F.axh, i.c(0x3ff00000)), i.eqz(F.neg)), ret(f.c(0))),
        ret(f.mul(F.y, F.y)),
      )),
      F.set('axh', i.and(F.ixh, i.c(0x7fffffff))),
      ifThen(i.or(l.eqz(l.shl(F.ix, l.c(1))), i.ge_u(F.axh, i.c(0x7ff00000))), seq(
        // x is +-0, +-inf or nan
        F.set('x2', f.mul(F.x, F.x)),
        ifThen(i.and(i.shr_u(F.ixh, i.c(31)), i.eq(call('checkint', F.iy), i.c(1))), seq(
          F.set('x2', f.neg(F.x2)), F.set('sb', i.c(1)))),
        ifThen(i.and(l.eqz(l.shl(F.ix, l.c(1))), F.neg), ret(ifF64(F.sb, f.c(-Infinity), f.c(Infinity)))),
        ret(ifF64(F.neg, f.div(f.c(1), F.x2), F.x2)),
      )),
      // x and y are nonzero finite
      F.set('tx', F.topx),
      ifThen(i.shr_u(F.ixh, i.c(31)), seq(
        F.set('yint', call('checkint', F.iy)),
        ifThen(i.eqz(F.yint), ret(f.div(f.sub(F.x, F.x), f.sub(F.x, F.x)))),
        ifThen(i.eq(F.yint, i.c(1)), F.set('sb', i.c(0x40000))),
        F.set('ixh', i.and(F.ixh, i.c(0x7fffffff))),
        F.set('tx', i.and(F.tx, i.c(0x7ff))),
        F.set('ax', f.neg(F.x)),
      )),
      ifThen(i.ge_u(i.sub(i.and(F.topy, i.c(0x7ff)), i.c(0x3be)), i.c(0x80)), seq(
        ifThen(i.and(i.eq(F.ixh, i.c(0x3ff00000)), i.eqz(F.ixl)), ret(f.c(1))),
        F.set('gt1', i.or(i.gt_u(F.ixh, i.c(0x3ff00000)), i.and(i.eq(F.ixh, i.c(0x3ff00000)), i.ne(F.ixl, i.c(0))))),
        ifThen(i.lt_u(i.and(F.topy, i.c(0x7ff)), i.c(0x3be)), ret(ifF64(F.gt1, f.add(f.c(1), F.y), f.sub(f.c(1), F.y)))),
        ret(ifF64(i.eq(F.gt1, i.lt_u(F.topy, i.c(0x800))), f.c(Infinity), f.c(0))),
      )),
      ifThen(i.eqz(F.tx), seq(F.set('ax', f.mul(f.abs(F.x), f.c(2 ** 52))), F.set('ks', i.c(52)))),
    )),
    // ---- log_inline: log(ax) = lhi + llo
    F.set('ix', f.bits(F.ax)),
    F.set('tmp', i.sub(i.wrap(l.shr_u(F.ix, l.c(32))), i.c(0x3fe69555))),
    F.set('io', i.and(i.shr_u(F.tmp, i.c(13)), i.c(127))),
    F.set('k', i.sub(i.shr_s(F.tmp, i.c(20)), F.ks)),
    F.set('z', f.fromBits(l.sub(F.ix, l.shl(l.extU(i.and(F.tmp, i.c(0xfff00000 | 0))), l.c(32))))),
    F.set('kd', f.fromI32(F.k)),
    F.set('tmp', i.mul(F.io, i.c(24))), // byte offset of triple io
    F.set('io', i.shl(F.io, i.c(4))), // byte offset of halves io
    F.set('invc', f.load(F.tmp, L.T)),
    reduceR(F, F.io, L.SPLIT),
    F.set('t1', f.add(f.mul(F.kd, f.c(PD.LN2HI)), f.load(F.tmp, L.T + 8))),
    F.set('t2', f.add(F.t1, F.r)),
    F.set('lo2', f.add(f.sub(F.t1, F.t2), F.r)),
    F.set('ar', f.mul(f.c(PA0), F.r)),
    F.set('ar2', f.mul(F.r, F.ar)),
    F.set('ar3', f.mul(F.r, F.ar2)),
    F.set('hi0', f.add(F.t2, F.ar2)),
    RELAXED ? F.set('lo3', madd(F.ar, F.r, f.neg(F.ar2))) : seq(
      F.set('sr', f.mul(f.c(SPLIT), F.r)),
      F.set('rh', f.sub(F.sr, f.sub(F.sr, F.r))),
      F.set('rl', f.sub(F.r, F.rh)),
      F.set('lo3', f.add(f.add(f.add(f.sub(f.mul(f.mul(f.c(-0.5), F.rh), F.rh), F.ar2),
        f.mul(f.mul(f.c(-0.5), F.rh), F.rl)), f.mul(f.mul(f.c(-0.5), F.rl), F.rh)), f.mul(f.mul(f.c(-0.5), F.rl), F.rl))),
    ),
    F.set('lo4', f.add(f.sub(F.t2, F.hi0), F.ar2)),
    RELAXED ? powRelaxedTail(F) : seq(
    // log_inline's last steps and y*log(x): first the fast path (powFast), else glibc's fused
    // sites exactly; a failed check on er below comes back here with slow = 1.
    [0x03, 0x40], // loop
    ifThen(i.eqz(F.slow), powFastLog(F)),
    ifThen(F.slow, seq(
      // glibc's fused sites exactly (the rare path: fmaCore throughout, for the module's size)
      F.set('lo1', call('fmaCore', F.kd, f.c(PD.LN2LO), f.load(F.tmp, L.T + 16))),
      F.set('q23', call('fmaCore', F.ar2, call('fmaCore', F.r, f.c(PA6), f.c(PA5)), call('fmaCore', F.r, f.c(PA4), f.c(PA3)))),
      F.set('q', call('fmaCore', F.ar2, F.q23, call('fmaCore', F.r, f.c(PA2), f.c(PA1)))),
      F.set('lo', call('fmaCore', F.ar3, F.q, f.add(f.add(f.add(F.lo1, F.lo2), F.lo3), F.lo4))),
      F.set('lhi', f.add(F.hi0, F.lo)),
      F.set('llo', f.add(f.sub(F.hi0, F.lhi), F.lo)),
    )),
    // ---- y*log(x) = ehi + elo
    F.set('ehi', f.mul(F.y, F.lhi)),
    F.set('sz', f.mul(f.c(SPLIT), F.y)),
    F.set('yh', f.sub(F.sz, f.sub(F.sz, F.y))),
    F.set('yl', f.sub(F.y, F.yh)),
    F.set('sz', f.mul(f.c(SPLIT), F.lhi)),
    F.set('lh', f.sub(F.sz, f.sub(F.sz, F.lhi))),
    F.set('ll', f.sub(F.lhi, F.lh)),
    F.set('e1', f.add(f.add(f.add(f.sub(f.mul(F.yh, F.lh), F.ehi), f.mul(F.yh, F.ll)), f.mul(F.yl, F.lh)), f.mul(F.yl, F.ll))),
    // r = 0 (x a power of two) takes the exact elo as well: see pow.ts
    ifElse(i.or(F.slow, f.eq(F.r, f.c(0))), seq(F.set('elo', call('fmaCore', F.y, F.llo, F.e1)), F.set('de', f.c(0))), powFastElo(F)),
    // ---- exp_inline(ehi, elo, sb)
    expLimits(F),
    F.set('pk', f.mul(F.ehi, f.c(ED.INVLN2N))),
    F.set('kds', f.add(F.pk, f.c(ED.SHIFT))),
    F.set('dk', f.sub(F.pk, f.sub(F.kds, f.c(ED.SHIFT)))),
    ifThen(i.eqz(f.gt(f.abs(f.sub(f.abs(F.dk), f.c(0.5))), f.c(2 ** -30))),
      F.set('kds', call('fmaCore', F.ehi, f.c(ED.INVLN2N), f.c(ED.SHIFT)))),
    F.set('ekd', f.sub(F.kds, f.c(ED.SHIFT))),
    F.set('ki', i.wrap(f.bits(F.kds))), // k in kds's low bits (two's complement)
    F.set('er', F.ehi),
    ifThen(F.ki, seq(
      F.set('r1', ifF64(f.lt(f.abs(F.ekd), f.c(131072)),
        f.add(F.ehi, f.mul(F.ekd, f.c(ED.NEGLN2HIN))),
        call('fmaCore', F.ekd, f.c(ED.NEGLN2HIN), F.ehi))),
      fmaAD(F, 'er', F.ekd, f.c(ED.NEGLN2LON), F.r1, false),
    )),
    // er = RN(er0 + elo) with glibc's elo within de of ours: both ends rounding alike pin it
    F.set('de', f.add(F.de, F.de)),
    F.set('era', f.add(F.er, f.add(F.elo, F.de))),
    ifThen(f.ne(F.era, f.add(F.er, f.sub(F.elo, F.de))), seq(F.set('slow', i.c(1)), [0x0c, 1])),
    [0x0b], // end loop
    F.set('er', F.era),
    expTerms(F),
    // the polynomial: see powFastExp
    F.set('p1', f.mul(f.add(f.c(EC2), f.mul(F.er, f.c(EC3))), F.r2)),
    F.set('d1', f.mul(F.r2, f.c(KU))),
    F.set('u1', f.add(F.c0, f.add(F.p1, F.d1))),
    F.set('p2', f.mul(F.r4, f.add(f.c(EC4), f.mul(F.er, f.c(EC5))))),
    F.set('d2', f.mul(F.r4, f.c(KT))),
    F.set('etmp', f.add(F.u1, f.add(F.p2, F.d2))),
    ifThen(i.or(f.ne(F.u1, f.add(F.c0, f.sub(F.p1, F.d1))), f.ne(F.etmp, f.add(F.u1, f.sub(F.p2, F.d2)))),
      F.set('etmp', call('fmaCore', F.r4, call('fmaCore', F.er, f.c(EC5), f.c(EC4)),
        call('fmaCore', call('fmaCore', F.er, f.c(EC3), f.c(EC2)), F.r2, F.c0)))),
    ifThen(F.special, ret(call('powSpecial', F.etmp, F.sbits, F.ki))),
    F.set('scale', f.fromBits(F.sbits)),
    fmaAD(F, 'res', F.scale, F.etmp, F.scale, true), // |etmp| < 0.003
    F.res,
    ),
  ));
  fn.exported = true;
}
// ---- cos (cos.ts: IBM's accurate sin/cos in glibc's FMA build). Arguments beyond 105414350
// (branred's Payne-Hanek reduction, plain double arithmetic, rare) call the imported env.cosBig,
// which the loader binds to the TypeScript cos (src/math/wasm/math_wasm.ts).
function defineCos() {
  const S = [-0.16666666666666666, 0.0083333333333323288, -0.00019841269834414642, 2.755729806860771e-6,
    -2.5022014848318398e-8]; // S1..S5
  const BIG = 52776558133248, HP0 = 1.5707963267948966, HP1 = 6.123233995736766e-17;
  const MP1 = 1.5707963407039642, MP2 = -1.3909067564377153e-8, PP3 = -4.9789962314799099e-17;
  const PP4 = -1.9034889620193266e-25, HPINV = 0.63661977236758138, TOINT = 6755399441055744;
  const SN3 = -1.66666666666664880952546298448555e-1, SN5 = 8.33333214285722277379541354343671e-3;
  const CS2 = 4.99999999999999999999950396842453e-1, CS4 = -4.16666666666664434524222570944589e-2;
  const CS6 = 1.38888874007937613028114285595617e-3;
  const TAB = LAYOUT.cos.TAB;
  /** Significant bits of a double's significand (leading to last set bit). */
  const sigBits = (v) => { let m = Math.abs(v); while (m !== Math.floor(m)) m *= 2; let b = 0; while (m % 2 === 0) m /= 2; while (m >= 1) { m = Math.floor(m / 2); b++; } return b; };
  if (sigBits(MP1) > 27 || sigBits(MP2) > 27 || sigBits(PP3) > 27) throw new Error('cos: reduction constants too wide');
  const core = (a, b, c) => call('fmaCore', a, b, c);
  /** k = byte offset of the table row of ax's nearest multiple of 1/128; x = ax - that multiple. */
  const tableStep = (F) => seq(
    F.set('u', f.add(f.c(BIG), F.ax)),
    F.set('k', i.shl(i.wrap(f.bits(F.u)), i.c(5))),
  );
  const cosPoly = (F) => seq(
    fmaAD(F, 'pc4', F.xx, f.c(CS6), f.c(CS4), true),
    fmaAD(F, 'pc2', F.xx, F.pc4, f.c(CS2), true),
  );
  const rows = (F) => seq(
    F.set('sn', f.load(F.k, TAB)), F.set('ssn', f.load(F.k, TAB + 8)),
    F.set('cs', f.load(F.k, TAB + 16)), F.set('ccs', f.load(F.k, TAB + 24)),
  );
  const L = { ax: F64, u: F64, k: I32, xx: F64, x3: F64, ps: F64, s: F64, pc4: F64, pc2: F64, c: F64, sn: F64,
    ssn: F64, cs: F64, ccs: F64, c1: F64, c2: F64, fp1: F64, fp2: F64, fp3: F64, fc1: F64, fc2: F64, fcor: F64,
    res: F64, err: F64, bound: F64, bv: F64, ...SITE };
  /**
   * Fast path for the last three fused multiply-adds, c1 = fma(a1, b1, k1), c2 = fma(a2, b2, c1),
   * cor = fma(a3, b3, c2), and the result t + cor (all operands but c1, c2 are glibc's own
   * values). Evaluated unfused, each site differs from glibc's by the carried difference plus
   * u(2|U| + |P|)/(1 - u) (u = 2^-53, U its unfused result, P its product: one rounding of P,
   * one of U, one of glibc's result), so the unfused cor is within 2.001u M of glibc's, M the sum
   * of the |P| and |U| (and |k1|). t is a table value above 0.1 and |cor| < 0.01 (about the
   * reduced argument, below 1/256 + |dx|), so t + cor is normal and res + err (TwoSum) exact.
   * When |err| + 2^-51 M (4u M: room for the roundings of M's own sum), rounded up by
   * (1 + 2^-50), stays below half the gap from res to its nearer neighbour (2^(e-53) for |res|
   * in (2^e, 2^(e+1)), 2^(e-54) for |res| = 2^e), glibc's t + cor lies strictly within that
   * distance of res, so its rounding is res; otherwise the exact code runs.
   */
  const chainFast = (F, t, [a1, b1, k1], [a2, b2], [a3, b3], finish = F.res) => seq(
    F.set('fp1', f.mul(a1, b1)), F.set('fc1', f.add(F.fp1, k1)),
    F.set('fp2', f.mul(a2, b2)), F.set('fc2', f.add(F.fp2, F.fc1)),
    F.set('fp3', f.mul(a3, b3)), F.set('fcor', f.add(F.fp3, F.fc2)),
    F.set('bound', f.mul(f.add(f.add(f.add(f.add(f.add(f.add(f.abs(F.fp1), f.abs(k1)), f.abs(F.fc1)), f.abs(F.fp2)),
      f.abs(F.fc2)), f.abs(F.fp3)), f.abs(F.fcor)), f.c(2 ** -51))),
    F.set('res', f.add(t, F.fcor)),
    F.set('bv', f.sub(F.res, t)),
    F.set('err', f.add(f.sub(t, f.sub(F.res, F.bv)), f.sub(F.fcor, F.bv))),
    ifThen(f.lt(f.mul(f.add(f.abs(F.err), F.bound), f.c(1 + 2 ** -50)),
      f.mul(f.fromBits(l.and(f.bits(F.res), l.c(0x7ff0000000000000n))),
        select(f.c(2 ** -53), f.c(2 ** -54), i.eqz(l.eqz(l.and(f.bits(F.res), l.c(0x000fffffffffffffn))))))), ret(finish)),
  );

  func('doCos', [['x', F64], ['dx', F64]], F64, L, (F) => seq(
    ifThen(f.lt(F.x, f.c(0)), F.set('dx', f.neg(F.dx))),
    F.set('ax', f.abs(F.x)),
    tableStep(F),
    F.set('x', f.add(f.sub(F.ax, f.sub(F.u, f.c(BIG))), F.dx)),
    F.set('xx', f.mul(F.x, F.x)),
    F.set('x3', f.mul(F.x, F.xx)),
    fmaAD(F, 'ps', F.xx, f.c(SN5), f.c(SN3), true),
    fmaAD(F, 's', F.x3, F.ps, F.x, true),
    cosPoly(F),
    F.set('c', f.mul(F.xx, F.pc2)),
    rows(F),
    chainFast(F, F.cs, [f.neg(F.s), F.ssn, F.ccs], [f.neg(F.cs), F.c], [f.neg(F.sn), F.s]),
    F.set('c1', core(f.neg(F.s), F.ssn, F.ccs)),
    F.set('c2', core(f.neg(F.cs), F.c, F.c1)),
    f.add(F.cs, core(f.neg(F.sn), F.s, F.c2)),
  ));

  func('doSin', [['x', F64], ['dx', F64]], F64, { ...L, xold: F64, p4: F64, p3: F64, p2: F64, p1: F64, s0: F64, r: F64 }, (F) => seq(
    F.set('xold', F.x),
    ifThen(f.lt(f.abs(F.x), f.c(0.126)), seq(
      F.set('xx', f.mul(F.x, F.x)),
      fmaAD(F, 'p4', F.xx, f.c(S[4]), f.c(S[3]), true),
      fmaAD(F, 'p3', F.p4, F.xx, f.c(S[2]), true),
      fmaAD(F, 'p2', F.p3, F.xx, f.c(S[1]), true),
      fmaAD(F, 'p1', F.p2, F.xx, f.c(S[0]), true),
      F.set('c1', core(F.p1, F.x, f.neg(f.mul(f.c(0.5), F.dx)))),
      ret(f.add(F.x, core(F.c1, F.xx, F.dx))),
    )),
    ifThen(f.le(F.x, f.c(0)), F.set('dx', f.neg(F.dx))),
    F.set('ax', f.abs(F.x)),
    tableStep(F),
    F.set('x', f.sub(F.ax, f.sub(F.u, f.c(BIG)))),
    F.set('xx', f.mul(F.x, F.x)),
    F.set('x3', f.mul(F.x, F.xx)),
    fmaAD(F, 'ps', F.xx, f.c(SN5), f.c(SN3), true),
    fmaAD(F, 's0', F.x3, F.ps, F.dx, false),
    F.set('s', f.add(F.x, F.s0)),
    cosPoly(F),
    F.set('c', core(F.x, F.dx, f.mul(F.xx, F.pc2))),
    rows(F),
    chainFast(F, F.sn, [F.s, F.ccs, F.ssn], [f.neg(F.sn), F.c], [F.cs, F.s],
      ifF64(f.lt(F.xold, f.c(0)), f.neg(f.abs(F.res)), f.abs(F.res))),
    F.set('c1', core(F.s, F.ccs, F.ssn)),
    F.set('c2', core(f.neg(F.sn), F.c, F.c1)),
    F.set('r', f.abs(f.add(F.sn, core(F.cs, F.s, F.c2)))),
    ifF64(f.lt(F.xold, f.c(0)), f.neg(F.r), F.r), // copysign; |xold| >= 0.126 here
  ));

  /**
   * |x| in [2.426, 105414350): Cody-Waite reduction as sin.ts's and cos.ts's reduceSincos
   * (t = fma(x, hpinv, toint)), then the quadrant's kernel; `shift` is 1 for cos, 0 for sin.
   */
  const far = (F, shift) => seq(
    F.set('ph', f.mul(F.x, f.c(HPINV))),
    F.set('t', f.add(F.ph, f.c(TOINT))),
    F.set('dh', f.sub(F.ph, f.sub(F.t, f.c(TOINT)))),
    ifThen(i.eqz(f.gt(f.abs(f.sub(f.abs(F.dh), f.c(0.5))), f.c(2 ** -20))),
      F.set('t', core(F.x, f.c(HPINV), f.c(TOINT)))),
    F.set('xn', f.sub(F.t, f.c(TOINT))),
    // the quadrant (low bits of t: xn mod 4), plus cos's shift
    F.set('n', shift ? i.add(i.wrap(f.bits(F.t)), i.c(shift)) : i.wrap(f.bits(F.t))),
    F.set('nxn', f.neg(F.xn)),
    // |xn| <= 2^26 is an integer of at most 26 significant bits and MP1, MP2, PP3 have 26, 27
    // and 26: those products are exact, so their fused multiply-adds are the plain expressions.
    F.set('y1', f.add(f.mul(F.nxn, f.c(MP1)), F.x)),
    F.set('y', f.add(f.mul(F.nxn, f.c(MP2)), F.y1)),
    F.set('t2', f.add(f.mul(F.nxn, f.c(PP3)), F.y)),
    F.set('db', f.add(f.mul(F.nxn, f.c(PP3)), f.sub(F.y, F.t2))),
    fmaAD(F, 'b', F.nxn, f.c(PP4), F.t2, false),
    F.set('y1', f.sub(F.t2, F.b)),
    fmaAD(F, 'y', F.nxn, f.c(PP4), F.y1, false),
    F.set('db', f.add(F.db, F.y)),
    F.set('a', ifF64(i.and(F.n, i.c(1)), call('doCos', F.b, F.db), call('doSin', F.b, F.db))),
    ifF64(i.and(F.n, i.c(2)), f.neg(F.a), F.a),
  );

  const fn = func('cos', [['x', F64]], F64, {
    k: I32, y: F64, a: F64, ph: F64, t: F64, dh: F64, xn: F64, n: I32, nxn: F64, y1: F64, t2: F64, db: F64, b: F64,
    ...SITE,
  }, (F) => seq(
    F.set('k', i.and(i.wrap(l.shr_u(f.bits(F.x), l.c(32))), i.c(0x7fffffff))),
    ifThen(i.lt_u(F.k, i.c(0x3e400000)), ret(f.c(1))),
    ifThen(i.lt_u(F.k, i.c(0x3feb6000)), ret(call('doCos', F.x, f.c(0)))),
    ifThen(i.lt_u(F.k, i.c(0x400368fd)), seq(
      F.set('y', f.sub(f.c(HP0), f.abs(F.x))),
      F.set('a', f.add(F.y, f.c(HP1))),
      ret(call('doSin', F.a, f.add(f.sub(F.y, F.a), f.c(HP1)))),
    )),
    ifThen(i.ge_u(F.k, i.c(0x7ff00000)), ret(f.div(F.x, F.x))),
    ifThen(i.ge_u(F.k, i.c(0x419921fb)), ret(call('cosBig', F.x))),
    far(F, 1),
  ));
  fn.exported = true;

  // sin (sin.ts) shares the module: the same kernels, its own small-argument branches, quadrant
  // without cos's +1, and env.sinBig (the TypeScript sin) beyond 105414350
  const sinFn = func('sin', [['x', F64]], F64, {
    k: I32, r: F64, ph: F64, t: F64, dh: F64, xn: F64, n: I32, nxn: F64, y1: F64, y: F64, t2: F64, db: F64, b: F64,
    a: F64, ...SITE,
  }, (F) => seq(
    F.set('k', i.and(i.wrap(l.shr_u(f.bits(F.x), l.c(32))), i.c(0x7fffffff))),
    ifThen(i.lt_u(F.k, i.c(0x3e500000)), ret(F.x)),
    ifThen(i.lt_u(F.k, i.c(0x3feb6000)), ret(call('doSin', F.x, f.c(0)))),
    ifThen(i.lt_u(F.k, i.c(0x400368fd)), seq(
      F.set('r', f.abs(call('doCos', f.sub(f.c(HP0), f.abs(F.x)), f.c(HP1)))),
      ret(ifF64(f.lt(F.x, f.c(0)), f.neg(F.r), F.r)),
    )),
    ifThen(i.ge_u(F.k, i.c(0x7ff00000)), ret(f.div(F.x, F.x))),
    ifThen(i.ge_u(F.k, i.c(0x419921fb)), ret(call('sinBig', F.x))),
    far(F, 0),
  ));
  sinFn.exported = true;
}
// ---- acos (acos.ts: IBM's accurate asin/acos in glibc's FMA build)
function defineAcos() {
  const F = [0, 1.66666666666664110590506577996662e-1, 7.50000000026122686814431784722623e-2,
    4.46428561421059750978517350006940e-2, 3.03821268582119319911193410625235e-2,
    2.23551211026525610742786300334557e-2, 1.81382903404565056280372531963613e-2]; // F1..F6
  const RT = [9.99999999859990725855365213134618e-1, 4.99999999495955425917856814202739e-1,
    0.3750175008673452, 0.31252362655451865];
  const HP0 = 1.5707963267948966, HP1 = 6.123233995736766e-17, T27 = 134217728;
  const L = LAYOUT.acos;
  const core = (a, b, c) => call('fmaCore', a, b, c);
  /** Element j of ASNCS (j an i32 expression). */
  const asn = (j, plus = 0) => f.load(i.shl(j, i.c(3)), L.ASNCS + 8 * plus);
  /** fma(fma(fma(fma(fma(F6, v, F5), v, F4), v, F3), v, F2), v, F1) into dst (general form). */
  // (fmaAD's destination must not be one of its operands: its rare path rereads them)
  const poly = (Fn, dst, v) => seq(
    fmaAD(Fn, 'pa', f.c(F[6]), v, f.c(F[5]), false),
    fmaAD(Fn, 'pb', Fn.pa, v, f.c(F[4]), false),
    fmaAD(Fn, 'pa', Fn.pb, v, f.c(F[3]), false),
    fmaAD(Fn, 'pb', Fn.pa, v, f.c(F[2]), false),
    fmaAD(Fn, dst, Fn.pb, v, f.c(F[1]), false),
  );

  func('expansion', [['x', F64], ['pos', I32], ['n', I32], ['m', I32]], F64,
    { xx: F64, q: F64, qn: F64, j: I32, p: F64, t: F64, a: F64, ...SITE }, (Fn) => seq(
      Fn.set('xx', f.sub(ifF64(Fn.pos, Fn.x, f.neg(Fn.x)), asn(Fn.n))),
      Fn.set('q', asn(i.add(Fn.n, Fn.m), 1)),
      Fn.set('j', i.add(Fn.n, Fn.m)),
      // for j = n + m down to n + 2: q = fma(xx, q, ASNCS[j])
      [0x02, 0x40, 0x03, 0x40],
      i.lt_s(Fn.j, i.add(Fn.n, i.c(2))), [0x0d, 1],
      fmaAD(Fn, 'qn', Fn.xx, Fn.q, asn(Fn.j), false),
      Fn.set('q', Fn.qn),
      Fn.set('j', i.sub(Fn.j, i.c(1))),
      [0x0c, 0, 0x0b, 0x0b],
      Fn.set('p', core(f.mul(Fn.xx, Fn.xx), Fn.q, asn(i.add(Fn.n, Fn.m), 2))),
      Fn.set('t', core(asn(Fn.n, 1), Fn.xx, Fn.p)),
      Fn.set('a', asn(i.add(Fn.n, Fn.m), 3)),
      ifF64(Fn.pos, f.add(f.sub(f.c(HP0), Fn.a), f.sub(f.c(HP1), Fn.t)), f.add(f.add(f.c(HP0), Fn.a), f.add(f.c(HP1), Fn.t))),
    ));

  const fn = func('acos', [['x', F64]], F64, {
    hw: I32, k: I32, pos: I32, kf: I32, x2: F64, P: F64, r: F64, z: F64, kz: I32, t: F64, u: F64, c: F64, w: F64,
    y: F64, cc: F64, p: F64, prod: F64, res: F64, pa: F64, pb: F64, ...SITE,
  }, (Fn) => seq(
    Fn.set('hw', i.wrap(l.shr_u(f.bits(Fn.x), l.c(32)))),
    Fn.set('k', i.and(Fn.hw, i.c(0x7fffffff))),
    Fn.set('pos', i.gt_s(Fn.hw, i.c(0))),
    Fn.set('kf', i.and(Fn.k, i.c(0x000fffff))),
    ifThen(i.lt_u(Fn.k, i.c(0x3c880000)), ret(f.c(HP0))),
    ifThen(i.lt_u(Fn.k, i.c(0x3fc00000)), seq(
      Fn.set('x2', f.mul(Fn.x, Fn.x)),
      poly(Fn, 'P', Fn.x2),
      Fn.set('r', f.sub(f.c(HP0), Fn.x)),
      ret(f.add(Fn.r, core(f.neg(Fn.P), f.mul(Fn.x2, Fn.x), f.add(f.sub(f.sub(f.c(HP0), Fn.r), Fn.x), f.c(HP1))))),
    )),
    ifThen(i.lt_u(Fn.k, i.c(0x3fd00000)), ret(call('expansion', Fn.x, Fn.pos, i.mul(i.c(11), i.shr_u(Fn.kf, i.c(15))), i.c(5)))),
    ifThen(i.lt_u(Fn.k, i.c(0x3fe00000)),
      ret(call('expansion', Fn.x, Fn.pos, i.add(i.mul(i.c(11), i.shr_u(Fn.kf, i.c(14))), i.c(352)), i.c(5)))),
    Fn.set('kf', i.and(Fn.k, i.c(0x000fe000))),
    ifThen(i.lt_u(Fn.k, i.c(0x3fe80000)),
      ret(call('expansion', Fn.x, Fn.pos, i.add(i.c(1056), i.mul(i.shr_u(Fn.kf, i.c(11)), i.c(3))), i.c(6)))),
    Fn.set('kf', i.shr_u(Fn.kf, i.c(13))),
    ifThen(i.lt_u(Fn.k, i.c(0x3fed8000)), ret(call('expansion', Fn.x, Fn.pos, i.add(i.c(992), i.mul(Fn.kf, i.c(13))), i.c(7)))),
    ifThen(i.lt_u(Fn.k, i.c(0x3fee8000)), ret(call('expansion', Fn.x, Fn.pos, i.add(i.c(884), i.mul(Fn.kf, i.c(14))), i.c(8)))),
    ifThen(i.lt_u(Fn.k, i.c(0x3fef0000)), ret(call('expansion', Fn.x, Fn.pos, i.add(i.c(768), i.mul(Fn.kf, i.c(15))), i.c(9)))),
    ifThen(i.lt_u(Fn.k, i.c(0x3ff00000)), seq(
      Fn.set('z', f.mul(f.c(0.5), ifF64(Fn.pos, f.sub(f.c(1), Fn.x), f.add(f.c(1), Fn.x)))),
      Fn.set('kz', i.wrap(l.shr_u(f.bits(Fn.z), l.c(32)))),
      Fn.set('t', f.mul(f.load(i.shl(i.shr_u(i.and(Fn.kz, i.c(0x001fffff)), i.c(14)), i.c(3)), L.INROOT),
        f.load(i.shl(i.sub(i.c(511), i.shr_s(Fn.kz, i.c(21))), i.c(3)), L.POWTWO))),
      Fn.set('r', core(f.neg(f.mul(Fn.t, Fn.t)), Fn.z, f.c(1))),
      fmaAD(Fn, 'pa', Fn.r, f.c(RT[3]), f.c(RT[2]), false),
      fmaAD(Fn, 'pb', Fn.r, Fn.pa, f.c(RT[1]), false),
      fmaAD(Fn, 'u', Fn.r, Fn.pb, f.c(RT[0]), false),
      Fn.set('t', f.mul(Fn.t, Fn.u)),
      Fn.set('c', f.mul(Fn.t, Fn.z)),
      Fn.set('w', core(f.neg(f.mul(f.c(0.5), Fn.t)), Fn.c, f.c(1.5))),
      Fn.set('y', f.sub(f.add(f.mul(f.c(T27), Fn.c), Fn.c), f.mul(f.c(T27), Fn.c))), // 2^27 products exact
      Fn.set('cc', f.div(core(f.neg(Fn.y), Fn.y, Fn.z), core(Fn.c, Fn.w, Fn.y))),
      poly(Fn, 'p', Fn.z),
      Fn.set('prod', f.mul(f.mul(Fn.p, Fn.z), f.add(Fn.y, Fn.cc))), // not fused in glibc either
      Fn.set('res', ifF64(Fn.pos, f.add(Fn.y, f.add(Fn.cc, Fn.prod)),
        f.add(f.sub(f.c(HP0), Fn.y), f.sub(f.sub(f.c(HP1), Fn.cc), Fn.prod)))),
      ret(f.add(Fn.res, Fn.res)),
    )),
    ifThen(i.and(i.eq(Fn.k, i.c(0x3ff00000)), i.eqz(i.wrap(f.bits(Fn.x)))), ret(ifF64(Fn.pos, f.c(0), f.c(2 * HP0)))),
    ifF64(f.ne(Fn.x, Fn.x), f.add(Fn.x, Fn.x), f.c(NaN)),
  ));
  fn.exported = true;
}

// ---- block functions: fn over the doubles at BLOCK_AT, in place (pow with one exponent y)
function defineBlock(fn, binary) {
  const params = binary ? [['n', I32], ['y', F64]] : [['n', I32]];
  const e = func(`${fn}Block`, params, null, { p: I32, end: I32 }, (F) => seq(
    F.set('p', i.c(BLOCK_AT)),
    F.set('end', i.add(i.c(BLOCK_AT), i.shl(F.n, i.c(3)))),
    [0x02, 0x40], [0x03, 0x40],
    i.ge_u(F.p, F.end), [0x0d, 1], // br_if out
    F.p, call(fn, f.load(F.p, 0), ...(binary ? [F.y] : [])), storeF64(0),
    F.set('p', i.add(F.p, i.c(8))),
    [0x0c, 0], [0x0b], [0x0b], // br loop; end loop; end block
  ));
  e.exported = true;
}

// ---- two doubles at a time (f64x2, WebAssembly's fixed-width SIMD)
const V128 = 0x7b;
const sop = (code) => [0xfd, ...uleb(code)];
const vb = (code) => (a, b) => seq(a, b, sop(code));
const vu = (code) => (a) => seq(a, sop(code));
/** v128 instructions; i32x4 names work on the high (odd) and low words of the doubles' bits. */
const v = {
  load: (addr, off) => seq(addr, sop(0x00), 4, uleb(off)),
  store: (addr, val, off) => seq(addr, val, sop(0x0b), 4, uleb(off)),
  shuffle: (a, b, lanes) => seq(a, b, sop(0x0d), lanes),
  and: vb(0x4e), andnot: vb(0x4f), or: vb(0x50), bitselect: (a, b, c) => seq(a, b, c, sop(0x52)),
  iltU: vb(0x3a), igtU: vb(0x3c), igeU: vb(0x40), isub: vb(0xb1), not: vu(0x4d), iadd: vb(0xae),
  iltS: vb(0x39), igtS: vb(0x3b), ileS: vb(0x3d), igeS: vb(0x3f), ieq32: vb(0x37),
  ladd: vb(0xce), lsub: vb(0xd1), lshl: vb(0xcb), lshrS: vb(0xcc), extendLow: vu(0xc7), truncSatZero: vu(0xfc),
  trunc: vu(0x7a), div: vb(0xf3), neg: vu(0xed), lt: vb(0x49), le: vb(0x4b),
  ishl: vb(0xab), ishrS: vb(0xac), ishrU: vb(0xad),
  iextract: (a, lane) => seq(a, sop(0x1b), lane),
  leq: vb(0xd6), gt: vb(0x4a),
  /** [f64 at a0 + off, f64 at a1 + off] */
  f64pair: (a0, a1, off) => seq(f.load(a0, off), sop(0x14), f.load(a1, off), sop(0x22), 1),
  /** [i64 at a0 + off, i64 at a1 + off] */
  i64pair: (a0, a1, off) => seq(l.load(a0, off), sop(0x12), l.load(a1, off), sop(0x1e), 1),
  add: vb(0xf0), sub: vb(0xf1), mul: vb(0xf2), abs: vu(0xec), eq: vb(0x47),
  extract: (a, lane) => seq(a, sop(0x21), lane),
  convertLow: vu(0xfe),
  bitmask64: vu(0xc4),
  madd: (a, b, c) => seq(a, b, c, sop(0x107)), // f64x2.relaxed_madd
};
const BYTES = (from, n) => Array.from({ length: n }, (_, k) => from + k);
/** Lane 0 of a and lane 0 of b (f64x2). */
const lows = (a, b) => v.shuffle(a, b, [...BYTES(0, 8), ...BYTES(16, 8)]);
/** Lane 1 of a and lane 1 of b. */
const highs = (a, b) => v.shuffle(a, b, [...BYTES(8, 8), ...BYTES(24, 8)]);
/** i32x4 lanes 1 and 3 (the doubles' high words) moved to lanes 0 and 1, for convertLow. */
const oddWords = (a) => v.shuffle(a, a, [...BYTES(4, 4), ...BYTES(12, 4), ...BYTES(0, 8)]);
/** Each double's high word copied over its low word: an i32x4 mask of the high words as f64x2 lanes. */
const spreadOdd = (a) => v.shuffle(a, a, [...BYTES(4, 4), ...BYTES(4, 4), ...BYTES(12, 4), ...BYTES(12, 4)]);

// Constants live in memory at CONST_AT (a data segment) and are loaded into locals once per call:
// V8 rebuilds a v128.const at every use, where a local it spills once and reloads in one.
const CONST_AT = 28672; // below the block, above every function's tables
const FAIL_AT = 8192; // the addresses of the doubles a block's vector pass leaves (4096 i32 at most)
let constData = []; // the module's constant bytes
/** A constant: its bytes and the v128 load that makes a vector of them (splat for one lane's worth). */
const dd = (x) => ({ bytes: [...new Uint8Array(new Float64Array([x]).buffer)], op: 0x0a }); // v128.load64_splat
const ii = (...w) => (w.length === 1
  ? { bytes: [...new Uint8Array(new Int32Array(w).buffer)], op: 0x09 } // v128.load32_splat
  : { bytes: [...new Uint8Array(new Int32Array(w).buffer)], op: 0x00 }); // v128.load
/** Declares the named v128 constants of a function: its locals and their loads, for func(). */
function vconsts(consts) {
  const names = Object.keys(consts);
  const loads = names.map((nm) => {
    const at = CONST_AT + constData.length;
    constData.push(...consts[nm].bytes);
    return (F) => F.set(nm, seq(i.c(0), sop(consts[nm].op), 0, uleb(at)));
  });
  return {
    locals: Object.fromEntries(names.map((nm) => [nm, V128])),
    load: (F) => seq(loads.map((ld) => ld(F))),
  };
}
const dataSection = () => (constData.length === 0 ? []
  : section(11, vec([[0x00, ...c32(CONST_AT), 0x0b, ...vec(constData.map((b) => [b]))]])));

/**
 * `${fn}Block(n)` (`${fn}Block(n, y)` when binary) four doubles at a time, as two pairs (f64x2)
 * whose steps are interleaved, so that one pair's long dependency chain runs while the other's
 * waits (`groups` pairs in all). `body(G)` lists the steps
 * that set the f64x2 locals res and ok (all ones in a lane it settles) from X, a pair; G names the
 * pair's own copies of `locals` (and of X, res, ok), F's other names are shared. A settled lane
 * must hold the scalar function's result. A lane not settled keeps its argument, and its address
 * joins a list at FAIL_AT without a branch (a branch per pair would mispredict); the scalar
 * function then runs on the list, which also takes the last n mod 4 doubles.
 */
function defineSimdBlock(fn, consts, locals, body, { binary = false, groups = 2, setup = () => [], shared = {}, second = null } = {}) {
  const K = vconsts(consts);
  const own = { X: V128, res: V128, ok: V128, ...locals };
  const groupLocals = (g, of = own) => Object.fromEntries(Object.entries(of).map(([nm, t]) => [`${nm}$${g}`, t]));
  const group = (F, g, of = own) => new Proxy({}, { get: (_, nm) => (nm === 'set' ? (n, e) => F.set(n in of ? `${n}$${g}` : n, e)
    : F[nm in of ? `${nm}$${g}` : nm]) });
  const ownSecond = second === null ? null : { X: V128, res: V128, ok: V128, ...second.locals };
  /** The pair at p + off: its result stored (a lane not settled keeps x) and its failures listed. */
  const finish = (F, G, off) => seq(
    v.store(F.p, v.bitselect(G.res, G.X, G.ok), off),
    F.set('m', v.bitmask64(G.ok)),
    i.store(F.q, i.add(F.p, i.c(off))), F.set('q', i.add(F.q, i.shl(i.xor(i.and(F.m, i.c(1)), i.c(1)), i.c(2)))),
    i.store(F.q, i.add(F.p, i.c(off + 8))), F.set('q', i.add(F.q, i.shl(i.xor(i.shr_u(F.m, i.c(1)), i.c(1)), i.c(2)))),
  );
  const G = Array.from({ length: groups }, (_, g) => g);
  /**
   * The optional second pass: the listed doubles two at a time (their addresses a, b) through
   * `second.body`, which sets res and ok as `body` does; a lane it settles is stored, the others
   * stay listed (compacted in place) for the scalar function, as does an odd last address. (Two
   * pairs interleaved, as the first pass runs them, measured slower here: the body is long.)
   */
  const secondPass = (F) => {
    if (ownSecond === null) return [];
    const S = group(F, 's', ownSecond);
    const keep = (at, lane) => seq(
      F[at], v.extract(v.bitselect(S.res, S.X, S.ok), lane), storeF64(0),
      i.store(F.r, F[at]),
      F.set('r', i.add(F.r, i.shl(i.xor(lane === 0 ? i.and(F.m, i.c(1)) : i.shr_u(F.m, i.c(1)), i.c(1)), i.c(2)))),
    );
    return seq(
      F.set('f', i.c(FAIL_AT)), F.set('r', i.c(FAIL_AT)),
      [0x02, 0x40], [0x03, 0x40],
      i.gt_u(i.add(F.f, i.c(8)), F.q), [0x0d, 1],
      F.set('a', i.load(F.f)), F.set('b', i.load(i.add(F.f, i.c(4)))),
      S.set('X', v.f64pair(F.a, F.b, 0)),
      second.body(S),
      F.set('m', v.bitmask64(S.ok)),
      keep('a', 0), keep('b', 1),
      F.set('f', i.add(F.f, i.c(8))),
      [0x0c, 0], [0x0b], [0x0b],
      ifThen(i.lt_u(F.f, F.q), seq(i.store(F.r, i.load(F.f)), F.set('r', i.add(F.r, i.c(4))))),
      F.set('q', F.r), F.set('f', i.c(FAIL_AT)),
    );
  };
  const e = func(`${fn}Block`, binary ? [['n', I32], ['y', F64]] : [['n', I32]], null, {
    p: I32, end: I32, m: I32, q: I32, f: I32, a: I32, go: I32, ...K.locals, ...shared, ...Object.assign({}, ...G.map((g) => groupLocals(g))),
    ...(ownSecond === null ? {} : { b: I32, r: I32, ...groupLocals('s', ownSecond) }),
  }, (F) => {
    const lists = G.map((g) => { const P = group(F, g); return [P.set('X', v.load(F.p, 16 * g)), ...body(P)]; });
    const steps = [];
    for (let k = 0; k < Math.max(...lists.map((x) => x.length)); k++) for (const x of lists) steps.push(x[k] ?? []);
    return seq(
      K.load(F),
      F.set('go', i.c(1)),
      setup(F), // may clear go: every double then goes to the scalar function
      F.set('p', i.c(BLOCK_AT)),
      F.set('end', i.add(i.c(BLOCK_AT), i.shl(F.n, i.c(3)))),
      F.set('q', i.c(FAIL_AT)),
      F.set('f', i.c(FAIL_AT)),
      [0x02, 0x40], [0x03, 0x40],
      i.or(i.gt_u(i.add(F.p, i.c(16 * groups)), F.end), i.eqz(F.go)), [0x0d, 1], // br_if out: too few left
      steps,
      G.map((g) => finish(F, group(F, g), 16 * g)),
      F.set('p', i.add(F.p, i.c(16 * groups))),
      [0x0c, 0], [0x0b], [0x0b], // br loop; end loop; end block
      // the last doubles join the list
      [0x02, 0x40], [0x03, 0x40],
      i.ge_u(F.p, F.end), [0x0d, 1],
      i.store(F.q, F.p), F.set('q', i.add(F.q, i.c(4))),
      F.set('p', i.add(F.p, i.c(8))),
      [0x0c, 0], [0x0b], [0x0b],
      secondPass(F),
      // the scalar function on the list
      [0x02, 0x40], [0x03, 0x40],
      i.ge_u(F.f, F.q), [0x0d, 1],
      F.set('a', i.load(F.f)),
      F.a, call(fn, f.load(F.a, 0), ...(binary ? [F.y] : [])), storeF64(0),
      F.set('f', i.add(F.f, i.c(4))),
      [0x0c, 0], [0x0b], [0x0b],
    );
  });
  e.exported = true;
}

// The vector bodies' fused multiply-adds (the locals they use: FMA_V, and the constant dz = 0)
const FMA_V = ['tie', 'P', 'S', 'Tt', 'fa', 'fb', 'fc', 'fp', 'fe', 'fs', 'fbb', 'ft', 'fv', 'fvb', 'fw', 'fd', 'sp', 'ah', 'al', 'bh', 'bl'];
/** dst = fma(a, b, c) when |a*b| <= |c|/8: the unfused sum; a tie sets lanes of `tie`. */
const dom = (F, dst, a, b, c) => (RELAXED ? [F.set(dst, v.madd(a, b, c))] : [
  F.set('P', v.mul(a, b)),
  F.set(dst, v.add(c, F.P)),
  F.set('Tt', v.add(v.sub(c, F[dst]), F.P)),
  F.set('S', v.add(F.Tt, F.Tt)),
  F.set('tie', v.or(F.tie, v.andnot(v.eq(v.sub(v.add(F[dst], F.S), F[dst]), F.S), v.eq(F.Tt, F.dz)))),
]);
/** dst = fma(a, b, c) by fmaInline's exact steps; a tie (tieByTail's case) sets lanes of `tie`. */
const full = (F, dst, a, b, c) => (RELAXED ? [F.set(dst, v.madd(a, b, c))] : [
  F.set('fa', a), F.set('fb', b), F.set('fc', c),
  F.set('fp', v.mul(F.fa, F.fb)),
  F.set('sp', v.mul(F.dSplit, F.fa)), F.set('ah', v.sub(F.sp, v.sub(F.sp, F.fa))), F.set('al', v.sub(F.fa, F.ah)),
  F.set('sp', v.mul(F.dSplit, F.fb)), F.set('bh', v.sub(F.sp, v.sub(F.sp, F.fb))), F.set('bl', v.sub(F.fb, F.bh)),
  F.set('fe', v.add(v.add(v.add(v.sub(v.mul(F.ah, F.bh), F.fp), v.mul(F.ah, F.bl)), v.mul(F.al, F.bh)), v.mul(F.al, F.bl))),
  F.set('fs', v.add(F.fp, F.fc)),
  F.set('fbb', v.sub(F.fs, F.fp)),
  F.set('ft', v.add(v.sub(F.fp, v.sub(F.fs, F.fbb)), v.sub(F.fc, F.fbb))),
  F.set('fv', v.add(F.ft, F.fe)),
  F.set('fvb', v.sub(F.fv, F.ft)),
  F.set('fw', v.add(v.sub(F.ft, v.sub(F.fv, F.fvb)), v.sub(F.fe, F.fvb))),
  F.set(dst, v.add(F.fs, F.fv)),
  // tieByTail changes res only when w != 0, d = v - (res - s) != 0 and res + 2d - res == 2d
  F.set('fd', v.sub(F.fv, v.sub(F[dst], F.fs))),
  F.set('S', v.add(F.fd, F.fd)),
  F.set('tie', v.or(F.tie, v.andnot(v.andnot(v.eq(v.sub(v.add(F[dst], F.S), F[dst]), F.S), v.eq(F.fd, F.dz)), v.eq(F.fw, F.dz)))),
]);
/** ok for lanes whose i32x4 mask `bad` (in the high words) is clear and f64x2 mask `good` set. */
const okUnless = (good, bad) => v.andnot(good, spreadOdd(bad));

/**
 * log's block: its fast path (defineLog) in both lanes, the same operations in the same order.
 * Lanes near 1, outside the normal doubles, or whose rounding is not certain go to the scalar log.
 */
function defineLogBlockSimd() {
  const consts = {
    kNear: ii(0x3fee0000), kNearW: ii(0x3ff10900 - 0x3fee0000), kLow: ii(0x00100000), kLowW: ii(0x7fe00000),
    kOff: ii(0x3fe60000), k127: ii(127), kExp: ii(0, 0xfff00000 | 0, 0, 0xfff00000 | 0),
    kOne: dd(1), kM1: dd(-1), kSplit: dd(SPLIT), kHi: dd(LD.LN2HI), kLo: dd(LD.LN2LO), kA0: dd(A0), kA1: dd(A1),
    kA2: dd(A2), kA3: dd(A3), kA4: dd(A4), kB: dd(2 ** -46),
    // the second pass's: logNear1's coefficients, 2^27, and full's split and zero
    ...Object.fromEntries(Array.from(B, (x, k) => [`nB${k}`, dd(x)])), n27: dd(134217728), dSplit: dd(SPLIT), dz: dd(0),
  };
  /**
   * The second pass: logNear1 (log.ts) in both lanes for the doubles the first left near 1, the
   * same operations in the same order; a lane outside that range or whose rounding ties (dom's
   * and full's tests) stays for the scalar log.
   */
  const near = {
    locals: Object.fromEntries(['r', 'r2', 'r3', 'a8', 'a9', 'q3', 'b5', 'b6', 'q2', 'c2', 'c3', 'q1', 'w', 'rhi', 'rlo',
      'w2', 'hi', 'lo0', 'lo', 'y', ...FMA_V].map((nm) => [nm, V128])),
    body: (F) => [
      F.set('tie', F.dz),
      F.set('r', v.sub(F.X, F.kOne)),
      F.set('r2', v.mul(F.r, F.r)),
      F.set('r3', v.mul(F.r, F.r2)),
      ...dom(F, 'a8', F.r, F.nB8, F.nB7),
      ...dom(F, 'a9', F.r2, F.nB9, F.a8),
      ...dom(F, 'q3', F.r3, F.nB10, F.a9),
      ...dom(F, 'b5', F.r, F.nB5, F.nB4),
      ...dom(F, 'b6', F.r2, F.nB6, F.b5),
      ...dom(F, 'q2', F.r3, F.q3, F.b6),
      ...dom(F, 'c2', F.r, F.nB2, F.nB1),
      ...dom(F, 'c3', F.r2, F.nB3, F.c2),
      ...dom(F, 'q1', F.r3, F.q2, F.c3),
      F.set('w', v.mul(F.r, F.n27)),
      F.set('rhi', v.sub(v.add(F.r, F.w), F.w)),
      F.set('rlo', v.sub(F.r, F.rhi)),
      F.set('w2', v.mul(v.mul(F.rhi, F.rhi), F.nB0)),
      F.set('hi', v.add(F.r, F.w2)),
      F.set('lo0', v.add(v.sub(F.r, F.hi), F.w2)),
      ...full(F, 'lo', v.mul(F.nB0, F.rlo), v.add(F.rhi, F.r), F.lo0),
      ...full(F, 'y', F.r3, F.q1, F.lo),
      F.set('res', v.add(F.y, F.hi)),
      F.set('ok', v.andnot(spreadOdd(v.iltU(v.isub(F.X, F.kNear), F.kNearW)), F.tie)),
    ],
  };
  const locals = Object.fromEntries(['bad', 'T', 'IX', 'kd', 'z', 'e0', 'e1', 'invc', 'logc', 'pz', 'sz', 'zh', 'zl',
    'r', 'w', 'hi', 'lo', 'pf', 'r2', 'r3', 'yf', 'bound', 'bv', 'err'].map((nm) => [nm, V128]));
  const L = LAYOUT.log;
  defineSimdBlock('log', consts, { a0: I32, a1: I32, ...locals }, (F) => [
    F.set('bad', v.or(v.iltU(v.isub(F.X, F.kNear), F.kNearW), v.igeU(v.isub(F.X, F.kLow), F.kLowW))),
    F.set('T', v.isub(F.X, F.kOff)),
    F.set('IX', v.ishl(v.and(v.ishrU(F.T, i.c(13)), F.k127), i.c(4))),
    F.set('a0', v.iextract(F.IX, 1)),
    F.set('a1', v.iextract(F.IX, 3)),
    F.set('kd', v.convertLow(oddWords(v.ishrS(F.T, i.c(20))))),
    F.set('z', v.isub(F.X, v.and(F.T, F.kExp))),
    F.set('e0', v.load(F.a0, L.T)),
    F.set('e1', v.load(F.a1, L.T)),
    F.set('invc', lows(F.e0, F.e1)),
    F.set('logc', highs(F.e0, F.e1)),
    RELAXED ? F.set('r', v.madd(F.z, F.invc, F.kM1)) : seq(
      F.set('e0', v.load(F.a0, L.SPLIT)),
      F.set('e1', v.load(F.a1, L.SPLIT)),
      F.set('pz', v.mul(F.z, F.invc)),
      F.set('sz', v.mul(F.kSplit, F.z)),
      F.set('zh', v.sub(F.sz, v.sub(F.sz, F.z))),
      F.set('zl', v.sub(F.z, F.zh)),
      F.set('r', v.add(v.sub(F.pz, F.kOne), v.add(v.add(v.add(
        v.sub(v.mul(F.zh, lows(F.e0, F.e1)), F.pz),
        v.mul(F.zh, highs(F.e0, F.e1))),
        v.mul(F.zl, lows(F.e0, F.e1))),
        v.mul(F.zl, highs(F.e0, F.e1))))),
    ),
    F.set('w', v.add(v.mul(F.kd, F.kHi), F.logc)),
    F.set('hi', v.add(F.w, F.r)),
    F.set('lo', v.add(v.sub(F.w, F.hi), F.r)),
    F.set('pf', v.mul(F.kd, F.kLo)),
    F.set('r2', v.mul(F.r, F.r)),
    F.set('r3', v.mul(F.r, F.r2)),
    F.set('yf', v.add(v.add(v.add(F.lo, F.pf), v.mul(F.r2, F.kA0)),
      v.mul(F.r3, v.add(v.add(F.kA1, v.mul(F.r, F.kA2)), v.mul(F.r2, v.add(F.kA3, v.mul(F.r, F.kA4))))))),
    F.set('bound', v.mul(v.add(v.add(v.add(v.abs(F.lo), v.abs(F.pf)), F.r2), v.abs(F.r3)), F.kB)),
    F.set('res', v.add(F.hi, F.yf)),
    F.set('bv', v.sub(F.res, F.hi)),
    F.set('err', v.add(v.sub(F.hi, v.sub(F.res, F.bv)), v.sub(F.yf, F.bv))),
    F.set('ok', okUnless(v.and(v.eq(v.add(F.res, v.add(F.err, F.bound)), F.res), v.eq(v.add(F.res, v.sub(F.err, F.bound)), F.res)),
      F.bad)),
  ], { second: near });
}

/**
 * expm1's block: fdlibm's steps (defineExpm1) in both lanes. The classes of k (0, 1, -1, <= -2,
 * 2..19, 20..56) each give a candidate and the lane's class picks one. A fused site with a
 * dominant addend is its unfused value with the tie test, a general one the exact form of
 * fmaInline with tieByTail's test; a lane any test flags goes to the scalar expm1, as does
 * |x| >= 56 ln2 (overflow, saturation and non-finite x) and |x| < 2^-54.
 */
function defineExpm1BlockSimd() {
  const consts = {
    kAbs: ii(0x7fffffff), kBig: ii(0x4043687a - 0x3c900000), kTiny: ii(0x3c900000),
    kRed: ii(0x3fd62e42), kOne: ii(0x3ff0a2b2),
    d1: dd(1), dm1: dd(-1), dHalf: dd(0.5), dmHalf: dd(-0.5), dQuart: dd(-0.25), d2: dd(2), dm2: dd(-2), d3: dd(3), d6: dd(6),
    d20: dd(20), dInv: dd(1.44269504088896338700), dHi: dd(LN2_HI), dLo: dd(LN2_LO), dSplit: dd(SPLIT),
    q1: dd(EQ[1]), q2: dd(EQ[2]), q3: dd(EQ[3]), q4: dd(EQ[4]), q5: dd(EQ[5]), eBias: ii(1023, 0, 1023, 0),
  };
  const names = ['hx', 'bad', 'big', 'one', 'neg', 'kf', 'ki', 'hi', 'lo', 'x', 'c', 'hfx', 'hxs', 'h2', 'h4', 'R1', 'R2', 'R3',
    'r0', 'r1', 't', 'den', 'e', 'y', 'e1', 'k0', 'tq', 'pw', ...FMA_V];
  /** y with k (the i64x2 lanes of ki) added to its exponent field. */
  const addExp = (F, y) => v.ladd(y, v.lshl(F.ki, i.c(52)));
  defineSimdBlock('expm1', { ...consts, dz: dd(0) }, Object.fromEntries(names.map((nm) => [nm, V128])), (F) => [
    F.set('hx', v.and(F.X, F.kAbs)),
    // |x| >= 56 ln2 or |x| < 2^-54 (the scalar function's own branches)
    F.set('bad', v.igeU(v.isub(F.hx, F.kTiny), F.kBig)),
    F.set('big', spreadOdd(v.igtU(F.hx, F.kRed))),
    F.set('one', v.and(F.big, spreadOdd(v.iltU(F.hx, F.kOne)))),
    F.set('neg', v.lshrS(F.X, i.c(63))),
    // k: 0, +-1, or trunc(x/ln2 +- 1/2), as a double
    F.set('kf', v.and(F.big, v.bitselect(v.bitselect(F.dm1, F.d1, F.neg),
      v.trunc(v.add(v.mul(F.dInv, F.X), v.bitselect(F.dmHalf, F.dHalf, F.neg))), F.one))),
    F.set('ki', v.extendLow(v.truncSatZero(F.kf))),
    F.set('hi', v.sub(F.X, v.mul(F.kf, F.dHi))),
    F.set('lo', v.mul(F.kf, F.dLo)),
    F.set('x', v.sub(F.hi, F.lo)),
    F.set('c', v.sub(v.sub(F.hi, F.x), F.lo)),
    F.set('tie', F.dz),
    F.set('hfx', v.mul(F.dHalf, F.x)),
    F.set('hxs', v.mul(F.x, F.hfx)),
    ...dom(F, 'R1', F.hxs, F.q1, F.d1),
    F.set('h2', v.mul(F.hxs, F.hxs)),
    ...dom(F, 'R2', F.hxs, F.q3, F.q2),
    F.set('h4', v.mul(F.h2, F.h2)),
    ...dom(F, 'R3', F.hxs, F.q5, F.q4),
    ...dom(F, 'r0', F.h2, F.R2, F.R1),
    ...dom(F, 'r1', F.h4, F.R3, F.r0),
    ...dom(F, 't', v.neg(F.r1), F.hfx, F.d3),
    // |x t| < 1.2 and the sum in [4, 8): the product's ulp divides half the sum's, so only a tie can differ
    ...dom(F, 'den', v.neg(F.x), F.t, F.d6),
    F.set('e', v.mul(F.hxs, v.div(v.sub(F.r1, F.t), F.den))),
    // k == 0: y = fma(x, e, -hxs), x - y; else y = fma(x, e - c, -c), e = y - hxs
    F.set('k0', v.eq(F.kf, F.dz)),
    ...full(F, 'y', F.x, v.bitselect(F.e, v.sub(F.e, F.c), F.k0), v.neg(v.bitselect(F.hxs, F.c, F.k0))),
    F.set('e1', v.sub(F.y, F.hxs)),
    // the candidates, from the rarest class up
    F.set('pw', v.lsub(F.eBias, F.ki)), // 2^-k's biased exponent, in each lane's low word
    F.set('tq', v.lshl(F.pw, i.c(52))), // 2^-k
    F.set('res', addExp(F, v.add(v.sub(F.x, v.add(F.e1, F.tq)), F.d1))),
    F.set('res', v.bitselect(addExp(F, v.sub(v.sub(F.d1, F.tq), v.sub(F.e1, F.x))), F.res, v.lt(F.kf, F.d20))),
    F.set('res', v.bitselect(v.sub(addExp(F, v.sub(F.d1, v.sub(F.e1, F.x))), F.d1), F.res, v.le(F.kf, F.dm2))),
    F.set('res', v.bitselect(v.bitselect(v.mul(F.dm2, v.sub(F.e1, v.add(F.x, F.dHalf))), v.add(F.d1, v.mul(F.d2, v.sub(F.x, F.e1))),
      v.lt(F.x, F.dQuart)), F.res, v.eq(F.kf, F.d1))),
    F.set('res', v.bitselect(v.sub(v.mul(F.dHalf, v.sub(F.x, F.e1)), F.dHalf), F.res, v.eq(F.kf, F.dm1))),
    F.set('res', v.bitselect(v.sub(F.x, F.y), F.res, F.k0)),
    F.set('ok', okUnless(v.not(F.tie), F.bad)),
  ]);
}

/**
 * pow's block for one exponent y: pow's fast path (definePow) in both lanes, the same operations
 * in the same order. y outside glibc's plain range sends every double to the scalar pow; a lane
 * goes there when x is not a positive normal double, a check of the fast path fails (lhi, er,
 * tmp), exp's argument leaves 2^-54 <= |ehi| < 512, k's rounding is near a tie, or the last
 * multiply-add ties.
 */
function defineSimdPow() {
  const [PA0, PA1, PA2, PA3, PA4, PA5, PA6] = PD.A;
  const [EC2, EC3, EC4, EC5] = ED.C;
  const { KQ, KK, KU, KT } = POW_K;
  const L = LAYOUT.pow;
  const consts = {
    kTopLo: ii(0x00100000), kTopW: ii(0x7fe00000), kOff: ii(0x3fe69555), k127: ii(127), kExp: ii(0, 0xfff00000 | 0, 0, 0xfff00000 | 0),
    kAbsLo: ii(0x3c900000), kAbsW: ii(0x40800000 - 0x3c900000), kAbsM: ii(0x7fffffff), kLow32: ii(-1, 0, -1, 0), kZero: ii(0),
    d1: dd(1), dm1: dd(-1), dSplit: dd(SPLIT), dHi: dd(PD.LN2HI), dLo: dd(PD.LN2LO), dA0: dd(PA0), dmHalf: dd(-0.5),
    dA1: dd(PA1), dA2: dd(PA2), dA3: dd(PA3), dA4: dd(PA4), dA5: dd(PA5), dA6: dd(PA6),
    dKQ: dd(KQ), dKLO: dd(1.01 * 2 ** -52), dKK: dd(KK), d51: dd(2 ** -51), dInv: dd(ED.INVLN2N), dShift: dd(ED.SHIFT),
    dHalf: dd(0.5), d30: dd(2 ** -30), dBig: dd(131072), dNHi: dd(ED.NEGLN2HIN), dNLo: dd(ED.NEGLN2LON), dEighth: dd(0.125),
    dC2: dd(EC2), dC3: dd(EC3), dC4: dd(EC4), dC5: dd(EC5), dKU: dd(KU), dKT: dd(KT), dz: dd(0),
  };
  const names = ['bad', 'T', 'IO', 'kd', 'z', 'e0', 'e1', 'invc', 'logc', 'ltail', 'r', 't1', 't2', 'lo2', 'ar', 'ar2', 'ar3',
    'hi0', 'sr', 'rh', 'rl', 'lo3', 'lo4', 'lo1', 'q23', 'q', 'lo', 'blo', 'de', 'lhi', 'llo', 'ehi', 'sz', 'lh', 'll', 'e1b',
    'ylo', 'elo', 'pk', 'kds', 'dk', 'ekd', 'r1', 'ep', 'er', 'et', 'er0', 'era', 'tl', 'sb', 'r2', 'c0', 'r4', 'p1', 'u1',
    'p2', 'etmp', 'scale', 'tp', 'tt'];
  const yl = { Y: V128, YH: V128, YL: V128, YA: V128, YS: V128 };
  defineSimdBlock('pow', consts, { a0: I32, a1: I32, b0: I32, b1: I32, ...Object.fromEntries(names.map((nm) => [nm, V128])) }, (F) => [
    // x a positive normal double (the sign bit is in the high word's top)
    F.set('bad', v.igeU(v.isub(F.X, F.kTopLo), F.kTopW)),
    F.set('T', v.isub(F.X, F.kOff)),
    F.set('IO', v.and(v.ishrU(F.T, i.c(13)), F.k127)),
    F.set('a0', i.shl(v.iextract(F.IO, 1), i.c(4))), // halves' byte offset
    F.set('a1', i.shl(v.iextract(F.IO, 3), i.c(4))),
    F.set('b0', i.mul(v.iextract(F.IO, 1), i.c(24))), // triple's byte offset
    F.set('b1', i.mul(v.iextract(F.IO, 3), i.c(24))),
    F.set('kd', v.convertLow(oddWords(v.ishrS(F.T, i.c(20))))),
    F.set('z', v.isub(F.X, v.and(F.T, F.kExp))),
    F.set('e0', v.load(F.b0, L.T)),
    F.set('e1', v.load(F.b1, L.T)),
    F.set('invc', lows(F.e0, F.e1)),
    F.set('logc', highs(F.e0, F.e1)),
    F.set('ltail', v.f64pair(F.b0, F.b1, L.T + 16)),
    RELAXED ? F.set('r', v.madd(F.z, F.invc, F.dm1)) : seq(
      F.set('e0', v.load(F.a0, L.SPLIT)),
      F.set('e1', v.load(F.a1, L.SPLIT)),
      F.set('sz', v.mul(F.dSplit, F.z)),
      F.set('rh', v.sub(F.sz, v.sub(F.sz, F.z))),
      F.set('rl', v.sub(F.z, F.rh)),
      F.set('pk', v.mul(F.z, F.invc)),
      F.set('r', v.add(v.sub(F.pk, F.d1), v.add(v.add(v.add(
        v.sub(v.mul(F.rh, lows(F.e0, F.e1)), F.pk),
        v.mul(F.rh, highs(F.e0, F.e1))),
        v.mul(F.rl, lows(F.e0, F.e1))),
        v.mul(F.rl, highs(F.e0, F.e1))))),
    ),
    F.set('t1', v.add(v.mul(F.kd, F.dHi), F.logc)),
    F.set('t2', v.add(F.t1, F.r)),
    F.set('lo2', v.add(v.sub(F.t1, F.t2), F.r)),
    F.set('ar', v.mul(F.dA0, F.r)),
    F.set('ar2', v.mul(F.r, F.ar)),
    F.set('ar3', v.mul(F.r, F.ar2)),
    F.set('hi0', v.add(F.t2, F.ar2)),
    RELAXED ? F.set('lo3', v.madd(F.ar, F.r, v.neg(F.ar2))) : seq(
      F.set('sr', v.mul(F.dSplit, F.r)),
      F.set('rh', v.sub(F.sr, v.sub(F.sr, F.r))),
      F.set('rl', v.sub(F.r, F.rh)),
      F.set('lo3', v.add(v.add(v.add(v.sub(v.mul(v.mul(F.dmHalf, F.rh), F.rh), F.ar2),
        v.mul(v.mul(F.dmHalf, F.rh), F.rl)), v.mul(v.mul(F.dmHalf, F.rl), F.rh)), v.mul(v.mul(F.dmHalf, F.rl), F.rl))),
    ),
    F.set('lo4', v.add(v.sub(F.t2, F.hi0), F.ar2)),
    // powFastLog: lhi pinned
    F.set('lo1', v.add(v.mul(F.kd, F.dLo), F.ltail)),
    F.set('q23', v.add(F.dA3, v.mul(F.r, F.dA4))),
    F.set('q23', v.add(F.q23, v.mul(F.ar2, v.add(F.dA5, v.mul(F.r, F.dA6))))),
    F.set('q', v.add(v.add(F.dA1, v.mul(F.r, F.dA2)), v.mul(F.ar2, F.q23))),
    F.set('lo', v.add(v.add(v.add(v.add(F.lo1, F.lo2), F.lo3), F.lo4), v.mul(F.ar3, F.q))),
    F.set('blo', v.add(v.add(v.mul(v.abs(F.ar3), F.dKQ), v.mul(v.abs(F.lo), F.dKLO)), v.mul(v.abs(F.kd), F.dKK))),
    F.set('de', v.add(F.blo, F.blo)),
    F.set('lhi', v.add(F.hi0, v.add(F.lo, F.de))),
    F.set('tp', v.eq(F.lhi, v.add(F.hi0, v.sub(F.lo, F.de)))),
    F.set('llo', v.add(v.sub(F.hi0, F.lhi), F.lo)),
    // y*log(x) = ehi + elo
    F.set('ehi', v.mul(F.Y, F.lhi)),
    F.set('sz', v.mul(F.dSplit, F.lhi)),
    F.set('lh', v.sub(F.sz, v.sub(F.sz, F.lhi))),
    F.set('ll', v.sub(F.lhi, F.lh)),
    F.set('e1b', v.add(v.add(v.add(v.sub(v.mul(F.YH, F.lh), F.ehi), v.mul(F.YH, F.ll)), v.mul(F.YL, F.lh)), v.mul(F.YL, F.ll))),
    F.set('ylo', v.mul(F.Y, F.llo)),
    F.set('elo', v.add(F.ylo, F.e1b)),
    F.set('de', v.add(v.mul(F.YA, F.blo), v.mul(v.add(v.abs(F.ylo), v.abs(F.elo)), F.d51))),
    // exp_inline: 2^-54 <= |ehi| < 512 (else the scalar pow: its limits and specialcase)
    F.set('bad', v.or(F.bad, v.igeU(v.isub(v.and(F.ehi, F.kAbsM), F.kAbsLo), F.kAbsW))),
    F.set('pk', v.mul(F.ehi, F.dInv)),
    F.set('kds', v.add(F.pk, F.dShift)),
    F.set('dk', v.sub(F.pk, v.sub(F.kds, F.dShift))),
    F.set('tp', v.and(F.tp, v.gt(v.abs(v.sub(v.abs(F.dk), F.dHalf)), F.d30))),
    F.set('ekd', v.sub(F.kds, F.dShift)),
    F.set('tp', v.and(F.tp, v.lt(v.abs(F.ekd), F.dBig))),
    F.set('r1', v.add(F.ehi, v.mul(F.ekd, F.dNHi))),
    // er = fma(ekd, NegLn2loN, r1), fmaAD's fast path: |p| <= |er|/8 and no tie
    F.set('ep', v.mul(F.ekd, F.dNLo)),
    F.set('er', v.add(F.r1, F.ep)),
    F.set('et', v.add(v.sub(F.r1, F.er), F.ep)),
    F.set('tt', v.add(F.et, F.et)),
    F.set('tp', v.and(F.tp, v.andnot(v.le(v.abs(F.ep), v.mul(v.abs(F.er), F.dEighth)),
      v.andnot(v.eq(v.sub(v.add(F.er, F.tt), F.er), F.tt), v.eq(F.et, F.dz))))),
    // k == 0 (kds's low word): er = ehi
    F.set('er', v.bitselect(F.ehi, F.er, v.leq(v.and(F.kds, F.kLow32), F.kZero))),
    F.set('de', v.add(F.de, F.de)),
    F.set('era', v.add(F.er, v.add(F.elo, F.de))),
    F.set('tp', v.and(F.tp, v.eq(F.era, v.add(F.er, v.sub(F.elo, F.de))))),
    F.set('er', F.era),
    // expTerms
    F.set('a0', i.shl(i.and(v.iextract(F.kds, 0), i.c(127)), i.c(3))),
    F.set('a1', i.shl(i.and(v.iextract(F.kds, 2), i.c(127)), i.c(3))),
    F.set('sb', v.ladd(v.i64pair(F.a0, F.a1, L.SBITS), v.lshl(F.kds, i.c(45)))),
    F.set('r2', v.mul(F.er, F.er)),
    F.set('c0', v.add(v.f64pair(F.a0, F.a1, L.TAIL), F.er)),
    F.set('r4', v.mul(F.r2, F.r2)),
    F.set('p1', v.mul(v.add(F.dC2, v.mul(F.er, F.dC3)), F.r2)),
    F.set('e0', v.mul(F.r2, F.dKU)),
    F.set('u1', v.add(F.c0, v.add(F.p1, F.e0))),
    F.set('p2', v.mul(F.r4, v.add(F.dC4, v.mul(F.er, F.dC5)))),
    F.set('e1', v.mul(F.r4, F.dKT)),
    F.set('etmp', v.add(F.u1, v.add(F.p2, F.e1))),
    F.set('tp', v.and(F.tp, v.and(v.eq(F.u1, v.add(F.c0, v.sub(F.p1, F.e0))), v.eq(F.etmp, v.add(F.u1, v.sub(F.p2, F.e1)))))),
    // res = fma(scale, etmp, scale), dominant (|etmp| < 0.003): the unfused sum unless a tie
    F.set('scale', F.sb),
    F.set('ep', v.mul(F.scale, F.etmp)),
    F.set('res', v.add(F.scale, F.ep)),
    F.set('et', v.add(v.sub(F.scale, F.res), F.ep)),
    F.set('tt', v.add(F.et, F.et)),
    F.set('ok', okUnless(v.andnot(F.tp, v.andnot(v.eq(v.sub(v.add(F.res, F.tt), F.res), F.tt), v.eq(F.et, F.dz))), F.bad)),
  ], {
    binary: true,
    groups: 2,
    shared: yl,
    setup: (F) => seq(
      // y's range (glibc's topy test): outside it, or y not finite, the scalar pow takes all
      F.set('go', i.lt_u(i.sub(i.and(i.wrap(l.shr_u(f.bits(F.y), l.c(52))), i.c(0x7ff)), i.c(0x3be)), i.c(0x80))),
      F.set('Y', seq(F.y, sop(0x14))),
      F.set('YA', v.abs(F.Y)),
      F.set('YS', seq(f.mul(f.c(SPLIT), F.y), sop(0x14))),
      F.set('YH', v.sub(F.YS, v.sub(F.YS, F.Y))),
      F.set('YL', v.sub(F.Y, F.YH)),
    ),
  });
}

/**
 * exp's block: its fast path (defineExp) in both lanes. Lanes outside 2^-54 <= |x| < 512, with k's
 * rounding near a tie, a failed multiply-add test or an uncertain rounding go to the scalar exp.
 */
function defineSimdExp() {
  const L = LAYOUT.exp;
  const consts = {
    kAbsM: ii(0x7fffffff), kAbsLo: ii(0x3c900000), kAbsW: ii(0x40800000 - 0x3c900000), kLow32: ii(-1, 0, -1, 0), kZero: ii(0),
    dInv: dd(ED.INVLN2N), dShift: dd(ED.SHIFT), dHalf: dd(0.5), d30: dd(2 ** -30), dBig: dd(131072), dNHi: dd(ED.NEGLN2HIN),
    dNLo: dd(ED.NEGLN2LON), dEighth: dd(0.125), dC2: dd(C2), dC3: dd(C3), dC4: dd(C4), dC5: dd(C5), d49: dd(2 ** -49),
    d52: dd(2 ** -52), dz: dd(0),
  };
  const names = ['bad', 'tp', 'pk', 'kds', 'dk', 'kd', 'r1', 'ep', 'r', 'et', 'tt', 'r2', 'c0', 'scale', 'ph', 'bound', 'err'];
  defineSimdBlock('exp', consts, { a0: I32, a1: I32, ...Object.fromEntries(names.map((nm) => [nm, V128])) }, (F) => [
    F.set('bad', v.igeU(v.isub(v.and(F.X, F.kAbsM), F.kAbsLo), F.kAbsW)),
    F.set('pk', v.mul(F.X, F.dInv)),
    F.set('kds', v.add(F.pk, F.dShift)),
    F.set('dk', v.sub(F.pk, v.sub(F.kds, F.dShift))),
    F.set('tp', v.gt(v.abs(v.sub(v.abs(F.dk), F.dHalf)), F.d30)),
    F.set('kd', v.sub(F.kds, F.dShift)),
    F.set('tp', v.and(F.tp, v.lt(v.abs(F.kd), F.dBig))),
    F.set('r1', v.add(F.X, v.mul(F.kd, F.dNHi))),
    // r = fma(kd, NegLn2loN, r1) by fmaAD's fast path: |p| <= |r|/8 and no tie
    F.set('ep', v.mul(F.kd, F.dNLo)),
    F.set('r', v.add(F.r1, F.ep)),
    F.set('et', v.add(v.sub(F.r1, F.r), F.ep)),
    F.set('tt', v.add(F.et, F.et)),
    F.set('tp', v.and(F.tp, v.andnot(v.le(v.abs(F.ep), v.mul(v.abs(F.r), F.dEighth)),
      v.andnot(v.eq(v.sub(v.add(F.r, F.tt), F.r), F.tt), v.eq(F.et, F.dz))))),
    // k == 0 (kds's low word): r = x
    F.set('r', v.bitselect(F.X, F.r, v.leq(v.and(F.kds, F.kLow32), F.kZero))),
    F.set('a0', i.shl(i.and(v.iextract(F.kds, 0), i.c(127)), i.c(3))),
    F.set('a1', i.shl(i.and(v.iextract(F.kds, 2), i.c(127)), i.c(3))),
    F.set('r2', v.mul(F.r, F.r)),
    F.set('c0', v.add(v.f64pair(F.a0, F.a1, L.TAIL), F.r)),
    F.set('scale', v.ladd(v.i64pair(F.a0, F.a1, L.SBITS), v.lshl(F.kds, i.c(45)))),
    F.set('ph', v.mul(F.scale, v.add(v.add(F.c0, v.mul(v.add(F.dC2, v.mul(F.r, F.dC3)), F.r2)),
      v.mul(v.mul(F.r2, F.r2), v.add(F.dC4, v.mul(F.r, F.dC5)))))),
    F.set('bound', v.add(v.mul(F.scale, v.mul(v.add(v.abs(F.c0), F.r2), F.d49)), v.mul(v.abs(F.ph), F.d52))),
    F.set('res', v.add(F.scale, F.ph)),
    F.set('err', v.add(v.sub(F.scale, F.res), F.ph)),
    F.set('ok', okUnless(v.and(F.tp, v.and(v.eq(v.add(F.res, v.add(F.err, F.bound)), F.res),
      v.eq(v.add(F.res, v.sub(F.err, F.bound)), F.res))), F.bad)),
  ]);
}

/**
 * log1p's block: fdlibm's steps (defineLog1p) in both lanes, k = 0 (-0.2929 < x < 0.41422) and
 * the reduced k != 0 side by side. Lanes with x <= -1, |x| < 2^-29, x >= 2^53 or not finite, a
 * reduced |f| < 2^-20 (hu = 0), or a tie at a fused site go to the scalar log1p.
 */
function defineSimdLog1p() {
  const consts = {
    kLim: ii(0x3fda827a), kNeg: ii(0xbfd2bec3 | 0), kAbsM: ii(0x7fffffff), kOne: ii(0x3ff00000), kTiny: ii(0x3e200000),
    kBig: ii(0x43400000), kZero: ii(0), kMant: ii(0x000fffff), kNorm: ii(0x6a09e), kHalf: ii(0x3fe00000), kBias: ii(1023),
    kI1: ii(1), kTop: ii(0x00100000), kOdd: ii(0, -1, 0, -1),
    d1: dd(1), d2: dd(2), dHalf: dd(0.5), dHi: dd(LN2_HI), dLo: dd(LN2_LO), dSplit: dd(SPLIT), dz: dd(0),
    l1: dd(LP[1]), l2: dd(LP[2]), l3: dd(LP[3]), l4: dd(LP[4]), l5: dd(LP[5]), l6: dd(LP[6]), l7: dd(LP[7]),
  };
  const names = ['bad', 'lt', 'k0', 'u0', 'hu', 'k', 'kpos', 'c', 'norm', 'u', 'f', 'kd', 'hfsq', 's', 'z', 'z2', 'z4', 'z6',
    'R2', 'R3', 'R4', 'Ra', 'Rb', 'R', 'sr', 'c2', ...FMA_V];
  defineSimdBlock('log1p', consts, Object.fromEntries(names.map((nm) => [nm, V128])), (F) => [
    // i32x4 lanes 1 and 3 are the high words hx
    F.set('lt', v.iltS(F.X, F.kLim)),
    F.set('bad', v.or(v.and(F.lt, v.igeU(v.and(F.X, F.kAbsM), F.kOne)), v.iltU(v.and(F.X, F.kAbsM), F.kTiny))),
    F.set('bad', v.or(F.bad, v.igeS(F.X, F.kBig))),
    F.set('k0', v.and(F.lt, v.or(v.igtS(F.X, F.kZero), v.ileS(F.X, F.kNeg)))),
    // k != 0: u = 1 + x, k from its exponent, c = the rounding error of u over u
    F.set('u0', v.add(F.d1, F.X)),
    F.set('k', v.isub(v.ishrS(F.u0, i.c(20)), F.kBias)),
    F.set('kpos', spreadOdd(v.igtS(F.k, F.kZero))),
    F.set('c', v.div(v.bitselect(v.sub(F.d1, v.sub(F.u0, F.X)), v.sub(F.X, v.sub(F.u0, F.d1)), F.kpos), F.u0)),
    F.set('hu', v.and(F.u0, F.kMant)),
    F.set('norm', v.iltS(F.hu, F.kNorm)),
    F.set('u', v.bitselect(v.or(F.hu, v.bitselect(F.kOne, F.kHalf, F.norm)), F.u0, F.kOdd)),
    F.set('k', v.iadd(F.k, v.andnot(F.kI1, F.norm))),
    F.set('hu', v.bitselect(F.hu, v.ishrS(v.isub(F.kTop, F.hu), i.c(2)), F.norm)),
    F.set('bad', v.or(F.bad, v.andnot(v.ieq32(F.hu, F.kZero), F.k0))),
    F.set('f', v.bitselect(F.X, v.sub(F.u, F.d1), spreadOdd(F.k0))),
    F.set('kd', v.andnot(v.convertLow(oddWords(F.k)), spreadOdd(F.k0))),
    F.set('hfsq', v.mul(v.mul(F.dHalf, F.f), F.f)),
    F.set('s', v.div(F.f, v.add(F.d2, F.f))),
    F.set('z', v.mul(F.s, F.s)),
    F.set('z2', v.mul(F.z, F.z)),
    F.set('tie', F.dz),
    ...dom(F, 'R2', F.z, F.l3, F.l2),
    F.set('z4', v.mul(F.z2, F.z2)),
    ...dom(F, 'R3', F.z, F.l5, F.l4),
    F.set('z6', v.mul(F.z4, F.z2)),
    ...dom(F, 'R4', F.z, F.l7, F.l6),
    ...full(F, 'Ra', F.z, F.l1, v.mul(F.z2, F.R2)),
    ...dom(F, 'Rb', F.z4, F.R3, F.Ra),
    ...dom(F, 'R', F.z6, F.R4, F.Rb),
    F.set('sr', v.mul(F.s, v.add(F.hfsq, F.R))),
    ...full(F, 'c2', F.kd, F.dLo, F.c),
    F.set('res', v.bitselect(v.sub(F.f, v.sub(F.hfsq, F.sr)),
      v.sub(v.mul(F.kd, F.dHi), v.sub(v.sub(F.hfsq, v.add(F.sr, F.c2)), F.f)), spreadOdd(F.k0))),
    F.set('ok', okUnless(v.not(F.tie), F.bad)),
  ]);
}

// ---- modules: one per function, each under Chrome's 4 KiB limit for synchronous compiles
function assemble(relaxed = false) {
  const sigKey = (e) => [...e.params, '>', e.result ?? ''].join(',');
  const sigs = [...new Set([...imports, ...funcs].map(sigKey))];
  const typeEntry = (k) => {
    const [ps, r] = k.split(',>,');
    const params = ps.split(',').map(Number);
    return [0x60, ...vec(params.map((t) => [t])), ...(r === '' ? [0] : [1, Number(r)])];
  };
  const exported = funcs.map((e, k) => [e, imports.length + k]).filter(([e]) => e.exported);
  const importSection = imports.length === 0 ? []
    : section(2, vec(imports.map((e) => [...name('env'), ...name(e.nm), 0, sigs.indexOf(sigKey(e))])));
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec(sigs.map(typeEntry))),
    ...importSection,
    ...section(3, vec(funcs.map((e) => [sigs.indexOf(sigKey(e))]))),
    ...section(5, vec([[0x00, 1]])),
    ...section(7, vec([[...name('mem'), 2, 0], ...exported.map(([e, k]) => [...name(e.nm), 0, k])])),
    ...section(10, vec(funcs.map((e) => funcBody(runs(e.localTypes), e.build(e.F))))),
    ...dataSection(),
  ];
  try {
    new WebAssembly.Module(new Uint8Array(bytes)); // validates
  } catch (e) {
    // an engine without relaxed SIMD cannot validate the relaxed modules
    if (!relaxed || !/relaxed|simd opcode/i.test(String(e))) throw e;
  }
  return bytes;
}

/** Local declarations as [count, type] runs of equal consecutive types. */
function runs(types) {
  const out = [];
  for (const t of types) {
    if (out.length > 0 && out[out.length - 1][1] === t) out[out.length - 1][0]++;
    else out.push([1, t]);
  }
  return out;
}

/** The generated file's export of a module's table offsets (none when it has no tables). */
function tablesExport(fname) {
  const entries = Object.entries(LAYOUT[fname]);
  if (entries.length === 0) return '';
  return `/** Byte offsets of the tables the loader copies into the module's memory. */
export const ${fname.toUpperCase()}_WASM_TABLES = { ${entries.map(([k, v]) => `${k}: ${v}`).join(', ')} };
`;
}

/** The module of one function (relaxed: every fma one relaxed madd, plus the fmaProbe export). */
function buildModule(fname, define, relaxed) {
  RELAXED = relaxed;
  funcs = [];
  index = {};
  imports = [];
  if (fname === 'cos') { importFunc('cosBig', [['x', F64]], F64); importFunc('sinBig', [['x', F64]], F64); }
  defineFmaHelpers();
  define();
  constData = [];
  if (fname === 'cos') { defineBlock('cos'); defineBlock('sin'); } else if (fname !== 'acos') defineBlock(fname, fname === 'pow');
  if (relaxed) func('fmaProbe', [['a', F64], ['b', F64], ['c', F64]], F64, {}, (F) => madd(F.a, F.b, F.c)).exported = true;
  const bytes = assemble(relaxed);
  RELAXED = false;
  return bytes;
}

/**
 * The SIMD block module of a function: its vector block (`define`) over its own memory (the same
 * layout as the function's module), falling back on the scalar function it imports as env.<fname>
 * (the loader passes the scalar module's export). A module apart, so that the scalar modules stay
 * under 4 KiB and an engine without SIMD keeps them.
 */
/**
 * affine(n, a, b): the block's doubles x[0, n) = x * a + b, a multiply then an add (two roundings,
 * as the TypeScript a * x + b), two at a time: the fills' steps around a function (1 - x before
 * log, the scale after it) without a JavaScript pass over the block.
 */
function defineAffine() {
  func('affine', [['n', I32], ['a', F64], ['b', F64]], null, { p: I32, end: I32, va: V128, vb: V128 }, (F) => seq(
    F.set('va', seq(F.a, sop(0x14))), F.set('vb', seq(F.b, sop(0x14))),
    F.set('p', i.c(BLOCK_AT)),
    F.set('end', i.add(i.c(BLOCK_AT), i.shl(F.n, i.c(3)))),
    [0x02, 0x40], [0x03, 0x40],
    i.gt_u(i.add(F.p, i.c(16)), F.end), [0x0d, 1],
    v.store(F.p, v.add(v.mul(v.load(F.p, 0), F.va), F.vb), 0),
    F.set('p', i.add(F.p, i.c(16))),
    [0x0c, 0], [0x0b], [0x0b],
    ifThen(i.lt_u(F.p, F.end), seq(F.p, f.add(f.mul(f.load(F.p, 0), F.a), F.b), storeF64(0))),
  )).exported = true;
}

function buildSimdModule(fname, define, relaxed) {
  RELAXED = relaxed;
  funcs = [];
  index = {};
  imports = [];
  constData = [];
  importFunc(fname, fname === 'pow' ? [['x', F64], ['y', F64]] : [['x', F64]], F64);
  define();
  defineAffine();
  const bytes = assemble(relaxed);
  RELAXED = false;
  return bytes;
}

// Each function's relaxed module is faster (V8 11.3 under its flag, ns per call: expm1 35 -> 14,
// log1p 26 -> 12, cos 29 -> 17, acos 30 -> 15, pow 35 -> 17, exp 15 -> 12, log 11 -> 8; log's and
// pow's run glibc's steps without the fast path).
const files = [];
for (const [fname, define] of [['log', defineLog], ['exp', defineExp], ['log1p', defineLog1p], ['expm1', defineExpm1], ['pow', definePow], ['cos', defineCos], ['acos', defineAcos]]) {
  const bytes = buildModule(fname, define, false);
  const src = `// Generated by scripts/build_wasm_math.mjs: ${fname} as WebAssembly (${bytes.length} bytes).
// Do not edit by hand; change the script and rerun it.
import { fromBase64 } from '../../core/packed.js';

export const ${fname.toUpperCase()}_WASM_BYTES: Uint8Array = /* @__PURE__ */ fromBase64(
${base64Lines(bytes)},
);
${tablesExport(fname)}${fname === 'acos' ? '' : `/** Where ${fname}Block's doubles are: a byte offset into the module's memory, and their most. */
export const ${fname.toUpperCase()}_WASM_BLOCK = { AT: ${BLOCK_AT}, LENGTH: ${BLOCK_LENGTH} };
`}`;
  files.push([join(mathDir, 'wasm', `${fname}_wasm_bytes.ts`), src, `wrote ${fname}: ${bytes.length} bytes`]);
  const rb = buildModule(fname, define, true);
  const rsrc = `// Generated by scripts/build_wasm_math.mjs: ${fname} with each fused multiply-add one
// f64x2.relaxed_madd (${rb.length} bytes; loaded only where its fmaProbe shows the madd fused).
// Do not edit by hand; change the script and rerun it.
import { fromBase64 } from '../../core/packed.js';

export const ${fname.toUpperCase()}_RELAXED_WASM_BYTES: Uint8Array = /* @__PURE__ */ fromBase64(
${base64Lines(rb)},
);
`;
  files.push([join(mathDir, 'wasm', `${fname}_relaxed_wasm_bytes.ts`), rsrc, `wrote ${fname} (relaxed): ${rb.length} bytes`]);
}
// Vector blocks (ns per value over 10^6 doubles on Node 20, scalar loop -> f64x2 pairs; relaxed in
// brackets): log 9.2 -> 4.9, exp 14.6 -> 5.2, log1p 26 -> 16 (5.3), expm1 34 -> 17 (8.5), pow 35 -> 12 (11).
for (const [fname, define] of [['log', defineLogBlockSimd], ['exp', defineSimdExp], ['log1p', defineSimdLog1p], ['expm1', defineExpm1BlockSimd], ['pow', defineSimdPow]]) {
  const plain = buildSimdModule(fname, define, false), relaxed = buildSimdModule(fname, define, true);
  const up = fname.toUpperCase();
  const src = `// Generated by scripts/build_wasm_math.mjs: ${fname}Block two doubles at a time (f64x2), ${plain.length} bytes, and
// the same with each fused multiply-add one f64x2.relaxed_madd (${relaxed.length} bytes; used only beside the
// relaxed ${fname} module, whose fmaProbe has shown the madd fused). Both import the scalar ${fname} as env.${fname}.
// Do not edit by hand; change the script and rerun it.
import { fromBase64 } from '../../core/packed.js';

export const ${up}_SIMD_WASM_BYTES: Uint8Array = /* @__PURE__ */ fromBase64(
${base64Lines(plain)},
);

export const ${up}_SIMD_RELAXED_WASM_BYTES: Uint8Array = /* @__PURE__ */ fromBase64(
${base64Lines(relaxed)},
);
`;
  files.push([join(mathDir, 'wasm', `${fname}_simd_wasm_bytes.ts`), src, `wrote ${fname} (SIMD block): ${plain.length} + ${relaxed.length} bytes`]);
}
writeOrCheckAll(files, 'scripts/build_wasm_math.mjs');
