import { readFile } from 'node:fs/promises';
import { type PdfFonts, tinosFontFiles } from '@thidua/documents';

let cached: Promise<PdfFonts> | undefined;

/** The Tinos faces shipped with the npm dependency, read once per process. */
export function pdfFonts(): Promise<PdfFonts> {
  cached ??= (async () => {
    const files = tinosFontFiles();
    const [regular, bold, italic, boldItalic] = await Promise.all([
      readFile(files.regular),
      readFile(files.bold),
      readFile(files.italic),
      readFile(files.boldItalic),
    ]);
    return { regular, bold, italic, boldItalic };
  })();
  return cached;
}
