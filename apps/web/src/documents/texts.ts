/** Every Vietnamese text of the document download buttons. */
export const docTexts = {
  download: 'Tải về',
  word: 'Word',
  pdf: 'PDF',
  wordLabel: (title: string) => `Tải về ${title} dạng Word (.docx)`,
  pdfLabel: (title: string) => `Tải về ${title} dạng PDF`,
  failed: 'Không tải được văn bản',
  awardPanel: 'Hồ sơ đề nghị khen thưởng của kỳ',
  awardProposal: 'Tờ trình đề nghị khen thưởng (kèm danh sách trích ngang)',
  proposalList: 'Danh sách trích ngang các tập thể đề nghị',
  stateProposal: 'Tờ trình đề nghị khen thưởng cấp Nhà nước',
  decision: (number: string) => `Dự thảo Quyết định số ${number}`,
};
