// Times numpy-random/jax's bits, uniform and normal at 10^6 values (ns/value) beside this library's
// own Generator.random and standard_normal (no JAX here to compare with).
// Usage: npm run build && node --expose-gc scripts/bench_jax.mjs
import { fileURLToPath } from 'node:url';
import { Generator, PCG64 } from '../dist/index.js';
import * as jax from '../dist/jax/index.js';
import { timeTsRoundRobin } from './bench_lib.mjs';

const N = 1_000_000;

/** Returns [{ name, nsPerValue }] and prints the table. */
export function runJaxBench({ n = N, reps = 7, print = true } = {}) {
  const key = jax.key(0);
  const g = new Generator(new PCG64(12345));
  const cases = [
    ['jax.bits uint32 (partitionable)', () => jax.bits(key, [n])],
    ['jax.uniform float32', () => jax.uniform(key, [n])],
    ['jax.normal float32 (fused)', () => jax.normal(key, [n])],
    ['jax.normal float32 (unfused)', () => {
      jax.config.update('xla_fma', false);
      try {
        return jax.normal(key, [n]);
      } finally {
        jax.config.update('xla_fma', true);
      }
    }],
    ['jax.bits uint32 (legacy)', () => {
      jax.config.update('jax_threefry_partitionable', false);
      try {
        return jax.bits(key, [n]);
      } finally {
        jax.config.update('jax_threefry_partitionable', true);
      }
    }],
    ['Generator.random (PCG64)', () => g.random(n)],
    ['Generator.standard_normal (PCG64)', () => g.standard_normal(n)],
  ];
  const ns = timeTsRoundRobin(cases.map((c) => c[1]), n, reps);
  const rows = cases.map(([name], i) => ({ name, nsPerValue: ns[i] }));
  if (print) {
    console.log(`\nnumpy-random/jax at n = ${n} (best of ${reps}, ns/value)`);
    for (const r of rows) console.log(`  ${r.name.padEnd(36)} ${r.nsPerValue.toFixed(1).padStart(8)}`);
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runJaxBench();
