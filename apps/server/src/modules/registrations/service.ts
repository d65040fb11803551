import {
  criteriaVersions,
  type Registration,
  type RegistrationPlan,
  registrationPlans,
  registrations,
  type Transaction,
  type Unit,
  units,
} from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type ClusterAccess, loadClusterAccess } from '../../access/cluster-access';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import { AppError, invalid } from '../../http/errors';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import { checkPlans, checkTitles } from './check-content';
import { loadBasis, loadRegistration, type RegistrationBasis } from './load';
import { REGISTRATION_MSG as M } from './messages';
import { requireEditor } from './policy';
import type { registrationCreateBody, registrationPatch } from '@thidua/contracts/registrations';

type Content = z.infer<typeof registrationPatch>;

/** Everything the presenter needs about a saved registration. */
export interface SavedRegistration {
  registration: Registration;
  plans: RegistrationPlan[];
  unit: Unit;
  basis: RegistrationBasis;
  access: ClusterAccess;
}

/** Registrations are written in the criteria and registration stages (SPEC §4.3, issue #14 §3). */
export async function guardStage(tx: Transaction, access: ClusterAccess, what: string): Promise<void> {
  await loadPeriodInStage(tx, access.periodId, 'writeRegistration', what);
}

/** Checks the parts of the content that were sent against the registration's criteria (issued, draft or none). */
function requireValidContent(basis: RegistrationBasis, body: Pick<Content, 'plans' | 'titlesSought'>): void {
  const errors = [
    ...checkPlans(basis, body.plans ?? []),
    ...checkTitles(basis.titles, body.titlesSought ?? []),
  ];
  if (errors.length > 0) throw invalid(errors);
}

async function replacePlans(tx: Transaction, registrationId: string, plans: Content['plans']) {
  await tx.delete(registrationPlans).where(eq(registrationPlans.registrationId, registrationId));
  if (!plans || plans.length === 0) return [];
  return tx
    .insert(registrationPlans)
    .values(
      plans.map((p) => ({
        registrationId,
        criterionCode: p.criterionCode,
        // The shortest text of a JSON number is what its author wrote: 262.3, not 262.30000000000001.
        plan: String(p.plan),
        note: p.note ?? null,
      })),
    )
    .returning();
}

/**
 * A registration written before issue waits for an issue in progress (and holds the next one back until
 * it commits), so issuing never misses a registration it should carry over: issuing updates the
 * revision's row, which these share locks block.
 */
async function holdCriteria(tx: Transaction, clusterId: string): Promise<void> {
  await tx
    .select({ id: criteriaVersions.id })
    .from(criteriaVersions)
    .where(eq(criteriaVersions.clusterId, clusterId))
    .for('share');
}

/** The revision a registration names: an issued one only (a draft may still change under it). */
const issuedIdOf = (basis: RegistrationBasis) => (basis.kind === 'issued' ? basis.version!.id : null);

export const plansOf = (tx: Transaction, registrationId: string) =>
  tx.select().from(registrationPlans).where(eq(registrationPlans.registrationId, registrationId));

export const unitOf = async (tx: Transaction, unitId: string) =>
  (await tx.select().from(units).where(eq(units.id, unitId)).limit(1))[0]!;

/**
 * A unit's registration for the period (its staff or the standing office), against the cluster's latest
 * issued criteria — or, before issue, naming none: targets are checked against the current draft.
 */
export async function createRegistration(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof registrationCreateBody>,
): Promise<SavedRegistration> {
  const access = await loadClusterAccess(tx, actor, clusterId);
  if (!access.seats.has(body.unitId)) throw invalid([{ path: 'body.unitId', message: M.notAMember }]);
  requireEditor(access, body.unitId);
  await guardStage(tx, access, 'đăng ký thi đua');
  await holdCriteria(tx, access.clusterId);
  const basis = await loadBasis(tx, access, null);
  requireValidContent(basis, body);
  const [existing] = await tx
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.periodId, access.periodId), eq(registrations.unitId, body.unitId)))
    .limit(1);
  if (existing) throw new AppError('DUPLICATE', M.alreadyRegistered);
  const [registration] = await tx
    .insert(registrations)
    .values({
      periodId: access.periodId,
      unitId: body.unitId,
      criteriaVersionId: issuedIdOf(basis),
      titlesSought: body.titlesSought ?? [],
      models: body.models ?? [],
      topics: body.topics ?? [],
      note: body.note ?? null,
    })
    .returning();
  const plans = await replacePlans(tx, registration!.id, body.plans);
  await recordAudit(tx, actor, {
    councilId: access.councilId,
    entityType: 'registration',
    entityId: registration!.id,
    action: 'create',
    new: { ...registration, plans },
  });
  return { registration: registration!, plans, unit: await unitOf(tx, body.unitId), basis, access };
}

/** Edits a draft registration; a submitted one is read-only until the standing office reopens it. */
export async function updateRegistration(
  tx: Transaction,
  actor: Actor,
  registrationId: string,
  body: Content,
): Promise<SavedRegistration> {
  const { registration: before, access } = await loadRegistration(tx, actor, registrationId);
  requireEditor(access, before.unitId);
  await guardStage(tx, access, 'sửa bản đăng ký thi đua');
  if (before.status === 'submitted') throw new AppError('REGISTRATION_SUBMITTED');
  // A registration keeps the revision it was made under: its plans name that revision's codes. One made
  // before issue is checked against the cluster's criteria as they stand now.
  if (!before.criteriaVersionId) await holdCriteria(tx, access.clusterId);
  const basis = await loadBasis(tx, access, before.criteriaVersionId);
  requireValidContent(basis, body);
  const updated = await updateVersioned(tx, registrations, before.id, body.version, {
    criteriaVersionId: before.criteriaVersionId ?? issuedIdOf(basis),
    titlesSought: body.titlesSought ?? before.titlesSought,
    models: body.models ?? before.models,
    topics: body.topics ?? before.topics,
    note: body.note === undefined ? before.note : body.note,
  });
  const oldPlans = await plansOf(tx, before.id);
  const plans = body.plans ? await replacePlans(tx, before.id, body.plans) : oldPlans;
  await recordAudit(tx, actor, {
    councilId: access.councilId,
    entityType: 'registration',
    entityId: before.id,
    action: 'update',
    old: { ...before, plans: oldPlans },
    new: { ...updated, plans },
  });
  return { registration: updated, plans, unit: await unitOf(tx, before.unitId), basis, access };
}
