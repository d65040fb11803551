import { CALENDARS, CLUSTER_KINDS, DEADLINE_STAGES, PERIOD_STAGES, UNIT_TYPES } from '@thidua/vocabulary';
import { z } from 'zod';
import { text, optionalText, pageQuery, version, periodParams } from './primitives';
export { councilParams, periodParams, version } from './primitives';

export const deadlineParams = periodParams.extend({ deadlineId: z.uuid() });

/** A local calendar date, `YYYY-MM-DD`. */
export const localDate = z.iso.date();
/** Why a change is made; required where the rules say so (checked in the service, with the field named). */
export const reason = text(2000).optional();

export const periodBody = z.object({
  name: text(200),
  year: z.number().int().min(2000).max(2100),
  calendar: z.enum(CALENDARS),
  startsOn: localDate.optional(),
  endsOn: localDate.optional(),
  /** A built-in profile (`@thidua/profiles`) whose deadlines become the period's defaults. */
  profileId: text(100).optional(),
});

export const periodPatch = z.object({
  version,
  name: text(200).optional(),
  startsOn: localDate.optional(),
  endsOn: localDate.optional(),
});

export const stageBody = z.object({ version, stage: z.enum(PERIOD_STAGES), reason });

export const periodListQuery = pageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  calendar: z.enum(CALENDARS).optional(),
  stage: z.enum(PERIOD_STAGES).optional(),
});

export const periodView = z.object({
  id: z.string(),
  councilId: z.string(),
  name: z.string(),
  year: z.number().int(),
  calendar: z.enum(CALENDARS),
  startsOn: z.string(),
  endsOn: z.string(),
  stage: z.enum(PERIOD_STAGES),
  stageName: z.string(),
  /** Where a forward and a backward step would lead (null at either end or once archived). */
  nextStage: z.enum(PERIOD_STAGES).nullable(),
  previousStage: z.enum(PERIOD_STAGES).nullable(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), changeStage: z.boolean(), manageClusters: z.boolean() }),
});

export const deadlineBody = z.object({
  /** The version read of the deadline of this scope; 0 when there is none yet. */
  version: z
    .number()
    .int()
    .min(0)
    .describe('Phiên bản đã đọc của hạn trong phạm vi này; 0 khi chưa có hạn. Sai phiên bản → 409'),
  stage: z.enum(DEADLINE_STAGES),
  dueOn: localDate,
  /** Only for units of this type (schools register later); null = every unit. */
  unitType: z.enum(UNIT_TYPES).nullable().optional(),
  /** Only for this cluster (its leader sets its own); null = every cluster. */
  clusterId: z.uuid().nullable().optional(),
  note: optionalText(500).nullable().optional(),
});

export const deadlineListQuery = pageQuery.extend({
  stage: z.enum(PERIOD_STAGES).optional(),
  clusterId: z.uuid().optional(),
});

export const deadlineView = z.object({
  id: z.string(),
  periodId: z.string(),
  stage: z.enum(PERIOD_STAGES),
  stageName: z.string(),
  clusterId: z.string().nullable(),
  unitType: z.enum(UNIT_TYPES).nullable(),
  dueOn: z.string(),
  note: z.string().nullable(),
  version: z.number().int(),
});

export const dueQuery = pageQuery.extend({
  /** The local date to judge on (default: today in Asia/Ho_Chi_Minh). */
  asOf: localDate.optional(),
  /** Resolve the deadlines that apply to this cluster (its own row beats the period-wide one). */
  clusterId: z.uuid().optional(),
  /** Resolve the deadlines that apply to units of this type. */
  unitType: z.enum(UNIT_TYPES).optional(),
});

export const dueItemView = deadlineView.extend({
  /** done: the period has moved past the stage; current: it is in it; upcoming: not yet there. */
  status: z.enum(['done', 'current', 'upcoming']),
  /** The due date has passed and the stage is not done. */
  late: z.boolean(),
  /** Days from `asOf` to the due date; negative once it has passed. */
  daysLeft: z.number().int(),
});

export const dueView = z.object({
  periodId: z.string(),
  stage: z.enum(PERIOD_STAGES),
  asOf: z.string(),
  lateCount: z.number().int(),
  items: z.array(dueItemView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const progressFlags = {
  /** The unit's registration is submitted. */
  registered: z.boolean(),
  /** The unit's signing of the pact is recorded. */
  pactSigned: z.boolean(),
  /** Every criterion the unit scores itself has its value, and a file where evidence is required. */
  selfScored: z.boolean(),
  /** Every criterion has a reviewed (agreed) value. */
  reviewed: z.boolean(),
};

/** A cluster and how many of its units have done each step: the progress's, and the statistics'. */
export const clusterProgressCounts = {
  code: z.string(),
  name: z.string(),
  kind: z.enum(CLUSTER_KINDS),
  memberCount: z.number().int(),
  registered: z.number().int(),
  pactSigned: z.number().int(),
  selfScored: z.number().int(),
  reviewed: z.number().int(),
};

export const progressView = z.object({
  periodId: z.string(),
  stage: z.enum(PERIOD_STAGES),
  clusters: z.array(
    z.object({
      id: z.string(),
      ...clusterProgressCounts,
      members: z.array(
        z.object({
          unitId: z.string(),
          code: z.string(),
          name: z.string(),
          type: z.enum(UNIT_TYPES),
          seat: z.enum(['leader', 'deputy', 'member']),
          ...progressFlags,
        }),
      ),
    }),
  ),
});

/** A built-in profile as the period form offers it: which calendar it is for and the deadlines it sets. */
export const periodProfileView = z.object({
  id: z.string(),
  name: z.string(),
  calendar: z.enum(CALENDARS),
  source: z.string(),
  deadlines: z.array(
    z.object({
      stage: z.enum(DEADLINE_STAGES),
      month: z.number().int(),
      day: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
});

export type PeriodView = z.infer<typeof periodView>;
/** A new period as the client sends it. */
export type PeriodInput = z.input<typeof periodBody>;
export type PeriodProfileView = z.infer<typeof periodProfileView>;
export type DeadlineView = z.infer<typeof deadlineView>;
/** A deadline as the client sets it. */
export type DeadlineInput = z.input<typeof deadlineBody>;
export type DueItemView = z.infer<typeof dueItemView>;
export type DueStatus = DueItemView['status'];
export type DueView = z.infer<typeof dueView>;
export type ProgressView = z.infer<typeof progressView>;
