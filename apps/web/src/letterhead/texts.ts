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
  certificate: {
    title: 'Chứng thư số ký văn bản PDF',
    intro:
      'Khi Hội đồng có chứng thư số riêng (tệp PKCS#12 .p12 hoặc .pfx kèm khóa bí mật), mọi văn bản PDF của ' +
      'Hội đồng và các cụm, khối được ký số bằng chứng thư này. Tệp và mật khẩu được niêm phong trên máy ' +
      'chủ, không bao giờ được hiển thị lại.',
    none: 'Hội đồng chưa có chứng thư số riêng.',
    deployment: 'Văn bản PDF đang được ký bằng chứng thư số chung của máy chủ.',
    unsigned: 'Văn bản PDF không được ký số.',
    holder: 'Người giữ chứng thư',
    fingerprint: 'Dấu vân tay (SHA-256)',
    validity: 'Hiệu lực',
    expired: 'Đã hết hiệu lực',
    uploaded: 'Tải lên',
    uploadedBy: (when: string, who: string) => `${when}, bởi ${who}`,
    file: 'Tệp chứng thư số (.p12, .pfx)',
    choose: 'Chọn tệp',
    fileRequired: 'Vui lòng chọn tệp chứng thư số',
    passphrase: 'Mật khẩu của tệp chứng thư số',
    passphraseRequired: 'Vui lòng nhập mật khẩu của tệp chứng thư số',
    upload: 'Lưu chứng thư số',
    replace: 'Thay chứng thư số',
    saved: 'Đã lưu chứng thư số; các văn bản PDF từ nay được ký bằng chứng thư này',
    remove: 'Gỡ chứng thư số',
    removeConfirm: 'Gỡ chứng thư số riêng của Hội đồng? Văn bản PDF sẽ không còn được ký bằng chứng thư này.',
    removed: 'Đã gỡ chứng thư số',
    notSaved: 'Chưa lưu được chứng thư số',
  },
};
