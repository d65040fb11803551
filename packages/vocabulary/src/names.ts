// The Vietnamese names of the domain's words: one place for the server's messages, the web's screens,
// the CSV exports and the printed documents.
import type {
  AdjustmentKind,
  Calendar,
  ClusterKind,
  ClusterRole,
  ContextualRole,
  CriteriaStatus,
  CriterionOwner,
  DossierComponentKind,
  DossierGenerator,
  EntryStage,
  MeetingKind,
  MembershipRole,
  ObjectionStatus,
  PeriodStage,
  ProposalBar,
  ProposalStatus,
  RegistrationStatus,
  UnitType,
  VotePurpose,
} from './enums';

export const UNIT_TYPE_NAMES: Record<UnitType, string> = {
  ward: 'Phường',
  commune: 'Xã',
  district: 'Quận, huyện',
  department: 'Sở, ban, ngành',
  partyOrganisation: 'Tổ chức đảng',
  massOrganisation: 'Đoàn thể',
  publicServiceUnit: 'Đơn vị sự nghiệp',
  school: 'Trường học',
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã',
  hospital: 'Bệnh viện, trung tâm',
  other: 'Khác',
};

/**
 * The title of a unit's head, who signs its registration under "THỦ TRƯỞNG ĐƠN VỊ" (issue #11 §5): the
 * default by the unit's type, until units carry their own.
 */
export const UNIT_HEAD_TITLES: Record<UnitType, string> = {
  ward: 'Chủ tịch Ủy ban nhân dân',
  commune: 'Chủ tịch Ủy ban nhân dân',
  district: 'Chủ tịch Ủy ban nhân dân',
  department: 'Giám đốc',
  partyOrganisation: 'Bí thư',
  massOrganisation: 'Chủ tịch',
  publicServiceUnit: 'Giám đốc',
  school: 'Hiệu trưởng',
  enterprise: 'Giám đốc',
  cooperative: 'Giám đốc',
  hospital: 'Giám đốc',
  other: 'Thủ trưởng đơn vị',
};

/**
 * The body a unit answers to (cơ quan chủ quản, the first line of its documents' header), by its type, in
 * the council's locality (`tỉnh Hải Hà`): a school to the education department, the others to the
 * People's Committee, the Party's and the Front's organisations to theirs.
 */
export function governingBodyOf(type: UnitType, locality: string): string {
  switch (type) {
    case 'school':
      return `Sở Giáo dục và Đào tạo ${locality}`;
    case 'partyOrganisation':
      return `Đảng bộ ${locality}`;
    case 'massOrganisation':
      return `Ủy ban Mặt trận Tổ quốc Việt Nam ${locality}`;
    case 'ward':
    case 'commune':
    case 'district':
    case 'department':
    case 'publicServiceUnit':
    case 'enterprise':
    case 'cooperative':
    case 'hospital':
    case 'other':
      return `Ủy ban nhân dân ${locality}`;
  }
}

export const CALENDAR_NAMES: Record<Calendar, string> = {
  calendarYear: 'Năm dương lịch',
  schoolYear: 'Năm học',
};

export const ROLE_NAMES: Record<MembershipRole, string> = {
  administrator: 'Quản trị',
  standingOffice: 'Cơ quan thường trực',
  councilMember: 'Thành viên Hội đồng',
  unitStaff: 'Cán bộ đơn vị',
};

export const STAGE_NAMES: Record<PeriodStage, string> = {
  setup: 'Thiết lập cụm, khối',
  criteria: 'Xây dựng tiêu chí',
  registration: 'Đăng ký thi đua',
  pact: 'Ký giao ước',
  midYear: 'Sơ kết giữa kỳ',
  results: 'Tự chấm điểm',
  review: 'Thẩm định, chấm chéo',
  preparatory: 'Họp trù bị',
  summary: 'Tổng kết, bình xét',
  decision: 'Quyết định khen thưởng',
  archived: 'Đã lưu trữ',
};

export const CLUSTER_KIND_NAMES: Record<ClusterKind, string> = { cum: 'Cụm thi đua', khoi: 'Khối thi đua' };

/** A seat as a cluster says it: "Cụm trưởng" in a cụm, "Khối trưởng" in a khối. */
export const SEAT_NAMES: Record<ClusterKind, Record<ClusterRole, string>> = {
  cum: { leader: 'Cụm trưởng', deputy: 'Cụm phó', member: 'Thành viên' },
  khoi: { leader: 'Khối trưởng', deputy: 'Khối phó', member: 'Thành viên' },
};

/** "Cụm trưởng" or "Khối trưởng" (a cụm when the kind is not known). */
export function seatName(role: ClusterRole, kind: ClusterKind | null | undefined): string {
  return SEAT_NAMES[kind ?? 'cum'][role];
}

/** The role a person acts in, as the header says it (seats take the cluster's kind: see roleInContext). */
export const CONTEXTUAL_ROLE_NAMES: Record<ContextualRole, string> = {
  systemAdmin: 'Quản trị hệ thống',
  administrator: 'Quản trị',
  standingOffice: 'Cơ quan thường trực',
  councilMember: 'Thành viên Hội đồng',
  leader: 'Cụm trưởng',
  deputy: 'Cụm phó',
  focal: 'Đơn vị đầu mối',
  member: 'Đơn vị thành viên',
  unitStaff: 'Cán bộ đơn vị',
};

/** A contextual role's name, a seat said the cluster's way ("Khối phó" in a khối). */
export function roleInContext(role: ContextualRole, kind?: ClusterKind | null): string {
  if (role === 'leader' || role === 'deputy') return seatName(role, kind);
  return CONTEXTUAL_ROLE_NAMES[role];
}

export const CRITERIA_STATUS_NAMES: Record<CriteriaStatus, string> = {
  draft: 'Dự thảo',
  agreed: 'Đã thống nhất',
  issued: 'Đã ban hành',
};

export const CRITERION_OWNER_NAMES: Record<CriterionOwner, string> = {
  self: 'Đơn vị tự chấm',
  focalUnit: 'Đơn vị đầu mối chấm',
  standingOffice: 'Cơ quan thường trực chấm',
};

export const ENTRY_STAGE_NAMES: Record<EntryStage, string> = {
  self: 'Tự chấm',
  focal: 'Đơn vị đầu mối',
  standingOffice: 'Cơ quan thường trực',
  agreed: 'Thẩm định',
};

export const ADJUSTMENT_KIND_NAMES: Record<AdjustmentKind, string> = {
  bonus: 'Điểm thưởng',
  deduction: 'Điểm trừ',
};

export const REGISTRATION_STATUS_NAMES: Record<RegistrationStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
};

export const OBJECTION_STATUS_NAMES: Record<ObjectionStatus, string> = {
  open: 'Đang chờ trả lời',
  answered: 'Đã trả lời',
  withdrawn: 'Đã rút',
};

export const MEETING_KIND_NAMES: Record<MeetingKind, string> = {
  trienKhai: 'Hội nghị triển khai',
  soKet: 'Hội nghị sơ kết',
  truBi: 'Hội nghị trù bị',
  tongKet: 'Hội nghị tổng kết',
  chuyenDe: 'Hội nghị chuyên đề',
};

export const VOTE_PURPOSE_NAMES: Record<VotePurpose, string> = {
  tieBreak: 'Phân định các đơn vị bằng điểm',
  election: 'Bầu cụm trưởng, cụm phó',
};

/** The components of an award dossier, named as the forms of Nghị định 152/2025/NĐ-CP name them. */
export const DOSSIER_COMPONENT_NAMES: Record<DossierComponentKind, string> = {
  toTrinh: 'Tờ trình đề nghị khen thưởng (Mẫu số 01)',
  baoCaoThanhTich: 'Báo cáo thành tích',
  bienBan: 'Biên bản họp xét khen thưởng',
  danhSachTrichNgang: 'Danh sách trích ngang',
  minhChung: 'Minh chứng',
};

/** The generators of dossier components, as the screen and the audit log name them ("Tạo tự động"). */
export const DOSSIER_GENERATOR_NAMES: Record<DossierGenerator, string> = {
  'proposal-statement': 'Tờ trình đề nghị khen thưởng do hệ thống lập',
  'achievement-report': 'Báo cáo thành tích do hệ thống lập',
  'meeting-minutes': 'Biên bản hội nghị do hệ thống lập',
};

export const PROPOSAL_STATUS_NAMES: Record<ProposalStatus, string> = {
  proposed: 'Đã đề nghị',
  withdrawn: 'Đã rút',
  returned: 'Bị trả lại',
  approved: 'Đã duyệt',
  rejected: 'Không duyệt',
};

/**
 * Default names of the award codes the built-in profiles use; a ruleset's own `awards[].name` wins
 * (awardName), these serve where only the code is at hand (the audit log, an old result).
 */
export const AWARD_NAMES: Record<string, string> = {
  CO_CP: 'Cờ thi đua của Chính phủ',
  CO_T: 'Cờ thi đua của UBND tỉnh',
  CO_TP: 'Cờ thi đua của UBND Thành phố',
  BK_TTG: 'Bằng khen của Thủ tướng Chính phủ',
  BK_CT: 'Bằng khen của Chủ tịch UBND tỉnh',
  BK_TP: 'Bằng khen của Chủ tịch UBND Thành phố',
  TTLDXS: 'Tập thể lao động xuất sắc',
  TTLDTT: 'Tập thể lao động tiên tiến',
};

/** The award's name: the ruleset's when given, else the default, else the code itself. */
export function awardName(
  code: string,
  ruleset?: { awards?: { code: string; name?: string }[] } | null,
): string {
  return ruleset?.awards?.find((a) => a.code === code)?.name ?? AWARD_NAMES[code] ?? code;
}

/** The facts eligibility reads (SPEC §7), named as the standing office records them. */
export const FACT_NAMES: Record<string, string> = {
  partyRating: 'Xếp loại tổ chức đảng',
  registered: 'Đăng ký thi đua',
  pactSigned: 'Ký giao ước thi đua',
  reportsSubmitted: 'Gửi báo cáo sơ kết, tổng kết',
  headRating: 'Xếp loại người đứng đầu',
  securityStandard: 'Đạt tiêu chuẩn "An toàn về an ninh trật tự"',
  securityMovementRating: 'Phong trào "Toàn dân bảo vệ an ninh Tổ quốc"',
  cultureStandard: 'Đạt chuẩn văn hóa',
  cultureMovementRating: 'Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"',
  seriousViolation: 'Có vụ việc tiêu cực, tham nhũng, sai phạm nghiêm trọng',
  underInvestigation: 'Đang bị xem xét, thanh tra, kiểm tra',
  obligationsUnfulfilled: 'Chưa hoàn thành nghĩa vụ đối với Nhà nước',
  pendingComplaint: 'Có đơn thư khiếu nại, tố cáo đang xác minh',
  deepSelfCriticism: 'Phải kiểm điểm sâu sắc',
  publicOutrage: 'Có vụ việc gây bức xúc trong dư luận',
  womenShare70: 'Tập thể có từ 70 % nữ trở lên',
};

/** The coded values facts take (ratings of party organisations, heads and movements). */
export const FACT_VALUE_NAMES: Record<string, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
  TOT: 'Tốt',
  KHA: 'Khá',
  TRUNG_BINH: 'Trung bình',
  YEU: 'Yếu',
};

/** A fact's name ("Xếp loại tổ chức đảng"), the code itself for a fact a council named itself. */
export function factName(name: string): string {
  return FACT_NAMES[name] ?? name;
}

/** A fact's value as read aloud: "Có"/"Không", a rating's name, a number the Vietnamese way. */
export function factValueName(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return String(value).replace('.', ',');
  return FACT_VALUE_NAMES[value] ?? value;
}

/**
 * Short names of the bonus and deduction items of the built-in profiles, for where the ruleset is not
 * at hand (the audit log); a ruleset's `name` is the full text.
 */
export const ITEM_NAMES: Record<string, string> = {
  TRUONG_CUM_CHAM: 'Cụm trưởng, khối trưởng thực hiện chậm, không nghiêm túc trách nhiệm',
  KHONG_NGHIEM_QUY_CHE: 'Thực hiện không nghiêm túc Quy chế hoạt động của cụm, khối',
  THAM_GIA_KHONG_DAY_DU: 'Tham gia không đầy đủ các hoạt động của cụm, khối',
  NHIEM_VU_KHONG_DAY_DU: 'Thực hiện không đầy đủ các nhiệm vụ được giao',
  TY_LE_KHEN_THUONG: 'Tỷ lệ, cơ cấu khen thưởng không đảm bảo',
  NHAC_NHO: 'Văn bản nhắc nhở',
  PHE_BINH: 'Văn bản phê bình',
  CHAM_MUON: 'Nhiệm vụ thực hiện chậm, muộn',
  KHONG_HOAN_THANH: 'Nhiệm vụ không hoàn thành, tồn tại chưa khắc phục',
  CBCCVC_KY_LUAT: 'Cán bộ, công chức, viên chức bị kỷ luật',
  CBCCVC_HINH_SU: 'Cán bộ, công chức, viên chức bị truy cứu trách nhiệm hình sự',
  DANG_VIEN_KY_LUAT: 'Đảng viên bị kỷ luật',
  DANG_VIEN_QUAN_UY: 'Đảng viên diện Ban Thường vụ Quận ủy quản lý bị kỷ luật',
  DANG_VIEN_THANH_UY: 'Đảng viên diện Ban Thường vụ Thành ủy quản lý bị kỷ luật',
  BAO_CAO_SAI: 'Báo cáo số liệu không chính xác',
  THUONG_CUM_KHOI: 'Điểm thưởng theo quy chế hoạt động của cụm, khối',
  THUONG_BAO_CAO: 'Thực hiện tốt chế độ thông tin, báo cáo',
  THUONG_HD_TDKT: 'Điểm thưởng của Hội đồng Thi đua - Khen thưởng',
  HD_TDKT: 'Điểm thưởng của Hội đồng Thi đua - Khen thưởng',
};

/** A unit's status for awards (SPEC §7), as a result says it. */
export const UNIT_STATUS_NAMES: Record<'eligible' | 'excluded' | 'postponed', string> = {
  eligible: 'Đủ điều kiện',
  excluded: 'Không xem xét',
  postponed: 'Chưa xem xét',
};

/** Status of a task of the yearly plan (SPEC §11), as documents and screens print it. */
export const TASK_STATUS_NAMES = {
  notStarted: 'Chưa thực hiện',
  inProgress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  late: 'Chậm tiến độ',
  cancelled: 'Đã hủy',
} as const;

/** An emulation movement's status (SPEC §11). */
export const MOVEMENT_STATUS_NAMES = {
  planned: 'Chưa phát động',
  active: 'Đang thực hiện',
  closed: 'Đã tổng kết',
} as const;

/** Where a unit's movement report stands (issue #14 §1). */
export const MOVEMENT_REPORT_STATUS_NAMES = {
  submitted: 'Đã nộp, chờ xem xét',
  accepted: 'Đã chấp nhận',
  returned: 'Bị trả lại',
} as const;

/** A yearly work plan's status (SPEC §11). */
export const WORK_PLAN_STATUS_NAMES: Record<string, string> = {
  draft: 'Dự thảo',
  issued: 'Đã ban hành',
};

/** A session of the council's work programme (SPEC §11). */
export const PROGRAMME_SESSION_STATUS_NAMES: Record<string, string> = {
  planned: 'Dự kiến',
  held: 'Đã họp',
  postponed: 'Hoãn',
  cancelled: 'Hủy',
};

/** A dossier's appraisal outcome (#14 §2). */
export const DOSSIER_OUTCOME_NAMES: Record<string, string> = {
  pending: 'Chờ thẩm định',
  approved: 'Đạt',
  returned: 'Trả lại',
};

/** Who decides a dossier's award. */
export const DOSSIER_LEVEL_NAMES: Record<string, string> = {
  local: 'Hội đồng',
  provincial: 'Cấp tỉnh',
  national: 'Cấp Nhà nước',
};

export const DOSSIER_SUBJECT_NAMES: Record<string, string> = { collective: 'Tập thể', individual: 'Cá nhân' };

/** The award a dossier asks for. */
export const DOSSIER_KIND_NAMES: Record<string, string> = {
  chienSiThiDuaCoSo: 'Chiến sĩ thi đua cơ sở',
  chienSiThiDuaTinh: 'Chiến sĩ thi đua cấp tỉnh',
  chienSiThiDuaToanQuoc: 'Chiến sĩ thi đua toàn quốc',
  laoDongTienTien: 'Lao động tiên tiến',
  tapTheLaoDongTienTien: 'Tập thể lao động tiên tiến',
  tapTheLaoDongXuatSac: 'Tập thể lao động xuất sắc',
  coThiDua: 'Cờ thi đua',
  giayKhen: 'Giấy khen',
  bangKhen: 'Bằng khen',
  huanChuong: 'Huân chương',
  kyNiemChuong: 'Kỷ niệm chương',
  sangKien: 'Sáng kiến',
  nguoiTotViecTot: 'Người tốt, việc tốt',
  congDanThuDoUuTu: 'Công dân Thủ đô ưu tú',
  other: 'Hình thức khác',
};

/**
 * Each bar of Art. 4.4 (PROPOSAL_BARS) as a refusal says it ("… chưa được đề nghị khen thưởng vì <name>");
 * the dossier form shows them capitalised, the audit log as they are.
 */
export const PROPOSAL_BAR_NAMES: Record<ProposalBar, string> = {
  underDisciplinaryReview: 'đang bị xem xét kỷ luật',
  underInvestigation: 'đang bị điều tra, thanh tra, kiểm tra',
  pendingComplaint: 'có đơn khiếu nại, tố cáo đang được xem xét, xác minh',
  publicOutrage: 'có sai phạm được báo chí phản ánh đang được xác minh',
};

/** How a task of the yearly plan is due (SPEC §11). */
export const DEADLINE_KIND_NAMES: Record<string, string> = {
  date: 'Đến ngày',
  month: 'Trong tháng',
  recurring: 'Thường xuyên, định kỳ',
};

/** A recurring task's deadline, in the words of the seeds' plans and SPEC §11. */
export const RECURRENCE_NAMES: Record<string, string> = {
  continuous: 'Thường xuyên',
  monthly: 'Hàng tháng',
  quarterly: 'Hàng quý',
  higherSchedule: 'Theo tiến độ cấp trên',
};

/** The documents the product generates, by their code in the audit log. */
export const DOCUMENT_KIND_NAMES = {
  scoreTable: 'Bảng tổng hợp kết quả chấm điểm, xếp hạng',
  registration: 'Bản đăng ký thi đua (Phụ lục 01)',
  minutes: 'Biên bản họp',
  voteCount: 'Biên bản kiểm phiếu',
  awardProposal: 'Tờ trình đề nghị khen thưởng (Mẫu số 01, Nghị định 152/2025/NĐ-CP)',
  proposalList: 'Danh sách trích ngang đề nghị khen thưởng',
  decisionDraft: 'Quyết định khen thưởng (dự thảo)',
  criteria: 'Bộ tiêu chí, thang điểm',
  selfScore: 'Bảng tự chấm điểm',
  achievementReport: 'Báo cáo thành tích',
  workPlan: 'Kế hoạch công tác thi đua, khen thưởng',
  councilReport: 'Báo cáo sơ kết, tổng kết công tác thi đua, khen thưởng',
  dossierPackage: 'Hồ sơ đề nghị khen thưởng cấp Nhà nước (tệp nén)',
} as const;

/** Why a cluster of the council's statistics has (or lacks) its score distribution (issue #14 §4). */
export const STATISTICS_SCORE_STATE_NAMES: Record<
  'available' | 'noCriteria' | 'notPublished' | 'noUnits',
  string
> = {
  available: 'Có kết quả',
  noCriteria: 'Chưa ban hành bộ tiêu chí',
  notPublished: 'Bảng điểm chưa công bố',
  noUnits: 'Chưa có đơn vị',
};
