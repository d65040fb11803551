// The vitest suite as it was configured before issue #9's test work, for `npm run bench:tests`: each test
// file in a fresh module graph (isolate), each database migrated from empty (no template), and vitest's
// default number of workers (one fewer than the cores: one on a 2-core machine). Only the configuration
// differs from vitest.config.ts; the tests run are the same.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import base from '../vitest.config';

export default defineConfig({
  test: {
    ...base.test,
    isolate: true,
    globalSetup: [],
    maxWorkers: Math.max(availableParallelism() - 1, 1),
  },
});
