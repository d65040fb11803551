import type { Registration, RegistrationPlan, Unit } from '@thidua/db';
import type { RulesetIndex } from '@thidua/engine';
import { awardName } from '@thidua/vocabulary';
import type { z } from 'zod';
import type { ClusterAccess } from '../../access/cluster-access';
import { stageOpen } from '../../workflow/stage-table';
import { canEditRegistration } from './policy';
import type { RegistrationBasis, TitleRef } from './load';
import type { basisView, planView, registrationView } from '@thidua/contracts/registrations';
import { may } from '../../access/permissions';

/** A plan with the criterion it targets (name, measurement unit, direction), in ruleset order. */
export function presentPlans(
  index: RulesetIndex | null,
  plans: RegistrationPlan[],
): z.infer<typeof planView>[] {
  if (!index) return plans.map((plan) => presentPlan(null, plan));
  const order = new Map(index.leaves.map((leaf, i) => [leaf.criterion.code, i]));
  return [...plans]
    .sort((a, b) => (order.get(a.criterionCode) ?? 0) - (order.get(b.criterionCode) ?? 0))
    .map((plan) => presentPlan(index, plan));
}

function presentPlan(
  index: RulesetIndex | null,
  plan: Pick<RegistrationPlan, 'criterionCode' | 'plan' | 'note'>,
): z.infer<typeof planView> {
  const criterion = index?.leafByCode.get(plan.criterionCode)?.criterion;
  return {
    criterionCode: plan.criterionCode,
    criterionName: criterion?.name ?? plan.criterionCode,
    measureUnit: criterion?.unit ?? null,
    direction: criterion?.direction ?? 'increase',
    plan: plan.plan,
    note: plan.note,
  };
}

/** Award codes with their names from the ladder (the vocabulary's name for a code no longer in it). */
export function presentTitles(ladder: readonly TitleRef[], codes: string[]): TitleRef[] {
  return codes.map((code) => ({ code, name: ladder.find((a) => a.code === code)?.name ?? awardName(code) }));
}

/** Which criteria the targets are against: the issued revision, the cluster's draft, or none yet. */
export function presentBasis(basis: RegistrationBasis): z.infer<typeof basisView> {
  const v = basis.version;
  return {
    kind: basis.kind,
    versionId: v?.id ?? null,
    revision: v?.revision ?? null,
    status: v?.status ?? null,
    documentNumber: v?.documentNumber ?? null,
    documentDate: v?.documentDate ?? null,
    titleOptions: basis.titles,
    quantitativeCodes: basis.index
      ? basis.index.leaves.filter((l) => l.criterion.kind === 'quantitative').map((l) => l.criterion.code)
      : [],
  };
}

/** A registration as the API returns it, with what the actor may do to it in the current stage. */
export function presentRegistration(
  registration: Registration,
  plans: RegistrationPlan[],
  unit: Unit,
  basis: RegistrationBasis,
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
    criteria: presentBasis(basis),
    status: registration.status,
    plans: presentPlans(basis.index, plans),
    titlesSought: presentTitles(basis.titles, registration.titlesSought),
    droppedAtIssue: registration.droppedAtIssue
      ? {
          criteriaVersionId: registration.droppedAtIssue.criteriaVersionId,
          plans: registration.droppedAtIssue.plans.map((plan) => presentPlan(null, plan)),
          titles: presentTitles(basis.titles, registration.droppedAtIssue.titles),
        }
      : null,
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
