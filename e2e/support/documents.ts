import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { libreOfficeToPdf, pdfText } from '../../packages/documents/test/clients';

export const PDF_TYPE = 'application/pdf';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** pdftotext's reading of a PDF, Unicode-composed and with its white space collapsed. */
const flat = (file: string) => pdfText(file).normalize('NFC').replace(/\s+/g, ' ');

/** A file downloaded by a button: the (Vietnamese) name the browser saves it under, its type, where it is. */
export interface Downloaded {
  name: string;
  contentType: string;
  file: string;
}

/**
 * Clicks a download button and waits for both the browser's download and the API's answer to the fetch
 * behind it (for its content type). The file is saved under a plain name in a scratch folder.
 */
export async function downloadFrom(page: Page, button: Locator, saveAs = 'van-ban'): Promise<Downloaded> {
  const [download, response] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForResponse((r) => /\/api\/v1\/.*\/documents\//.test(new URL(r.url()).pathname)),
    button.click(),
  ]);
  expect(response.status(), `${response.url()}`).toBe(200);
  const name = download.suggestedFilename();
  const extension = /\.(\w+)$/.exec(name)?.[1] ?? 'bin';
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-e2e-doc-')), `${saveAs}.${extension}`);
  await download.saveAs(file);
  return { name, contentType: response.headers()['content-type'] ?? '', file };
}

/**
 * Clicks a "Tải về … dạng PDF" button, saves the download, and returns its suggested (Vietnamese) file
 * name, its text as poppler's pdftotext reads it (white space collapsed) and where it is saved.
 */
export async function downloadPdfText(
  page: Page,
  button: Locator,
): Promise<{ name: string; text: string; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-e2e-doc-')), 'van-ban.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return { name: download.suggestedFilename(), text: text.normalize('NFC').replace(/\s+/g, ' '), file };
}

/** What a document must say, and under which name (without extension) it is saved. */
export interface Expected {
  /** The document's title on its buttons (`Tải về <title> dạng PDF`). */
  title: string;
  /** The file name without its extension, or a pattern of it. */
  fileName: string | RegExp;
  texts: string[];
  /** Texts checked in the PDF only (where Word's table cells wrap differently). */
  pdfOnly?: string[];
}

/**
 * The documents a test downloads through their "Tải về Word / PDF" buttons: each PDF is read by poppler
 * at once; the Word files are opened by LibreOffice together at the end (`checkWordFiles`), its one slow
 * start shared.
 */
export class DocumentDownloads {
  private readonly words: { file: string; name: string; expected: Expected }[] = [];
  private readonly dir = mkdtempSync(join(tmpdir(), 'thidua-e2e-word-'));

  constructor(private readonly page: Page) {}

  /** Downloads the document in both formats from the buttons of `scope` (the page by default). */
  async both(expected: Expected, scope: Page | Locator = this.page): Promise<string> {
    await this.word(expected, scope);
    return this.pdf(expected, scope);
  }

  /** The PDF: its name, content type and text (returned, collapsed, for further checks). */
  async pdf(expected: Expected, scope: Page | Locator = this.page): Promise<string> {
    const button = scope.getByRole('button', { name: `Tải về ${expected.title} dạng PDF`, exact: true });
    const got = await downloadFrom(this.page, button);
    expectName(got.name, expected.fileName, 'pdf');
    expect(got.contentType).toBe(PDF_TYPE);
    expect(readFileSync(got.file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat(got.file);
    for (const t of [...expected.texts, ...(expected.pdfOnly ?? [])]) expect(text, got.name).toContain(t);
    return text;
  }

  /** The Word file: its name and content type now, its text when `checkWordFiles` runs. */
  async word(expected: Expected, scope: Page | Locator = this.page): Promise<void> {
    const button = scope.getByRole('button', {
      name: `Tải về ${expected.title} dạng Word (.docx)`,
      exact: true,
    });
    const got = await downloadFrom(this.page, button, `word-${this.words.length + 1}`);
    expectName(got.name, expected.fileName, 'docx');
    expect(got.contentType).toBe(DOCX_TYPE);
    this.words.push({ file: got.file, name: got.name, expected });
  }

  /** Adds Word files taken from elsewhere (a dossier package) to the LibreOffice check. */
  addWordFile(bytes: Uint8Array, expected: Expected): void {
    const file = join(this.dir, `goi-${this.words.length + 1}.docx`);
    writeFileSync(file, bytes);
    this.words.push({ file, name: String(expected.fileName), expected });
  }

  /** LibreOffice (headless) opens every Word file downloaded and converts it; its text holds the texts. */
  checkWordFiles(): void {
    if (this.words.length === 0) return;
    const converted = libreOfficeToPdf(
      this.words.map((w) => w.file),
      this.dir,
    );
    converted.forEach((pdf, i) => {
      const { expected, name } = this.words[i]!;
      const text = flat(pdf);
      for (const t of expected.texts) expect(text, name).toContain(t);
    });
    this.words.length = 0;
  }
}

/** The browser saved the file under the Vietnamese name the server gave it, with the format's extension. */
function expectName(name: string, expected: string | RegExp, extension: string): void {
  if (typeof expected === 'string') expect(name).toBe(`${expected}.${extension}`);
  else {
    expect(name).toMatch(expected);
    expect(name.endsWith(`.${extension}`), name).toBe(true);
  }
}

/** The files of a downloaded .zip, by name. */
export function unzip(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(file)));
}

/** Writes bytes to a scratch file and returns pdftotext's collapsed reading of it. */
export function pdfBytesText(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-e2e-pdf-')), 'tep.pdf');
  writeFileSync(file, bytes);
  return flat(file);
}
