import {
  clusters,
  councils,
  type Database,
  periods,
  type RegistrationPlan,
  registrationPlans,
  units,
} from '@thidua/db';
import { formatPlaceDate, formatReference, parseIsoDate } from '@thidua/documents';
import type { CriterionInput } from '@thidua/engine';
import { eq } from 'drizzle-orm';
import type { PrintCriterionView as PrintCriterion, PrintView } from '@thidua/contracts/registrations';
import type { Actor } from '../../auth/actor';
import { unitLetterhead } from '../documents/letterhead';
import { loadBasis, loadRegistration } from './load';
import { REGISTRATION_MSG as M } from './messages';
import { presentTitles } from './presenter';

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
 * the signature block of the unit's head (the clerk who submitted it does not sign it). Same read rule
 * as the registration itself.
 */
export async function buildPrintView(db: Database, actor: Actor, registrationId: string): Promise<PrintView> {
  const { registration, access } = await loadRegistration(db, actor, registrationId);
  const [basis, [council], [period], [cluster], [unit], plans] = await Promise.all([
    loadBasis(db, access, registration.criteriaVersionId),
    db.select().from(councils).where(eq(councils.id, access.councilId)),
    db.select().from(periods).where(eq(periods.id, registration.periodId)),
    db.select().from(clusters).where(eq(clusters.id, access.clusterId)),
    db.select().from(units).where(eq(units.id, registration.unitId)),
    db.select().from(registrationPlans).where(eq(registrationPlans.registrationId, registration.id)),
  ]);
  const letterhead = unitLetterhead(council!.name, unit!);
  const date = registration.submittedAt ? localDate(registration.submittedAt) : null;
  const { version, index } = basis;
  const ruleset = index?.ruleset;
  const byCode = new Map(plans.map((p) => [p.criterionCode, p]));
  return {
    title: M.formTitle(period!.year),
    council: { id: council!.id, name: council!.name },
    period: { id: period!.id, name: period!.name, year: period!.year, calendar: period!.calendar },
    cluster: { id: cluster!.id, code: cluster!.code, name: cluster!.name, kind: cluster!.kind },
    unit: { id: unit!.id, code: unit!.code, name: unit!.name, type: unit!.type },
    addressedTo: [M.leaderOf(cluster!.kind, cluster!.name), council!.name],
    status: registration.status,
    date,
    header: {
      parentBody: letterhead.parentBody,
      issuingBody: letterhead.issuingBody,
      reference: formatReference({ number: '……', symbol: M.formSymbol }),
      place: letterhead.place,
      placeDate: date
        ? formatPlaceDate(letterhead.place, parseIsoDate(date))
        : `${letterhead.place}, ngày ..... tháng ..... năm ${period!.year}`,
    },
    criteriaVersion:
      version && ruleset
        ? {
            id: version.id,
            revision: version.revision,
            name: ruleset.name,
            issued: basis.kind === 'issued',
            documentNumber: version.documentNumber,
            documentDate: version.documentDate,
          }
        : null,
    objective: registration.note,
    groups: (ruleset?.groups ?? []).map((g) => ({
      code: g.code,
      name: g.name,
      maxPoints: g.maxPoints,
      criteria: flattenCriteria(g.criteria, byCode),
    })),
    titlesSought: presentTitles(basis.titles, registration.titlesSought),
    models: registration.models,
    topics: registration.topics,
    signer: { authority: M.signerAuthority, name: null, title: letterhead.headTitle },
  };
}
