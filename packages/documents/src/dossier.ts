import { zipSync } from 'fflate';
import type { OfficialDocument } from './model';
import { renderDocx } from './render/docx';
import { type PdfOptions, renderPdfBundle } from './render/pdf';

/** The documents of a state-level award dossier (Nghị định 152/2025/NĐ-CP Art. 33.12). */
export interface DossierParts {
  /** File name of the package's PDF, without extension (`Hồ sơ đề nghị khen thưởng - năm 2026`). */
  readonly name: string;
  readonly proposal: OfficialDocument;
  readonly list: OfficialDocument;
  /** One achievement report per proposed collective. */
  readonly reports: readonly OfficialDocument[];
  /** The minutes (and vote counts) of the meetings that agreed the proposals. */
  readonly minutes: readonly OfficialDocument[];
}

export interface DossierPackage {
  /** A zip of the dossier's PDF and the Word files of the tờ trình and the list. */
  readonly zip: Uint8Array;
  readonly files: readonly string[];
}

/**
 * The package a state-level dossier is sent with: one PDF of the whole dossier (tờ trình, list, reports,
 * minutes, each from a new page with its own page numbers) and the Word files of the tờ trình and the list,
 * zipped. `finishPdf` may sign the PDF before it is packed.
 */
export async function renderDossierPackage(
  parts: DossierParts,
  options: PdfOptions & { finishPdf?: (pdf: Buffer) => Promise<Buffer> },
): Promise<DossierPackage> {
  const documents = [parts.proposal, parts.list, ...parts.reports, ...parts.minutes];
  let pdf = await renderPdfBundle(documents, { ...options, title: parts.name });
  if (options.finishPdf) pdf = await options.finishPdf(pdf);
  const docxOptions = options.author === undefined ? {} : { author: options.author };
  const files: Record<string, Uint8Array> = {
    [`${parts.name}.pdf`]: pdf,
    ['Tờ trình đề nghị khen thưởng.docx']: await renderDocx(parts.proposal, docxOptions),
    ['Danh sách trích ngang.docx']: await renderDocx(parts.list, docxOptions),
  };
  // PDF and Word files are compressed already: stored, not deflated again.
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { level: 0 }]])),
  );
  return { zip, files: Object.keys(files) };
}
