import { frameworks } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { findProfile } from '@thidua/profiles';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditCount, auditOf, buildWorld, type ErrorJson, frameworkRuleset } from './criteria-fixtures';
import { openApiPaths, useTestApp } from './harness';

interface FrameworkJson {
  id: string;
  code: string;
  revision: number;
  status: string;
  version: number;
  name: string;
  profileCode: string | null;
  fixedGroupCodes: string[];
  maxAddedCriteriaRatio: number | null;
  supersedesId: string | null;
  changeReason: string | null;
  ruleset: { name: string; groups: { code: string; criteria: unknown[] }[] };
  abilities: Record<string, boolean>;
}

describe.each(databaseTestTargets())('frameworks on $name', (target) => {
  const { db, app, as: client } = useTestApp(target);
  const rowsOf = (councilId: string) =>
    db().select().from(frameworks).where(eq(frameworks.councilId, councilId));

  it('creates a framework from a built-in profile with fixed groups and the added-criteria ratio, audited', async () => {
    const w = await buildWorld(db());
    const office = await client(w.users.standingOffice.username);
    const response = await office.post(`/councils/${w.council.id}/frameworks`, {
      code: 'khung-bac-giang',
      profileId: 'bac-giang-2022-huyen-thanh-pho',
      fixedGroupCodes: ['III'],
      maxAddedCriteriaRatio: 0.3,
      unitType: 'district',
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<FrameworkJson>();
    expect(created).toMatchObject({
      code: 'khung-bac-giang',
      revision: 1,
      status: 'draft',
      version: 1,
      profileCode: 'bac-giang-2022-huyen-thanh-pho',
      fixedGroupCodes: ['III'],
      maxAddedCriteriaRatio: 0.3,
      abilities: { update: true, issue: true, revise: false },
    });
    const [stored] = await db().select().from(frameworks).where(eq(frameworks.id, created.id));
    expect(stored!.maxAddedCriteriaRatio).toBe('0.3000');
    expect(stored!.ruleset.groups).toHaveLength(
      findProfile('bac-giang-2022-huyen-thanh-pho')!.ruleset.groups.length,
    );
    const events = await auditOf(db(), created.id, 'create');
    expect(events).toHaveLength(1);
    expect(events[0]!.new).toMatchObject({
      code: 'khung-bac-giang',
      profileCode: 'bac-giang-2022-huyen-thanh-pho',
    });
  });

  it('copies last year’s framework (ruleset, fixed groups, ratio) and accepts a posted ruleset', async () => {
    const w = await buildWorld(db());
    const office = await client(w.users.standingOffice.username);
    const copy = await office.post(`/councils/${w.council.id}/frameworks`, {
      code: 'khung-phuong-2026',
      fromFrameworkId: w.framework.id,
    });
    expect(copy.statusCode).toBe(201);
    expect(copy.json<FrameworkJson>()).toMatchObject({
      name: 'Khung tiêu chí phường',
      fixedGroupCodes: ['III', 'IV'],
      maxAddedCriteriaRatio: 0.3,
      status: 'draft',
    });
    const posted = await office.post(`/councils/${w.council.id}/frameworks`, {
      code: 'khung-tu-soan',
      ruleset: frameworkRuleset(),
    });
    expect(posted.statusCode).toBe(201);
    expect(posted.json<FrameworkJson>()).toMatchObject({
      name: 'Khung tiêu chí phường 2025',
      profileCode: null,
    });
    expect(await rowsOf(w.council.id)).toHaveLength(3);
  });

  it('refuses an invalid ruleset with every error named by its path, saving nothing', async () => {
    const w = await buildWorld(db());
    const office = await client(w.users.standingOffice.username);
    const ruleset = frameworkRuleset() as unknown as {
      groups: { criteria: { points: number; kind?: string }[] }[];
    };
    ruleset.groups[0]!.criteria[2]!.points = 250; // I.3's children add up to 300
    ruleset.groups[1]!.criteria[0]!.kind = 'khong-co';
    const before = await auditCount(db(), w.council.id);
    const response = await office.post(`/councils/${w.council.id}/frameworks`, {
      code: 'khung-loi',
      ruleset,
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<ErrorJson>();
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^Bộ tiêu chí chưa hợp lệ/);
    expect(error.fields).toEqual(
      expect.arrayContaining([
        {
          path: 'body.ruleset.groups[1].criteria[0].kind',
          message: expect.stringContaining('phải là một trong') as string,
        },
      ]),
    );
    // The kind error stops the semantic pass; fix it and the container's sum is named.
    ruleset.groups[1]!.criteria[0]!.kind = 'rating';
    const sums = await office.post(`/councils/${w.council.id}/frameworks`, { code: 'khung-loi', ruleset });
    expect(sums.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.ruleset.groups[0].criteria[2].points',
        message: 'điểm chuẩn 250 của tiêu chí I.3 khác tổng điểm các tiêu chí con (300)',
      },
    ]);
    expect(await rowsOf(w.council.id)).toHaveLength(1);
    expect(await auditCount(db(), w.council.id)).toBe(before);
  });

  it('refuses a missing or double source, an unknown profile, framework or fixed code', async () => {
    const w = await buildWorld(db());
    const office = await client(w.users.standingOffice.username);
    const url = `/councils/${w.council.id}/frameworks`;
    const cases: [object, string][] = [
      [{ code: 'k1' }, 'body'],
      [{ code: 'k1', profileId: 'ba-dinh-2022-phuong', ruleset: frameworkRuleset() }, 'body'],
      [{ code: 'k1', profileId: 'khong-co' }, 'body.profileId'],
      [{ code: 'k1', fromFrameworkId: '00000000-0000-4000-8000-000000000000' }, 'body.fromFrameworkId'],
      [
        { code: 'k1', profileId: 'ba-dinh-2022-phuong', fixedGroupCodes: ['III', 'V'] },
        'body.fixedGroupCodes[1]',
      ],
      [
        { code: 'k1', profileId: 'ba-dinh-2022-phuong', maxAddedCriteriaRatio: 1.5 },
        'body.maxAddedCriteriaRatio',
      ],
      [
        { code: 'k1', profileId: 'ba-dinh-2022-phuong', maxAddedCriteriaRatio: 0.123456 },
        'body.maxAddedCriteriaRatio',
      ],
    ];
    for (const [body, path] of cases) {
      const response = await office.post(url, body);
      expect(response.statusCode, path).toBe(400);
      expect(response.json<ErrorJson>().error.fields?.map((f) => f.path)).toContain(path);
    }
    // Ba Đình's IV is a bonus item, and may be fixed like a group.
    const ok = await office.post(url, {
      code: 'k1',
      profileId: 'ba-dinh-2022-phuong',
      fixedGroupCodes: ['III', 'IV'],
    });
    expect(ok.statusCode).toBe(201);
    const duplicate = await office.post(url, { code: 'k1', profileId: 'ba-dinh-2022-phuong' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json<ErrorJson>().error).toMatchObject({
      code: 'DUPLICATE',
      message: 'Hội đồng đã có khung tiêu chí với mã và phiên bản này',
    });
  });

  it('edits a draft with the version read, answers a stale version with 409, and audits old and new', async () => {
    const w = await buildWorld(db());
    const office = await client(w.users.standingOffice.username);
    const created = (
      await office.post(`/councils/${w.council.id}/frameworks`, {
        code: 'k2',
        profileId: 'ba-dinh-2022-phuong',
      })
    ).json<FrameworkJson>();
    const edited = await office.patch(`/frameworks/${created.id}`, {
      version: 1,
      name: 'Khung phường 2025',
      fixedGroupCodes: ['III', 'IV'],
      maxAddedCriteriaRatio: null,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<FrameworkJson>()).toMatchObject({
      version: 2,
      name: 'Khung phường 2025',
      fixedGroupCodes: ['III', 'IV'],
    });
    const stale = await office.patch(`/frameworks/${created.id}`, { version: 1, name: 'Ghi đè' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ErrorJson>().error.code).toBe('STALE');
    const bad = await office.patch(`/frameworks/${created.id}`, {
      version: 2,
      ruleset: { name: 'x', maxTotal: 1000, groups: [] },
    });
    expect(bad.json<ErrorJson>().error.fields).toEqual([
      { path: 'body.ruleset.groups', message: 'phải có ít nhất 1 phần tử' },
    ]);
    const [row] = await db().select().from(frameworks).where(eq(frameworks.id, created.id));
    expect(row).toMatchObject({ version: 2, name: 'Khung phường 2025' });
    const events = await auditOf(db(), created.id, 'update');
    expect(events).toHaveLength(1);
    expect(events[0]!.old).toMatchObject({
      name: findProfile('ba-dinh-2022-phuong')!.name,
      fixedGroupCodes: [],
    });
    expect(events[0]!.new).toMatchObject({ name: 'Khung phường 2025', version: 2 });
  });

  it('issues a framework (locked), then a change is a new revision with a required reason', async () => {
    const w = await buildWorld(db());
    const office = await client(w.users.standingOffice.username);
    const created = (
      await office.post(`/councils/${w.council.id}/frameworks`, {
        code: 'k3',
        profileId: 'ba-dinh-2022-phuong',
      })
    ).json<FrameworkJson>();
    const draftRevision = await office.post(`/frameworks/${created.id}/revisions`, { reason: 'Sửa' });
    expect(draftRevision.json<ErrorJson>().error.code).toBe('CRITERIA_STATUS');
    const issued = await office.post(`/frameworks/${created.id}/issue`, {
      version: 1,
      documentNumber: '01/QĐ-HĐTĐKT',
      documentDate: '2025-02-10',
    });
    expect(issued.statusCode).toBe(200);
    expect(issued.json<FrameworkJson>()).toMatchObject({
      status: 'issued',
      documentNumber: '01/QĐ-HĐTĐKT',
      documentDate: '2025-02-10',
      abilities: { update: false, revise: true },
    });
    const edit = await office.patch(`/frameworks/${created.id}`, { version: 2, name: 'Sửa sau ban hành' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<ErrorJson>().error.code).toBe('CRITERIA_ISSUED');
    const again = await office.post(`/frameworks/${created.id}/issue`, {
      version: 2,
      documentNumber: 'x',
      documentDate: '2025-02-11',
    });
    expect(again.json<ErrorJson>().error.code).toBe('CRITERIA_ISSUED');
    const noReason = await office.post(`/frameworks/${created.id}/revisions`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<ErrorJson>().error).toMatchObject({
      code: 'REASON_REQUIRED',
      fields: [{ path: 'body.reason' }],
    });
    const revision = await office.post(`/frameworks/${created.id}/revisions`, {
      reason: 'Bổ sung tiêu chí chuyển đổi số',
    });
    expect(revision.statusCode).toBe(201);
    expect(revision.json<FrameworkJson>()).toMatchObject({
      revision: 2,
      status: 'draft',
      supersedesId: created.id,
      changeReason: 'Bổ sung tiêu chí chuyển đổi số',
      code: 'k3',
    });
    const twice = await office.post(`/frameworks/${created.id}/revisions`, { reason: 'Lần nữa' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorJson>().error).toMatchObject({
      code: 'CRITERIA_STATUS',
      message: expect.stringContaining('phiên bản 2') as string,
    });
    const [old] = await db().select().from(frameworks).where(eq(frameworks.id, created.id));
    expect(old).toMatchObject({
      status: 'issued',
      name: findProfile('ba-dinh-2022-phuong')!.name,
      version: 2,
    });
    expect(await auditOf(db(), created.id, 'issue')).toHaveLength(1);
    const revised = await auditOf(db(), revision.json<FrameworkJson>().id, 'revise');
    expect(revised[0]!.reason).toBe('Bổ sung tiêu chí chuyển đổi số');
  });

  it('refuses every mutation to unit staff and council members (403) and to another council (404), saving nothing', async () => {
    const w = await buildWorld(db());
    const office = await client(w.users.standingOffice.username);
    const draft = (
      await office.post(`/councils/${w.council.id}/frameworks`, {
        code: 'k4',
        profileId: 'ba-dinh-2022-phuong',
      })
    ).json<FrameworkJson>();
    const before = await auditCount(db(), w.council.id);
    const attempts = (c: Awaited<ReturnType<typeof client>>) => [
      c.post(`/councils/${w.council.id}/frameworks`, { code: 'k5', profileId: 'ba-dinh-2022-phuong' }),
      c.patch(`/frameworks/${draft.id}`, { version: 1, name: 'Sửa trái phép' }),
      c.post(`/frameworks/${draft.id}/issue`, {
        version: 1,
        documentNumber: '1',
        documentDate: '2025-01-01',
      }),
      c.post(`/frameworks/${w.framework.id}/revisions`, { reason: 'Trái phép' }),
    ];
    for (const [who, status] of [
      [w.users.leader, 403],
      [w.users.councilMember, 403],
      [w.users.stranger, 404],
    ] as const) {
      const c = await client(who.username);
      for (const response of await Promise.all(attempts(c)))
        expect(response.statusCode, who.username).toBe(status);
    }
    const rows = await rowsOf(w.council.id);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === draft.id)).toMatchObject({ version: 1, status: 'draft' });
    expect(await auditCount(db(), w.council.id)).toBe(before);
  });

  it('lists the council’s frameworks to any member with pagination, and 404s another council or an unknown id', async () => {
    const w = await buildWorld(db());
    const office = await client(w.users.standingOffice.username);
    await office.post(`/councils/${w.council.id}/frameworks`, {
      code: 'k6',
      profileId: 'long-bien-2023-phuong',
    });
    const staff = await client(w.users.memberA.username);
    const page = await staff.get(`/councils/${w.council.id}/frameworks?pageSize=1`);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      total: 2,
      page: 1,
      pageSize: 1,
      items: [{ code: 'k6', abilities: { update: false } }],
    });
    expect((await staff.get(`/councils/${w.council.id}/frameworks?status=issued`)).json()).toMatchObject({
      total: 1,
      items: [{ code: 'khung-phuong' }],
    });
    const one = await staff.get(`/frameworks/${w.framework.id}`);
    expect(one.json<FrameworkJson>().ruleset.groups.map((g) => g.code)).toEqual(['I', 'II', 'III']);
    const stranger = await client(w.users.stranger.username);
    expect((await stranger.get(`/councils/${w.council.id}/frameworks`)).statusCode).toBe(404);
    expect((await stranger.get(`/frameworks/${w.framework.id}`)).statusCode).toBe(404);
    expect(
      (await office.patch('/frameworks/00000000-0000-4000-8000-000000000000', { version: 1 })).statusCode,
    ).toBe(404);
    const malformed = await office.get('/frameworks/khong-phai-uuid');
    expect(malformed.json<ErrorJson>().error.fields).toEqual([
      { path: 'params.frameworkId', message: expect.any(String) as string },
    ]);
  });

  it('documents the criteria, registration and pact endpoints in OpenAPI with Vietnamese tags and summaries', async () => {
    const paths = await openApiPaths(app());
    const expected: [string, string, string][] = [
      ['/api/v1/councils/{councilId}/frameworks', 'post', 'Khung tiêu chí'],
      ['/api/v1/frameworks/{frameworkId}/revisions', 'post', 'Khung tiêu chí'],
      ['/api/v1/clusters/{clusterId}/criteria-versions/compare', 'get', 'Bộ tiêu chí cụm, khối'],
      ['/api/v1/criteria-versions/{versionId}/validate', 'post', 'Bộ tiêu chí cụm, khối'],
      ['/api/v1/criteria-versions/{versionId}/assignments', 'put', 'Bộ tiêu chí cụm, khối'],
      ['/api/v1/registrations/{registrationId}/print', 'get', 'Đăng ký thi đua'],
      ['/api/v1/clusters/{clusterId}/pacts', 'post', 'Ký giao ước thi đua'],
    ];
    for (const [path, method, tag] of expected) {
      expect(paths[path]?.[method], `${method} ${path}`).toMatchObject({
        tags: [tag],
        summary: expect.any(String) as string,
      });
    }
  });
});
