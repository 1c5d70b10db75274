// The relaxed-SIMD math modules (log, exp, log1p, expm1, pow, cos/sin and acos with each fused multiply-add one
// f64x2.relaxed_madd; scripts/build_wasm_math.mjs). Where the engine has relaxed SIMD with a fused
// madd they are the ones loaded, and test/math/wasm.test.ts and blocks.test.ts hold them to glibc's
// outputs and to the TypeScript functions. On an engine without relaxed SIMD by default (Node 20)
// this file runs those files (and pow's hard cases, trig.test.ts's sin and cos, and the golden
// samplers of both front ends and torch) again in a child vitest with V8's flag.
import { describe, expect, it } from 'vitest';
import { mathWasm, mathWasmKinds } from '../../src/math/wasm/backend.js';
import { RELAXED_FLAG, inRelaxedChild, runRelaxedChild } from '../helpers/relaxed_child.js';

const RELAXED = ['log', 'exp', 'log1p', 'expm1', 'pow', 'cos', 'acos'] as const;

describe.skipIf(mathWasm() === null)('relaxed math modules', () => {
  const kinds = mathWasmKinds();
  const here = RELAXED.every((n) => kinds[n] === 'relaxed');

  it('the modules are all relaxed or all plain', () => {
    console.log(`math modules here: ${JSON.stringify(kinds)}`);
    expect(new Set(RELAXED.map((n) => kinds[n])).size).toBe(1);
    if (inRelaxedChild) expect(here || 'the child has no fused relaxed madd').toBe(true);
  });

  it.skipIf(here || inRelaxedChild)(`a child vitest with ${RELAXED_FLAG} runs the math suites on them`, () => {
    const { status, out } = runRelaxedChild(['test/math/relaxed.test.ts', 'test/math/wasm.test.ts', 'test/math/blocks.test.ts',
      'test/math/pow-fastpath.test.ts', 'test/math/trig.test.ts', 'test/generator/dist_golden.test.ts',
      'test/legacy/dists.golden.test.ts', 'test/torch/golden.test.ts'], 280_000);
    if (/no fused relaxed madd/.test(out)) {
      console.log(`relaxed SIMD is missing or unfused even with ${RELAXED_FLAG}: the relaxed modules are not checked here`);
      return;
    }
    expect(status, out.slice(-3000)).toBe(0);
    expect(out).toMatch(/"expm1":"relaxed"/);
    expect(out).toMatch(/✓ .*expm1: 10\^6 inputs/);
    expect(out).toMatch(/✓ .*expm1 \(wasm\): every golden input bit-exact/);
    expect(out).toMatch(/✓ .*pow: 10\^6 inputs/);
  }, 300_000);
});
