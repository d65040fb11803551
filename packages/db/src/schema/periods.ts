import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  smallint,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { id, instant, localDate, requiredRef, timestamps, versioned } from './columns';
import { calendar, clusterKind, clusterRole, periodStage, unitType } from './enums';
import { councils, units } from './organisation';

/**
 * One emulation year of a council on one calendar: a council runs a calendar-year period for its
 * administrative units and a school-year period for its schools. `stage` is where the cycle stands.
 */
export const periods = pgTable(
  'periods',
  {
    id: id(),
    councilId: requiredRef('council_id', () => councils.id),
    name: text('name').notNull(),
    /** The calendar year, or the starting year of a school year (2024 means 2024–2025). */
    year: integer('year').notNull(),
    calendar: calendar('calendar').notNull(),
    startsOn: localDate('starts_on').notNull(),
    endsOn: localDate('ends_on').notNull(),
    stage: periodStage('stage').notNull().default('setup'),
    archivedAt: instant('archived_at'),
    ...versioned(),
  },
  (t) => [
    unique('periods_council_year_calendar_key').on(t.councilId, t.year, t.calendar),
    check('periods_dates_check', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

/**
 * The deadline of a stage. The period-wide row comes from the profile; a row for a unit type (schools
 * register later) or for one cluster (its leader sets its own) overrides it. The most specific row wins.
 */
export const stageDeadlines = pgTable(
  'stage_deadlines',
  {
    id: id(),
    periodId: requiredRef('period_id', () => periods.id, 'cascade'),
    stage: periodStage('stage').notNull(),
    clusterId: uuid('cluster_id').references(() => clusters.id, { onDelete: 'cascade' }),
    unitType: unitType('unit_type'),
    /** A local date (Asia/Ho_Chi_Minh): the stage is late from the day after. */
    dueOn: localDate('due_on').notNull(),
    note: text('note'),
    ...versioned(),
  },
  (t) => [
    unique('stage_deadlines_scope_key').on(t.periodId, t.stage, t.clusterId, t.unitType).nullsNotDistinct(),
  ],
);

/**
 * A cluster (cụm) or block (khối) in one period. Clusters are re-created each period because members,
 * leader and deputies rotate; `lineageId` is shared by the same cluster across periods so "who led
 * Cụm 1 in which year" is a plain join, and old periods keep their own rows untouched.
 */
export const clusters = pgTable(
  'clusters',
  {
    id: id(),
    periodId: requiredRef('period_id', () => periods.id),
    lineageId: uuid('lineage_id').notNull().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: clusterKind('kind').notNull(),
    /** The council member assigned to follow the cluster. */
    followerUserId: uuid('follower_user_id').references(() => users.id),
    /** Bộ phận giúp việc: the leader unit's TĐKT staff, as named in the cluster's documents. */
    helperOffice: text('helper_office'),
    ...versioned(),
  },
  (t) => [
    unique('clusters_period_code_key').on(t.periodId, t.code),
    unique('clusters_lineage_period_key').on(t.lineageId, t.periodId),
    // Target of cluster_members' composite key, which keeps a member's period equal to its cluster's.
    unique('clusters_id_period_key').on(t.id, t.periodId),
  ],
);

/**
 * A unit's seat in a cluster for a period: leader, deputy or member (the leader and deputies are members
 * too). A unit sits in one cluster per period. At most one leader and two deputies are enforced here;
 * "exactly one leader, at least one deputy" is checked when the period leaves setup.
 */
export const clusterMembers = pgTable(
  'cluster_members',
  {
    id: id(),
    clusterId: uuid('cluster_id').notNull(),
    periodId: uuid('period_id').notNull(),
    unitId: requiredRef('unit_id', () => units.id),
    role: clusterRole('role').notNull().default('member'),
    /** 1 or 2 for deputies (phó cụm thứ nhất, thứ hai), null otherwise: two deputies at most. */
    deputyRank: smallint('deputy_rank'),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'cluster_members_cluster_period_fk',
      columns: [t.clusterId, t.periodId],
      foreignColumns: [clusters.id, clusters.periodId],
    }).onDelete('cascade'),
    unique('cluster_members_period_unit_key').on(t.periodId, t.unitId),
    uniqueIndex('cluster_members_one_leader_key')
      .on(t.clusterId)
      .where(sql`${t.role} = 'leader'`),
    unique('cluster_members_deputy_rank_key').on(t.clusterId, t.deputyRank),
    check(
      'cluster_members_deputy_rank_check',
      sql`(${t.role} = 'deputy') = (${t.deputyRank} is not null) and coalesce(${t.deputyRank} in (1, 2), true)`,
    ),
    index('cluster_members_unit_id_idx').on(t.unitId),
  ],
);
