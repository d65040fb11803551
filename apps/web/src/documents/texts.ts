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
  criteria: 'bộ tiêu chí, thang điểm',
  selfScore: 'bảng tự chấm điểm',
  achievementReport: (unit: string, award: string) => `Báo cáo thành tích của ${unit} (đề nghị ${award})`,
  dossierPackage: 'Hồ sơ đề nghị khen thưởng cấp Nhà nước (PDF toàn bộ hồ sơ và tệp Word, khoản 12 Điều 33)',
  zip: 'Tải gói hồ sơ (.zip)',
  periodPanel: 'Văn bản của Hội đồng trong kỳ',
  midyearReport: 'Báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng',
  annualReport: 'Báo cáo tổng kết công tác thi đua, khen thưởng',
  workPlan: (title: string, number: string | null) =>
    `Kế hoạch ${number ? `số ${number}` : '(dự thảo)'}: ${title}`,
  decision: (number: string) => `Dự thảo Quyết định số ${number}`,
};
