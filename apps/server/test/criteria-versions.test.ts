import {
  criteriaVersions,
  DB_ERROR_CODES,
  frameworks,
  periods,
  type PeriodStage,
  sqlStateOf,
} from '@thidua/db';
import { rejectionOf, databaseTestTargets } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { toErrorResponse } from '../src/http/errors-hook';
import { auditCount, auditOf, buildWorld, frameworkRuleset, type World } from './criteria-fixtures';
import { type ErrorJson, useTestApp } from './harness';

interface VersionJson {
  id: string;
  revision: number;
  status: string;
  version: number;
  supersedesId: string | null;
  changeReason: string | null;
  documentNumber: string | null;
  ruleset: Ruleset;
  framework: { id: string; fixedGroupCodes: string[]; maxAddedCriteriaRatio: number | null };
  abilities: Record<string, boolean>;
}
interface Criterion {
  code: string;
  name: string;
  points: number;
  kind?: string;
  children?: Criterion[];
}
interface Ruleset {
  name: string;
  maxTotal: number | null;
  groups: { code: string; name: string; maxPoints: number; criteria: Criterion[] }[];
  bonusItems?: { code: string; name: string; max: number }[];
}

const quantitative = (code: string, points: number): Criterion => ({
  code,
  name: `Tiêu chí ${code}`,
  points,
  kind: 'quantitative',
});

describe.each(databaseTestTargets())('cluster criteria versions on $name', (target) => {
  const { db, as: client } = useTestApp(target);
  const setStage = (w: World, stage: PeriodStage) =>
    db().update(periods).set({ stage }).where(eq(periods.id, w.period.id));
  const versionRow = async (id: string) =>
    (await db().select().from(criteriaVersions).where(eq(criteriaVersions.id, id)))[0]!;

  /** A world whose cluster has a draft revision 1, drafted by the leader. */
  async function withDraft() {
    const w = await buildWorld(db());
    const leader = await client(w.users.leader.username);
    const response = await leader.post(`/clusters/${w.cluster.id}/criteria-versions`, {
      frameworkId: w.framework.id,
    });
    expect(response.statusCode).toBe(201);
    return { w, leader, draft: response.json<VersionJson>() };
  }

  it('lets the leader draft the cluster’s criteria as a copy of the issued framework, audited', async () => {
    const { w, draft } = await withDraft();
    expect(draft).toMatchObject({
      revision: 1,
      status: 'draft',
      version: 1,
      framework: { id: w.framework.id, fixedGroupCodes: ['III', 'IV'], maxAddedCriteriaRatio: 0.3 },
      abilities: { update: true, agree: true, issue: false, revise: false },
    });
    expect(draft.ruleset).toEqual(JSON.parse(JSON.stringify(frameworkRuleset())));
    const events = await auditOf(db(), draft.id, 'create');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ councilId: w.council.id, entityType: 'criteriaVersion' });
  });

  it('refuses drafting to member units, council members and the follower (403), another council (404), saving nothing', async () => {
    const w = await buildWorld(db());
    for (const [who, status] of [
      [w.users.memberA, 403],
      [w.users.councilMember, 403],
      [w.users.follower, 403],
      [w.users.outsider, 403],
      [w.users.stranger, 404],
    ] as const) {
      const response = await (
        await client(who.username)
      ).post(`/clusters/${w.cluster.id}/criteria-versions`, { frameworkId: w.framework.id });
      expect(response.statusCode, who.username).toBe(status);
    }
    expect(
      await db().select().from(criteriaVersions).where(eq(criteriaVersions.clusterId, w.cluster.id)),
    ).toHaveLength(0);
    expect(await auditCount(db(), w.council.id)).toBe(0);
  });

  it('refuses drafting outside the criteria stage, from an unissued or foreign framework, or twice', async () => {
    const w = await buildWorld(db(), { stage: 'setup' });
    const office = await client(w.users.standingOffice.username);
    const url = `/clusters/${w.cluster.id}/criteria-versions`;
    const early = await office.post(url, { frameworkId: w.framework.id });
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorJson>().error).toMatchObject({
      code: 'STAGE',
      message: expect.stringContaining('Xây dựng tiêu chí') as string,
    });
    await setStage(w, 'criteria');
    const [draftFramework] = await db()
      .insert(frameworks)
      .values({
        councilId: w.council.id,
        code: 'khung-du-thao',
        name: 'Dự thảo',
        ruleset: frameworkRuleset(),
      })
      .returning();
    const unissued = await office.post(url, { frameworkId: draftFramework!.id });
    expect(unissued.json<ErrorJson>().error.code).toBe('CRITERIA_STATUS');
    const [foreign] = await db()
      .insert(frameworks)
      .values({
        councilId: w.otherCouncil.id,
        code: 'khung-khac',
        name: 'Khác',
        ruleset: frameworkRuleset(),
        status: 'issued',
        issuedAt: new Date(),
      })
      .returning();
    const other = await office.post(url, { frameworkId: foreign!.id });
    expect(other.statusCode).toBe(400);
    expect(other.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.frameworkId', message: 'không có khung tiêu chí này trong hội đồng' },
    ]);
    expect((await office.post(url, { frameworkId: w.framework.id })).statusCode).toBe(201);
    const twice = await office.post(url, { frameworkId: w.framework.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorJson>().error.code).toBe('DUPLICATE');
    expect(
      await db().select().from(criteriaVersions).where(eq(criteriaVersions.clusterId, w.cluster.id)),
    ).toHaveLength(1);
    const unknown = await office.post('/clusters/00000000-0000-4000-8000-000000000000/criteria-versions', {
      frameworkId: w.framework.id,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('saves a draft edit within the framework rules (deputy and standing office too)', async () => {
    const { w, draft } = await withDraft();
    const ruleset = draft.ruleset;
    // Group I lists 3 criteria; 0.3 × 3 rounds up to 1 more.
    ruleset.groups[0]!.criteria[0]!.points = 150;
    ruleset.groups[0]!.criteria.push(quantitative('I.4', 50));
    const deputy = await client(w.users.deputy.username);
    const saved = await deputy.patch(`/criteria-versions/${draft.id}`, { version: 1, ruleset });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<VersionJson>()).toMatchObject({ version: 2, status: 'draft' });
    expect((await versionRow(draft.id)).ruleset.groups[0]).toMatchObject({
      criteria: expect.arrayContaining([expect.objectContaining({ code: 'I.4' })]) as unknown,
    });
    ruleset.groups[1]!.criteria[1]!.name = 'Thực hiện quy chế dân chủ ở cơ sở';
    const office = await client(w.users.standingOffice.username);
    expect((await office.patch(`/criteria-versions/${draft.id}`, { version: 2, ruleset })).statusCode).toBe(
      200,
    );
    const events = await auditOf(db(), draft.id, 'update');
    expect(events).toHaveLength(2);
    expect((events[0]!.old as { ruleset: Ruleset }).ruleset.groups[0]!.criteria).toHaveLength(3);
    expect((events[0]!.new as { ruleset: Ruleset }).ruleset.groups[0]!.criteria).toHaveLength(4);
  });

  it('lets only one of two simultaneous edits win; the other is told with 409 and nothing of it is kept', async () => {
    const { w, leader, draft } = await withDraft();
    const deputy = await client(w.users.deputy.username);
    const edit = (name: string) => {
      const ruleset = JSON.parse(JSON.stringify(draft.ruleset)) as Ruleset;
      ruleset.groups[1]!.criteria[1]!.name = name;
      return { version: 1, ruleset };
    };
    const url = `/criteria-versions/${draft.id}`;
    const [a, b] = await Promise.all([leader.patch(url, edit('Bản A')), deputy.patch(url, edit('Bản B'))]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const winner = a.statusCode === 200 ? 'Bản A' : 'Bản B';
    const row = await versionRow(draft.id);
    expect(row.version).toBe(2);
    expect((row.ruleset as unknown as Ruleset).groups[1]!.criteria[1]!.name).toBe(winner);
    expect(await auditOf(db(), draft.id, 'update')).toHaveLength(1);
  });

  it('refuses edits that break the framework: too many added criteria, a fixed group or bonus, a group maximum, a container sum', async () => {
    const { w, leader, draft } = await withDraft();
    const url = `/criteria-versions/${draft.id}`;
    const attempt = async (change: (r: Ruleset) => void) => {
      const ruleset = JSON.parse(JSON.stringify(draft.ruleset)) as Ruleset;
      change(ruleset);
      const response = await leader.patch(url, { version: 1, ruleset });
      expect(response.statusCode).toBe(400);
      const { error } = response.json<ErrorJson>();
      expect(error.code).toBe('VALIDATION');
      return error.fields ?? [];
    };
    expect(
      await attempt((r) => {
        r.groups[0]!.criteria[0]!.points = 100;
        r.groups[0]!.criteria.push(quantitative('I.4', 50), quantitative('I.5', 50));
      }),
    ).toEqual([
      {
        path: 'body.ruleset.groups[0].criteria',
        message:
          'nhóm I có 5 tiêu chí; khung tiêu chí có 3, cụm, khối được thêm tối đa 1 (tức tối đa 4 tiêu chí)',
      },
    ]);
    expect(await attempt((r) => (r.groups[2]!.criteria[0]!.name = 'Đổi tên'))).toEqual([
      {
        path: 'body.ruleset.groups[2]',
        message: 'nhóm III do Hội đồng quy định cố định; cụm, khối không được thay đổi',
      },
    ]);
    expect(await attempt((r) => (r.bonusItems![0]!.max = 30))).toEqual([
      {
        path: 'body.ruleset.bonusItems[0]',
        message: expect.stringContaining('khoản điểm thưởng IV do Hội đồng quy định cố định') as string,
      },
    ]);
    expect(await attempt((r) => (r.groups[1]!.maxPoints = 250))).toEqual([
      {
        path: 'body.ruleset.groups[1].maxPoints',
        message: 'điểm tối đa của nhóm II phải là 200 như khung tiêu chí (nhận được 250)',
      },
    ]);
    expect(await attempt((r) => (r.groups[0]!.criteria[2]!.children![0]!.points = 150))).toEqual([
      {
        path: 'body.ruleset.groups[0].criteria[2].points',
        message: 'điểm chuẩn 300 của tiêu chí I.3 khác tổng điểm các tiêu chí con (250)',
      },
    ]);
    expect(await attempt((r) => r.groups.pop())).toEqual([
      { path: 'body.ruleset.groups', message: 'thiếu nhóm III của khung tiêu chí Hội đồng' },
    ]);
    expect(await attempt((r) => (r.groups[0]!.criteria[0]!.kind = 'khac'))).toEqual([
      {
        path: 'body.ruleset.groups[0].criteria[0].kind',
        message: expect.stringContaining('phải là một trong các giá trị') as string,
      },
    ]);
    const row = await versionRow(draft.id);
    expect(row.version).toBe(1);
    expect(row.ruleset).toEqual(JSON.parse(JSON.stringify(frameworkRuleset())));
    expect(await auditOf(db(), draft.id, 'update')).toHaveLength(0);
    void w;
  });

  it('validates a ruleset without saving (live validation), for anyone who may read the draft', async () => {
    const { w, draft } = await withDraft();
    const member = await client(w.users.memberA.username);
    const broken = JSON.parse(JSON.stringify(draft.ruleset)) as Ruleset;
    broken.groups[2]!.maxPoints = 100;
    const response = await member.post(`/criteria-versions/${draft.id}/validate`, { ruleset: broken });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: false,
      errors: [
        {
          path: 'body.ruleset.groups[2].criteria',
          message: 'tổng điểm chuẩn các tiêu chí của nhóm III là 180, vượt quá điểm tối đa 100',
        },
        {
          path: 'body.ruleset.groups[2]',
          message: 'nhóm III do Hội đồng quy định cố định; cụm, khối không được thay đổi',
        },
      ],
    });
    expect(
      (await member.post(`/criteria-versions/${draft.id}/validate`, { ruleset: draft.ruleset })).json(),
    ).toEqual({ ok: true, errors: [] });
    expect((await versionRow(draft.id)).version).toBe(1);
    const outsider = await client(w.users.outsider.username);
    expect(
      (await outsider.post(`/criteria-versions/${draft.id}/validate`, { ruleset: draft.ruleset })).statusCode,
    ).toBe(403);
  });

  it('shows the draft to the cluster’s members but not to other units until it is issued', async () => {
    const { w, leader, draft } = await withDraft();
    const member = await client(w.users.memberB.username);
    const seen = await member.get(`/criteria-versions/${draft.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<VersionJson>().abilities).toEqual({
      update: false,
      agree: false,
      issue: false,
      revise: false,
    });
    const outsider = await client(w.users.outsider.username);
    expect((await outsider.get(`/criteria-versions/${draft.id}`)).statusCode).toBe(403);
    expect((await outsider.get(`/clusters/${w.cluster.id}/criteria-versions`)).json()).toMatchObject({
      total: 0,
    });
    expect(
      (await (await client(w.users.stranger.username)).get(`/criteria-versions/${draft.id}`)).statusCode,
    ).toBe(404);
    await leader.post(`/criteria-versions/${draft.id}/agree`, { version: 1 });
    await leader.post(`/criteria-versions/${draft.id}/issue`, {
      version: 2,
      documentNumber: '05/QĐ-CTĐ1',
      documentDate: '2025-06-20',
    });
    expect((await outsider.get(`/criteria-versions/${draft.id}`)).statusCode).toBe(200);
    expect((await outsider.get(`/clusters/${w.cluster.id}/criteria-versions`)).json()).toMatchObject({
      total: 1,
      items: [{ status: 'issued' }],
    });
  });

  it('moves draft → agreed → issued by the leader with document number and date; then it is locked', async () => {
    const { w, leader, draft } = await withDraft();
    const deputy = await client(w.users.deputy.username);
    const member = await client(w.users.memberA.username);
    for (const c of [deputy, member]) {
      expect((await c.post(`/criteria-versions/${draft.id}/agree`, { version: 1 })).statusCode).toBe(403);
    }
    const early = await leader.post(`/criteria-versions/${draft.id}/issue`, {
      version: 1,
      documentNumber: '05/QĐ-CTĐ1',
      documentDate: '2025-06-20',
    });
    expect(early.json<ErrorJson>().error.code).toBe('CRITERIA_STATUS');
    const agreed = await leader.post(`/criteria-versions/${draft.id}/agree`, {
      version: 1,
      note: 'Biên bản họp cụm ngày 15/6/2025',
    });
    expect(agreed.json<VersionJson>()).toMatchObject({
      status: 'agreed',
      version: 2,
      abilities: { issue: true },
    });
    expect(
      (
        await deputy.post(`/criteria-versions/${draft.id}/issue`, {
          version: 2,
          documentNumber: 'x',
          documentDate: '2025-06-20',
        })
      ).statusCode,
    ).toBe(403);
    const stale = await leader.post(`/criteria-versions/${draft.id}/issue`, {
      version: 1,
      documentNumber: '05/QĐ-CTĐ1',
      documentDate: '2025-06-20',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const issued = await leader.post(`/criteria-versions/${draft.id}/issue`, {
      version: 2,
      documentNumber: '05/QĐ-CTĐ1',
      documentDate: '2025-06-20',
    });
    expect(issued.statusCode).toBe(200);
    expect(issued.json<VersionJson>()).toMatchObject({
      status: 'issued',
      documentNumber: '05/QĐ-CTĐ1',
      abilities: { update: false, revise: true },
    });
    const edit = await leader.patch(`/criteria-versions/${draft.id}`, { version: 3, ruleset: draft.ruleset });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<ErrorJson>().error).toEqual({
      code: 'CRITERIA_ISSUED',
      message: 'Bộ tiêu chí đã ban hành và khóa; muốn thay đổi cần tạo phiên bản mới có lý do',
    });
    expect((await auditOf(db(), draft.id, 'agree'))[0]!.reason).toBe('Biên bản họp cụm ngày 15/6/2025');
    expect((await auditOf(db(), draft.id, 'issue'))[0]!.new).toMatchObject({
      status: 'issued',
      documentNumber: '05/QĐ-CTĐ1',
    });
    // The database refuses a change the API would not make, and the error maps to the same answer.
    const refused = await rejectionOf(
      db().update(criteriaVersions).set({ changeReason: 'x' }).where(eq(criteriaVersions.id, draft.id)),
    );
    expect(sqlStateOf(refused)).toBe(DB_ERROR_CODES.issuedCriteriaLocked);
    expect(toErrorResponse(refused, {} as never)).toMatchObject({
      status: 409,
      body: { error: { code: 'CRITERIA_ISSUED' } },
    });
    expect((await versionRow(draft.id)).version).toBe(3);
  });

  it('returns an agreed revision to draft when it is edited (the members agreed to other content)', async () => {
    const { leader, draft } = await withDraft();
    await leader.post(`/criteria-versions/${draft.id}/agree`, { version: 1 });
    draft.ruleset.groups[1]!.criteria[1]!.name = 'Tên mới';
    const edited = await leader.patch(`/criteria-versions/${draft.id}`, {
      version: 2,
      ruleset: draft.ruleset,
    });
    expect(edited.json<VersionJson>()).toMatchObject({ status: 'draft', version: 3 });
    expect((await versionRow(draft.id)).agreedAt).toBeNull();
    const stale = await leader.patch(`/criteria-versions/${draft.id}`, {
      version: 2,
      ruleset: draft.ruleset,
    });
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
  });

  it('refuses edits, agreement and issue to the wrong roles and outside the stage, saving nothing', async () => {
    const { w, draft } = await withDraft();
    const before = await auditCount(db(), w.council.id);
    const attempts = async (username: string) => {
      const c = await client(username);
      return Promise.all([
        c.patch(`/criteria-versions/${draft.id}`, { version: 1, ruleset: draft.ruleset }),
        c.post(`/criteria-versions/${draft.id}/agree`, { version: 1 }),
        c.post(`/criteria-versions/${draft.id}/issue`, {
          version: 1,
          documentNumber: '1',
          documentDate: '2025-06-20',
        }),
        c.post(`/criteria-versions/${draft.id}/revisions`, { reason: 'x' }),
      ]);
    };
    for (const [who, status] of [
      [w.users.memberA, 403],
      [w.users.councilMember, 403],
      [w.users.follower, 403],
      [w.users.stranger, 404],
    ] as const) {
      for (const response of await attempts(who.username))
        expect(response.statusCode, who.username).toBe(status);
    }
    await setStage(w, 'registration');
    const office = await client(w.users.standingOffice.username);
    const late = await office.patch(`/criteria-versions/${draft.id}`, { version: 1, ruleset: draft.ruleset });
    expect(late.json<ErrorJson>().error.code).toBe('STAGE');
    await setStage(w, 'archived');
    expect(
      (await office.post(`/criteria-versions/${draft.id}/agree`, { version: 1 })).json<ErrorJson>().error
        .code,
    ).toBe('LOCKED');
    expect(await versionRow(draft.id)).toMatchObject({ version: 1, status: 'draft' });
    expect(await auditCount(db(), w.council.id)).toBe(before);
  });

  it('makes a change after issue a new revision with a reason, copying the ruleset; the old one stays readable', async () => {
    const { w, leader, draft } = await withDraft();
    await leader.post(`/criteria-versions/${draft.id}/agree`, { version: 1 });
    await leader.post(`/criteria-versions/${draft.id}/issue`, {
      version: 2,
      documentNumber: '05/QĐ-CTĐ1',
      documentDate: '2025-06-20',
    });
    await setStage(w, 'results');
    const noReason = await leader.post(`/criteria-versions/${draft.id}/revisions`, {});
    expect(noReason.json<ErrorJson>().error.code).toBe('REASON_REQUIRED');
    const revised = await leader.post(`/criteria-versions/${draft.id}/revisions`, {
      reason: 'Bổ sung tiêu chí chuyển đổi số',
    });
    expect(revised.statusCode).toBe(201);
    const second = revised.json<VersionJson>();
    expect(second).toMatchObject({
      revision: 2,
      status: 'draft',
      supersedesId: draft.id,
      changeReason: 'Bổ sung tiêu chí chuyển đổi số',
    });
    expect(second.ruleset).toEqual(draft.ruleset);
    expect((await auditOf(db(), second.id, 'revise'))[0]!.reason).toBe('Bổ sung tiêu chí chuyển đổi số');
    const again = await leader.post(`/criteria-versions/${draft.id}/revisions`, { reason: 'Lần nữa' });
    expect(again.json<ErrorJson>().error).toMatchObject({
      code: 'CRITERIA_STATUS',
      message: expect.stringContaining('phiên bản 2') as string,
    });
    const fromDraft = await leader.post(`/criteria-versions/${second.id}/revisions`, { reason: 'x' });
    expect(fromDraft.json<ErrorJson>().error.code).toBe('CRITERIA_STATUS');
    // A later revision may be edited in a later stage; the first stays as issued.
    const ruleset = second.ruleset;
    ruleset.groups[0]!.criteria[0]!.points = 150;
    ruleset.groups[0]!.criteria[0]!.name = 'Thu ngân sách nhà nước';
    ruleset.groups[0]!.criteria.push(quantitative('I.4', 50));
    ruleset.groups[1]!.criteria.pop();
    expect((await leader.patch(`/criteria-versions/${second.id}`, { version: 1, ruleset })).statusCode).toBe(
      200,
    );
    const old = await (await client(w.users.memberA.username)).get(`/criteria-versions/${draft.id}`);
    expect(old.json<VersionJson>().ruleset).toEqual(draft.ruleset);

    const compared = await leader.get(
      `/clusters/${w.cluster.id}/criteria-versions/compare?from=${draft.id}&to=${second.id}`,
    );
    expect(compared.statusCode).toBe(200);
    expect(compared.json()).toMatchObject({
      from: { revision: 1, status: 'issued' },
      to: { revision: 2, status: 'draft' },
      added: [{ code: 'I.4', groupCode: 'I', parentCode: null, points: 50, kind: 'quantitative' }],
      removed: [{ code: 'II.2', groupCode: 'II' }],
      changed: [
        {
          code: 'I.1',
          changes: [
            { field: 'name', from: 'Thu ngân sách', to: 'Thu ngân sách nhà nước' },
            { field: 'points', from: 200, to: 150 },
          ],
        },
      ],
      groups: { added: [], removed: [], changed: [] },
      otherChanges: [],
    });
    const list = await leader.get(`/clusters/${w.cluster.id}/criteria-versions`);
    expect(list.json()).toMatchObject({ total: 2, items: [{ revision: 2 }, { revision: 1 }] });
    const foreign = await buildWorld(db(), { issuedVersion: true });
    const mixed = await leader.get(
      `/clusters/${w.cluster.id}/criteria-versions/compare?from=${draft.id}&to=${foreign.version!.id}`,
    );
    expect(mixed.statusCode).toBe(404);
  });
});
