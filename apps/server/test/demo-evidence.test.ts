import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evidenceFiles } from '@thidua/db';
import { openTestPglite } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed-demo';
import { demoPdf } from '../src/demo/evidence-bytes';
import { blobPath, directoryFileStore } from '../src/files/blob-store';
import { contentMatches, EVIDENCE_TYPES, extensionOf } from '../src/files/file-types';

describe('the demo’s evidence files', () => {
  it('are real files in the store: the bytes of each record, of the type its name says', async () => {
    const filesDir = mkdtempSync(join(tmpdir(), 'thidua-demo-files-'));
    const opened = await openTestPglite();
    try {
      expect(await seedDemo(opened.db, { store: directoryFileStore(filesDir) })).toBe(true);
      const rows = await opened.db.select().from(evidenceFiles);
      expect(rows.length).toBeGreaterThan(5);
      expect(new Set(rows.map((r) => r.mimeType))).toEqual(new Set(['application/pdf', 'image/png']));
      for (const row of rows) {
        const path = blobPath(filesDir, row.sha256);
        const bytes = readFileSync(path);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256);
        expect(statSync(path).size).toBe(row.sizeBytes);
        const type = EVIDENCE_TYPES[extensionOf(row.originalName)]!;
        expect(await contentMatches(path, row.sizeBytes, type), row.originalName).toBe(true);
      }
    } finally {
      await opened.close();
    }
  }, 180_000);

  it('makes PDFs whose cross-reference table points at each object, with the text folded to ASCII', () => {
    const pdf = demoPdf('Báo cáo (tiêu chí I.1)', ['Phường Đông Hải']).toString('latin1');
    const xref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(pdf.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`));
    expect(pdf).toContain('(Bao cao \\(tieu chi I.1\\)) Tj');
    expect(pdf).toContain('(Phuong Dong Hai) Tj');
  });
});
