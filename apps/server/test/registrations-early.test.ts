import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { criteriaVersions, type RulesetDocument, registrationPlans, registrations } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pdfText, scratchDir } from '../../../packages/documents/test/clients';
import { auditCount, auditOf, buildWorld, frameworkRuleset, type World } from './criteria-fixtures';
import { type ErrorJson, useTestApp } from './harness';

// Issue #14 §3: units register their targets and titles in February–March, before the cluster's criteria
// are issued in June–July (Ba Đình 2022, Bắc Giang 2022). Registration opens with the criteria stage,
// names no revision until issue, keys its targets by the draft's codes, and issuing carries it over.

interface BasisJson {
  kind: 'issued' | 'draft' | 'none';
  versionId: string | null;
  titleOptions: { code: string; name: string }[];
  quantitativeCodes: string[];
}
interface RegistrationJson {
  id: string;
  status: string;
  version: number;
  criteriaVersionId: string | null;
  criteria: BasisJson;
  plans: { criterionCode: string; plan: string }[];
  titlesSought: { code: string; name: string }[];
  droppedAtIssue: {
    criteriaVersionId: string;
    plans: { criterionCode: string; plan: string }[];
    titles: { code: string; name: string }[];
  } | null;
  abilities: Record<string, boolean>;
}
interface IssuedJson {
  status: string;
  registrationsCarriedOver: {
    registrationId: string;
    unit: { id: string };
    status: string;
    keptPlans: number;
    droppedPlans: { criterionCode: string; plan: string }[];
    droppedTitles: { code: string; name: string }[];
  }[];
}

/**
 * The draft the cluster works on before issue: the framework's ruleset with one more quantitative
 * criterion (I.4, taking half of I.2's points) and one more title (BK_TTG); the issued one drops both.
 */
function draftRuleset(): RulesetDocument {
  const ruleset = frameworkRuleset() as unknown as {
    groups: { code: string; criteria: Record<string, unknown>[] }[];
    awards: Record<string, unknown>[];
  };
  const group = ruleset.groups[0]!;
  group.criteria[1] = { ...group.criteria[1], points: 50 };
  group.criteria.push({
    code: 'I.4',
    name: 'Thu hút đầu tư',
    points: 50,
    kind: 'quantitative',
    unit: 'dự án',
  });
  ruleset.awards.unshift({ code: 'BK_TTG', name: 'Bằng khen của Thủ tướng Chính phủ', minScore: 950 });
  return ruleset as unknown as RulesetDocument;
}

describe.each(databaseTestTargets())('registration before the criteria are issued on $name', (target) => {
  const { db, as: client } = useTestApp(target);
  const registrationsOf = (w: World) =>
    db().select().from(registrations).where(eq(registrations.periodId, w.period.id));

  async function insertDraft(w: World) {
    const [draft] = await db()
      .insert(criteriaVersions)
      .values({ clusterId: w.cluster.id, frameworkId: w.framework.id, ruleset: draftRuleset() })
      .returning();
    return draft!;
  }

  it('registers titles, models and topics with no criteria at all, refuses targets with a clear message, submits', async () => {
    const w = await buildWorld(db(), { stage: 'criteria' });
    const staff = await client(w.users.memberA.username);
    const basis = await staff.get(`/clusters/${w.cluster.id}/registration-basis`);
    expect(basis.statusCode, basis.body).toBe(200);
    expect(basis.json<BasisJson>()).toMatchObject({ kind: 'none', versionId: null, quantitativeCodes: [] });
    // The ladder comes from the council's issued framework (then the award vocabulary).
    expect(
      basis
        .json<BasisJson>()
        .titleOptions.map((a) => a.code)
        .slice(0, 3),
    ).toEqual(['CO_TP', 'BK_TP', 'TTLDXS']);
    const url = `/clusters/${w.cluster.id}/registrations`;
    const withPlans = await staff.post(url, {
      unitId: w.units.memberA.id,
      plans: [{ criterionCode: 'I.1', plan: 10 }],
      titlesSought: ['TTLDXS'],
    });
    expect(withPlans.statusCode).toBe(400);
    expect(withPlans.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.plans', message: expect.stringContaining('chưa có dự thảo bộ tiêu chí') as string },
    ]);
    const unknownTitle = await staff.post(url, { unitId: w.units.memberA.id, titlesSought: ['XYZ'] });
    expect(unknownTitle.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.titlesSought[0]', message: expect.stringContaining('"XYZ"') as string },
    ]);
    expect(await registrationsOf(w)).toHaveLength(0);
    expect(await auditCount(db(), w.council.id)).toBe(0);

    const created = await staff.post(url, {
      unitId: w.units.memberA.id,
      titlesSought: ['TTLDXS'],
      models: [{ name: 'Dân vận khéo' }],
      topics: [{ name: 'Chuyển đổi số' }],
      note: 'Phấn đấu hoàn thành vượt mức',
    });
    expect(created.statusCode, created.body).toBe(201);
    const registration = created.json<RegistrationJson>();
    expect(registration).toMatchObject({
      criteriaVersionId: null,
      criteria: { kind: 'none', versionId: null },
      plans: [],
      titlesSought: [{ code: 'TTLDXS', name: 'Tập thể lao động xuất sắc' }],
      droppedAtIssue: null,
      abilities: { update: true, submit: true },
    });
    const [row] = await registrationsOf(w);
    expect(row!.criteriaVersionId).toBeNull();
    expect((await auditOf(db(), registration.id, 'create'))[0]!.new).toMatchObject({
      criteriaVersionId: null,
    });

    const submitted = await staff.post(`/registrations/${registration.id}/submit`, {
      version: registration.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json<RegistrationJson>().status).toBe('submitted');

    // The printable form and the Word/PDF document work without a revision: no criteria table.
    const print = await staff.get(`/registrations/${registration.id}/print`);
    expect(print.statusCode, print.body).toBe(200);
    expect(print.json()).toMatchObject({ criteriaVersion: null, groups: [], status: 'submitted' });
    const pdf = await staff.get(`/registrations/${registration.id}/documents/registration?format=pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200);
    const file = join(scratchDir('early'), `early-${registration.id}.pdf`);
    writeFileSync(file, pdf.rawPayload);
    const text = pdfText(file).normalize('NFC').replace(/\s+/g, ' ');
    expect(text).toContain('chưa có bộ tiêu chí thi đua');
    expect(text).toContain('Tập thể lao động xuất sắc');
  });

  it('keys targets by the draft’s codes, then issuing carries the registrations over and reports what it dropped', async () => {
    const w = await buildWorld(db(), { stage: 'criteria' });
    const draft = await insertDraft(w);
    const a = await client(w.users.memberA.username);
    const b = await client(w.users.memberB.username);
    const url = `/clusters/${w.cluster.id}/registrations`;
    const basis = (await a.get(`/clusters/${w.cluster.id}/registration-basis`)).json<BasisJson>();
    expect(basis).toMatchObject({
      kind: 'draft',
      versionId: draft.id,
      quantitativeCodes: ['I.1', 'I.2', 'I.4'],
    });

    const unknown = await a.post(url, {
      unitId: w.units.memberA.id,
      plans: [{ criterionCode: 'I.9', plan: 1 }],
    });
    expect(unknown.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.plans[0].criterionCode',
        message: 'không có tiêu chí mã "I.9" trong dự thảo bộ tiêu chí của cụm, khối',
      },
    ]);
    const plans = [
      { criterionCode: 'I.1', plan: 1200.5 },
      { criterionCode: 'I.2', plan: 1.5 },
      { criterionCode: 'I.4', plan: 3, note: 'Dự án khu đô thị' },
    ];
    const createdA = await a.post(url, {
      unitId: w.units.memberA.id,
      plans,
      titlesSought: ['BK_TTG', 'TTLDXS'],
    });
    expect(createdA.statusCode, createdA.body).toBe(201);
    const regA = createdA.json<RegistrationJson>();
    expect(regA).toMatchObject({
      criteriaVersionId: null,
      criteria: { kind: 'draft', versionId: draft.id },
      plans: [{ criterionCode: 'I.1' }, { criterionCode: 'I.2' }, { criterionCode: 'I.4', plan: '3' }],
    });
    // A draft's targets are all required before submitting, as the issued criteria's are.
    const createdB = await b.post(url, { unitId: w.units.memberB.id, plans: plans.slice(0, 2) });
    const regB = createdB.json<RegistrationJson>();
    const incomplete = await b.post(`/registrations/${regB.id}/submit`, { version: regB.version });
    expect(incomplete.json<ErrorJson>().error.fields).toEqual([
      { path: 'plans', message: expect.stringContaining('I.4') as string },
    ]);
    const completed = await b.patch(`/registrations/${regB.id}`, { version: regB.version, plans });
    expect(completed.statusCode, completed.body).toBe(200);
    const submittedB = await b.post(`/registrations/${regB.id}/submit`, {
      version: completed.json<RegistrationJson>().version,
    });
    expect(submittedB.statusCode, submittedB.body).toBe(200);
    const print = (await a.get(`/registrations/${regA.id}/print`)).json<{
      criteriaVersion: { id: string; issued: boolean };
    }>();
    expect(print.criteriaVersion).toMatchObject({ id: draft.id, issued: false });

    // The cluster settles its criteria without I.4 and BK_TTG, agrees and issues them.
    await db()
      .update(criteriaVersions)
      .set({ ruleset: frameworkRuleset() })
      .where(eq(criteriaVersions.id, draft.id));
    const leader = await client(w.users.leader.username);
    const agreed = await leader.post(`/criteria-versions/${draft.id}/agree`, { version: draft.version });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const issued = await leader.post(`/criteria-versions/${draft.id}/issue`, {
      version: agreed.json<{ version: number }>().version,
      documentNumber: '05/QĐ-CTĐ1',
      documentDate: '2025-06-20',
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const report = issued.json<IssuedJson>();
    expect(report.status).toBe('issued');
    const byUnit = new Map(report.registrationsCarriedOver.map((r) => [r.unit.id, r]));
    expect(report.registrationsCarriedOver).toHaveLength(2);
    expect(byUnit.get(w.units.memberA.id)).toMatchObject({
      registrationId: regA.id,
      status: 'draft',
      keptPlans: 2,
      droppedPlans: [{ criterionCode: 'I.4', plan: '3' }],
      droppedTitles: [{ code: 'BK_TTG', name: 'Bằng khen của Thủ tướng Chính phủ' }],
    });
    // A submitted registration stays submitted.
    expect(byUnit.get(w.units.memberB.id)).toMatchObject({ status: 'submitted', keptPlans: 2 });

    const rows = await registrationsOf(w);
    expect(rows.map((r) => r.criteriaVersionId)).toEqual([draft.id, draft.id]);
    const kept = await db()
      .select()
      .from(registrationPlans)
      .where(eq(registrationPlans.registrationId, regA.id));
    expect(kept.map((p) => p.criterionCode).sort()).toEqual(['I.1', 'I.2']);
    const [audit] = await auditOf(db(), regA.id, 'carryOver');
    expect(audit).toMatchObject({
      reason: expect.stringContaining('không có tiêu chí định lượng I.4') as string,
      old: { criteriaVersionId: null, titlesSought: ['BK_TTG', 'TTLDXS'] },
      new: { criteriaVersionId: draft.id, titlesSought: ['TTLDXS'] },
    });
    expect(audit!.reason).toContain('không có danh hiệu BK_TTG');
    expect(audit!.reason).toContain('05/QĐ-CTĐ1');

    const after = (await a.get(`/registrations/${regA.id}`)).json<RegistrationJson>();
    expect(after).toMatchObject({
      criteriaVersionId: draft.id,
      criteria: { kind: 'issued', versionId: draft.id },
      plans: [{ criterionCode: 'I.1' }, { criterionCode: 'I.2' }],
      titlesSought: [{ code: 'TTLDXS' }],
      droppedAtIssue: {
        criteriaVersionId: draft.id,
        plans: [{ criterionCode: 'I.4', plan: '3' }],
        titles: [{ code: 'BK_TTG' }],
      },
    });
    // The version moved: a client holding the pre-issue version is told someone saved first.
    const stale = await a.patch(`/registrations/${regA.id}`, { version: regA.version, note: 'x' });
    expect(stale.statusCode).toBe(409);
  });

  it('keeps the stage and role rules: only the unit or the standing office, and the basis only for the cluster', async () => {
    const w = await buildWorld(db(), { stage: 'criteria' });
    const url = `/clusters/${w.cluster.id}/registrations`;
    for (const [who, status] of [
      [w.users.memberB, 403],
      [w.users.leader, 403],
      [w.users.follower, 403],
      [w.users.councilMember, 403],
      [w.users.outsider, 403],
    ] as const) {
      const response = await (await client(who.username)).post(url, { unitId: w.units.memberA.id });
      expect(response.statusCode, who.username).toBe(status);
    }
    const basisUrl = `/clusters/${w.cluster.id}/registration-basis`;
    expect((await (await client(w.users.outsider.username)).get(basisUrl)).statusCode).toBe(403);
    expect((await (await client(w.users.standingOffice.username)).get(basisUrl)).statusCode).toBe(200);
    expect(await registrationsOf(w)).toHaveLength(0);
    // The standing office registers for a unit in the criteria stage too.
    const office = await (
      await client(w.users.standingOffice.username)
    ).post(url, { unitId: w.units.memberA.id });
    expect(office.statusCode, office.body).toBe(201);
  });
});
