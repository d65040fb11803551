// The Vietnamese texts of the ranking charts and of the award quotas.

export const chartTexts = {
  chartsTitle: 'Biểu đồ',
  finalsTitle: 'Điểm cuối cùng của các đơn vị',
  finalsLabel: (cluster: string) => `Biểu đồ cột điểm cuối cùng của các đơn vị ${cluster}, theo thứ hạng`,
  final: 'Điểm cuối cùng',
  groupsTitle: 'Điểm theo nhóm tiêu chí của từng đơn vị',
  groupsLabel: 'Biểu đồ cột chồng: điểm từng nhóm tiêu chí, điểm thưởng và điểm trừ của mỗi đơn vị',
  group: (code: string) => `Nhóm ${code}`,
  bonus: 'Điểm thưởng',
  deduction: 'Điểm trừ',
  yearsTitle: (now: string, before: string) => `So sánh ${now} với ${before}`,
  yearsLabel: 'Biểu đồ cột so sánh điểm cuối cùng năm nay với năm trước của cùng các đơn vị',
  noPrevious: 'Không có kết quả năm trước của cụm, khối này để so sánh.',
  previousLoading: 'Đang tải kết quả năm trước…',
  unit: 'Đơn vị',
  notInPrevious: 'Không tham gia',
  dataTable: (title: string) => `Số liệu của biểu đồ: ${title}`,
  threshold: (award: string, score: string) => `${award}: ${score} điểm`,
  thresholdsNote: (scores: string) =>
    `Đường nét đứt đỏ: điểm tối thiểu của các mức khen thưởng (${scores} điểm).`,
};

export const quotaTexts = {
  title: 'Chỉ tiêu khen thưởng và kết quả xét',
  intro:
    'Mức khen thưởng theo thứ tự từ cao xuống; chỉ tiêu do cơ quan thường trực giao cho cụm, khối. Đơn vị được đề xuất là kết quả của bộ máy chấm điểm.',
  award: 'Hình thức khen thưởng',
  minScore: 'Điểm tối thiểu',
  quota: 'Chỉ tiêu',
  // No quota set: every unit that qualifies gets the award (SPEC §8), which the office should see it has not limited.
  unlimited: 'Chưa giao chỉ tiêu: không giới hạn',
  sourceNumber: 'Văn bản giao chỉ tiêu',
  sourceNumberHelp: 'Ví dụ: 125/QĐ-UBND',
  note: 'Ghi chú',
  reason: 'Lý do sửa',
  result: 'Đơn vị được đề xuất',
  resultCount: (n: number) => `${n} đơn vị`,
  none: 'Chưa có',
  set: 'Đặt chỉ tiêu',
  edit: 'Sửa chỉ tiêu',
  setTitle: (award: string) => `Đặt chỉ tiêu: ${award}`,
  editTitle: (award: string) => `Sửa chỉ tiêu: ${award}`,
  quotaRequired: 'Hãy nhập số lượng',
  sourceRequired: 'Hãy nhập số văn bản giao chỉ tiêu',
  notWhole: 'Chỉ tiêu là số nguyên không âm',
  saved: 'Đã lưu chỉ tiêu khen thưởng',
  notSaved: 'Chưa lưu được',
  stale: 'Chỉ tiêu này vừa được người khác thay đổi.',
  staleReload: 'Tải lại',
  noLadder: 'Bộ tiêu chí của cụm, khối chưa có mức khen thưởng.',
  pending: (n: number) => `Chờ bỏ phiếu: ${n} đơn vị`,
};
