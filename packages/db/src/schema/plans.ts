import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  APPRAISAL_OUTCOMES,
  type AppraisalOutcome,
  DEADLINE_KINDS,
  type DeadlineKind,
  DOSSIER_COMPONENT_KINDS,
  DOSSIER_KINDS,
  DOSSIER_LEVELS,
  DOSSIER_SUBJECTS,
  type DossierKind,
  type DossierLevel,
  type DossierSubject,
  MOVEMENT_REPORT_STATUSES,
  MOVEMENT_STATUSES,
  type MovementReportStatus,
  type MovementStatus,
  PROGRAMME_SESSION_STATUSES,
  type ProgrammeSessionStatus,
  PROPOSAL_BARS,
  type ProposalBar,
  RECURRENCES,
  type Recurrence,
  TASK_STATUSES,
  type TaskStatus,
  WORK_PLAN_STATUSES,
  type WorkPlanStatus,
} from '@thidua/vocabulary';
import { users } from './auth';
import { createdAt, id, instant, localDate, requiredRef, versioned } from './columns';
import { councilPeriod } from './council-period';
import { meetings } from './meetings';
import { units } from './organisation';

// SPEC §11: the council's annual TĐKT work plan and its tasks, its work programme (sessions by month),
// the emulation movements, and the award dossiers received in batches. The enums live here with their tables (one domain area, one file).

export { WORK_PLAN_STATUSES, type WorkPlanStatus };
export const workPlanStatus = pgEnum('work_plan_status', WORK_PLAN_STATUSES);

export { DEADLINE_KINDS, type DeadlineKind };
export const deadlineKind = pgEnum('deadline_kind', DEADLINE_KINDS);

export { RECURRENCES, type Recurrence };
export const recurrence = pgEnum('task_recurrence', RECURRENCES);

export { TASK_STATUSES, type TaskStatus };
export const taskStatus = pgEnum('task_status', TASK_STATUSES);

export { MOVEMENT_STATUSES, type MovementStatus };
export const movementStatus = pgEnum('movement_status', MOVEMENT_STATUSES);

export { DOSSIER_SUBJECTS, type DossierSubject };
export const dossierSubject = pgEnum('dossier_subject', DOSSIER_SUBJECTS);

export { DOSSIER_KINDS, type DossierKind };
export const dossierKind = pgEnum('dossier_kind', DOSSIER_KINDS);

export { DOSSIER_LEVELS, type DossierLevel };
export const dossierLevel = pgEnum('dossier_level', DOSSIER_LEVELS);

export { PROGRAMME_SESSION_STATUSES, type ProgrammeSessionStatus };
export const programmeSessionStatus = pgEnum('programme_session_status', PROGRAMME_SESSION_STATUSES);

export { APPRAISAL_OUTCOMES, type AppraisalOutcome };
export const appraisalOutcome = pgEnum('appraisal_outcome', APPRAISAL_OUTCOMES);

/** Kế hoạch công tác thi đua, khen thưởng of a council for a period. */
export const workPlans = pgTable(
  'work_plans',
  {
    id: id(),
    ...councilPeriod(),
    /** Number and symbol, e.g. "28/KH-UBND"; required once issued. */
    number: text('number'),
    title: text('title').notNull(),
    issuedOn: localDate('issued_on'),
    status: workPlanStatus('status').notNull().default('draft'),
    note: text('note'),
    ...versioned(),
  },
  (t) => [
    unique('work_plans_period_number_key').on(t.periodId, t.number),
    check(
      'work_plans_issued_check',
      sql`${t.status} = 'draft' or (${t.number} is not null and ${t.issuedOn} is not null)`,
    ),
    index('work_plans_period_id_idx').on(t.periodId),
  ],
);

/**
 * One row of the plan's task table (Phụ lục): grouped by section ("I", "II.3") and/or quarter, with the
 * leading person or body, the executing unit (a unit of the council when it is one, else only the text),
 * the coordinating units, the deadline and how the task stands. A task executed by a unit counts towards
 * its late tasks (Ba Đình CHAM_MUON) when its dated deadline passed before it was done.
 */
export const planTasks = pgTable(
  'plan_tasks',
  {
    id: id(),
    planId: requiredRef('plan_id', () => workPlans.id, 'cascade'),
    /** Order in the plan (the TT column). */
    position: integer('position').notNull().default(0),
    section: text('section'),
    quarter: smallint('quarter'),
    content: text('content').notNull(),
    /** Lãnh đạo, chủ trì: a person or body, as written. */
    lead: text('lead'),
    executingUnitId: uuid('executing_unit_id').references(() => units.id),
    /** The executing body as written ("Phòng Nội vụ và Văn phòng HĐND và UBND quận", "Các đơn vị thuộc quận"). */
    executingBody: text('executing_body'),
    /** Units of the council that coordinate (checked by the API to belong to the plan's council). */
    coordinatingUnitIds: uuid('coordinating_unit_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    /** Coordinators as written, for those that are not units ("Các đơn vị liên quan"). */
    coordinatingBodies: text('coordinating_bodies'),
    deadlineKind: deadlineKind('deadline_kind').notNull(),
    dueOn: localDate('due_on'),
    dueYear: smallint('due_year'),
    dueMonth: smallint('due_month'),
    recurrence: recurrence('recurrence'),
    /** The document's own wording of the deadline, kept as written. */
    deadlineNote: text('deadline_note'),
    status: taskStatus('status').notNull().default('notStarted'),
    completedOn: localDate('completed_on'),
    completionEvidence: text('completion_evidence'),
    completedBy: uuid('completed_by').references(() => users.id),
    ...versioned(),
  },
  (t) => [
    check(
      'plan_tasks_deadline_check',
      sql`(${t.deadlineKind} = 'date' and ${t.dueOn} is not null and ${t.dueYear} is null and ${t.dueMonth} is null and ${t.recurrence} is null)
        or (${t.deadlineKind} = 'month' and ${t.dueOn} is null and ${t.dueYear} is not null and ${t.dueMonth} between 1 and 12 and ${t.recurrence} is null)
        or (${t.deadlineKind} = 'recurring' and ${t.dueOn} is null and ${t.dueYear} is null and ${t.dueMonth} is null and ${t.recurrence} is not null)`,
    ),
    check('plan_tasks_quarter_check', sql`${t.quarter} is null or ${t.quarter} between 1 and 4`),
    check('plan_tasks_completed_check', sql`(${t.status} = 'done') = (${t.completedOn} is not null)`),
    index('plan_tasks_plan_id_idx').on(t.planId),
    index('plan_tasks_executing_unit_id_idx').on(t.executingUnitId),
  ],
);

/** Phong trào thi đua: who answers for it, which unit runs it, and when its reports are due. */
export const movements = pgTable(
  'movements',
  {
    id: id(),
    ...councilPeriod(),
    name: text('name').notNull(),
    /** The deputy chair answering for it, as written ("Đ/c Đinh Thị Thu Hương - PCT UBND"). */
    responsibleDeputyChair: text('responsible_deputy_chair'),
    /** Cơ quan thường trực of the movement, when it is a unit of the council. */
    standingUnitId: uuid('standing_unit_id').references(() => units.id),
    standingBody: text('standing_body'),
    startsOn: localDate('starts_on'),
    endsOn: localDate('ends_on'),
    /** The reports due (e.g. the 6- and 9-month reports on 10/6 and 10/9). */
    reportDueDates: date('report_due_dates', { mode: 'string' })
      .array()
      .notNull()
      .default(sql`'{}'::date[]`),
    status: movementStatus('status').notNull().default('planned'),
    note: text('note'),
    /**
     * The units taking part, chosen by the standing office; null means every unit seated in a cluster of
     * the period (the default).
     */
    participantUnitIds: uuid('participant_unit_ids').array(),
    ...versioned(),
  },
  (t) => [
    check(
      'movements_dates_check',
      sql`${t.startsOn} is null or ${t.endsOn} is null or ${t.startsOn} <= ${t.endsOn}`,
    ),
    index('movements_period_id_idx').on(t.periodId),
  ],
);

/** A unit's movement report: submitted (replaceable), then accepted or returned with a reason. */
export { MOVEMENT_REPORT_STATUSES, type MovementReportStatus };
export const movementReportStatus = pgEnum('movement_report_status', MOVEMENT_REPORT_STATUSES);

/**
 * One report a taking-part unit owes its movement for one due date (the seeds' 6- and 9-month reports on
 * 10/6 and 10/9): a short summary and an optional file stored by content hash like evidence. Late when
 * submitted after its due date (local day); missing while there is no row.
 */
export const movementReports = pgTable(
  'movement_reports',
  {
    id: id(),
    movementId: requiredRef('movement_id', () => movements.id, 'cascade'),
    unitId: requiredRef('unit_id', () => units.id),
    dueOn: localDate('due_on').notNull(),
    summary: text('summary').notNull(),
    status: movementReportStatus('status').notNull().default('submitted'),
    submittedAt: instant('submitted_at').notNull(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    reviewedAt: instant('reviewed_at'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    returnReason: text('return_reason'),
    fileName: text('file_name'),
    fileSha256: text('file_sha256'),
    fileSizeBytes: integer('file_size_bytes'),
    fileMimeType: text('file_mime_type'),
    ...versioned(),
  },
  (t) => [
    unique('movement_reports_movement_unit_due_key').on(t.movementId, t.unitId, t.dueOn),
    check('movement_reports_returned_check', sql`${t.status} <> 'returned' or ${t.returnReason} is not null`),
    check('movement_reports_file_check', sql`(${t.fileSha256} is null) = (${t.fileName} is null)`),
    index('movement_reports_movement_id_idx').on(t.movementId),
    index('movement_reports_unit_id_idx').on(t.unitId),
  ],
);

/** Đợt xét khen thưởng: when units submit their dossiers and when the standing office appraises them. */
export const dossierBatches = pgTable(
  'dossier_batches',
  {
    id: id(),
    ...councilPeriod(),
    /** The movement whose close the batch rewards, if any. */
    movementId: uuid('movement_id').references(() => movements.id),
    name: text('name').notNull(),
    submissionDueOn: localDate('submission_due_on'),
    appraisalDueOn: localDate('appraisal_due_on'),
    note: text('note'),
    /**
     * The public posting of the batch's list (Nghị định 152/2025/NĐ-CP Art. 44, migration 0026): first
     * and last day and where it was posted; all three or none.
     */
    postingStartsOn: localDate('posting_starts_on'),
    postingEndsOn: localDate('posting_ends_on'),
    postingPlace: text('posting_place'),
    ...versioned(),
  },
  (t) => [
    check(
      'dossier_batches_dates_check',
      sql`${t.submissionDueOn} is null or ${t.appraisalDueOn} is null or ${t.submissionDueOn} <= ${t.appraisalDueOn}`,
    ),
    check(
      'dossier_batches_posting_check',
      sql`(${t.postingStartsOn} is null) = (${t.postingEndsOn} is null) and (${t.postingStartsOn} is null) = (${t.postingPlace} is null) and (${t.postingStartsOn} is null or ${t.postingStartsOn} <= ${t.postingEndsOn})`,
    ),
    index('dossier_batches_period_id_idx').on(t.periodId),
  ],
);

/**
 * Hồ sơ đề nghị khen thưởng submitted by a unit in a batch, and its appraisal: pending, approved, or
 * returned with a reason. The returned share per unit feeds Bắc Giang criterion III.4.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: id(),
    batchId: requiredRef('batch_id', () => dossierBatches.id, 'cascade'),
    unitId: requiredRef('unit_id', () => units.id),
    subject: dossierSubject('subject').notNull(),
    kind: dossierKind('kind').notNull(),
    level: dossierLevel('level').notNull(),
    /** The exact form, e.g. "Huân chương Lao động hạng Ba". */
    awardName: text('award_name'),
    /** The collective's or the person's name. */
    candidateName: text('candidate_name').notNull(),
    submittedOn: localDate('submitted_on').notNull(),
    outcome: appraisalOutcome('outcome').notNull().default('pending'),
    appraisedOn: localDate('appraised_on'),
    returnReason: text('return_reason'),
    note: text('note'),
    /**
     * An individual's standing under Nghị định 152/2025/NĐ-CP khoản 4 Điều 4 (migration 0020): the bars
     * recorded for the person (PROPOSAL_BARS) and the day a discipline of theirs ended. A collective's
     * standing is its unit's facts of the period, so a collective dossier holds neither.
     */
    candidateBars: text('candidate_bars')
      .array()
      .$type<ProposalBar[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    candidateDisciplineEndedOn: localDate('candidate_discipline_ended_on'),
    ...versioned(),
  },
  (t) => [
    check(
      'dossiers_outcome_check',
      sql`(${t.outcome} = 'returned') = (${t.returnReason} is not null)
        and (${t.outcome} = 'pending') = (${t.appraisedOn} is null)`,
    ),
    check(
      'dossiers_candidate_bars_check',
      sql`${t.candidateBars} <@ ARRAY[${sql.raw(PROPOSAL_BARS.map((b) => `'${b}'`).join(', '))}]::text[]
        and (${t.subject} = 'individual' or (cardinality(${t.candidateBars}) = 0 and ${t.candidateDisciplineEndedOn} is null))`,
    ),
    index('dossiers_batch_id_idx').on(t.batchId),
    index('dossiers_unit_id_idx').on(t.unitId),
  ],
);

/**
 * A comment received during a batch's public posting (Art. 44): when, from whom (null: anonymous), what,
 * and the standing office's handling or answer, carried into the minutes.
 */
export const dossierPostingComments = pgTable(
  'dossier_posting_comments',
  {
    id: id(),
    batchId: requiredRef('batch_id', () => dossierBatches.id, 'cascade'),
    receivedOn: localDate('received_on').notNull(),
    sender: text('sender'),
    content: text('content').notNull(),
    response: text('response'),
    ...versioned(),
  },
  (t) => [index('dossier_posting_comments_batch_id_idx').on(t.batchId)],
);

/**
 * One file of an award dossier, of one component kind (DOSSIER_COMPONENT_KINDS), stored by content hash
 * like evidence; `generatedBy` names the product's generator when it was attached automatically.
 */
export const dossierComponents = pgTable(
  'dossier_components',
  {
    id: id(),
    dossierId: requiredRef('dossier_id', () => dossiers.id, 'cascade'),
    kind: text('kind', { enum: DOSSIER_COMPONENT_KINDS }).notNull(),
    originalName: text('original_name').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    mimeType: text('mime_type').notNull(),
    generatedBy: text('generated_by'),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'dossier_components_kind_check',
      sql`${t.kind} in ('toTrinh', 'baoCaoThanhTich', 'bienBan', 'danhSachTrichNgang', 'minhChung')`,
    ),
    unique('dossier_components_dossier_sha256_key').on(t.dossierId, t.sha256),
    index('dossier_components_dossier_id_idx').on(t.dossierId),
  ],
);

/**
 * One session (phiên họp) of the council's work programme (Long Biên 2024, Phụ lục 2): the month it is
 * planned for, its agenda, who presides, which unit prepares it and who coordinates, and how it went.
 * The exact day is optional (the documents give "Tháng 6/2024"); when known it lies in that month.
 * Once held, the session may point at the meeting record with its minutes and decisions.
 */
export const programmeSessions = pgTable(
  'programme_sessions',
  {
    id: id(),
    ...councilPeriod(),
    year: smallint('year').notNull(),
    month: smallint('month').notNull(),
    heldOn: localDate('held_on'),
    /** "Phiên họp thứ nhất", or what the session is about. */
    title: text('title').notNull(),
    /** The items to deliberate, one a line ("- Xét, đề nghị khen thưởng tổng kết năm 2023 …"). */
    agenda: text('agenda').notNull(),
    /** Chủ trì, chỉ đạo: a person or body, as written ("Đ/c … - Chủ tịch Hội đồng TĐKT"). */
    presiding: text('presiding'),
    /** Đơn vị tham mưu, when it is a unit of the council. */
    preparingUnitId: uuid('preparing_unit_id').references(() => units.id),
    /** The preparing body as written ("Cơ quan Thường trực Hội đồng TĐKT"). */
    preparingBody: text('preparing_body'),
    /** Đơn vị phối hợp, as written ("Các phòng ban, đơn vị liên quan"). */
    coordinatingBodies: text('coordinating_bodies'),
    place: text('place'),
    status: programmeSessionStatus('status').notNull().default('planned'),
    /** The meeting record (minutes, decisions) once the session is held; a meeting of the same period. */
    meetingId: uuid('meeting_id').references(() => meetings.id),
    note: text('note'),
    ...versioned(),
  },
  (t) => [
    check('programme_sessions_month_check', sql`${t.month} between 1 and 12`),
    check(
      'programme_sessions_held_on_check',
      sql`${t.heldOn} is null or (extract(year from ${t.heldOn}) = ${t.year} and extract(month from ${t.heldOn}) = ${t.month})`,
    ),
    index('programme_sessions_period_id_idx').on(t.periodId, t.year, t.month),
    index('programme_sessions_meeting_id_idx').on(t.meetingId),
  ],
);

export type WorkPlan = typeof workPlans.$inferSelect;
export type NewWorkPlan = typeof workPlans.$inferInsert;
export type PlanTask = typeof planTasks.$inferSelect;
export type NewPlanTask = typeof planTasks.$inferInsert;
export type Movement = typeof movements.$inferSelect;
export type NewMovement = typeof movements.$inferInsert;
export type MovementReport = typeof movementReports.$inferSelect;
export type DossierBatch = typeof dossierBatches.$inferSelect;
export type NewDossierBatch = typeof dossierBatches.$inferInsert;
export type Dossier = typeof dossiers.$inferSelect;
export type DossierPostingComment = typeof dossierPostingComments.$inferSelect;
export type NewDossier = typeof dossiers.$inferInsert;
export type ProgrammeSession = typeof programmeSessions.$inferSelect;
export type NewProgrammeSession = typeof programmeSessions.$inferInsert;
export type DossierComponent = typeof dossierComponents.$inferSelect;
