/** Every Vietnamese text of the document download buttons. */
export const docTexts = {
  download: 'Tải về',
  word: 'Word',
  pdf: 'PDF',
  wordLabel: (title: string) => `Tải về ${title} dạng Word (.docx)`,
  pdfLabel: (title: string) => `Tải về ${title} dạng PDF`,
  failed: 'Không tải được văn bản',
};
