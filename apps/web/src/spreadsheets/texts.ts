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
};
