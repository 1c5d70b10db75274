import { defineConfig } from 'vitest/config';

// The install tests (test/package/*.e2e.ts): pack the package, install it into temporary
// projects from the tarball and from a git clone, and load every subpath with import and require.
// Slow (the git install builds the package with its dev dependencies), so not part of `npm test`;
// `npm run test:package` and .ci/run run them.
export default defineConfig({
  test: {
    include: ['test/package/**/*.e2e.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
