// What the audit log records, in Vietnamese: the kinds of objects, the actions, the fields of the old and
// new values and the coded values they hold. The log keeps stable codes; an unknown code (a module added
// later) is shown as it is. describeChanges says an event's old → new field by field; the web's viewer and
// the server's CSV export both use it, so a reader sees the same words on screen and in Excel.
import { CALENDARS, ENTRY_STAGES, PERIOD_STAGES, UNIT_TYPES } from './enums';
import {
  ADJUSTMENT_KIND_NAMES,
  awardName,
  CALENDAR_NAMES,
  CLUSTER_KIND_NAMES,
  CRITERIA_STATUS_NAMES,
  CRITERION_OWNER_NAMES,
  DEADLINE_KIND_NAMES,
  DOCUMENT_KIND_NAMES,
  DOSSIER_COMPONENT_NAMES,
  DOSSIER_GENERATOR_NAMES,
  DOSSIER_KIND_NAMES,
  DOSSIER_LEVEL_NAMES,
  DOSSIER_OUTCOME_NAMES,
  DOSSIER_SUBJECT_NAMES,
  ENTRY_STAGE_NAMES,
  FACT_NAMES,
  FACT_VALUE_NAMES,
  ITEM_NAMES,
  MEETING_KIND_NAMES,
  PROPOSAL_BAR_NAMES,
  PROPOSAL_STATUS_NAMES,
  RECURRENCE_NAMES,
  REGISTRATION_STATUS_NAMES,
  ROLE_NAMES,
  SEAT_NAMES,
  STAGE_NAMES,
  TASK_STATUS_NAMES,
  UNIT_TYPE_NAMES,
  VOTE_PURPOSE_NAMES,
} from './names';

export const ENTITY_TYPE_NAMES: Record<string, string> = {
  council: 'Hội đồng',
  dossierComponent: 'Thành phần hồ sơ',
  unit: 'Đơn vị',
  user: 'Tài khoản',
  membership: 'Phân quyền',
  period: 'Kỳ thi đua',
  stageDeadline: 'Thời hạn giai đoạn',
  cluster: 'Cụm, khối',
  clusterMember: 'Thành viên cụm, khối',
  framework: 'Khung tiêu chí',
  criteriaVersion: 'Bộ tiêu chí',
  criterionAssignment: 'Phân công chấm tiêu chí',
  registration: 'Đăng ký thi đua',
  pact: 'Giao ước thi đua',
  pactAgreement: 'Ý kiến đồng ý ký giao ước',
  entry: 'Kết quả, điểm chấm',
  evidenceFile: 'Minh chứng',
  adjustment: 'Điểm cộng, điểm trừ',
  unitFact: 'Thông tin xét khen thưởng',
  unitStaffCount: 'Số lao động của đơn vị',
  objection: 'Ý kiến, kiến nghị',
  meeting: 'Cuộc họp',
  vote: 'Kết quả bỏ phiếu',
  quota: 'Chỉ tiêu khen thưởng',
  awardProposal: 'Đề nghị khen thưởng',
  councilDecision: 'Quyết định khen thưởng',
  workPlan: 'Kế hoạch công tác',
  planTask: 'Nhiệm vụ trong kế hoạch',
  movement: 'Phong trào thi đua',
  movementReport: 'Báo cáo phong trào thi đua của đơn vị',
  dossierBatch: 'Đợt xét khen thưởng',
  dossier: 'Hồ sơ đề nghị khen thưởng',
  dossierPostingComment: 'Ý kiến nhận được khi công khai danh sách (Điều 44 Nghị định 152/2025/NĐ-CP)',
  programmeSession: 'Chương trình công tác (phiên họp)',
  document: 'Văn bản (Word, PDF)',
  spreadsheet: 'Bảng tính (Excel)',
  letterhead: 'Thiết lập văn bản của Hội đồng',
  signingCertificate: 'Chứng thư số ký văn bản PDF của Hội đồng',
  councilArchive: 'Dữ liệu của Hội đồng (tệp lưu trữ)',
};

export const ACTION_NAMES: Record<string, string> = {
  create: 'Tạo mới',
  generate: 'Tạo văn bản',
  export: 'Xuất Excel',
  exportArchive: 'Xuất toàn bộ dữ liệu',
  sign: 'Ký số văn bản',
  update: 'Sửa',
  delete: 'Xóa',
  copy: 'Sao chép',
  agree: 'Thống nhất',
  withdrawAgreement: 'Rút ý kiến đồng ý',
  issue: 'Ban hành',
  revise: 'Tạo phiên bản mới',
  submit: 'Gửi',
  reopen: 'Mở lại',
  carryOver: 'Chuyển sang bộ tiêu chí đã ban hành',
  recordAttendance: 'Điểm danh',
  adjust: 'Điều chỉnh',
  withdraw: 'Rút đề nghị',
  repropose: 'Đề nghị lại',
  approve: 'Duyệt',
  reject: 'Không duyệt',
  login: 'Đăng nhập',
  logout: 'Đăng xuất',
  resetPassword: 'Đặt lại mật khẩu',
  changePassword: 'Đổi mật khẩu',
  updateProfile: 'Sửa tài khoản của mình (thư điện tử, nhận thông báo)',
  'password.reset': 'Đặt lại mật khẩu',
  'password.change': 'Đổi mật khẩu',
  'password.resetRequest': 'Yêu cầu đặt lại mật khẩu qua thư điện tử',
  'password.resetByLink': 'Đặt lại mật khẩu theo đường liên kết trong thư',
  'invitation.accept': 'Đặt mật khẩu theo thư mời',
  'stage.change': 'Chuyển giai đoạn',
  'members.add': 'Thêm đơn vị thành viên',
  'members.remove': 'Rút đơn vị thành viên',
  'leadership.set': 'Đặt cụm trưởng, cụm phó',
  'membership.add': 'Thêm vai trò',
  'membership.resume': 'Mở lại vai trò',
  'membership.end': 'Kết thúc vai trò',
  disable: 'Vô hiệu hóa',
  enable: 'Kích hoạt lại',
  answer: 'Trả lời',
  appraise: 'Thẩm định hồ sơ',
  complete: 'Báo cáo hoàn thành',
  importPeriodFile: 'Nhập tệp kỳ thi đua',
  confirmIncomplete: 'Xác nhận đề nghị khi chưa đủ số liệu',
  confirm: 'Xác nhận',
  resubmit: 'Nộp lại',
  attachFile: 'Đính kèm tệp',
  return: 'Trả lại',
};

/** The council's letterhead settings, named as its settings screen names them (the log says the same). */
export const LETTERHEAD_FIELD_NAMES = {
  parentBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  placeName: 'Địa danh (dòng ngày tháng)',
  councilSymbol: 'Chữ viết tắt của Hội đồng (ký hiệu văn bản)',
  standingOffice: 'Cơ quan thường trực',
  standingOfficeSymbol: 'Chữ viết tắt của cơ quan thường trực',
  signingAuthority: 'Thẩm quyền ký văn bản của Hội đồng',
  chairTitle: 'Chức vụ của Chủ tịch',
  chairName: 'Họ và tên Chủ tịch',
  deputyTitle: 'Chức vụ của Phó Chủ tịch ký thay',
  deputyName: 'Họ và tên Phó Chủ tịch',
  delegateTitle: 'Chức vụ người ký thừa lệnh, thừa ủy quyền',
  delegateName: 'Họ và tên người ký thừa lệnh, thừa ủy quyền',
  recipients: 'Nơi nhận mặc định',
} as const;

/** Who signs the council's documents (Nghị định 30/2020: TM., KT., TL., TUQ.). */
export const SIGNING_AUTHORITY_NAMES: Record<string, string> = {
  TM: 'TM. Hội đồng — Chủ tịch ký',
  KT: 'TM. Hội đồng, KT. Chủ tịch — Phó Chủ tịch ký thay',
  TL: 'TL. Chủ tịch — người được giao ký thừa lệnh',
  TUQ: 'TUQ. Chủ tịch — người được ủy quyền ký',
};

/** Names of the fields the modules keep in the log's old and new values. */
export const FIELD_NAMES: Record<string, string> = {
  // A council's signing certificate (its file and password are never logged)
  holder: 'Người giữ chứng thư số',
  fingerprint: 'Dấu vân tay chứng thư số (SHA-256)',
  validFrom: 'Chứng thư có hiệu lực từ',
  validTo: 'Chứng thư có hiệu lực đến',
  spreadsheet: 'Bảng tính',
  fileName: 'Tên tệp',
  bytes: 'Dung lượng (byte)',
  // A generated document (Word, PDF): which one, from which data, signed by whom.
  document: 'Văn bản',
  documentTitle: 'Tên văn bản',
  format: 'Định dạng',
  dataVersion: 'Phiên bản dữ liệu (mã SHA-256)',
  meetingVersion: 'Phiên bản cuộc họp',
  signature: 'Chữ ký số',
  signedAt: 'Ký lúc',
  tasks: 'Số nhiệm vụ',
  files: 'Các tệp',
  criteriaRevision: 'Phiên bản bộ tiêu chí',
  layer: 'Lớp điểm',
  filters: 'Bộ lọc',
  staff: 'Tổng số lao động',
  women: 'Số lao động nữ',
  confirmedBy: 'Người xác nhận',
  confirmedAt: 'Ngày xác nhận',
  overrideReason: 'Lý do ghi đè thông tin lấy từ hồ sơ',
  name: 'Tên',
  code: 'Mã',
  year: 'Năm',
  calendar: 'Theo',
  stage: 'Giai đoạn',
  startsOn: 'Ngày bắt đầu',
  endsOn: 'Ngày kết thúc',
  archivedAt: 'Lưu trữ lúc',
  profileId: 'Hồ sơ mẫu',
  deadlines: 'Thời hạn',
  dueOn: 'Hạn',
  note: 'Ghi chú',
  unitType: 'Loại đơn vị',
  clusterId: 'Cụm, khối',
  frameworkId: 'Bộ tiêu chí khung',
  // A stage change; a period file's import (its counts and the file)
  unfinishedUnits: 'Đơn vị chưa hoàn thành',
  unitsCreated: 'Số đơn vị tạo mới',
  unitsMatched: 'Số đơn vị đã có',
  file: 'Tệp',
  entries: 'Số ô điểm',
  adjustments: 'Số điểm cộng, điểm trừ',
  facts: 'Số thông tin xét khen thưởng',
  quotas: 'Chỉ tiêu khen thưởng',
  // Councils
  level: 'Cấp',
  // Registrations, pacts, meetings, decisions, proposals
  signedOn: 'Ngày ký',
  recordedBy: 'Người ghi nhận',
  hostUnitId: 'Đơn vị đăng cai',
  invitedDelegates: 'Đại biểu mời',
  agenda: 'Nội dung chương trình',
  minutes: 'Biên bản',
  decisions: 'Kết luận',
  present: 'Có mặt',
  delegates: 'Người dự',
  number: 'Số',
  signer: 'Người ký',
  voteInFavour: 'Số phiếu đồng ý',
  voteMembers: 'Số thành viên biểu quyết',
  // Work plans, movements, dossiers
  issuedOn: 'Ngày ban hành',
  section: 'Mục',
  quarter: 'Quý',
  content: 'Nội dung',
  lead: 'Chủ trì',
  executingUnitId: 'Đơn vị thực hiện',
  executingBody: 'Cơ quan thực hiện',
  coordinatingUnitIds: 'Đơn vị phối hợp',
  coordinatingBodies: 'Cơ quan phối hợp',
  deadlineKind: 'Loại thời hạn',
  dueYear: 'Năm đến hạn',
  dueMonth: 'Tháng đến hạn',
  recurrence: 'Định kỳ',
  deadlineNote: 'Ghi chú về thời hạn',
  completedOn: 'Ngày hoàn thành',
  completionEvidence: 'Kết quả, minh chứng hoàn thành',
  completedBy: 'Người báo hoàn thành',
  reviewedAt: 'Xem xét lúc',
  reviewedBy: 'Người xem xét',
  fileSizeBytes: 'Dung lượng tệp (byte)',
  fileMimeType: 'Loại tệp',
  expiresAt: 'Hết hạn lúc',
  usedAt: 'Đã dùng lúc',
  responsibleDeputyChair: 'Phó Chủ tịch Hội đồng phụ trách',
  standingUnitId: 'Đơn vị thường trực phong trào',
  standingBody: 'Cơ quan thường trực phong trào',
  reportDueDates: 'Hạn báo cáo',
  participantUnitIds: 'Đơn vị tham gia phong trào',
  summary: 'Tóm tắt báo cáo',
  submissionDueOn: 'Hạn nộp hồ sơ',
  appraisalDueOn: 'Hạn thẩm định',
  postingStartsOn: 'Ngày bắt đầu công khai',
  postingEndsOn: 'Ngày kết thúc công khai',
  postingPlace: 'Hình thức, nơi công khai',
  receivedOn: 'Ngày nhận ý kiến',
  sender: 'Người gửi ý kiến',
  response: 'Kết quả xử lý, trả lời',
  awardName: 'Hình thức khen thưởng',
  candidateName: 'Tên tập thể, cá nhân',
  submittedOn: 'Ngày nộp',
  outcome: 'Kết quả thẩm định',
  appraisedOn: 'Ngày thẩm định',
  returnReason: 'Lý do trả lại',
  candidateBars: 'Tình trạng của cá nhân (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)',
  candidateDisciplineEndedOn: 'Ngày chấm dứt kỷ luật của cá nhân',
  generatedBy: 'Tạo tự động từ',
  month: 'Tháng',
  presiding: 'Chủ trì',
  preparingUnitId: 'Đơn vị chuẩn bị',
  preparingBody: 'Cơ quan chuẩn bị',
  ...LETTERHEAD_FIELD_NAMES,
  provincialReportForm: 'Mẫu báo cáo thành tích cấp tỉnh',
  sections: 'Các mục',
  profileCode: 'Bộ tiêu chí mẫu',
  fixedGroupCodes: 'Nhóm tiêu chí giữ nguyên',
  maxAddedCriteriaRatio: 'Tỷ lệ tiêu chí bổ sung tối đa',
  revision: 'Lần ban hành',
  ruleset: 'Nội dung bộ tiêu chí',
  changeReason: 'Lý do sửa đổi',
  createdBy: 'Người tạo',
  issuedBy: 'Người ban hành',
  agreedAt: 'Thống nhất lúc',
  agreedBy: 'Người đồng ý',
  party: 'Bên đồng ý',
  issuedAt: 'Ban hành lúc',
  documentNumber: 'Số văn bản',
  documentDate: 'Ngày văn bản',
  kind: 'Loại',
  followerUserId: 'Thành viên Hội đồng theo dõi',
  helperOffice: 'Bộ phận giúp việc',
  leader: 'Cụm trưởng',
  deputies: 'Cụm phó',
  unitIds: 'Đơn vị',
  unitId: 'Đơn vị',
  seat: 'Vị trí',
  deputyRank: 'Thứ tự cụm phó',
  type: 'Loại đơn vị',
  schoolLevel: 'Cấp học',
  active: 'Đang hoạt động',
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  email: 'Thư điện tử',
  emailNotifications: 'Nhận thông báo qua thư điện tử',
  role: 'Vai trò',
  title: 'Chức vụ',
  endedAt: 'Kết thúc lúc',
  disabledAt: 'Vô hiệu hóa lúc',
  mustChangePassword: 'Phải đổi mật khẩu',
  isSystemAdmin: 'Quản trị toàn hệ thống',
  membership: 'Vai trò',
  lockedUntil: 'Khóa đến',
  lastLoginAt: 'Đăng nhập lần cuối',
  failedLoginCount: 'Số lần nhập sai',
  points: 'Điểm',
  value: 'Giá trị',
  status: 'Trạng thái',
  units: 'Số đơn vị',
  users: 'Số người dùng',
  council: 'Hội đồng',
  plan: 'Kế hoạch',
  actual: 'Thực hiện',
  rating: 'Xếp loại',
  done: 'Hoàn thành',
  criterionCode: 'Tiêu chí',
  itemCode: 'Nội dung',
  count: 'Số lần',
  awardCode: 'Hình thức khen thưởng',
  owner: 'Người chấm',
  focalUnitId: 'Đơn vị đầu mối',
  evidenceRequired: 'Cần minh chứng',
  evidenceHint: 'Minh chứng cần có',
  originalName: 'Tên tệp',
  sizeBytes: 'Dung lượng (byte)',
  mimeType: 'Loại tệp',
  reason: 'Lý do',
  body: 'Nội dung',
  answer: 'Trả lời',
  quota: 'Chỉ tiêu',
  sourceNumber: 'Số văn bản',
  sourceDate: 'Ngày văn bản',
  sourceIssuer: 'Cơ quan ban hành',
  rank: 'Hạng',
  finalScore: 'Điểm cuối cùng',
  submittedAt: 'Gửi lúc',
  submittedBy: 'Người gửi',
  enteredBy: 'Người nhập',
  uploadedBy: 'Người tải lên',
  raisedBy: 'Người nêu',
  answeredBy: 'Người trả lời',
  answeredAt: 'Trả lời lúc',
  proposedBy: 'Người đề nghị',
  titlesSought: 'Danh hiệu đăng ký',
  droppedAtIssue: 'Chỉ tiêu, danh hiệu bỏ khi ban hành bộ tiêu chí',
  models: 'Mô hình, cách làm',
  topics: 'Nội dung',
  subject: 'Nội dung',
  heldOn: 'Ngày họp',
  place: 'Địa điểm',
  votes: 'Số phiếu',
  purpose: 'Mục đích bỏ phiếu',
  position: 'Vị trí bầu',
  attendance: 'Điểm danh',
  derivedFrom: 'Lấy từ',
  incompleteConfirmation: 'Xác nhận khi chưa đủ số liệu',
};

/** Values of enumerated fields, as the screens say them. */
export const VALUE_NAMES: Record<string, Record<string, string>> = {
  seat: SEAT_NAMES.cum,
  party: { follower: 'Thành viên Hội đồng theo dõi cụm', standingOffice: 'Cơ quan thường trực' },
  kind: { ...CLUSTER_KIND_NAMES, ...DOSSIER_KIND_NAMES, ...DOSSIER_COMPONENT_NAMES },
  outcome: DOSSIER_OUTCOME_NAMES,
  level: DOSSIER_LEVEL_NAMES,
  subject: DOSSIER_SUBJECT_NAMES,
  candidateBars: PROPOSAL_BAR_NAMES,
  generatedBy: DOSSIER_GENERATOR_NAMES,
  document: DOCUMENT_KIND_NAMES,
  deadlineKind: DEADLINE_KIND_NAMES,
  recurrence: RECURRENCE_NAMES,
  signingAuthority: SIGNING_AUTHORITY_NAMES,
  role: ROLE_NAMES,
  calendar: CALENDAR_NAMES,
  type: UNIT_TYPE_NAMES,
  unitType: UNIT_TYPE_NAMES,
  owner: CRITERION_OWNER_NAMES,
  rating: FACT_VALUE_NAMES,
  purpose: VOTE_PURPOSE_NAMES,
  position: SEAT_NAMES.cum,
};

/** A `stage` field holds a period's stage or an entry's layer ("focal" → "Đơn vị đầu mối"). */
function stageValue(value: string): string | undefined {
  if ((PERIOD_STAGES as readonly string[]).includes(value))
    return STAGE_NAMES[value as keyof typeof STAGE_NAMES];
  if ((ENTRY_STAGES as readonly string[]).includes(value)) {
    return ENTRY_STAGE_NAMES[value as keyof typeof ENTRY_STAGE_NAMES];
  }
  return undefined;
}

/** Statuses of several objects share the field name; each status word is said once. */
const STATUS_NAMES: Record<string, string> = {
  ...REGISTRATION_STATUS_NAMES,
  ...CRITERIA_STATUS_NAMES,
  ...PROPOSAL_STATUS_NAMES,
  ...TASK_STATUS_NAMES,
};

/** The names of units, people and criteria behind the ids the log keeps; unknown ids stay as they are. */
export interface Resolvers {
  unit: (id: string) => string | undefined;
  user: (id: string) => string | undefined;
  /** A criterion's name by its code, in the revision of the criteria the record was written under. */
  criterion?: (code: string, criteriaVersionId?: string) => string | undefined;
  /** A bonus or deduction item's name by its code, in the same revision (a council names its own). */
  item?: (code: string, criteriaVersionId?: string) => string | undefined;
  /** A cluster's or block's name by its id. */
  cluster?: (id: string) => string | undefined;
  /** A criteria framework's name by its id. */
  framework?: (id: string) => string | undefined;
  /** A built-in profile's name by its id (a period's deadlines, a framework's criteria). */
  profile?: (id: string) => string | undefined;
}

const NO_NAMES: Resolvers = { unit: () => undefined, user: () => undefined };

/** Bookkeeping the log keeps but a reader does not need. */
const HIDDEN = new Set([
  'id',
  'version',
  'councilId',
  'periodId',
  'lineageId',
  'passwordHash',
  'createdAt',
  'updatedAt',
  'userId',
  'storageKey',
  'sha256',
  'fileSha256',
  'tokenHash',
  'sealedP12',
  // Links to other records, kept for tracing; the log's viewer reaches them through the object's history.
  'criteriaVersionId',
  'entryId',
  'meetingId',
  'decisionId',
  'supersedesId',
  'parentCouncilId',
  'registrationId',
  'planId',
  'movementId',
  'batchId',
  'dossierId',
  'proposalId',
  'proposalIds',
  'meetingIds',
]);

const UNIT_FIELDS = new Set([
  'unitId',
  'leader',
  'focalUnitId',
  'hostUnitId',
  'executingUnitId',
  'standingUnitId',
]);
/** Lists of units (a cluster's members, a task's coordinating units, a movement's participants). */
const UNIT_LIST_FIELDS = new Set(['unitIds', 'coordinatingUnitIds', 'participantUnitIds']);
const USER_FIELDS = new Set([
  'followerUserId',
  'enteredBy',
  'submittedBy',
  'uploadedBy',
  'raisedBy',
  'answeredBy',
  'proposedBy',
  'confirmedBy',
  'createdBy',
  'issuedBy',
  'recordedBy',
  'completedBy',
  'reviewedBy',
]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const two = (n: number) => String(n).padStart(2, '0');

/** '2026-03-05' → '05/03/2026'. */
export function vietnamDate(day: string): string {
  const match = ISO_DATE.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

/** An instant as dd/mm/yyyy HH:mm in Vietnam's time (UTC+7, no daylight saving). */
export function vietnamDateTimeShort(instant: string | Date): string {
  const at = new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS);
  if (Number.isNaN(at.getTime())) return String(instant);
  return `${two(at.getUTCDate())}/${two(at.getUTCMonth() + 1)}/${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
}

/** "0.3000" → "30": a decimal fraction as a percentage, by moving its point (never through a float). */
function percentOf(fraction: string): string {
  const [whole = '0', decimals = ''] = fraction.split('.');
  const digits = `${decimals}00`;
  const int = `${whole}${digits.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = digits.slice(2).replace(/0+$/, '');
  return rest ? `${int}.${rest}` : int;
}

/** 82.4 → "82,4", 1234.5 → "1.234,5" (the Vietnamese way). */
export function vietnameseNumber(value: number | string): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '0', fraction] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${fraction ? `,${fraction}` : ''}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One value as a reader understands it: names for ids and codes, dd/mm/yyyy for dates. */
export function formatAuditValue(field: string, value: unknown, names: Resolvers = NO_NAMES): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return vietnameseNumber(value);
  if (typeof value === 'string') {
    if (field === 'stage') return stageValue(value) ?? value;
    if (field === 'status') return STATUS_NAMES[value] ?? value;
    if (field === 'calendar' && (CALENDARS as readonly string[]).includes(value))
      return VALUE_NAMES.calendar![value]!;
    if ((field === 'unitType' || field === 'type') && (UNIT_TYPES as readonly string[]).includes(value)) {
      return UNIT_TYPE_NAMES[value as keyof typeof UNIT_TYPE_NAMES];
    }
    if (field === 'kind' && value in MEETING_KIND_NAMES)
      return MEETING_KIND_NAMES[value as keyof typeof MEETING_KIND_NAMES];
    if (field === 'kind' && value in ADJUSTMENT_KIND_NAMES) {
      return ADJUSTMENT_KIND_NAMES[value as keyof typeof ADJUSTMENT_KIND_NAMES];
    }
    const named = VALUE_NAMES[field]?.[value];
    if (named) return named;
    // An award by its code; a registration's titles sought are a list of them.
    if (field === 'awardCode' || field === 'titlesSought') return awardName(value);
    if (field === 'itemCode') return names.item?.(value) ?? ITEM_NAMES[value] ?? value;
    if (field === 'criterionCode') {
      const title = names.criterion?.(value);
      return title ? `${value}. ${title}` : value;
    }
    if (field === 'name' && value in FACT_NAMES) return FACT_NAMES[value]!;
    if (field === 'value' && value in FACT_VALUE_NAMES) return FACT_VALUE_NAMES[value]!;
    if (UNIT_FIELDS.has(field)) return names.unit(value) ?? value;
    if (USER_FIELDS.has(field)) return names.user(value) ?? value;
    if (field === 'clusterId') return names.cluster?.(value) ?? value;
    if (field === 'frameworkId') return names.framework?.(value) ?? value;
    if (field === 'profileCode' || field === 'profileId') return names.profile?.(value) ?? value;
    // A share kept as a fraction ("0.3000"): said as a percentage, the Vietnamese way ("30 %").
    if (field === 'maxAddedCriteriaRatio' && /^\d+(\.\d+)?$/.test(value)) {
      return `${vietnameseNumber(percentOf(value))} %`;
    }
    if (ISO_DATE.test(value)) return vietnamDate(value);
    if (ISO_INSTANT.test(value)) return vietnamDateTimeShort(value);
    if (
      /^-?\d+(\.\d+)?$/.test(value) &&
      ['plan', 'actual', 'points', 'value', 'finalScore', 'quota'].includes(field)
    ) {
      return vietnameseNumber(value);
    }
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '(trống)';
    if (UNIT_LIST_FIELDS.has(field))
      return value.map((id) => names.unit(String(id)) ?? String(id)).join('; ');
    if (field === 'deputies') {
      return value
        .map((d) => {
          if (!isRecord(d)) return String(d);
          const id = typeof d.unitId === 'string' ? d.unitId : '';
          const rank = typeof d.rank === 'number' ? d.rank : d.deputyRank;
          return `${names.unit(id) ?? id}${typeof rank === 'number' ? ` (${rank})` : ''}`;
        })
        .join('; ');
    }
    if (value.every((v) => typeof v !== 'object'))
      return value.map((v) => formatAuditValue(field, v, names)).join('; ');
    return `${value.length} mục`;
  }
  if (isRecord(value)) {
    // An imported file: its format, not its content (the period's screens show what it brought).
    if (field === 'file' && typeof value.format === 'string') return `tệp ${value.format}`;
    // A whole criteria document: its size, not its text (the version's own screen shows the text).
    if (field === 'ruleset' && Array.isArray(value.groups)) return `${value.groups.length} nhóm tiêu chí`;
    if (field === 'membership') {
      const role = formatAuditValue('role', value.role, names);
      return value.unitId ? `${role} — ${formatAuditValue('unitId', value.unitId, names)}` : role;
    }
    return Object.entries(value)
      .filter(([f, v]) => !HIDDEN.has(f) && v !== null && v !== undefined && v !== '')
      .map(([f, v]) => `${fieldName(f)}: ${formatAuditValue(f, v, names)}`)
      .join('; ');
  }
  return JSON.stringify(value) ?? '';
}

/** "Kế hoạch" for `plan`; the field's own name when it has none yet. */
export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field;
}

export interface Change {
  field: string;
  label: string;
  /** Undefined when the event has no old (a creation) or no new value (a removal). */
  old?: string;
  new?: string;
}

/**
 * The resolvers with the criteria revision of the record (an entry, an assignment) fixed: a criterion
 * code ("I.1") names different criteria in different clusters and years.
 */
function inRevision(names: Resolvers, ...records: unknown[]): Resolvers {
  const { criterion, item } = names;
  const version = records
    .map((r) => (isRecord(r) && typeof r.criteriaVersionId === 'string' ? r.criteriaVersionId : undefined))
    .find(Boolean);
  if (!version) return names;
  return {
    ...names,
    ...(criterion ? { criterion: (code: string) => criterion(code, version) } : {}),
    ...(item ? { item: (code: string) => item(code, version) } : {}),
  };
}

/**
 * The fields an event changed: for an edit, each field whose value differs (old → new); for a
 * creation, the new values; for a removal, the old ones. Bookkeeping fields are left out.
 */
export function describeChanges(old: unknown, next: unknown, resolvers: Resolvers = NO_NAMES): Change[] {
  const names = inRevision(resolvers, old, next);
  if (isRecord(old) && isRecord(next)) {
    const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((f) => !HIDDEN.has(f));
    return fields
      .filter((f) => JSON.stringify(old[f] ?? null) !== JSON.stringify(next[f] ?? null))
      .map((f) => ({
        field: f,
        label: fieldName(f),
        old: formatAuditValue(f, old[f], names),
        new: formatAuditValue(f, next[f], names),
      }));
  }
  const side = (value: unknown, key: 'old' | 'new'): Change[] => {
    if (isRecord(value)) {
      return Object.entries(value)
        .filter(([f, v]) => !HIDDEN.has(f) && v !== null && v !== undefined && v !== '')
        .map(([f, v]) => ({ field: f, label: fieldName(f), [key]: formatAuditValue(f, v, names) }));
    }
    if (value === null || value === undefined) return [];
    return [{ field: '', label: '', [key]: formatAuditValue('', value, names) }];
  };
  return [...side(old, 'old'), ...side(next, 'new')];
}

/** "Cuộc họp" for `meeting`; the code itself when it has no name yet. */
export function entityTypeName(code: string): string {
  return ENTITY_TYPE_NAMES[code] ?? code;
}

/** "Điểm danh" for `recordAttendance`; the code itself when it has no name yet. */
export function actionName(code: string): string {
  return ACTION_NAMES[code] ?? code;
}
