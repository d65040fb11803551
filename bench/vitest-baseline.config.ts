// The vitest suite as it was configured before issue #9's test work, for `npm run bench:tests`: each test
// file in a fresh module graph (isolate) and each database migrated from empty (no template). Only the
// configuration differs from vitest.config.ts; the tests run are the same.
import { defineConfig } from 'vitest/config';
import base from '../vitest.config';

export default defineConfig({
  test: { ...base.test, isolate: true, globalSetup: [] },
});
