import { auditLog, dossiers } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { describeChanges } from '@thidua/vocabulary';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditOf, useTestApp } from './harness';
import { buildWorld, type ErrorJson } from './meetings-awards-fixtures';

// Nghị định 152/2025/NĐ-CP khoản 4 Điều 4 for individuals (issue #10 §4): a person under disciplinary
// review, investigation, inspection or check, or with a complaint or press-reported wrongdoing being
// verified, is not proposed; after a discipline ends, achievements count from that date. The person's
// standing is recorded on the individual dossier; the refusal names the person and the reason. The
// collective version is plans-dossier-bars.test.ts. The period of buildWorld starts on 01/01/2025.

const ARTICLE = '(khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)';

interface DossierJson {
  id: string;
  version: number;
  candidateBars: string[];
  candidateDisciplineEndedOn: string | null;
  barringReasons: string[];
}

describe.each(databaseTestTargets())('individual dossiers and Art. 4.4 on $name', (target) => {
  const { db, as } = useTestApp(target);

  async function setUp() {
    const world = await buildWorld(db(), { members: 3 });
    const office = await as(world.users.standingOffice.username);
    const batch = (
      await office.post(`/periods/${world.period.id}/dossier-batches`, { name: 'Đợt tổng kết năm 2025' })
    ).json<{ id: string }>();
    const unit = world.units[1]!;
    const individual = (candidateName: string, extra: Record<string, unknown> = {}) => ({
      unitId: unit.id,
      subject: 'individual',
      kind: 'chienSiThiDuaCoSo',
      level: 'local',
      candidateName,
      ...extra,
    });
    const rows = async () =>
      (await db().select({ n: count() }).from(dossiers).where(eq(dossiers.batchId, batch.id)))[0]!.n;
    const audits = async () => (await db().select({ n: count() }).from(auditLog))[0]!.n;
    return { world, office, batch, unit, individual, rows, audits };
  }

  it('refuses to file for a person under disciplinary review, naming the person and the reason; nothing is saved', async () => {
    const { office, batch, individual, rows, audits } = await setUp();
    const [rowsBefore, auditsBefore] = [await rows(), await audits()];
    const refused = await office.post(
      `/dossier-batches/${batch.id}/dossiers`,
      individual('Trần Thị Bình', { candidateBars: ['underDisciplinaryReview', 'pendingComplaint'] }),
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorJson>().error).toEqual({
      code: 'NOT_PROPOSABLE',
      message: `Cá nhân Trần Thị Bình chưa được đề nghị khen thưởng ${ARTICLE}`,
      fields: [
        {
          path: 'body.candidateBars',
          message: `Trần Thị Bình chưa được đề nghị khen thưởng vì đang bị xem xét kỷ luật; có đơn khiếu nại, tố cáo đang được xem xét, xác minh ${ARTICLE}`,
        },
      ],
    });
    expect(await rows()).toBe(rowsBefore);
    expect(await audits()).toBe(auditsBefore);

    // The same person with a clean standing is filed.
    const filed = await office.post(`/dossier-batches/${batch.id}/dossiers`, individual('Trần Thị Bình'));
    expect(filed.statusCode).toBe(201);
    expect(filed.json<DossierJson>()).toMatchObject({
      candidateBars: [],
      candidateDisciplineEndedOn: null,
      barringReasons: [],
    });
    expect(await rows()).toBe(rowsBefore + 1);
  });

  it('refuses a person whose discipline ended after the period started, and files one whose ended before', async () => {
    const { office, batch, individual, rows, audits } = await setUp();
    const [rowsBefore, auditsBefore] = [await rows(), await audits()];
    const late = await office.post(
      `/dossier-batches/${batch.id}/dossiers`,
      individual('Lê Văn Cường', { candidateDisciplineEndedOn: '2025-03-15' }),
    );
    expect(late.statusCode).toBe(409);
    expect(late.json<ErrorJson>().error).toMatchObject({
      code: 'NOT_PROPOSABLE',
      fields: [
        {
          path: 'body.candidateDisciplineEndedOn',
          message: `Lê Văn Cường chưa được đề nghị khen thưởng vì kỷ luật chấm dứt ngày 15/03/2025, thành tích chỉ được tính từ ngày đó, sau ngày bắt đầu kỳ thi đua 01/01/2025 ${ARTICLE}`,
        },
      ],
    });
    expect(await rows()).toBe(rowsBefore);
    expect(await audits()).toBe(auditsBefore);

    for (const endedOn of ['2024-12-31', '2025-01-01']) {
      const filed = await office.post(
        `/dossier-batches/${batch.id}/dossiers`,
        individual(`Lê Văn Cường ${endedOn}`, { candidateDisciplineEndedOn: endedOn }),
      );
      expect(filed.statusCode).toBe(201);
      expect(filed.json<DossierJson>()).toMatchObject({
        candidateDisciplineEndedOn: endedOn,
        barringReasons: [],
      });
    }
    expect(await rows()).toBe(rowsBefore + 2);
  });

  it('records a bar that arrives after filing (audited with its reason); approval is refused while it stands, returning is not', async () => {
    const { office, batch, individual } = await setUp();
    const filed = (
      await office.post(`/dossier-batches/${batch.id}/dossiers`, individual('Phạm Thị Dung'))
    ).json<DossierJson>();

    const reason = 'Nhận đơn tố cáo ngày 10/12/2025, đang xác minh';
    const recorded = await office.patch(`/dossiers/${filed.id}`, {
      version: filed.version,
      candidateBars: ['pendingComplaint'],
      reason,
    });
    expect(recorded.statusCode).toBe(200);
    const held = recorded.json<DossierJson>();
    expect(held.candidateBars).toEqual(['pendingComplaint']);
    expect(held.barringReasons).toEqual(['có đơn khiếu nại, tố cáo đang được xem xét, xác minh']);
    const [event] = await auditOf(db(), filed.id, 'update');
    expect(event).toMatchObject({ entityType: 'dossier', reason });
    expect(describeChanges(event!.old, event!.new)).toEqual([
      {
        field: 'candidateBars',
        label: 'Tình trạng của cá nhân (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)',
        old: '(trống)',
        new: 'có đơn khiếu nại, tố cáo đang được xem xét, xác minh',
      },
    ]);
    // The list says so too.
    const list = await office.get(`/dossier-batches/${batch.id}/dossiers`);
    expect(
      list.json<{ items: DossierJson[] }>().items.find((d) => d.id === filed.id)?.barringReasons,
    ).toEqual(['có đơn khiếu nại, tố cáo đang được xem xét, xác minh']);

    const approve = await office.post(`/dossiers/${filed.id}/appraisal`, {
      version: held.version,
      outcome: 'approved',
    });
    expect(approve.statusCode).toBe(409);
    expect(approve.json<ErrorJson>().error).toMatchObject({
      code: 'NOT_PROPOSABLE',
      fields: [
        {
          path: 'body.candidateBars',
          message: `Phạm Thị Dung chưa được đề nghị khen thưởng vì có đơn khiếu nại, tố cáo đang được xem xét, xác minh ${ARTICLE}`,
        },
      ],
    });
    expect(await auditOf(db(), filed.id, 'appraise')).toEqual([]);

    // A discipline that ended after the period started holds it back as well.
    const cleared = (
      await office.patch(`/dossiers/${filed.id}`, {
        version: held.version,
        candidateBars: [],
        candidateDisciplineEndedOn: '2025-06-30',
      })
    ).json<DossierJson>();
    const stillHeld = await office.post(`/dossiers/${filed.id}/appraisal`, {
      version: cleared.version,
      outcome: 'approved',
    });
    expect(stillHeld.statusCode).toBe(409);
    expect(stillHeld.json<ErrorJson>().error.fields).toEqual([
      expect.objectContaining({
        path: 'body.candidateDisciplineEndedOn',
        message: expect.stringContaining('kỷ luật chấm dứt ngày 30/06/2025') as string,
      }),
    ]);

    const returned = await office.post(`/dossiers/${filed.id}/appraisal`, {
      version: cleared.version,
      outcome: 'returned',
      reason: `Cá nhân chưa đủ điều kiện đề nghị ${ARTICLE}`,
    });
    expect(returned.statusCode).toBe(200);
  });

  it('lets approval past the bar once the standing is cleared (only the missing components remain)', async () => {
    const { office, batch, individual } = await setUp();
    const filed = (
      await office.post(`/dossier-batches/${batch.id}/dossiers`, individual('Hoàng Văn Em'))
    ).json<DossierJson>();
    const barred = (
      await office.patch(`/dossiers/${filed.id}`, {
        version: filed.version,
        candidateBars: ['underInvestigation'],
      })
    ).json<DossierJson>();
    const cleared = (
      await office.patch(`/dossiers/${barred.id}`, { version: barred.version, candidateBars: [] })
    ).json<DossierJson>();
    expect(cleared.barringReasons).toEqual([]);
    const approve = await office.post(`/dossiers/${filed.id}/appraisal`, {
      version: cleared.version,
      outcome: 'approved',
    });
    expect(approve.json<ErrorJson>().error.code).toBe('DOSSIER_INCOMPLETE');
  });

  it("refuses a person's standing on a collective dossier, naming the field; nothing is saved", async () => {
    const { office, batch, unit, individual, rows, audits } = await setUp();
    const [rowsBefore, auditsBefore] = [await rows(), await audits()];
    const collective = { ...individual(unit.name), subject: 'collective', kind: 'tapTheLaoDongXuatSac' };
    const bars = await office.post(`/dossier-batches/${batch.id}/dossiers`, {
      ...collective,
      candidateBars: ['underInvestigation'],
    });
    expect(bars.statusCode).toBe(400);
    expect(bars.json<ErrorJson>().error.fields).toEqual([
      {
        path: 'body.candidateBars',
        message: expect.stringContaining('chỉ ghi cho hồ sơ cá nhân') as string,
      },
    ]);
    expect(bars.json<ErrorJson>().error.fields?.[0]?.message).toContain('Thông tin xét khen thưởng');
    const ended = await office.post(`/dossier-batches/${batch.id}/dossiers`, {
      ...collective,
      candidateDisciplineEndedOn: '2024-06-01',
    });
    expect(ended.statusCode).toBe(400);
    expect(ended.json<ErrorJson>().error.fields?.map((f) => f.path)).toEqual([
      'body.candidateDisciplineEndedOn',
    ]);
    expect(await rows()).toBe(rowsBefore);
    expect(await audits()).toBe(auditsBefore);

    // A repeated bar is refused too; an empty list on a collective is harmless.
    const twice = await office.post(
      `/dossier-batches/${batch.id}/dossiers`,
      individual('Đỗ Văn Giang', { candidateBars: ['publicOutrage', 'publicOutrage'] }),
    );
    expect(twice.statusCode).toBe(400);
    expect(twice.json<ErrorJson>().error.fields?.[0]?.path).toBe('body.candidateBars');
    const plain = await office.post(`/dossier-batches/${batch.id}/dossiers`, {
      ...collective,
      candidateBars: [],
    });
    expect(plain.statusCode).toBe(201);

    // An individual with a recorded standing is not turned into a collective while it holds it.
    const person = (
      await office.post(`/dossier-batches/${batch.id}/dossiers`, individual('Vũ Thị Hoa'))
    ).json<DossierJson>();
    const marked = (
      await office.patch(`/dossiers/${person.id}`, {
        version: person.version,
        candidateBars: ['publicOutrage'],
      })
    ).json<DossierJson>();
    const turned = await office.patch(`/dossiers/${person.id}`, {
      version: marked.version,
      subject: 'collective',
    });
    expect(turned.statusCode).toBe(400);
    expect(turned.json<ErrorJson>().error.fields?.map((f) => f.path)).toEqual(['body.subject']);
  });
});
