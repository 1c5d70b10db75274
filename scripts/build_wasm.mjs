// Hand-assembles the WebAssembly block kernels for the 128-bit PCG generators and writes them
// as a committed byte array (src/bitgen/wasm/pcg64_wasm_bytes.ts), so the package needs no
// WAT toolchain and loads the module synchronously. Run: node scripts/build_wasm.mjs
//
// Memory layout (one 64 KiB page, exported as "mem"):
//   bytes 0..31   state_lo, state_hi, inc_lo, inc_hi (i64, little-endian)
//   bytes 64..    outputs, one i64 per step
// Exports: xslrr(n) (PCG64) and dxsm(n) (PCG64DXSM), each advancing the state n steps.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT_BASE = 64;

function uleb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(v) {
  v = BigInt.asIntN(64, BigInt(v));
  const out = [];
  for (;;) {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && (b & 0x40) === 0) || (v === -1n && (b & 0x40) !== 0)) { out.push(b); return out; }
    out.push(b | 0x80);
  }
}

// Instructions: each returns a byte list; `seq` flattens.
const seq = (...xs) => xs.flat(Infinity);
const get = (i) => [0x20, ...uleb(i)];
const set = (i) => [0x21, ...uleb(i)];
const c64 = (v) => [0x42, ...sleb(v)];
const c32 = (v) => [0x41, ...sleb(v)];
const load64 = (off) => [0x29, 3, ...uleb(off)];
const store64 = (off) => [0x37, 3, ...uleb(off)];
const op = {
  add: 0x7c, sub: 0x7d, mul: 0x7e, and: 0x83, or: 0x84, xor: 0x85, shl: 0x86, shr_u: 0x88, rotr: 0x8a,
  lt_u: 0x54, extend_u: 0xad, i32add: 0x6a, i32shl: 0x74, i32ge_u: 0x4f,
};
const bin = (name, a, b) => seq(a, b, op[name]);

// Locals: 0 = n (param, i32); i64 locals from 1; i32 locals after.
const L = { slo: 1, shi: 2, ilo: 3, ihi: 4, a0: 5, a1: 6, t: 7, w: 8, hi: 9, lo: 10, x: 11, p: 12, end: 13 };
const I64_LOCALS = 11;
const I32_LOCALS = 2;
const MASK32 = 0xffffffffn;

/** Leaves the high 64 bits of the unsigned product a * k (k a constant) on the stack. */
function mulhiConst(aExpr, k) {
  const k0 = k & MASK32, k1 = k >> 32n;
  return seq(
    aExpr, set(L.x),
    bin('and', get(L.x), c64(MASK32)), set(L.a0),
    bin('shr_u', get(L.x), c64(32)), set(L.a1),
    // t = a1*k0 + (a0*k0 >> 32)
    bin('add', bin('mul', get(L.a1), c64(k0)), bin('shr_u', bin('mul', get(L.a0), c64(k0)), c64(32))), set(L.t),
    // w = (t & mask) + a0*k1
    bin('add', bin('and', get(L.t), c64(MASK32)), bin('mul', get(L.a0), c64(k1))), set(L.w),
    // a1*k1 + (t >> 32) + (w >> 32)
    bin('add', bin('add', bin('mul', get(L.a1), c64(k1)), bin('shr_u', get(L.t), c64(32))), bin('shr_u', get(L.w), c64(32))),
  );
}

/** state = state * mult + inc, mult = (multHi << 64) | multLo. */
function lcgStep(multHi, multLo) {
  const hiTerms = multHi === 0n
    ? bin('mul', get(L.shi), c64(multLo))
    : bin('add', bin('mul', get(L.slo), c64(multHi)), bin('mul', get(L.shi), c64(multLo)));
  return seq(
    bin('add', mulhiConst(get(L.slo), multLo), hiTerms), set(L.hi),
    bin('add', bin('mul', get(L.slo), c64(multLo)), get(L.ilo)), set(L.lo),
    // carry out of the low word: lo < inc_lo
    bin('add', bin('add', get(L.hi), get(L.ihi)), seq(bin('lt_u', get(L.lo), get(L.ilo)), op.extend_u)), set(L.shi),
    get(L.lo), set(L.slo),
  );
}

/** Wraps a per-step body in: load state, loop n times writing one i64 per step, store state. */
function blockFunction(body) {
  return seq(
    c32(0), load64(0), set(L.slo),
    c32(0), load64(8), set(L.shi),
    c32(0), load64(16), set(L.ilo),
    c32(0), load64(24), set(L.ihi),
    c32(OUT_BASE), set(L.p),
    seq(get(0), c32(3), op.i32shl, c32(OUT_BASE), op.i32add), set(L.end),
    [0x02, 0x40], [0x03, 0x40],
    bin('i32ge_u', get(L.p), get(L.end)), [0x0d, 1],
    body,
    bin('i32add', get(L.p), c32(8)), set(L.p),
    [0x0c, 0],
    [0x0b], [0x0b],
    c32(0), get(L.slo), store64(0),
    c32(0), get(L.shi), store64(8),
  );
}

const PCG_MULT_HI = 2549297995355413924n;
const PCG_MULT_LO = 4865540595714422341n;
const CHEAP = 0xda942042e4dd58b5n;

// PCG64: step, then XSL-RR of the new state.
const xslrr = blockFunction(seq(
  lcgStep(PCG_MULT_HI, PCG_MULT_LO),
  get(L.p),
  bin('rotr', bin('xor', get(L.shi), get(L.slo)), bin('shr_u', get(L.shi), c64(58))),
  store64(0),
));

// PCG64DXSM: DXSM of the current state, then the cheap-multiplier step.
const dxsm = blockFunction(seq(
  get(L.p),
  get(L.shi), set(L.x),
  bin('mul', bin('xor', get(L.x), bin('shr_u', get(L.x), c64(32))), c64(CHEAP)), set(L.x),
  bin('mul', bin('xor', get(L.x), bin('shr_u', get(L.x), c64(48))), bin('or', get(L.slo), c64(1))),
  store64(0),
  lcgStep(0n, CHEAP),
));

function section(id, payload) {
  return [id, ...uleb(payload.length), ...payload];
}
function vec(items) {
  return [...uleb(items.length), ...items.flat()];
}
function name(s) {
  const b = [...Buffer.from(s, 'utf8')];
  return [...uleb(b.length), ...b];
}
function funcBody(code) {
  const locals = vec([[...uleb(I64_LOCALS), 0x7e], [...uleb(I32_LOCALS), 0x7f]]);
  const body = [...locals, ...code, 0x0b];
  return [...uleb(body.length), ...body];
}

const funcs = [['xslrr', xslrr], ['dxsm', dxsm]];
const bytes = [
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([[0x60, 1, 0x7f, 0]])),
  ...section(3, vec(funcs.map(() => [0]))),
  ...section(5, vec([[0x00, 1]])),
  ...section(7, vec([[...name('mem'), 2, 0], ...funcs.map(([n], i) => [...name(n), 0, i])])),
  ...section(10, vec(funcs.map(([, code]) => funcBody(code)))),
];

new WebAssembly.Module(new Uint8Array(bytes)); // validates

const lines = [];
for (let i = 0; i < bytes.length; i += 24) lines.push('  ' + bytes.slice(i, i + 24).join(', ') + ',');
const src = `// Generated by scripts/build_wasm.mjs: the PCG64/PCG64DXSM block kernels (${bytes.length} bytes).
// Do not edit by hand; change the script and rerun it.
export const PCG_WASM_BYTES = new Uint8Array([
${lines.join('\n')}
]);
`;
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, '..', 'src', 'bitgen', 'wasm', 'pcg64_wasm_bytes.ts'), src);
console.log(`wrote ${bytes.length} bytes`);
