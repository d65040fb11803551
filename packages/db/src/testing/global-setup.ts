// vitest globalSetup (see vitest.config.ts): makes sure a migrated PGlite template exists before any
// test file starts, and tells the test files where it is (`inject('pgliteTemplate')` in targets.ts).
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { ensurePgliteTemplate } from './template';

/** Beside the installed packages, so a fresh install starts over; ignored by git. */
const CACHE_DIR = fileURLToPath(new URL('../../../../node_modules/.cache/thidua-test', import.meta.url));

export default async function setup(project: TestProject): Promise<void> {
  project.provide('pgliteTemplate', await ensurePgliteTemplate(CACHE_DIR));
}
