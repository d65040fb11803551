import {
  clusters,
  councils,
  type Database,
  memberships,
  periods,
  type RegistrationPlan,
  registrationPlans,
  units,
  users,
} from '@thidua/db';
import type { CriterionInput, Ruleset } from '@thidua/engine';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { loadRegistration, loadVersionIndex } from './load';
import { REGISTRATION_MSG as M } from './messages';
import { presentTitles } from './presenter';

const printCriterion = z.object({
  code: z.string(),
  name: z.string(),
  /** 0 for a group's top-level criterion, 1 for its children, … */
  depth: z.number().int(),
  points: z.number(),
  kind: z.string().nullable(),
  quantitative: z.boolean(),
  direction: z.enum(['increase', 'decrease']).nullable(),
  measureUnit: z.string().nullable(),
  plan: z.string().nullable(),
  planNote: z.string().nullable(),
});

/** Everything the registration form of Bắc Giang's Phụ lục 01 prints. */
export const printView = z.object({
  title: z.string(),
  council: z.object({ id: z.string(), name: z.string() }),
  period: z.object({ id: z.string(), name: z.string(), year: z.number().int(), calendar: z.string() }),
  cluster: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.enum(['cum', 'khoi']) }),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string(), type: z.string() }),
  addressedTo: z.array(z.string()),
  status: z.enum(['draft', 'submitted']),
  /** The local date (Asia/Ho_Chi_Minh) of submission, YYYY-MM-DD; null for a draft. */
  date: z.string().nullable(),
  criteriaVersion: z.object({
    id: z.string(),
    revision: z.number().int(),
    name: z.string(),
    documentNumber: z.string().nullable(),
    documentDate: z.string().nullable(),
  }),
  objective: z.string().nullable(),
  groups: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      maxPoints: z.number(),
      criteria: z.array(printCriterion),
    }),
  ),
  titlesSought: z.array(z.object({ code: z.string(), name: z.string() })),
  models: z.array(z.object({ name: z.string(), description: z.string().optional() })),
  topics: z.array(z.object({ name: z.string(), description: z.string().optional() })),
  signer: z.object({ authority: z.string(), name: z.string().nullable(), title: z.string().nullable() }),
});

type PrintCriterion = z.infer<typeof printCriterion>;

const localDate = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(instant);

/** The criteria tree flattened in document order, each quantitative leaf with its plan. */
function flattenCriteria(
  criteria: CriterionInput[],
  plans: Map<string, RegistrationPlan>,
  depth = 0,
): PrintCriterion[] {
  return criteria.flatMap((c) => {
    const leaf = c.children === undefined;
    const quantitative = leaf && c.kind === 'quantitative';
    const plan = plans.get(c.code);
    const row: PrintCriterion = {
      code: c.code,
      name: c.name,
      depth,
      points: c.points,
      kind: leaf ? (c.kind ?? null) : null,
      quantitative,
      direction: quantitative ? (c.direction ?? 'increase') : null,
      measureUnit: c.unit ?? null,
      plan: plan?.plan ?? null,
      planNote: plan?.note ?? null,
    };
    return [row, ...flattenCriteria(c.children ?? [], plans, depth + 1)];
  });
}

/**
 * The printable registration: unit, period, each criterion with its plan, titles, models, topics and
 * the signer (the person who submitted it, with their job title in the unit; the unit head signs on
 * paper). Same read rule as the registration itself.
 */
export async function buildPrintView(
  db: Database,
  actor: Actor,
  registrationId: string,
): Promise<z.infer<typeof printView>> {
  const { registration, access } = await loadRegistration(db, actor, registrationId);
  const { version, index } = await loadVersionIndex(db, registration.criteriaVersionId);
  const [[council], [period], [cluster], [unit], plans] = await Promise.all([
    db.select().from(councils).where(eq(councils.id, access.councilId)),
    db.select().from(periods).where(eq(periods.id, registration.periodId)),
    db.select().from(clusters).where(eq(clusters.id, access.clusterId)),
    db.select().from(units).where(eq(units.id, registration.unitId)),
    db.select().from(registrationPlans).where(eq(registrationPlans.registrationId, registration.id)),
  ]);
  const signer = registration.submittedBy
    ? ((
        await db
          .select({ name: users.displayName, title: memberships.title })
          .from(users)
          .leftJoin(
            memberships,
            and(eq(memberships.userId, users.id), eq(memberships.unitId, registration.unitId)),
          )
          .where(eq(users.id, registration.submittedBy))
          .limit(1)
      )[0] ?? null)
    : null;
  const ruleset = version.ruleset as unknown as Ruleset;
  const byCode = new Map(plans.map((p) => [p.criterionCode, p]));
  return {
    title: M.formTitle(period!.year),
    council: { id: council!.id, name: council!.name },
    period: { id: period!.id, name: period!.name, year: period!.year, calendar: period!.calendar },
    cluster: { id: cluster!.id, code: cluster!.code, name: cluster!.name, kind: cluster!.kind },
    unit: { id: unit!.id, code: unit!.code, name: unit!.name, type: unit!.type },
    addressedTo: [M.leaderOf(cluster!.kind, cluster!.name), council!.name],
    status: registration.status,
    date: registration.submittedAt ? localDate(registration.submittedAt) : null,
    criteriaVersion: {
      id: version.id,
      revision: version.revision,
      name: ruleset.name,
      documentNumber: version.documentNumber,
      documentDate: version.documentDate,
    },
    objective: registration.note,
    groups: ruleset.groups.map((g) => ({
      code: g.code,
      name: g.name,
      maxPoints: g.maxPoints,
      criteria: flattenCriteria(g.criteria, byCode),
    })),
    titlesSought: presentTitles(index, registration.titlesSought),
    models: registration.models,
    topics: registration.topics,
    signer: { authority: M.signerAuthority, name: signer?.name ?? null, title: signer?.title ?? null },
  };
}
