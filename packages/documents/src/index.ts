/**
 * @thidua/documents — official documents in the Nghị định 30/2020/NĐ-CP layout. Builders turn data into one
 * document model; `renderDocx` and `renderPdf` turn the model into Word and PDF. No I/O: the PDF renderer
 * takes the font files' bytes (`tinosFontFiles()` names them; the caller reads them once).
 */
export * from './model';
export * from './format';
export * from './layout';
export { renderDocx } from './render/docx';
export { renderPdf, renderPdfBundle, type PdfFonts, type PdfOptions } from './render/pdf';
export { tinosFontFiles } from './fonts';
export * from './builders/index';
export {
  signPdf,
  certificateHolder,
  describeCertificate,
  CertificateError,
  type CertificateSummary,
  type SigningCertificate,
  type SignOptions,
  type SignedPdf,
} from './render/sign';
export { renderDossierPackage, type DossierParts, type DossierPackage } from './dossier';
