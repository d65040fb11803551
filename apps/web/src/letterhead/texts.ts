import { LETTERHEAD_FIELD_NAMES, SIGNING_AUTHORITY_NAMES } from '@thidua/vocabulary';

/** Every Vietnamese text of the letterhead settings screen. */
export const letterheadTexts = {
  // The settings' own names, shared with the audit log so both say the same.
  ...LETTERHEAD_FIELD_NAMES,
  pageTitle: 'Thiết lập văn bản',
  heading: 'Thiết lập văn bản của Hội đồng',
  intro:
    'Các văn bản Hội đồng ban hành (tờ trình, quyết định, kế hoạch, báo cáo) và văn bản của cụm, khối ' +
    'lấy phần đầu, ký hiệu, người ký và nơi nhận từ thiết lập này (Nghị định 30/2020/NĐ-CP).',
  defaults: 'Hội đồng chưa lưu thiết lập riêng: các giá trị dưới đây là mặc định suy từ tên Hội đồng.',
  readOnly: 'Chỉ cơ quan thường trực hoặc quản trị Hội đồng được sửa thiết lập này.',
  bodies: 'Cơ quan ban hành',
  parentBodyHelp: 'Ví dụ: Ủy ban nhân dân tỉnh Bắc Giang; để trống nếu không có',
  signers: 'Người ký',
  authorities: SIGNING_AUTHORITY_NAMES,
  recipientsHelp: 'Mỗi dòng một nơi nhận',
  report: 'Mẫu báo cáo thành tích cấp tỉnh',
  reportHelp:
    'Để trống để dùng mẫu báo cáo thành tích tập thể của Nghị định 152/2025/NĐ-CP; hoặc nhập tên mẫu của ' +
    'tỉnh và các mục của nó (mỗi dòng một mục).',
  reportTitle: 'Tên mẫu',
  reportSections: 'Các mục của báo cáo',
  reportIncomplete: 'Cần nhập cả tên mẫu và ít nhất một mục, hoặc để trống cả hai',
  required: (field: string) => `Vui lòng nhập ${field.toLowerCase()}`,
  save: 'Lưu thiết lập',
  saved: 'Đã lưu thiết lập văn bản',
  notSaved: 'Chưa lưu được thiết lập',
  staleReload: 'Tải bản mới nhất',
  staleReloaded: 'Đã tải bản mới nhất; hãy nhập lại thay đổi của bạn',
  preview: 'Khối chữ ký sẽ in',
};
