import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { id, instant, requiredRef, timestamps, versioned } from './columns';
import { calendar, membershipRole, unitType } from './enums';

/**
 * An emulation and commendation council at any level. Nothing depends on the level (SPEC §3: since
 * 1/7/2025 districts are gone); `level` is a label for people, `parentCouncilId` an optional link.
 */
export const councils = pgTable('councils', {
  id: id(),
  code: text('code').notNull().unique('councils_code_key'),
  name: text('name').notNull(),
  level: text('level'),
  parentCouncilId: uuid('parent_council_id').references((): AnyPgColumn => councils.id),
  ...timestamps(),
});

/**
 * A unit owned by a council: ward, department, school, … `code` is its stable id inside the council and
 * in `thidua/period@1` files. Units are never deleted (history points at them): they are deactivated.
 */
export const units = pgTable(
  'units',
  {
    id: id(),
    councilId: requiredRef('council_id', () => councils.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    type: unitType('type').notNull(),
    /** MN, TH, THCS, THPT… for schools. */
    schoolLevel: text('school_level'),
    /** The body the unit answers to ("cơ quan cấp trên"), as the province names it. */
    parentBody: text('parent_body'),
    /** Stored, not derived: the type only suggests it and a council may decide otherwise. */
    calendar: calendar('calendar').notNull(),
    active: boolean('active').notNull().default(true),
    ...versioned(),
  },
  (t) => [unique('units_council_code_key').on(t.councilId, t.code)],
);

/**
 * A role a user holds in a council; `unitStaff` names the unit. Contextual roles (leader, deputy, member,
 * focal department) are derived per period from the unit's cluster seat and criterion assignments.
 */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    userId: requiredRef('user_id', () => users.id),
    councilId: requiredRef('council_id', () => councils.id),
    unitId: uuid('unit_id').references(() => units.id),
    role: membershipRole('role').notNull(),
    /** Job title shown on documents, e.g. "Chuyên viên Phòng Nội vụ". */
    title: text('title'),
    /** A membership that ended is kept for the record (who could act when). */
    endedAt: instant('ended_at'),
    ...timestamps(),
  },
  (t) => [
    unique('memberships_user_council_role_unit_key')
      .on(t.userId, t.councilId, t.role, t.unitId)
      .nullsNotDistinct(),
    check('memberships_unit_staff_check', sql`(${t.role} = 'unitStaff') = (${t.unitId} is not null)`),
    index('memberships_council_id_idx').on(t.councilId),
    index('memberships_unit_id_idx').on(t.unitId),
  ],
);
