// The Vietnamese texts of the home dashboard.

export const homeTexts = {
  dashboard: 'Việc cần làm',
  period: 'Kỳ thi đua',
  noRunning: 'Hội đồng không có kỳ thi đua nào đang diễn ra.',
  stageNow: (stage: string) => `Giai đoạn hiện tại: ${stage}`,
  overrunTitle: (period: string, endsOn: string, days: number, stage: string) =>
    `${period} đã kết thúc ngày ${endsOn} (quá ${days} ngày) nhưng vẫn ở giai đoạn «${stage}».`,
  overrunStep: (next: string) =>
    `Bước cần làm: khi các đơn vị đã xong phần việc của giai đoạn này, chuyển kỳ sang «${next}» (nút “Chuyển sang «${next}»” ở mục Giai đoạn trên trang của kỳ thi đua).`,
  dueTitle: 'Hạn sắp đến và quá hạn của tôi',
  dueFor: (cluster: string) => `Theo hạn áp dụng cho ${cluster}`,
  dueAll: 'Mọi hạn của kỳ (cả kỳ, từng loại đơn vị, từng cụm, khối)',
  noDue: 'Không có hạn nào sắp đến hay quá hạn.',
  lateCount: (n: number) => `${n} việc quá hạn`,
  dueOn: (date: string) => `Hạn ${date}`,
  daysLeft: (n: number) => (n === 0 ? 'Hết hạn hôm nay' : n > 0 ? `Còn ${n} ngày` : `Quá hạn ${-n} ngày`),
  statuses: { current: 'Đang thực hiện', upcoming: 'Sắp tới', done: 'Đã xong' } as Record<string, string>,
  late: 'Quá hạn',
  scopeCluster: (name: string) => `Riêng ${name}`,
  scopeUnitType: (type: string) => `Riêng ${type}`,
  lateTasksTitle: 'Nhiệm vụ chậm, muộn',
  lateTasksMine: 'Nhiệm vụ trong kế hoạch công tác của đơn vị bị chậm, muộn (căn cứ điểm trừ chậm muộn).',
  lateTasksAll: 'Các đơn vị có nhiệm vụ chậm, muộn trong kế hoạch công tác đã ban hành.',
  noLateTasks: 'Không có nhiệm vụ nào chậm, muộn.',
  lateTasksOf: (unit: string, late: number, dated: number) => `${unit}: ${late}/${dated} nhiệm vụ chậm, muộn`,
  taskLine: (due: string, days: number) =>
    `hạn ${due}, ${days > 0 ? `chậm ${days} ngày` : 'chưa hoàn thành'}`,
  progressTitle: 'Tiến độ các cụm, khối',
  progressIntro:
    'Số đơn vị đã nộp đăng ký, đã ký giao ước, đã tự chấm đủ mọi tiêu chí của mình (kèm minh chứng ở ' +
    'tiêu chí bắt buộc) và đã được thẩm định đủ mọi tiêu chí, trên tổng số đơn vị.',
  cluster: 'Cụm, khối',
  members: 'Số đơn vị',
  registered: 'Đăng ký',
  pactSigned: 'Ký giao ước',
  selfScored: 'Tự chấm',
  reviewed: 'Thẩm định',
  ofTotal: (done: number, total: number) => `${done}/${total}`,
  mine: 'Cụm, khối của bạn',
  yes: 'Đã xong',
  no: 'Chưa',
  noClusters: 'Kỳ thi đua chưa có cụm, khối nào.',
  unitsOfCluster: (name: string) => `Các đơn vị của ${name}`,
  seats: { leader: 'Cụm trưởng', deputy: 'Cụm phó', member: 'Thành viên' } as Record<string, string>,
  recentTitle: 'Thay đổi gần đây',
  recentMine: 'Thay đổi về đơn vị của bạn và thao tác của bạn.',
  recentAll: 'Thay đổi mới nhất trong Hội đồng.',
  noRecent: 'Chưa có thay đổi nào.',
  by: (name: string) => `bởi ${name}`,
  system: 'hệ thống',
  seeAll: 'Xem toàn bộ nhật ký',
};

// The council's first set-up (issue #17 §1).
export const setupTexts = {
  title: 'Thiết lập ban đầu',
  intro: (left: number, total: number) =>
    `Còn ${left}/${total} bước trước khi Hội đồng chạy được năm thi đua đầu tiên. Bấm tên bước để làm.`,
  steps: {
    letterhead: 'Thiết lập văn bản (tiêu đề, người ký)',
    units: 'Đơn vị của Hội đồng',
    accounts: 'Tài khoản của đơn vị',
    period: 'Kỳ thi đua',
    clusters: 'Cụm, khối thi đua',
    criteria: 'Khung tiêu chí',
  },
  done: 'đã xong',
  notDone: 'chưa xong',
  missing: (line: string) => `Còn thiếu: ${line}`,
};
