#!/usr/bin/env node
// The WebAssembly floor for PCG64 (issue 16): WebAssembly has no 64x64 -> 128-bit multiply, so
// the 128-bit LCG step takes four 32x32 partial products for the high word plus two cross
// products. This times tight loops doing only the step (and XSL-RR into an accumulator, so
// nothing is optimised away; no stores) in the kernel's formulation and as a 2-way leapfrog
// (s+1 and s+2 from s, more parallelism, two more multiplies), beside the library's bulk paths
// and numpy's. (Inside the kernel, with its stores, the leapfrog measured slower: see
// scripts/build_wasm.mjs.) Run after npm run build: node --expose-gc scripts/bench_pcg64_floor.mjs
import { execFileSync } from 'node:child_process';
import { c32, c64, funcBody, get, load64, name, section, seq, set, store64, vec } from './wasm_asm.mjs';
import * as lib from '../dist/index.js';

const op = { add: 0x7c, mul: 0x7e, and: 0x83, xor: 0x85, shr_u: 0x88, rotr: 0x8a, lt_u: 0x54, extend_u: 0xad, i32sub: 0x6b, i32eqz: 0x45 };
const bin = (o, a, b) => seq(a, b, op[o]);
const M32 = 0xffffffffn, M64 = (1n << 64n) - 1n, MOD = 1n << 128n;
const MULT = (2549297995355413924n << 64n) | 4865540595714422341n;
const INC = 0xda3e39cb94b95bdb5851f42d4c957f2dn | 1n;
const s64 = (v) => BigInt.asIntN(64, v & M64);

const L = {};
['lo', 'hi', 'acc', 'x', 'a0', 'a1', 't', 'w', 'u', 'nlo', 'nhi', 'lo2', 'hi2', 'x2', 'b0', 'b1', 't2', 'w2', 'u2']
  .forEach((n, i) => { L[n] = i + 1; });
const N_LOCALS = 19;

/** High 64 bits of a * k (k constant) from four 32-bit partial products, as the kernel has it. */
function mulhi(aExpr, k, [x, a0, a1, t, w]) {
  const k0 = k & M32, k1 = k >> 32n;
  return seq(aExpr, set(x), bin('and', get(x), c64(M32)), set(a0), bin('shr_u', get(x), c64(32)), set(a1),
    bin('add', bin('mul', get(a1), c64(k0)), bin('shr_u', bin('mul', get(a0), c64(k0)), c64(32))), set(t),
    bin('add', bin('and', get(t), c64(M32)), bin('mul', get(a0), c64(k1))), set(w),
    bin('add', bin('add', bin('mul', get(a1), c64(k1)), bin('shr_u', get(t), c64(32))), bin('shr_u', get(w), c64(32))));
}
/** (nlo, nhi) = mult * (slo, shi) + inc mod 2^128. */
function step(slo, shi, mult, inc, nlo, nhi, tmp) {
  const kh = mult >> 64n, kl = mult & M64, ih = s64(inc >> 64n), il = s64(inc & M64);
  return seq(
    bin('add', mulhi(get(slo), kl, tmp), bin('add', bin('mul', get(slo), c64(s64(kh))), bin('mul', get(shi), c64(s64(kl))))), set(tmp[5]),
    bin('add', bin('mul', get(slo), c64(s64(kl))), c64(il)), set(nlo),
    bin('add', bin('add', get(tmp[5]), c64(ih)), seq(bin('lt_u', get(nlo), c64(il)), op.extend_u)), set(nhi),
  );
}
const xslrr = (lo, hi) => bin('rotr', bin('xor', get(hi), get(lo)), bin('shr_u', get(hi), c64(58)));
const loopN = (body) => seq([0x02, 0x40, 0x03, 0x40], get(0), op.i32eqz, [0x0d, 1], get(0), c32(1), op.i32sub, set(0), body, [0x0c, 0, 0x0b, 0x0b]);
const tmpA = [L.x, L.a0, L.a1, L.t, L.w, L.u], tmpB = [L.x2, L.b0, L.b1, L.t2, L.w2, L.u2];
const wrap = (body) => seq(c32(0), load64(0), set(L.lo), c32(0), load64(8), set(L.hi), loopN(body),
  c32(0), get(L.lo), store64(0), c32(0), get(L.hi), store64(8), get(L.acc));

const sequential = wrap(seq(step(L.lo, L.hi, MULT, INC, L.nlo, L.nhi, tmpA), get(L.nlo), set(L.lo), get(L.nhi), set(L.hi),
  bin('xor', get(L.acc), xslrr(L.lo, L.hi)), set(L.acc)));
const MULT2 = (MULT * MULT) % MOD, INC2 = (INC * (MULT + 1n)) % MOD;
const leapfrog = wrap(seq(
  step(L.lo, L.hi, MULT, INC, L.nlo, L.nhi, tmpA),
  step(L.lo, L.hi, MULT2, INC2, L.lo2, L.hi2, tmpB),
  bin('xor', bin('xor', get(L.acc), xslrr(L.nlo, L.nhi)), xslrr(L.lo2, L.hi2)), set(L.acc),
  get(L.lo2), set(L.lo), get(L.hi2), set(L.hi)));

const funcs = [['sequential', sequential], ['leapfrog', leapfrog]];
const bytes = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...section(1, vec([[0x60, 1, 0x7f, 1, 0x7e]])), ...section(3, vec(funcs.map(() => [0]))),
  ...section(5, vec([[0, 1]])), ...section(7, vec([[...name('mem'), 2, 0], ...funcs.map(([n], i) => [...name(n), 0, i])])),
  ...section(10, vec(funcs.map(([, c]) => funcBody([[N_LOCALS, 0x7e]], c))))];
const e = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(bytes))).exports;
const st = new BigUint64Array(e.mem.buffer);
st[0] = 12345n; st[1] = 678n;
const a = e.sequential(1000);
st[0] = 12345n; st[1] = 678n;
if (e.leapfrog(500) !== a) throw new Error('leapfrog differs from the sequential step');

const N = 1e6;
function best(fn) {
  let b = Infinity;
  for (let r = 0; r < 15; r++) {
    globalThis.gc?.(); // (as bench.mjs: a collected heap reuses warm pages, as numpy does)
    const t0 = process.hrtime.bigint();
    fn();
    b = Math.min(b, Number(process.hrtime.bigint() - t0));
  }
  return b / N;
}
const pcg = new lib.PCG64(1), g = new lib.Generator(new lib.PCG64(1));
const pairs = new Uint32Array(2 * N), dbl = new Float64Array(N);
const rows = [
  ['floor: step + XSL-RR only (kernel formulation)', best(() => e.sequential(N))],
  ['floor: 2-way leapfrog', best(() => e.leapfrog(N / 2))],
  ['PCG64.fill_uint64 (kernel + copy out)', best(() => pcg.fill_uint64(pairs, 0, N))],
  ['PCG64.fill_double (kernel + copy out)', best(() => pcg.fill_double(dbl, 0, N))],
  ['Generator(PCG64).random(10^6)', best(() => g.random(N))],
];
let np = null;
try {
  np = JSON.parse(execFileSync('python3', ['-c', `
import json, time, numpy as np
g = np.random.Generator(np.random.PCG64(1)); bg = g.bit_generator
def best(f):
    b = 1e18
    for _ in range(15):
        t = time.perf_counter_ns(); f(); b = min(b, time.perf_counter_ns() - t)
    return b / ${N}
print(json.dumps([best(lambda: bg.random_raw(${N})), best(lambda: g.random(${N}))]))`], { encoding: 'utf8' }));
} catch { console.log('(numpy not importable: its rows skipped)'); }
if (np) rows.push(['numpy PCG64.random_raw(10^6)', np[0]], ['numpy Generator(PCG64).random(10^6)', np[1]]);
console.log('| PCG64 | ns/output |\n|---|--:|');
for (const [k, v] of rows) console.log(`| ${k} | ${v.toFixed(2)} |`);
