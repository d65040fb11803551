/**
 * The header row of the audit log's CSV export as a person reads it: what the tests expect, written out
 * here rather than taken from the server's own constant. Free of vitest, so the browser tests (e2e/)
 * expect the same row.
 */
export const AUDIT_CSV_HEADER = [
  'Thời điểm',
  'Người thực hiện',
  'Đối tượng',
  'Mã',
  'Thao tác',
  'Trường thông tin',
  'Giá trị cũ',
  'Giá trị mới',
  'Lý do',
];
