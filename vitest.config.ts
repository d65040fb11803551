import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
    ],
    // Migrates one PGlite per run (cached between runs) that every test file's database copies.
    globalSetup: ['packages/db/src/testing/global-setup.ts'],
    testTimeout: 30_000,
  },
});
