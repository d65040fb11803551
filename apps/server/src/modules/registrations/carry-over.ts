import {
  clusterMembers,
  type CriteriaVersion,
  type DroppedAtIssue,
  registrationPlans,
  registrations,
  type Transaction,
  units,
} from '@thidua/db';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import { loadIssuedRevision } from '../criteria/issued';
import { unitSeatInPeriod } from './load';
import { REGISTRATION_MSG as M } from './messages';
import { presentPlans, presentTitles } from './presenter';
import type { CarriedRegistration } from '@thidua/contracts/registrations';

/**
 * Issue #14 §3: units register before the cluster issues its criteria. Issuing the cluster's criteria
 * (in the issuer's transaction) carries those registrations over: they name the issued revision; plans
 * whose code is a quantitative criterion of it, and titles of its ladder, stay; the rest are deleted,
 * kept in `dropped_at_issue` for the unit's screen and audited (`carryOver`, the reason naming each
 * drop). A submitted registration stays submitted. Registrations that already name a revision (made
 * after an earlier issue) keep theirs.
 */
export async function carryOverRegistrations(
  tx: Transaction,
  actor: Actor,
  councilId: string,
  issued: CriteriaVersion,
): Promise<CarriedRegistration[]> {
  const pending = await tx
    .select({ registration: registrations, unit: units })
    .from(registrations)
    .innerJoin(clusterMembers, unitSeatInPeriod)
    .innerJoin(units, eq(units.id, registrations.unitId))
    .where(and(eq(clusterMembers.clusterId, issued.clusterId), isNull(registrations.criteriaVersionId)))
    .orderBy(asc(units.code));
  if (pending.length === 0) return [];
  const { index } = await loadIssuedRevision(tx, issued);
  const allPlans = await tx
    .select()
    .from(registrationPlans)
    .where(
      inArray(
        registrationPlans.registrationId,
        pending.map((p) => p.registration.id),
      ),
    );
  const titles = index.awards.map((a) => ({ code: a.code, name: a.name }));
  const report: CarriedRegistration[] = [];
  for (const { registration: before, unit } of pending) {
    const plans = allPlans.filter((p) => p.registrationId === before.id);
    const kept = plans.filter(
      (p) => index.leafByCode.get(p.criterionCode)?.criterion.kind === 'quantitative',
    );
    const dropped = plans.filter((p) => !kept.includes(p));
    const keptTitles = before.titlesSought.filter((code) => index.awardByCode.has(code));
    const droppedTitles = before.titlesSought.filter((code) => !index.awardByCode.has(code));
    const droppedAtIssue: DroppedAtIssue | null =
      dropped.length + droppedTitles.length === 0
        ? null
        : {
            criteriaVersionId: issued.id,
            plans: dropped.map((p) => ({ criterionCode: p.criterionCode, plan: p.plan, note: p.note })),
            titles: droppedTitles,
          };
    if (dropped.length > 0)
      await tx.delete(registrationPlans).where(
        inArray(
          registrationPlans.id,
          dropped.map((p) => p.id),
        ),
      );
    const after = await updateVersioned(tx, registrations, before.id, before.version, {
      criteriaVersionId: issued.id,
      titlesSought: keptTitles,
      droppedAtIssue,
    });
    const reasons = [
      ...dropped.map((p) => M.droppedPlanReason(p.criterionCode, issued.documentNumber)),
      ...droppedTitles.map((code) => M.droppedTitleReason(code, issued.documentNumber)),
    ];
    await recordAudit(tx, actor, {
      councilId,
      entityType: 'registration',
      entityId: before.id,
      action: 'carryOver',
      old: { criteriaVersionId: null, titlesSought: before.titlesSought, plans, version: before.version },
      new: {
        criteriaVersionId: issued.id,
        titlesSought: keptTitles,
        plans: kept,
        droppedAtIssue,
        version: after.version,
      },
      reason: reasons.length > 0 ? M.droppedAtIssueReason(reasons) : M.nothingDroppedAtIssue,
    });
    report.push({
      registrationId: before.id,
      unit: { id: unit.id, code: unit.code, name: unit.name },
      status: after.status,
      keptPlans: kept.length,
      droppedPlans: presentPlans(null, dropped),
      droppedTitles: presentTitles(titles, droppedTitles),
    });
  }
  return report;
}
