import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: { name: 'wasm', include: ['test/**/*.test.ts'] },
      },
      {
        // The pure-TS twins: the same suites with WebAssembly removed before any module loads,
        // so every bit generator kernel and elementary function runs its TypeScript version.
        extends: true,
        test: {
          name: 'ts',
          include: ['test/**/*.test.ts'],
          // (these switch backends themselves, or test the WebAssembly modules as such)
          exclude: [
            'test/math/**', 'test/build/**', 'test/bitgen/browser_bundle.test.ts', 'test/bitgen/golden.test.ts',
            'test/bitgen/kernels.test.ts', 'test/bitgen/pcg64.test.ts', 'test/bitgen/testsets.test.ts',
            // (backend-independent, or running both backends on their own)
            'test/package/**', 'test/engines/**', 'test/cli/**', 'test/npy/**', 'test/jax/**', 'test/fuzz/**',
            // (live cross-checks against python3: the wasm project runs them; the TS twins are held to
            // the same golden files here, so a second python round trip adds no coverage)
            'test/live/**', '**/*live.test.ts',
            // (numpy's own suite, ported: pinned values the golden suites above already hold; test_direct,
            // which walks every bit generator kernel, stays)
            'test/numpy/test_generator_mt19937*.test.ts', 'test/numpy/test_random*.test.ts', 'test/numpy/test_regression.test.ts',
            'test/numpy/test_seed_sequence.test.ts',
          ],
          setupFiles: ['test/helpers/no_wasm.ts'],
          env: { NUMPY_RANDOM_BACKEND: 'ts' },
        },
      },
    ],
  },
});
