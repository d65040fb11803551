/**
 * The server the browser tests run against: `npm start`'s script on a fresh temporary data directory
 * (a new embedded database, seeded with the demo council), removed when the server stops.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
process.env.THIDUA_DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

await import('../scripts/start.ts');
