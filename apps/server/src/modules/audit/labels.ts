// Vietnamese names of what the audit log records, for people reading the list or the CSV. The log
// itself keeps the stable codes; an unknown code (a module added later) is shown as it is.

const ENTITY_TYPES: Record<string, string> = {
  council: 'Hội đồng',
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
  entry: 'Kết quả, điểm chấm',
  evidenceFile: 'Minh chứng',
  adjustment: 'Điểm cộng, điểm trừ',
  unitFact: 'Thông tin xét khen thưởng',
  objection: 'Ý kiến, kiến nghị',
  meeting: 'Cuộc họp',
  vote: 'Kết quả bỏ phiếu',
  quota: 'Chỉ tiêu khen thưởng',
  awardProposal: 'Đề nghị khen thưởng',
  councilDecision: 'Quyết định khen thưởng',
  workPlan: 'Kế hoạch công tác',
  planTask: 'Nhiệm vụ trong kế hoạch',
  movement: 'Phong trào thi đua',
  dossierBatch: 'Đợt xét khen thưởng',
  dossier: 'Hồ sơ đề nghị khen thưởng',
  programmeSession: 'Chương trình công tác (phiên họp)',
  document: 'Văn bản (Word, PDF)',
  letterhead: 'Thiết lập văn bản của Hội đồng',
};

const ACTIONS: Record<string, string> = {
  create: 'Tạo mới',
  generate: 'Tạo văn bản',
  sign: 'Ký số văn bản',
  update: 'Sửa',
  delete: 'Xóa',
  copy: 'Sao chép',
  agree: 'Thống nhất',
  issue: 'Ban hành',
  revise: 'Tạo phiên bản mới',
  submit: 'Gửi',
  reopen: 'Mở lại',
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
  'password.reset': 'Đặt lại mật khẩu',
  'password.change': 'Đổi mật khẩu',
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
};

/** "Cuộc họp" for `meeting`; the code itself when it has no name yet. */
export function entityTypeLabel(code: string): string {
  return ENTITY_TYPES[code] ?? code;
}

/** "Điểm danh" for `recordAttendance`; the code itself when it has no name yet. */
export function actionLabel(code: string): string {
  return ACTIONS[code] ?? code;
}

/** Every named entity type and action, for the filters of the log's viewer (in the catalogue's order). */
export function auditLabels(): { entityTypes: Label[]; actions: Label[] } {
  const list = (names: Record<string, string>) =>
    Object.entries(names).map(([code, label]) => ({ code, label }));
  // Two old spellings share a name with the codes in use; the filter offers each name once.
  const actions = list(ACTIONS).filter((a) => a.code !== 'resetPassword' && a.code !== 'changePassword');
  return { entityTypes: list(ENTITY_TYPES), actions };
}

export interface Label {
  code: string;
  label: string;
}
