import { FACT_NAMES, FACT_VALUE_NAMES } from '@thidua/vocabulary';

// The Vietnamese texts of the facts screen; the labels of every eligibility fact and coded value (SPEC §7)
// come from @thidua/vocabulary, as on every other screen.

/** Names of the facts the built-in profiles and Nghị định 152/2025 use (the server says the same). */
export const FACT_LABELS = FACT_NAMES;

/** Names of coded values (ratings). */
export const FACT_VALUE_LABELS = FACT_VALUE_NAMES;

/** The values a fact takes, for the edit form: yes/no, or a rating scale. */
export const FACT_CHOICES: Record<string, string[]> = {
  partyRating: ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
  headRating: ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
  securityMovementRating: ['TOT', 'KHA', 'TRUNG_BINH', 'YEU'],
  cultureMovementRating: ['TOT', 'KHA', 'TRUNG_BINH', 'YEU'],
};

/** A fact's name for people: the label here, else the one the server gives (from the ruleset). */
export const factLabel = (name: string, serverLabel?: string) => FACT_LABELS[name] ?? serverLabel ?? name;

/** A value for people: Có / Không, a rating's name, or the value as written. */
export function valueLabel(value: string | number | boolean | null): string {
  if (value === null) return factTexts.none;
  if (value === true) return 'Có';
  if (value === false) return 'Không';
  if (typeof value === 'number') return String(value).replace('.', ',');
  return FACT_VALUE_LABELS[value] ?? value;
}

export const factTexts = {
  pageTitle: 'Thông tin xét khen thưởng',
  heading: 'Thông tin xét khen thưởng',
  intro:
    'Các thông tin bộ tiêu chí dùng để xét điều kiện, khen thưởng và ưu tiên của từng đơn vị: thông tin do Cơ quan thường trực nhập, thông tin hệ thống lấy từ hồ sơ (đăng ký, giao ước, báo cáo, số lao động nữ), mỗi thông tin kèm nguồn.',
  unitIntro: 'Đơn vị kê khai số lao động, số lao động nữ của mình; Cơ quan thường trực kiểm tra, xác nhận.',
  none: 'Chưa có',
  missing: 'Còn thiếu',
  missingCount: (n: number) => (n === 0 ? 'Đủ thông tin' : `Thiếu ${n} thông tin`),
  read: 'Bộ tiêu chí dùng',
  readHelp: 'Điều kiện xét, yêu cầu của hình thức khen thưởng hoặc ưu tiên khi bằng điểm đọc thông tin này',
  derived: 'Lấy từ hồ sơ',
  typed: 'Nhập tay',
  override: 'Ghi đè',
  unconfirmed: 'Chưa xác nhận',
  onlyRead: 'Chỉ hiện thông tin bộ tiêu chí dùng',
  staffTitle: 'Số lao động',
  staffLine: (staff: number, women: number) => `${staff} người, trong đó ${women} nữ`,
  staffNone: 'Chưa kê khai',
  staffConfirmed: (by: string, on: string) => `Đã được Cơ quan thường trực xác nhận (${by}, ${on})`,
  staffWaiting: 'Chưa được Cơ quan thường trực xác nhận',
  declare: 'Kê khai số lao động',
  editCounts: 'Sửa số lao động',
  confirm: 'Xác nhận',
  confirmed: 'Đã xác nhận số lao động',
  staff: 'Tổng số lao động',
  women: 'Số lao động nữ',
  countsHelp:
    'Số người đang làm việc tại đơn vị trong kỳ (Nghị định 152/2025, Điều 4 khoản 6: tập thể có từ 70 % nữ trở lên được ưu tiên khi bằng điểm). Số chưa xác nhận vẫn được tính, có ghi "chưa xác nhận".',
  edit: 'Sửa',
  add: 'Nhập',
  overrideAction: 'Ghi đè',
  editTitle: (fact: string, unit: string) => `${fact} — ${unit}`,
  overrideHelp: (source: string) =>
    `Thông tin này hệ thống lấy từ hồ sơ: ${source}. Chỉ ghi đè khi hồ sơ chưa phản ánh đúng, kèm lý do.`,
  value: 'Giá trị',
  valueRequired: 'Chọn hoặc nhập giá trị',
  reason: 'Lý do',
  reasonRequired: 'Nêu lý do',
  reasonHelp: 'Lý do được lưu vào nhật ký thay đổi.',
  note: 'Ghi chú',
  save: 'Lưu',
  saved: 'Đã lưu',
  stale: 'Người khác vừa sửa thông tin này; đã tải lại bản mới, vui lòng nhập lại.',
  notSaved: 'Chưa lưu được',
  source: 'Nguồn',
  recordsSay: (source: string) => `Hồ sơ: ${source}`,
  legend:
    'Thông tin "Lấy từ hồ sơ" không nhập tay: đăng ký thi đua từ bản đăng ký đã gửi, ký giao ước từ biên bản giao ước, gửi báo cáo từ các nhiệm vụ báo cáo sơ kết, tổng kết trong kế hoạch công tác, tỷ lệ nữ từ số lao động đơn vị kê khai.',
  yes: 'Có',
  no: 'Không',
};
