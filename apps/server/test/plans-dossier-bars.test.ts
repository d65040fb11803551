import { auditLog, dossiers, unitFacts } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from './harness';
import { buildWorld, type ErrorJson } from './meetings-awards-fixtures';

// Nghị định 152/2025/NĐ-CP khoản 4 Điều 4 for award dossiers (#14 §2): a collective under investigation
// (or review, complaint, press-reported wrongdoing being verified) is not proposed; its dossier is
// refused with the reason, when filed and again when approved.

describe.each(databaseTestTargets())('award dossiers and Art. 4.4 on $name', (target) => {
  const { db, as } = useTestApp(target);

  it('refuses a collective dossier of a unit under investigation, naming the reason; an individual one is filed', async () => {
    const world = await buildWorld(db(), { members: 3 });
    const barred = world.units[1]!;
    await db().insert(unitFacts).values({
      periodId: world.period.id,
      unitId: barred.id,
      name: 'underInvestigation',
      value: true,
    });
    const office = await as(world.users.standingOffice.username);
    const batch = (
      await office.post(`/periods/${world.period.id}/dossier-batches`, { name: 'Đợt tổng kết năm 2025' })
    ).json<{ id: string }>();
    const audits = async () => (await db().select({ n: count() }).from(auditLog))[0]!.n;
    const before = await audits();
    const body = {
      unitId: barred.id,
      subject: 'collective',
      kind: 'tapTheLaoDongXuatSac',
      level: 'local',
      candidateName: barred.name,
    };
    const refused = await office.post(`/dossier-batches/${batch.id}/dossiers`, body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ErrorJson>().error).toMatchObject({
      code: 'NOT_PROPOSABLE',
      fields: [
        {
          path: 'body.unitId',
          message: `${barred.name} chưa được đề nghị khen thưởng vì đang bị điều tra, thanh tra, kiểm tra (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)`,
        },
      ],
    });
    expect(await audits()).toBe(before);
    expect(await db().select().from(dossiers).where(eq(dossiers.batchId, batch.id))).toEqual([]);

    const individual = await office.post(`/dossier-batches/${batch.id}/dossiers`, {
      ...body,
      subject: 'individual',
      kind: 'chienSiThiDuaCoSo',
      candidateName: 'Nguyễn Văn An',
    });
    expect(individual.statusCode).toBe(201);
  });

  it('refuses to approve a collective dossier once its unit came under review after filing', async () => {
    const world = await buildWorld(db(), { members: 3 });
    const unit = world.units[2]!;
    const office = await as(world.users.standingOffice.username);
    const batch = (await office.post(`/periods/${world.period.id}/dossier-batches`, { name: 'Đợt 2' })).json<{
      id: string;
    }>();
    const filed = await office.post(`/dossier-batches/${batch.id}/dossiers`, {
      unitId: unit.id,
      subject: 'collective',
      kind: 'bangKhen',
      level: 'provincial',
      candidateName: unit.name,
    });
    expect(filed.statusCode).toBe(201);
    const dossier = filed.json<{ id: string; version: number }>();
    await db().insert(unitFacts).values({
      periodId: world.period.id,
      unitId: unit.id,
      name: 'underDisciplinaryReview',
      value: true,
    });
    const approve = await office.post(`/dossiers/${dossier.id}/appraisal`, {
      version: dossier.version,
      outcome: 'approved',
    });
    expect(approve.statusCode).toBe(409);
    expect(approve.json<ErrorJson>().error.fields?.[0]?.message).toContain('đang bị xem xét kỷ luật');
    // Returning it with the reason is still possible.
    const returned = await office.post(`/dossiers/${dossier.id}/appraisal`, {
      version: dossier.version,
      outcome: 'returned',
      reason: 'Đơn vị đang bị xem xét kỷ luật (khoản 4 Điều 4 Nghị định 152/2025/NĐ-CP)',
    });
    expect(returned.statusCode).toBe(200);
  });
});
