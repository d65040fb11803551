import { councilLetterheads, frameworks } from '@thidua/db';
import { buildClusterOf, buildPeriod, databaseTestTargets, seatUnits } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import type { SetupView } from '../src/modules/setup/schema';
import { buildOrganisation, buildUnit, buildUser, signIn, useTestApp, calendarYearOf } from './harness';

// The council's set-up checklist (issue #17 §1): each step says what is missing until it is done, in the
// order an office works, and turns done when the data is there.

describe.each(databaseTestTargets())('the council set-up checklist on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  const stepOf = (view: SetupView, key: SetupView['steps'][number]['key']) =>
    view.steps.find((s) => s.key === key)!;

  it('says what a new council lacks, step by step, and is complete once each is there', async () => {
    const org = await buildOrganisation(db());
    const office = await as(org.standingOffice.username);
    const read = async () => {
      const response = await office.get(`/councils/${org.council.id}/setup`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<SetupView>();
    };

    const fresh = await read();
    expect(fresh.complete).toBe(false);
    expect(fresh.steps.map((s) => [s.key, s.done])).toEqual([
      ['letterhead', false],
      ['units', true],
      ['accounts', true],
      ['period', false],
      ['clusters', false],
      ['criteria', false],
    ]);
    expect(stepOf(fresh, 'letterhead').missing).toEqual([
      'chưa lưu thiết lập văn bản: văn bản đang dùng tiêu đề mặc định',
      'tên cơ quan chủ quản ở tiêu đề văn bản',
      'họ tên người ký văn bản của Hội đồng',
    ]);
    expect(stepOf(fresh, 'accounts').summary).toBe('2/2 đơn vị có tài khoản');
    expect(stepOf(fresh, 'clusters').missing).toEqual(['cần có kỳ thi đua trước']);

    // A unit without an account is named.
    const justice = await buildUnit(db(), org.council.id, 'Sở Tư pháp', {
      code: `c-${org.unitA.code}`,
      type: 'department',
    });
    expect(stepOf(await read(), 'accounts')).toMatchObject({
      done: false,
      summary: '2/3 đơn vị có tài khoản',
      missing: ['1 đơn vị chưa có tài khoản: Sở Tư pháp'],
    });

    await db().insert(councilLetterheads).values({
      councilId: org.council.id,
      parentBody: 'Ủy ban nhân dân tỉnh Hải Hà',
      issuingBody: 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà',
      placeName: 'Hải Hà',
      councilSymbol: 'HĐTĐKT',
      standingOffice: 'Sở Nội vụ',
      standingOfficeSymbol: 'SNV',
      chairTitle: 'Chủ tịch',
      chairName: 'Nguyễn Văn An',
      deputyTitle: 'Phó Chủ tịch',
    });
    const period = await buildPeriod(db(), org.council.id, calendarYearOf(2026));
    const cluster = await buildClusterOf(db(), period.id);
    await seatUnits(db(), cluster, [{ unitId: org.unitA.id, role: 'member' }]);
    const halfway = await read();
    expect(stepOf(halfway, 'letterhead')).toMatchObject({ done: true, missing: [] });
    expect(stepOf(halfway, 'period')).toMatchObject({ done: true, summary: 'Năm 2026' });
    expect(stepOf(halfway, 'clusters')).toMatchObject({
      done: false,
      missing: ['chưa chọn cụm trưởng: Cụm thi đua số 1', 'có dưới 2 đơn vị: Cụm thi đua số 1'],
    });

    await seatUnits(db(), cluster, [{ unitId: org.unitB.id, role: 'leader' }]);
    await db()
      .insert(frameworks)
      .values({
        councilId: org.council.id,
        code: 'khung-phuong',
        name: 'Khung tiêu chí các phường, xã',
        status: 'issued',
        issuedAt: new Date(),
        ruleset: {} as never,
      });
    const done = await read();
    expect(stepOf(done, 'clusters')).toMatchObject({
      done: true,
      missing: [],
      notes: [
        '1 đơn vị không thuộc cụm, khối nào (như cơ quan thường trực hay đơn vị chỉ chấm điểm): Sở Tư pháp',
      ],
    });
    expect(stepOf(done, 'criteria')).toMatchObject({
      done: true,
      notes: ['bộ tiêu chí của cụm, khối chưa ban hành (cụm trưởng soạn từ khung): Cụm thi đua số 1'],
    });
    // Only the missing account is left.
    expect(done.steps.filter((s) => !s.done).map((s) => s.key)).toEqual(['accounts']);
    expect(done.complete).toBe(false);
    await buildUser(db(), org.council.id, 'unitStaff', justice.id);
    const complete = await read();
    expect(stepOf(complete, 'accounts')).toMatchObject({ done: true, summary: '3/3 đơn vị có tài khoản' });
    expect(complete.complete).toBe(true);
  });

  it('is the standing office’s and the administrators’: others are refused, another council is not found', async () => {
    const org = await buildOrganisation(db());
    const url = `/councils/${org.council.id}/setup`;
    expect((await (await signIn(app(), org.admin.username)).get(url)).statusCode).toBe(200);
    for (const who of [org.councilMember, org.staffA]) {
      const refused = await (await as(who.username)).get(url);
      expect(refused.statusCode, who.username).toBe(403);
    }
    expect((await (await signIn(app(), org.stranger.username)).get(url)).statusCode).toBe(404);
  });
});
