import { criteriaVersions, criterionAssignments } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditCount, auditOf, buildWorld, type ErrorJson } from './criteria-fixtures';
import { buildUnit, useTestApp } from './harness';

interface AssignmentJson {
  criterionCode: string;
  owner: string;
  focalUnit: { id: string; name: string } | null;
  evidenceRequired: boolean;
  evidenceHint: string | null;
  assigned: boolean;
}

describe.each(databaseTestTargets())('criterion assignments on $name', (target) => {
  const { db, as: client } = useTestApp(target);
  const stored = (versionId: string) =>
    db().select().from(criterionAssignments).where(eq(criterionAssignments.criteriaVersionId, versionId));

  async function withDraft() {
    const w = await buildWorld(db());
    const leader = await client(w.users.leader.username);
    const draft = (
      await leader.post(`/clusters/${w.cluster.id}/criteria-versions`, { frameworkId: w.framework.id })
    ).json<{
      id: string;
      ruleset: { groups: { criteria: { code: string }[] }[] };
    }>();
    return { w, leader, draft, url: `/criteria-versions/${draft.id}/assignments` };
  }

  it('assigns leaves to a focal department or the standing office with evidence requirements, audited', async () => {
    const { w, leader, draft, url } = await withDraft();
    const saved = await leader.put(url, {
      version: 1,
      assignments: [
        {
          criterionCode: 'I.1',
          owner: 'focalUnit',
          focalUnitId: w.units.focal.id,
          evidenceRequired: true,
          evidenceHint: 'Báo cáo thu ngân sách của Chi cục Thuế',
        },
        { criterionCode: 'II.1', owner: 'standingOffice' },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      criteriaVersion: { id: draft.id, version: 2, status: 'draft' },
      items: [
        {
          criterionCode: 'I.1',
          owner: 'focalUnit',
          focalUnit: { id: w.units.focal.id, name: 'Phòng Tài chính – Kế hoạch' },
          evidenceRequired: true,
          assigned: true,
        },
        {
          criterionCode: 'II.1',
          owner: 'standingOffice',
          focalUnit: null,
          evidenceRequired: false,
          assigned: true,
        },
      ],
    });
    const rows = await stored(draft.id);
    expect(rows.map((r) => [r.criterionCode, r.owner, r.focalUnitId]).sort()).toEqual([
      ['I.1', 'focalUnit', w.units.focal.id],
      ['II.1', 'standingOffice', null],
    ]);
    const events = await auditOf(db(), rows.find((r) => r.criterionCode === 'I.1')!.id);
    expect(events).toMatchObject([
      {
        action: 'create',
        entityType: 'criterionAssignment',
        new: { owner: 'focalUnit', evidenceRequired: true },
      },
    ]);

    // Every leaf is listed in ruleset order, the unassigned ones self-scored; paginated and filtered.
    const member = await client(w.users.memberA.username);
    const page = await member.get(`${url}?pageSize=3`);
    expect(page.json()).toMatchObject({
      total: 8,
      items: [
        { criterionCode: 'I.1', owner: 'focalUnit' },
        { criterionCode: 'I.2', owner: 'self', assigned: false },
        { criterionCode: 'I.3.a', owner: 'self' },
      ],
    });
    const focal = await member.get(`${url}?focalUnitId=${w.units.focal.id}`);
    expect(focal.json<{ items: AssignmentJson[] }>().items.map((i) => i.criterionCode)).toEqual(['I.1']);

    // Changing one back to self updates the row and is audited with old and new.
    const changed = await leader.put(url, {
      version: 2,
      assignments: [{ criterionCode: 'I.1', owner: 'self' }],
    });
    expect(changed.json()).toMatchObject({
      criteriaVersion: { version: 3 },
      items: [{ owner: 'self', focalUnit: null }],
    });
    const update = await auditOf(db(), rows.find((r) => r.criterionCode === 'I.1')!.id, 'update');
    expect(update[0]).toMatchObject({
      old: { owner: 'focalUnit' },
      new: { owner: 'self', focalUnitId: null },
    });
  });

  it('refuses unknown or container codes, a missing or foreign focal unit, with field paths, saving nothing', async () => {
    const { w, leader, draft, url } = await withDraft();
    const foreign = await buildUnit(db(), w.otherCouncil.id, 'Đơn vị hội đồng khác', { type: 'department' });
    const response = await leader.put(url, {
      version: 1,
      assignments: [
        { criterionCode: 'I.9', owner: 'self' },
        { criterionCode: 'I.3', owner: 'self' },
        { criterionCode: 'I.1', owner: 'focalUnit' },
        { criterionCode: 'I.2', owner: 'focalUnit', focalUnitId: foreign.id },
        { criterionCode: 'II.1', owner: 'standingOffice', focalUnitId: w.units.focal.id },
        { criterionCode: 'II.2', owner: 'self' },
        { criterionCode: 'II.2', owner: 'standingOffice' },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.assignments[0].criterionCode',
        message: 'không có tiêu chí lá mã "I.9" trong bộ tiêu chí này',
      },
      {
        path: 'body.assignments[1].criterionCode',
        message: 'không có tiêu chí lá mã "I.3" trong bộ tiêu chí này',
      },
      {
        path: 'body.assignments[2].focalUnitId',
        message: 'cần chọn đơn vị đầu mối khi giao tiêu chí cho đơn vị đầu mối',
      },
      {
        path: 'body.assignments[3].focalUnitId',
        message: 'không có đơn vị này (đang hoạt động) trong hội đồng',
      },
      {
        path: 'body.assignments[4].focalUnitId',
        message: 'chỉ chọn đơn vị đầu mối khi giao tiêu chí cho đơn vị đầu mối',
      },
      {
        path: 'body.assignments[6].criterionCode',
        message: 'tiêu chí II.2 được phân công hai lần trong cùng yêu cầu',
      },
    ]);
    const badOwner = await leader.put(url, {
      version: 1,
      assignments: [{ criterionCode: 'I.1', owner: 'ai-do' }],
    });
    expect(badOwner.json<ErrorJson>().error.fields?.[0]?.path).toBe('body.assignments[0].owner');
    expect(await stored(draft.id)).toHaveLength(0);
    const [row] = await db().select().from(criteriaVersions).where(eq(criteriaVersions.id, draft.id));
    expect(row!.version).toBe(1);
  });

  it('refuses assignments to member units, council members and another council; a stale version gets 409', async () => {
    const { w, leader, draft, url } = await withDraft();
    const before = await auditCount(db(), w.council.id);
    const body = { version: 1, assignments: [{ criterionCode: 'I.1', owner: 'standingOffice' }] };
    for (const [who, status] of [
      [w.users.memberA, 403],
      [w.users.focal, 403],
      [w.users.councilMember, 403],
      [w.users.stranger, 404],
    ] as const) {
      expect((await (await client(who.username)).put(url, body)).statusCode, who.username).toBe(status);
    }
    expect(await auditCount(db(), w.council.id)).toBe(before);
    expect((await leader.put(url, body)).statusCode).toBe(200);
    const stale = await leader.put(url, {
      version: 1,
      assignments: [{ criterionCode: 'I.2', owner: 'standingOffice' }],
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    expect((await stored(draft.id)).map((r) => r.criterionCode)).toEqual(['I.1']);
  });

  it('locks assignments with the issued revision, copies them into a new revision, and drops those of removed leaves', async () => {
    const { leader, draft, url } = await withDraft();
    await leader.put(url, {
      version: 1,
      assignments: [{ criterionCode: 'II.2', owner: 'standingOffice', evidenceRequired: true }],
    });
    await leader.post(`/criteria-versions/${draft.id}/agree`, { version: 2 });
    // Issuing locks the revision and its assignments together.
    await leader.post(`/criteria-versions/${draft.id}/issue`, {
      version: 3,
      documentNumber: '05/QĐ-CTĐ1',
      documentDate: '2025-06-20',
    });
    const locked = await leader.put(url, {
      version: 4,
      assignments: [{ criterionCode: 'I.1', owner: 'standingOffice' }],
    });
    expect(locked.json<ErrorJson>().error.code).toBe('CRITERIA_ISSUED');
    const second = (
      await leader.post(`/criteria-versions/${draft.id}/revisions`, { reason: 'Bỏ tiêu chí II.2' })
    ).json<{
      id: string;
      ruleset: { groups: { criteria: unknown[] }[] };
    }>();
    const copied = await stored(second.id);
    expect(copied).toMatchObject([
      { criterionCode: 'II.2', owner: 'standingOffice', evidenceRequired: true },
    ]);
    second.ruleset.groups[1]!.criteria.pop();
    expect(
      (await leader.patch(`/criteria-versions/${second.id}`, { version: 1, ruleset: second.ruleset }))
        .statusCode,
    ).toBe(200);
    expect(await stored(second.id)).toHaveLength(0);
    expect(await auditOf(db(), copied[0]!.id, 'delete')).toMatchObject([
      { reason: expect.stringContaining('II.2') as string },
    ]);
    expect(await stored(draft.id)).toHaveLength(1);
  });

  it('voids an agreement when an assignment changes', async () => {
    const { leader, draft, url } = await withDraft();
    await leader.post(`/criteria-versions/${draft.id}/agree`, { version: 1 });
    const saved = await leader.put(url, {
      version: 2,
      assignments: [{ criterionCode: 'I.2', owner: 'standingOffice' }],
    });
    expect(saved.json()).toMatchObject({ criteriaVersion: { status: 'draft', version: 3 } });
  });
});
