/**
 * The one error catalogue of the API: every domain error's code, HTTP status and Vietnamese message.
 * The client shows `message`; tests assert `code`.
 */
export const ERRORS = {
  VALIDATION: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ' },
  BAD_JSON: { status: 400, message: 'Nội dung gửi lên không phải JSON hợp lệ' },
  UNAUTHENTICATED: { status: 401, message: 'Bạn cần đăng nhập để tiếp tục' },
  BAD_CREDENTIALS: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng' },
  ACCOUNT_LOCKED: {
    status: 423,
    message: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần; vui lòng thử lại sau',
  },
  ACCOUNT_DISABLED: { status: 403, message: 'Tài khoản đã bị vô hiệu hóa' },
  LOCAL_PASSWORDS_OFF: {
    status: 403,
    message: 'Đăng nhập bằng mật khẩu đã tắt: hãy dùng nút đăng nhập một lần (tài khoản công vụ)',
  },
  SSO_FAILED: {
    status: 401,
    message:
      'Đăng nhập một lần không thành công (phiên đăng nhập hết hạn hoặc không hợp lệ); vui lòng thử lại',
  },
  SSO_UNAVAILABLE: {
    status: 503,
    message: 'Không kết nối được với máy chủ đăng nhập một lần; vui lòng thử lại sau hoặc liên hệ quản trị',
  },
  SSO_UNKNOWN_ACCOUNT: {
    status: 403,
    message: 'Tài khoản chưa có trong hệ thống; liên hệ quản trị để được cấp tài khoản',
  },
  CSRF: {
    status: 403,
    message: 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo); vui lòng tải lại trang',
  },
  FORBIDDEN: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này' },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    message: 'Bạn đang dùng mật khẩu tạm thời: hãy đổi mật khẩu trước khi tiếp tục',
  },
  CONFLICT_OF_INTEREST: { status: 403, message: 'Đơn vị không được tự thẩm định kết quả của chính mình' },
  NOT_FOUND: { status: 404, message: 'Không tìm thấy dữ liệu' },
  STALE: {
    status: 409,
    message:
      'Dữ liệu đã được người khác thay đổi trong lúc bạn sửa; vui lòng tải lại để xem bản mới nhất rồi nhập lại',
  },
  DUPLICATE: { status: 409, message: 'Dữ liệu đã tồn tại' },
  STAGE: { status: 409, message: 'Thao tác không được phép ở giai đoạn hiện tại của kỳ thi đua' },
  WINDOW_CLOSED: { status: 409, message: 'Đã hết thời hạn cho thao tác này' },
  LOCKED: { status: 409, message: 'Kỳ thi đua đã khóa hoặc lưu trữ: chỉ được xem' },
  // Meetings, votes and award proposals (modules meetings, awards).
  NO_QUORUM: {
    status: 409,
    message: 'Cuộc họp chưa đủ số lượng: cần ít nhất hai phần ba số đơn vị thành viên có mặt',
  },
  NO_ISSUED_CRITERIA: { status: 409, message: 'Cụm, khối chưa có bộ tiêu chí đã ban hành' },
  RESULT_INCOMPLETE: {
    status: 409,
    message: 'Kết quả chưa hoàn chỉnh: còn trường hợp bằng điểm chờ bỏ phiếu',
  },
  PROPOSAL_STATE: {
    status: 409,
    message: 'Đề nghị khen thưởng không ở trạng thái cho phép thao tác này',
  },
  CRITERIA_ISSUED: {
    status: 409,
    message: 'Bộ tiêu chí đã ban hành và khóa; muốn thay đổi cần tạo phiên bản mới có lý do',
  },
  // Criteria and registrations (modules criteria, registrations).
  CRITERIA_STATUS: { status: 409, message: 'Bộ tiêu chí không ở trạng thái cho phép thao tác này' },
  REGISTRATION_SUBMITTED: {
    status: 409,
    message: 'Bản đăng ký thi đua đã gửi nên chỉ được xem; cơ quan thường trực có thể mở lại (nêu lý do)',
  },
  PACT_NOT_AGREED: {
    status: 409,
    message:
      'Chưa ký giao ước được: cần ý kiến đồng ý của thành viên Hội đồng theo dõi cụm và cơ quan thường trực',
  },
  PACT_SIGNED: {
    status: 409,
    message: 'Cụm, khối đã ký giao ước: không rút hoặc ghi thêm ý kiến đồng ý được nữa',
  },
  REASON_REQUIRED: { status: 400, message: 'Cần nêu lý do cho thay đổi này' },
  TOKEN_INVALID: {
    status: 400,
    message:
      'Đường liên kết đặt mật khẩu không hợp lệ; hãy mở đúng đường liên kết trong thư hoặc yêu cầu gửi lại',
  },
  TOKEN_USED: {
    status: 400,
    message: 'Đường liên kết đặt mật khẩu đã được dùng; mỗi đường liên kết chỉ dùng được một lần',
  },
  TOKEN_EXPIRED: {
    status: 400,
    message: 'Đường liên kết đặt mật khẩu đã hết hạn; hãy chọn "Quên mật khẩu?" để nhận đường liên kết mới',
  },
  WEAK_PASSWORD: { status: 400, message: 'Mật khẩu mới phải có ít nhất 10 ký tự, gồm chữ và số' },
  FILE_TOO_LARGE: { status: 413, message: 'Tệp quá lớn' },
  FILE_TYPE: { status: 415, message: 'Loại tệp không được chấp nhận' },
  // Scoring: entries, evidence, adjustments, objections, results and period files (module scoring).
  CRITERIA_SUPERSEDED: {
    status: 409,
    message: 'Kết quả này thuộc phiên bản tiêu chí đã được thay thế: chỉ được xem',
  },
  SCORING_DATA_INVALID: {
    status: 409,
    message: 'Dữ liệu chấm điểm đã lưu chưa đủ điều kiện để tính điểm; xem danh sách lỗi',
  },
  CLUSTER_NOT_EMPTY: {
    status: 409,
    message: 'Chỉ nhập tệp kỳ thi đua vào cụm, khối chưa có đơn vị thành viên và chưa có bộ tiêu chí',
  },
  OBJECTION_CLOSED: { status: 409, message: 'Ý kiến này đã được trả lời hoặc đã rút' },
  FACT_DERIVED: {
    status: 409,
    message: 'Thông tin này lấy từ hồ sơ trong hệ thống, không nhập tay',
  },
  // Nghị định 152/2025/NĐ-CP rules on who may be proposed (module awards).
  NOMINEE_LIMIT: {
    status: 409,
    message:
      'Đã đủ số đơn vị được đề nghị Cờ thi đua của Chính phủ (tối đa 20% số tập thể dẫn đầu cụm, khối)',
  },
  NOT_PROPOSABLE: {
    status: 409,
    message: 'Đơn vị chưa được đề nghị khen thưởng (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)',
  },
  DATA_INCOMPLETE: {
    status: 409,
    message:
      'Đơn vị chưa đủ số liệu: chưa đề nghị khen thưởng cho đến khi đủ số liệu hoặc cơ quan thường trực xác nhận, nêu lý do',
  },
  // Work plans, tasks, movements and dossiers (module plans).
  DOSSIER_INCOMPLETE: {
    status: 409,
    message: 'Hồ sơ chưa đủ thành phần bắt buộc: chưa thể thẩm định đạt',
  },
  POSTING_NOT_ENDED: {
    status: 409,
    message:
      'Danh sách chưa được công khai đủ 10 ngày làm việc (Điều 44 Nghị định 152/2025/NĐ-CP): chưa thể thẩm định đạt',
  },
  POSTING_CLOSED: {
    status: 409,
    message: 'Đợt xét đã có hồ sơ được thẩm định: không sửa ý kiến nhận được khi công khai nữa',
  },
  PLAN_STATE: { status: 409, message: 'Kế hoạch không ở trạng thái cho phép thao tác này' },
  TASK_STATE: { status: 409, message: 'Nhiệm vụ không ở trạng thái cho phép thao tác này' },
  MOVEMENT_REPORT_STATE: {
    status: 409,
    message: 'Báo cáo phong trào không ở trạng thái cho phép thao tác này',
  },
  // Documents (module documents).
  NO_PROPOSALS: {
    status: 409,
    message:
      'Chưa có đề nghị khen thưởng nào (đang đề nghị hoặc đã duyệt) trong phạm vi đã chọn: chưa lập được tờ trình, danh sách trích ngang',
  },
  SIGNING_CERTIFICATE_SEALED: {
    status: 409,
    message:
      'Không mở được chứng thư số của Hội đồng bằng khóa hiện tại của máy chủ (khóa đã đổi hoặc chưa được khôi phục): quản trị khôi phục khóa, hoặc cơ quan thường trực tải lại chứng thư số',
  },
  RATE_LIMITED: { status: 429, message: 'Quá nhiều yêu cầu; vui lòng đợi một lát rồi thử lại' },
  INTERNAL: {
    status: 500,
    message: 'Hệ thống gặp lỗi; thao tác chưa được lưu. Vui lòng thử lại hoặc báo quản trị',
  },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** One field-level problem: where (e.g. `body.points`) and what, in Vietnamese. */
export interface FieldError {
  path: string;
  message: string;
}

/** A domain error: thrown anywhere in a request, turned into `{ error: { code, message, fields } }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: FieldError[];

  constructor(code: ErrorCode, message?: string, fields: FieldError[] = []) {
    super(message ?? ERRORS[code].message);
    this.code = code;
    this.status = ERRORS[code].status;
    this.fields = fields;
  }
}

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

export const notFound = (what?: string) =>
  new AppError('NOT_FOUND', what ? `Không tìm thấy ${what}` : undefined);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const invalid = (fields: FieldError[], message?: string) =>
  new AppError('VALIDATION', message, fields);
