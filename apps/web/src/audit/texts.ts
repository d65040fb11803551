// The Vietnamese of the audit log's viewer (the names of fields and values are in @thidua/vocabulary).

export const t = {
  pageTitle: 'Nhật ký thay đổi',
  heading: 'Nhật ký thay đổi',
  noCouncil: 'Không tìm thấy hội đồng này trong danh sách hội đồng của bạn.',
  noPermissionTitle: 'Bạn không có quyền xem nhật ký thay đổi',
  noPermission:
    'Nhật ký thay đổi của Hội đồng dành cho cơ quan thường trực và quản trị. Nếu bạn cần xem, hãy liên hệ cơ quan thường trực.',
  intro:
    'Mọi thay đổi được ghi lại: ai, lúc nào, đối tượng nào, giá trị cũ, giá trị mới và lý do. Nhật ký không sửa, xóa được.',

  filters: 'Bộ lọc',
  actor: 'Người thực hiện',
  actorPlaceholder: 'Tên hoặc tên đăng nhập',
  entityType: 'Đối tượng',
  allEntityTypes: 'Mọi đối tượng',
  action: 'Thao tác',
  allActions: 'Mọi thao tác',
  dates: 'Từ ngày – đến ngày',
  fromDate: 'Từ ngày',
  toDate: 'Đến ngày',
  text: 'Nội dung lý do',
  textPlaceholder: 'Từ có trong lý do',
  clear: 'Xóa bộ lọc',
  exportCsv: 'Xuất CSV',
  exportHelp: 'Tệp CSV (mở được bằng Excel) gồm mọi dòng khớp bộ lọc, không chỉ trang đang xem.',

  at: 'Thời điểm',
  what: 'Đối tượng, thao tác',
  changes: 'Giá trị cũ → mới',
  reason: 'Lý do',
  system: 'Hệ thống',
  noChanges: '—',
  empty: 'Không có thay đổi nào khớp bộ lọc.',
  /** An approximate total (the server's estimate above 10,000 events) is said "khoảng". */
  total: (from: number, to: number, total: number, approximate = false) =>
    `${from}–${to} trong ${approximate ? `khoảng ${total.toLocaleString('vi-VN')}` : total} thay đổi`,
  sameObject: 'Lịch sử của đối tượng này',
  sameObjectOf: (label: string) => `Xem mọi thay đổi của ${label} này`,
  // The object by its kind, never by its id (issue #11 §3).
  filteredObject: (kind: string | undefined) =>
    kind ? `Chỉ xem mọi thay đổi của ${kind.toLowerCase()} này` : 'Chỉ xem mọi thay đổi của một đối tượng',
  emptyValue: '(trống)',
  yes: 'Có',
  no: 'Không',
  items: (n: number) => `${n} mục`,
};
