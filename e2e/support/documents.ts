import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/**
 * Clicks a "Tải về … dạng PDF" button, saves the download, and returns its suggested (Vietnamese) file
 * name and its text as poppler's pdftotext reads it (white space collapsed).
 */
export async function downloadPdfText(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-e2e-doc-')), 'van-ban.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { name: download.suggestedFilename(), text: text.normalize('NFC').replace(/\s+/g, ' ') };
}
