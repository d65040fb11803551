/** Every Vietnamese text of the Excel buttons and the import dialog. */
export const xlsxTexts = {
  export: 'Xuất Excel',
  exportLabel: (title: string) => `Xuất Excel ${title}`,
  exportFailed: 'Không xuất được tệp Excel',
  sheetTitle: (cluster: string) => `bảng điểm của ${cluster}`,
  auditTitle: 'nhật ký thay đổi',
  import: 'Nhập từ Excel',
  importTitle: 'Nhập điểm từ tệp Excel',
  layer: 'Lớp điểm',
  layers: { self: 'Tự chấm', focal: 'Đơn vị đầu mối', standingOffice: 'Cơ quan thường trực' } as Record<
    string,
    string
  >,
  steps:
    'Tải mẫu gồm đúng các ô bạn được ghi (ô màu vàng), điền trong Excel rồi chọn tệp để xem trước. Chỉ các ô đã sửa được lưu; ô đã được sửa trên hệ thống sau khi tải mẫu không bị ghi đè.',
  downloadTemplate: 'Tải mẫu nhập điểm',
  templateFailed: 'Không tải được mẫu',
  chooseFile: 'Chọn tệp Excel (.xlsx)',
  preview: 'Xem trước',
  confirm: 'Xác nhận nhập',
  cancel: 'Đóng',
  previewing: 'Đang đọc tệp…',
  noChanges: 'Tệp không thay đổi ô nào so với dữ liệu hiện có.',
  changesTitle: (n: number) => `${n} ô sẽ thay đổi`,
  unchanged: (n: number) => `${n} ô không đổi`,
  conflictsTitle: (n: number) =>
    `${n} ô đã được sửa trên hệ thống sau khi bạn tải mẫu: không thể nhập. Hãy tải mẫu mới và điền lại các ô này.`,
  errorsTitle: 'Tệp có lỗi, chưa ô nào được lưu',
  saved: (n: number) => `Đã lưu ${n} ô từ tệp Excel`,
  columns: { cell: 'Ô', unit: 'Đơn vị', criterion: 'Tiêu chí', old: 'Giá trị cũ', new: 'Giá trị mới' },
  empty: '(trống)',
  units: {
    title: 'Nhập danh sách đơn vị từ tệp Excel',
    steps:
      'Tải mẫu có sẵn các đơn vị của Hội đồng, sửa ở các ô màu vàng hoặc thêm đơn vị mới vào các hàng trống, rồi chọn tệp để xem trước. Đơn vị đã được sửa trên hệ thống sau khi tải mẫu không bị ghi đè.',
    template: 'Tải mẫu danh sách đơn vị',
    noChanges: 'Tệp không thêm, không sửa đơn vị nào.',
    changes: (created: number, updated: number) =>
      [created > 0 ? `${created} đơn vị mới` : '', updated > 0 ? `${updated} đơn vị được sửa` : '']
        .filter(Boolean)
        .join(', '),
    unchanged: (n: number) => `${n} đơn vị không đổi`,
    conflicts: (n: number) =>
      `${n} đơn vị đã được sửa trên hệ thống sau khi bạn tải mẫu: không thể nhập. Hãy tải mẫu mới và sửa lại.`,
    created: 'Thêm mới',
    updated: 'Sửa',
    columns: { row: 'Hàng', action: 'Thao tác', unit: 'Đơn vị', fields: 'Thay đổi' },
    saved: (n: number) => `Đã lưu ${n} đơn vị từ tệp Excel`,
  },
  tasks: {
    title: 'Nhập nhiệm vụ của kế hoạch từ tệp Excel',
    steps:
      'Tải mẫu theo cột của phụ lục kế hoạch (TT, nội dung, lãnh đạo chủ trì, đơn vị thực hiện, đơn vị phối hợp, thời gian), điền rồi chọn tệp để xem trước. Các nhiệm vụ được thêm sau các nhiệm vụ đã có.',
    template: 'Tải mẫu bảng nhiệm vụ',
    summary: (n: number) => `${n} nhiệm vụ sẽ được thêm`,
    existing: (n: number) => `kế hoạch đang có ${n} nhiệm vụ`,
    notDraft: 'Chỉ nhập nhiệm vụ vào kế hoạch đang dự thảo',
    columns: {
      row: 'Hàng',
      section: 'Mục',
      content: 'Nội dung thực hiện',
      executing: 'Đơn vị thực hiện',
      coordinating: 'Đơn vị phối hợp',
      deadline: 'Thời gian',
    },
    saved: (n: number) => `Đã thêm ${n} nhiệm vụ từ tệp Excel`,
  },
};
