import { registrations, type Transaction } from '@thidua/db';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import { AppError, forbidden, invalid } from '../../http/errors';
import { requireReason } from '../../kernel/reason';
import { missingPlans } from './check-content';
import { loadBasis, loadRegistration } from './load';
import { REGISTRATION_MSG as M } from './messages';
import { requireEditor } from './policy';
import type { reopenBody, submitBody } from '@thidua/contracts/registrations';
import { guardStage, plansOf, type SavedRegistration, unitOf } from './service';
import { may } from '../../access/permissions';

/** Submits a complete registration (a plan for every quantitative criterion); then it is read-only. */
export async function submitRegistration(
  tx: Transaction,
  actor: Actor,
  registrationId: string,
  body: z.infer<typeof submitBody>,
): Promise<SavedRegistration> {
  const { registration: before, access } = await loadRegistration(tx, actor, registrationId);
  requireEditor(access, before.unitId);
  await guardStage(tx, access, 'gửi bản đăng ký thi đua');
  if (before.status === 'submitted') throw new AppError('REGISTRATION_SUBMITTED');
  const basis = await loadBasis(tx, access, before.criteriaVersionId);
  const plans = await plansOf(tx, before.id);
  // Before the cluster has a (valid) draft there is no target to require; a draft's targets are required.
  const missing = missingPlans(
    basis.index,
    plans.map((p) => p.criterionCode),
  );
  if (missing.length > 0) throw invalid([{ path: 'plans', message: M.missingPlans(missing) }]);
  const submitted = await updateVersioned(tx, registrations, before.id, body.version, {
    status: 'submitted',
    submittedAt: new Date(),
    submittedBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    councilId: access.councilId,
    entityType: 'registration',
    entityId: before.id,
    action: 'submit',
    old: { status: before.status, version: before.version },
    new: { status: submitted.status, version: submitted.version },
  });
  return { registration: submitted, plans, unit: await unitOf(tx, before.unitId), basis, access };
}

/** The standing office reopens a submitted registration for the unit to correct, with a reason. */
export async function reopenRegistration(
  tx: Transaction,
  actor: Actor,
  registrationId: string,
  body: z.infer<typeof reopenBody>,
): Promise<SavedRegistration> {
  const { registration: before, access } = await loadRegistration(tx, actor, registrationId);
  if (!may(access, 'reopenRegistration')) throw forbidden(M.reopenerOnly);
  const reason = requireReason(body.reason);
  await guardStage(tx, access, 'mở lại bản đăng ký thi đua');
  if (before.status !== 'submitted') throw new AppError('VALIDATION', M.notSubmitted);
  const reopened = await updateVersioned(tx, registrations, before.id, body.version, {
    status: 'draft',
    submittedAt: null,
    submittedBy: null,
  });
  await recordAudit(tx, actor, {
    councilId: access.councilId,
    entityType: 'registration',
    entityId: before.id,
    action: 'reopen',
    old: { status: before.status, version: before.version, submittedAt: before.submittedAt },
    new: { status: reopened.status, version: reopened.version },
    reason,
  });
  return {
    registration: reopened,
    plans: await plansOf(tx, before.id),
    unit: await unitOf(tx, before.unitId),
    basis: await loadBasis(tx, access, before.criteriaVersionId),
    access,
  };
}
