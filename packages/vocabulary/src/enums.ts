// The domain's closed lists. The database builds its enums from them (packages/db/src/schema/enums.ts),
// the server its zod enums, the web its selects; each has its Vietnamese names in ./names.ts.

/** Unit types seen in the documents (SPEC §3); the type suggests a unit's calendar. */
export const UNIT_TYPES = [
  'ward',
  'commune',
  'district',
  'department',
  'partyOrganisation',
  'massOrganisation',
  'publicServiceUnit',
  'school',
  'enterprise',
  'cooperative',
  'hospital',
  'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Administrative units work on the calendar year, schools on the school year (Sep–Aug). */
export const CALENDARS = ['calendarYear', 'schoolYear'] as const;
export type Calendar = (typeof CALENDARS)[number];

/**
 * Roles granted to a user in a council. Leader, deputy, member-unit and focal-department rights are not
 * stored: they follow from `unitStaff` of a unit plus that unit's place in a cluster or its criterion
 * assignments in the period at hand (see CONTEXTUAL_ROLES).
 */
export const MEMBERSHIP_ROLES = ['administrator', 'standingOffice', 'councilMember', 'unitStaff'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** The stages of a period, in order (SPEC §4). */
export const PERIOD_STAGES = [
  'setup',
  'criteria',
  'registration',
  'pact',
  'midYear',
  'results',
  'review',
  'preparatory',
  'summary',
  'decision',
  'archived',
] as const;
export type PeriodStage = (typeof PERIOD_STAGES)[number];
/** The stages a deadline can be set for (archiving has none). */
export const DEADLINE_STAGES = PERIOD_STAGES.filter((s) => s !== 'archived');

/** Cụm (localities) or khối (agencies, enterprises, schools). */
export const CLUSTER_KINDS = ['cum', 'khoi'] as const;
export type ClusterKind = (typeof CLUSTER_KINDS)[number];

export const CLUSTER_ROLES = ['leader', 'deputy', 'member'] as const;
export type ClusterRole = (typeof CLUSTER_ROLES)[number];

/**
 * What a person is in one cluster of one period (`GET /councils/:id/my-clusters`): a seat of a unit they
 * work for, the council member following it, or a focal department scoring one of its criteria.
 */
export const WORKPLACE_ROLES = ['leader', 'deputy', 'member', 'follower', 'focal'] as const;
export type WorkplaceRole = (typeof WORKPLACE_ROLES)[number];

/** Frameworks and cluster criteria: draft → agreed → issued (issued is locked). */
export const CRITERIA_STATUSES = ['draft', 'agreed', 'issued'] as const;
export type CriteriaStatus = (typeof CRITERIA_STATUSES)[number];

/** Who scores a leaf criterion. */
export const CRITERION_OWNERS = ['self', 'focalUnit', 'standingOffice'] as const;
export type CriterionOwner = (typeof CRITERION_OWNERS)[number];

/**
 * The layers of an entry: the unit's own, the focal department's, the standing office's, and the agreed
 * value (proposed by the leader's review, fixed at the preparatory meeting) that scoring uses.
 */
export const ENTRY_STAGES = ['self', 'focal', 'standingOffice', 'agreed'] as const;
export type EntryStage = (typeof ENTRY_STAGES)[number];

export const ADJUSTMENT_KINDS = ['bonus', 'deduction'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export const REGISTRATION_STATUSES = ['draft', 'submitted'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const OBJECTION_STATUSES = ['open', 'answered', 'withdrawn'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** Triển khai, sơ kết, trù bị, tổng kết, chuyên đề (SPEC §10). */
export const MEETING_KINDS = ['trienKhai', 'soKet', 'truBi', 'tongKet', 'chuyenDe'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const VOTE_PURPOSES = ['tieBreak', 'election'] as const;
export type VotePurpose = (typeof VOTE_PURPOSES)[number];

/** Who agrees before a cluster's pact is signed (Ba Đình 2022, Long Biên 2023). */
export const PACT_AGREEMENT_PARTIES = ['follower', 'standingOffice'] as const;
export type PactAgreementParty = (typeof PACT_AGREEMENT_PARTIES)[number];

/** The positions elected at the summary meeting for the next period. */
export const ELECTION_POSITIONS = ['leader', 'deputy'] as const;
export type ElectionPosition = (typeof ELECTION_POSITIONS)[number];

/** `returned`: the standing office sent it back to the cluster with a reason; the cluster may propose it again. */
export const PROPOSAL_STATUSES = ['proposed', 'withdrawn', 'returned', 'approved', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * The files of an award dossier (Luật Thi đua, Khen thưởng 2022 Art. 84; Nghị định 152/2025/NĐ-CP): the
 * proposal letter (Mẫu số 01), the achievement report, the minutes of the deliberation meeting, the
 * summary list (State-level dossiers, Art. 33.12) and evidence.
 */
export const DOSSIER_COMPONENT_KINDS = [
  'toTrinh',
  'baoCaoThanhTich',
  'bienBan',
  'danhSachTrichNgang',
  'minhChung',
] as const;
export type DossierComponentKind = (typeof DOSSIER_COMPONENT_KINDS)[number];

/**
 * The product's generators of dossier components (issue #14 §2), as `dossier_components.generated_by`
 * records them: the tờ trình (Mẫu số 01), the collective's achievement report, the minutes of the
 * meeting that agreed the proposal.
 */
export const DOSSIER_GENERATORS = ['proposal-statement', 'achievement-report', 'meeting-minutes'] as const;
export type DossierGenerator = (typeof DOSSIER_GENERATORS)[number];

/**
 * What bars a unit or a person from being proposed for any award (Nghị định 152/2025/NĐ-CP khoản 4 Điều 4):
 * under disciplinary review; under investigation, inspection or check; with a complaint being verified;
 * with a press-reported wrongdoing being verified. A unit's are facts of the period of the same names; a
 * person's are recorded on the individual's dossier.
 */
export const PROPOSAL_BARS = [
  'underDisciplinaryReview',
  'underInvestigation',
  'pendingComplaint',
  'publicOutrage',
] as const;
export type ProposalBar = (typeof PROPOSAL_BARS)[number];

/**
 * The role a person acts in, as the header names it: stored roles plus the ones that follow from the
 * unit's place in the current period (its cluster seat, its criterion assignments).
 */
export const CONTEXTUAL_ROLES = [
  'systemAdmin',
  'administrator',
  'standingOffice',
  'councilMember',
  'leader',
  'deputy',
  'focal',
  'member',
  'unitStaff',
] as const;
export type ContextualRole = (typeof CONTEXTUAL_ROLES)[number];

/** A work plan is drafted, then issued (số …/KH-…, ngày …). */
export const WORK_PLAN_STATUSES = ['draft', 'issued'] as const;
export type WorkPlanStatus = (typeof WORK_PLAN_STATUSES)[number];

/**
 * How a task's deadline is given in the documents: a day ("Trước ngày 10/02/2021"), a month
 * ("Tháng 01/2024", due on its last day), or recurring, which has no day and is never late.
 */
export const DEADLINE_KINDS = ['date', 'month', 'recurring'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Thường xuyên, Hàng tháng, Hàng quý, Theo tiến độ cấp trên. */
export const RECURRENCES = ['continuous', 'monthly', 'quarterly', 'higherSchedule'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const TASK_STATUSES = ['notStarted', 'inProgress', 'done', 'late', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A session of the council's work programme: planned, then held, postponed or cancelled. */
export const PROGRAMME_SESSION_STATUSES = ['planned', 'held', 'postponed', 'cancelled'] as const;
export type ProgrammeSessionStatus = (typeof PROGRAMME_SESSION_STATUSES)[number];

/** How the council's own documents are signed (Nghị định 30/2020, Phụ lục I, area 7). */
export const SIGNING_AUTHORITIES = ['TM', 'KT', 'TL', 'TUQ'] as const;
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

/** Whether a dossier proposes a collective or an individual. */
export const DOSSIER_SUBJECTS = ['collective', 'individual'] as const;
export type DossierSubject = (typeof DOSSIER_SUBJECTS)[number];

/** The titles and commendations proposed in dossiers (SPEC §11); `awardName` says the exact form. */
export const DOSSIER_KINDS = [
  'chienSiThiDuaCoSo',
  'chienSiThiDuaTinh',
  'chienSiThiDuaToanQuoc',
  'laoDongTienTien',
  'tapTheLaoDongTienTien',
  'tapTheLaoDongXuatSac',
  'coThiDua',
  'giayKhen',
  'bangKhen',
  'huanChuong',
  'kyNiemChuong',
  'sangKien',
  'nguoiTotViecTot',
  'congDanThuDoUuTu',
  'other',
] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

/** The level that decides the award: the council's own, provincial, or State (Bắc Giang III.4 counts provincial and above). */
export const DOSSIER_LEVELS = ['local', 'provincial', 'national'] as const;
export type DossierLevel = (typeof DOSSIER_LEVELS)[number];

export const APPRAISAL_OUTCOMES = ['pending', 'approved', 'returned'] as const;
export type AppraisalOutcome = (typeof APPRAISAL_OUTCOMES)[number];

/** A movement (phong trào thi đua) of a period: planned, under way, closed. */
export const MOVEMENT_STATUSES = ['planned', 'active', 'closed'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

/** A unit's movement report: submitted (replaceable), then accepted or returned with a reason. */
export const MOVEMENT_REPORT_STATUSES = ['submitted', 'accepted', 'returned'] as const;
export type MovementReportStatus = (typeof MOVEMENT_REPORT_STATUSES)[number];
