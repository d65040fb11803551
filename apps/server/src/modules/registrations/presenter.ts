import type { Registration, RegistrationPlan, Unit } from '@thidua/db';
import type { RulesetIndex } from '@thidua/engine';
import type { z } from 'zod';
import type { ClusterAccess } from '../../access/cluster-access';
import { stageOpen } from '../../workflow/stage-table';
import { canEditRegistration } from './policy';
import type { planView, registrationView } from './schema';
import { may } from '../../access/permissions';

/** A plan with the criterion it targets (name, measurement unit, direction), in ruleset order. */
export function presentPlans(index: RulesetIndex, plans: RegistrationPlan[]): z.infer<typeof planView>[] {
  const order = new Map(index.leaves.map((leaf, i) => [leaf.criterion.code, i]));
  return [...plans]
    .sort((a, b) => (order.get(a.criterionCode) ?? 0) - (order.get(b.criterionCode) ?? 0))
    .map((plan) => {
      const criterion = index.leafByCode.get(plan.criterionCode)?.criterion;
      return {
        criterionCode: plan.criterionCode,
        criterionName: criterion?.name ?? plan.criterionCode,
        measureUnit: criterion?.unit ?? null,
        direction: criterion?.direction ?? 'increase',
        plan: plan.plan,
        note: plan.note,
      };
    });
}

/** Award codes with their names from the ladder. */
export function presentTitles(index: RulesetIndex, codes: string[]) {
  return codes.map((code) => ({ code, name: index.awardByCode.get(code)?.name ?? code }));
}

/** A registration as the API returns it, with what the actor may do to it in the current stage. */
export function presentRegistration(
  registration: Registration,
  plans: RegistrationPlan[],
  unit: Unit,
  index: RulesetIndex,
  access: ClusterAccess,
): z.infer<typeof registrationView> {
  const open = stageOpen(access.periodStage, access.periodArchived, 'writeRegistration');
  const editor = canEditRegistration(access, registration.unitId) && open;
  const draft = registration.status === 'draft';
  return {
    id: registration.id,
    periodId: registration.periodId,
    clusterId: access.clusterId,
    unit: { id: unit.id, code: unit.code, name: unit.name },
    criteriaVersionId: registration.criteriaVersionId,
    status: registration.status,
    plans: presentPlans(index, plans),
    titlesSought: presentTitles(index, registration.titlesSought),
    models: registration.models,
    topics: registration.topics,
    note: registration.note,
    submittedAt: registration.submittedAt?.toISOString() ?? null,
    version: registration.version,
    abilities: {
      update: editor && draft,
      submit: editor && draft,
      reopen: open && !draft && may(access, 'reopenRegistration'),
    },
  };
}
