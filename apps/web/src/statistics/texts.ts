// The Vietnamese texts of the council's statistics screen (issue #14 §4).

export const statisticsTexts = {
  pageTitle: 'Thống kê',
  heading: 'Thống kê thi đua, khen thưởng',
  intro:
    'Tiến độ, phân bố điểm cuối cùng và khen thưởng so với chỉ tiêu của các cụm, khối qua các năm. Điểm do bộ máy chấm điểm tính, đúng như bảng xếp hạng của từng cụm, khối.',
  noCouncil: 'Không tìm thấy Hội đồng này trong danh sách Hội đồng của bạn.',
  noPermissionTitle: 'Không có quyền xem thống kê',
  noPermission: 'Chỉ cơ quan thường trực và thành viên Hội đồng được xem thống kê của Hội đồng.',
  exportTitle: 'thống kê của Hội đồng',
  fromYear: 'Từ năm',
  toYear: 'Đến năm',
  yearsLegend: 'Khoảng thời gian thống kê',
  noPeriods: (from: number, to: number) =>
    from === to
      ? `Năm ${from} chưa có kỳ thi đua nào.`
      : `Từ năm ${from} đến năm ${to} chưa có kỳ thi đua nào.`,
  archived: 'Đã lưu trữ',
  tableCaption: (period: string) => `Thống kê các cụm, khối — ${period}`,
  cluster: 'Cụm, khối',
  progress: 'Tiến độ',
  scores: 'Điểm cuối cùng',
  awards: 'Khen thưởng / chỉ tiêu',
  ratio: 'Tỷ lệ khen thưởng',
  units: (n: number) => `${n} đơn vị`,
  registered: 'Đăng ký',
  pactSigned: 'Ký giao ước',
  selfScored: 'Tự chấm',
  reviewed: 'Thẩm định',
  min: 'Thấp nhất',
  q1: 'Tứ phân vị thứ nhất',
  median: 'Trung vị',
  quartiles: 'Khoảng tứ phân vị',
  q3: 'Tứ phân vị thứ ba',
  max: 'Cao nhất',
  mean: 'Trung bình',
  notComplete: 'Còn chờ bỏ phiếu',
  unlimited: 'không giới hạn',
  awardOf: (awarded: number, quota: number | null) =>
    quota === null ? `${awarded} (không giới hạn)` : `${awarded}/${quota}`,
  ratioOf: (awarded: number, ratio: string) => `${awarded} đơn vị — ${ratio}%`,
  ratioNote:
    'Tỷ lệ khen thưởng: số đơn vị được khen thưởng theo kết quả trên số đơn vị có kết quả. Hướng dẫn của tỉnh Bắc Giang (mục 2.4c) trừ 05 điểm cho đơn vị có tỷ lệ, cơ cấu khen thưởng không bảo đảm theo hướng dẫn tổng kết năm.',
  chartsTitle: 'Biểu đồ',
  distributionTitle: 'Phân bố điểm cuối cùng',
  distributionLabel:
    'Biểu đồ hộp: điểm thấp nhất, tứ phân vị thứ nhất, trung vị, tứ phân vị thứ ba và cao nhất của mỗi cụm, khối theo năm',
  ratioTitle: 'Tỷ lệ khen thưởng (%)',
  ratioLabel: 'Biểu đồ cột: tỷ lệ đơn vị được khen thưởng của mỗi cụm, khối theo năm',
  noChart: 'Chưa có cụm, khối nào có kết quả trong khoảng thời gian này.',
  dataTable: (title: string) => `Số liệu của biểu đồ: ${title}`,
  seriesName: (year: number, cluster: string) => `${year} · ${cluster}`,
};
