import { availableParallelism } from 'node:os';
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
    // Two test files at a time at least, also on a 2-core machine (vitest's default there is one): a
    // database suite waits on its database much of the time. Each worker has a PostgreSQL database of its
    // own (worker-database.ts); every PGlite is the test file's own.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['packages/db/src/testing/worker-database.ts'],
    // Test files share a worker's module cache instead of each loading the server again (~1 s per
    // file). They stay independent: each opens its own database and app, and no module keeps state a
    // test could see. Consequently a shared helper must not call beforeAll/afterAll at its top level
    // (only the first file to load it would get the hook): call them inside a function, as
    // useTestDatabase and useTestApp do.
    isolate: false,
    testTimeout: 30_000,
  },
});
