import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'threads',
    // Test files share each worker's module cache: importing the library once per worker instead of
    // once per file took `npm test` from 109 s to 66 s here. Files that change globals restore them
    // (and drop modules loaded under a changed global with vi.resetModules).
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: 'wasm', include: ['test/**/*.test.ts'] },
      },
      {
        // The pure-TS twins: the same suites (golden, numpy's own, and the live cross-checks) with
        // WebAssembly removed before any module loads, so every bit generator kernel and elementary
        // function runs its TypeScript version.
        extends: true,
        test: {
          name: 'ts',
          include: ['test/**/*.test.ts'],
          // (these switch backends themselves, or test the WebAssembly modules as such)
          exclude: [
            'test/math/**', 'test/build/**', 'test/bitgen/browser_bundle.test.ts', 'test/bitgen/golden.test.ts',
            'test/bitgen/kernels.test.ts', 'test/bitgen/pcg64.test.ts', 'test/bitgen/testsets.test.ts',
            'test/distributions/exponential_wasm.test.ts',
            // (backend-independent, or running both backends on their own)
            'test/package/**', 'test/engines/**', 'test/cli/**', 'test/npy/**', 'test/jax/**', 'test/fuzz/**',
          ],
          setupFiles: ['test/helpers/no_wasm.ts'],
          env: { NUMPY_RANDOM_BACKEND: 'ts' },
        },
      },
    ],
  },
});
