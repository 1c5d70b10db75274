// Exhaustive check of randn's AVX2 Box-Muller (after `npm run build`): every 24-bit uniform as u1
// and as u2, through the TypeScript batch (boxMullerAvx2) and the WebAssembly kernel, against the
// scalar log256 / sincos256 of src/math/avx_mathfun.ts with the exact fmaf. A lane's log depends
// on u1 alone and its sincos on u2 alone, so pairing u1 = u2 = k / 2^24 for all 2^24 k covers
// every value either half can see; both fast forms round their fused steps once in double and
// once to float32, and this is the proof that this equals fmaf on all those inputs.
// Run: node scripts/check_torch_box_muller.mjs (with --experimental-wasm-relaxed-simd on Node 20 to
// check the relaxed kernel, which newer engines pick by themselves)
import { boxMullerAvx2 } from '../dist/torch/normal.js';
import { boxMullerWasm } from '../dist/torch/wasm/normal_wasm.js';
import { log256, sincos256, COS } from '../dist/math/avx_mathfun.js';

const K = 2 ** 24;
const TWO_PI_F = Math.fround(2 * Math.PI);
const words = new Uint32Array(2 * K);
for (let i = 0; i < K; i++) {
  const b = (i >> 3) * 16, l = i & 7;
  words[b + l] = i | 0xff000000; // the high byte is masked off
  words[b + l + 8] = i;
}
const ts = new Float32Array(2 * K);
for (let i = 0; i < 2 * K; i++) ts[i] = (words[i] & 0xffffff) * 2 ** -24;
boxMullerAvx2(ts, 0, ts.length, 0, 1, true);

const wasm = new Float32Array(2 * K);
const k = boxMullerWasm();
if (k === null) console.log('no WebAssembly SIMD: checking TypeScript only');
else {
  for (let i = 0; i < words.length; i += k.capacity) {
    k.words.set(words.subarray(i, i + k.capacity));
    k.bm(k.capacity);
    wasm.set(k.floats, i);
  }
}

let bad = 0;
for (let i = 0; i < K; i++) {
  const u = i * 2 ** -24;
  const radius = Math.fround(Math.sqrt(Math.fround(log256(Math.fround(1 - u)) * -2)));
  const s = sincos256(Math.fround(TWO_PI_F * u));
  const n1 = Math.fround(radius * COS[0]), n2 = Math.fround(radius * s);
  const b = (i >> 3) * 16, l = i & 7;
  const ok = Object.is(ts[b + l], n1) && Object.is(ts[b + l + 8], n2)
    && (k === null || (Object.is(wasm[b + l], n1) && Object.is(wasm[b + l + 8], n2)));
  if (!ok && bad++ < 5) console.log(`k=${i}: scalar ${n1}, ${n2}; ts ${ts[b + l]}, ${ts[b + l + 8]}; wasm ${wasm[b + l]}, ${wasm[b + l + 8]}`);
}
console.log(bad === 0 ? `all ${K} uniforms agree (TypeScript${k === null ? '' : ` and WebAssembly, the ${k.kind} kernel`})` : `${bad} mismatches`);
process.exit(bad === 0 ? 0 : 1);
