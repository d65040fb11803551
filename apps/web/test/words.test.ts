import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
// Everything users read comes from these: the screens, the server's messages and API descriptions, the
// shared names and the documents.
const SOURCES = [
  'apps/web/src',
  'apps/server/src',
  'packages/contracts/src',
  'packages/vocabulary/src',
  'packages/documents/src',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the words users read (issue #11 §5)', () => {
  it('spell “xóa” one way everywhere (the new tone placement, as “hòa”, “khóa”)', () => {
    const found = SOURCES.flatMap((dir) => filesUnder(join(ROOT, dir))).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/xoá/i.test(line) ? [`${file.slice(ROOT.length + 1)}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('write placeholders in Vietnamese', () => {
    const found = SOURCES.flatMap((dir) => filesUnder(join(ROOT, dir))).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          /placeholder[:=]\s*["']?(dd\/mm|yyyy|e\.g\.|Search|Enter)/i.test(line) ? [`${file}:${i + 1}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
