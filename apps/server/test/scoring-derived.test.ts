import { adjustments, auditLog, dossierBatches, dossiers, entries, planTasks, workPlans } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import type { ResultDocument } from '@thidua/engine';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectPostOutcomes, type PostOutcome, useTestApp } from './harness';
import { buildScoringCluster, type ErrorJson, type ScoringCluster, setStage } from './scoring-fixture';

// Scores that other records decide (SPEC §11): late plan tasks → the late-task deduction; the share of
// returned award dossiers → a criterion's standing-office value (Bắc Giang III.4.a).

const SOURCE = {
  sourceNumber: '45/BC-SNV',
  sourceDate: '2025-12-10',
  sourceIssuer: 'Sở Nội vụ',
};

describe.each(databaseTestTargets())('scores derived from plans and dossiers on $name', (target) => {
  const { db, as } = useTestApp(target);

  /** An issued plan of the period: `late` tasks of `unitId` past their day, one done in time, one recurring. */
  async function planWithLateTasks(fx: ScoringCluster, lateByUnit: [string, number][]) {
    const [plan] = await db()
      .insert(workPlans)
      .values({
        councilId: fx.council.id,
        periodId: fx.period.id,
        number: '12/KH-HĐTĐKT',
        title: 'Kế hoạch công tác thi đua, khen thưởng năm 2025',
        status: 'issued',
        issuedOn: '2025-01-10',
      })
      .returning();
    const rows = lateByUnit.flatMap(([unitId, late]) => [
      ...Array.from({ length: late }, (_, i) => ({
        planId: plan!.id,
        content: `Nhiệm vụ chậm ${i + 1}`,
        executingUnitId: unitId,
        deadlineKind: 'date' as const,
        dueOn: '2025-03-31',
        status: 'notStarted' as const,
      })),
      {
        planId: plan!.id,
        content: 'Nhiệm vụ đúng hạn',
        executingUnitId: unitId,
        deadlineKind: 'date' as const,
        dueOn: '2025-03-31',
        status: 'done' as const,
        completedOn: '2025-03-30',
      },
      {
        planId: plan!.id,
        content: 'Nhiệm vụ thường xuyên',
        executingUnitId: unitId,
        deadlineKind: 'recurring' as const,
        recurrence: 'continuous' as const,
      },
    ]);
    await db().insert(planTasks).values(rows);
    return plan!;
  }

  const derivedRows = (fx: ScoringCluster) =>
    db()
      .select()
      .from(adjustments)
      .where(
        and(
          eq(adjustments.criteriaVersionId, fx.criteriaVersionId),
          eq(adjustments.derivedFrom, 'lateTasks'),
        ),
      )
      .orderBy(adjustments.unitId);

  it('sets each unit’s late-task deduction to its count of late tasks, updates and removes it, audited', async () => {
    const fx = await buildScoringCluster(db());
    const plan = await planWithLateTasks(fx, [
      [fx.units.member.id, 3],
      [fx.units.deputy.id, 7],
      // A unit outside the cluster is not this cluster's business.
      [fx.units.focal.id, 2],
    ]);
    const office = await as(fx.users.standingOffice.username);
    const url = `/clusters/${fx.cluster.id}/adjustments/late-tasks`;
    const body = { itemCode: 'PHE_BINH', asOf: '2025-12-01', ...SOURCE };
    const first = await office.post(url, body);
    expect(first.statusCode).toBe(200);
    const byUnit = (json: { units: { unitId: string; late: number; action: string }[] }) =>
      Object.fromEntries(json.units.map((u) => [u.unitId, [u.late, u.action]]));
    expect(byUnit(first.json())).toEqual({
      [fx.units.leader.id]: [0, 'none'],
      [fx.units.deputy.id]: [7, 'created'],
      [fx.units.member.id]: [3, 'created'],
      [fx.units.focalMember.id]: [0, 'none'],
    });
    const stored = await derivedRows(fx);
    expect(stored.map((r) => [r.unitId, r.count, r.kind, r.sourceNumber])).toEqual(
      [
        [fx.units.deputy.id, 7, 'deduction', '45/BC-SNV'],
        [fx.units.member.id, 3, 'deduction', '45/BC-SNV'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );

    // The engine takes them: PHE_BINH is 1 point each, at most 5.
    const results = (await office.get(`/clusters/${fx.cluster.id}/results`)).json<ResultDocument>();
    const deductionOf = (code: string) =>
      results.units.find((u) => u.unit === code)!.deductions.find((d) => d.code === 'PHE_BINH')?.points;
    expect(deductionOf('phuong-3')).toBe(3);
    expect(deductionOf('phuong-2')).toBe(5);

    // Unchanged figures change nothing; a task done since, and another one finished late, do.
    const again = await office.post(url, body);
    expect(byUnit(again.json())[fx.units.member.id]).toEqual([3, 'unchanged']);
    const tasks = await db().select().from(planTasks).where(eq(planTasks.planId, plan.id));
    const memberLate = tasks.filter(
      (t) => t.executingUnitId === fx.units.member.id && t.status === 'notStarted',
    );
    for (const task of memberLate) {
      await db()
        .update(planTasks)
        .set({ status: 'done', completedOn: '2025-03-20' })
        .where(eq(planTasks.id, task.id));
    }
    const deputyLate = tasks.filter(
      (t) => t.executingUnitId === fx.units.deputy.id && t.status === 'notStarted',
    );
    await db()
      .update(planTasks)
      .set({ status: 'done', completedOn: '2025-04-15' })
      .where(eq(planTasks.id, deputyLate[0]!.id));
    const third = await office.post(url, { ...body, reason: 'Cập nhật sau khi đối chiếu' });
    expect(byUnit(third.json())).toMatchObject({
      [fx.units.member.id]: [0, 'removed'],
      [fx.units.deputy.id]: [7, 'unchanged'],
    });
    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, fx.council.id), eq(auditLog.entityType, 'adjustment')))
      .orderBy(auditLog.id);
    expect(events.map((e) => e.action)).toEqual(['create', 'create', 'delete']);
    expect(events[2]!.old).toMatchObject({ unitId: fx.units.member.id, count: 3 });
    expect(events[2]!.reason).toBe('Cập nhật sau khi đối chiếu');
    expect((await derivedRows(fx)).map((r) => [r.unitId, r.count])).toEqual([[fx.units.deputy.id, 7]]);

    // A new source document is a change of the record, audited with old and new.
    const fourth = await office.post(url, { ...body, sourceNumber: '50/BC-SNV' });
    expect(byUnit(fourth.json())[fx.units.deputy.id]).toEqual([7, 'updated']);
  });

  it('refuses the wrong people, a bonus item, the wrong stage and a missing source, changing nothing', async () => {
    const fx = await buildScoringCluster(db());
    await planWithLateTasks(fx, [[fx.units.member.id, 2]]);
    const url = `/clusters/${fx.cluster.id}/adjustments/late-tasks`;
    const body = { itemCode: 'PHE_BINH', asOf: '2025-12-01', ...SOURCE };
    const cases: PostOutcome[] = [
      [fx.users.leader.username, body, 403, 'FORBIDDEN'],
      [fx.users.member.username, body, 403, 'FORBIDDEN'],
      [fx.users.councilMember.username, body, 403, 'FORBIDDEN'],
      [fx.users.otherStandingOffice.username, body, 404, 'NOT_FOUND'],
      [fx.users.standingOffice.username, { ...body, itemCode: 'IV' }, 400, 'VALIDATION'],
      [fx.users.standingOffice.username, { ...body, itemCode: undefined }, 400, 'VALIDATION'],
      [fx.users.standingOffice.username, { ...body, sourceIssuer: undefined }, 400, 'VALIDATION'],
    ];
    await expectPostOutcomes(as, url, cases);
    const office = await as(fx.users.standingOffice.username);
    expect((await office.post(url, { ...body, itemCode: 'IV' })).json<ErrorJson>().error.fields).toEqual([
      { path: 'body.itemCode', message: '"IV" là khoản cộng, không phải khoản trừ' },
    ]);
    expect((await office.post(url, { ...body, itemCode: undefined })).json<ErrorJson>().error.fields).toEqual(
      [
        {
          path: 'body.itemCode',
          message: 'không có khoản cộng hoặc khoản trừ mã "CHAM_MUON" trong bộ tiêu chí',
        },
      ],
    );
    await setStage(db(), fx.period.id, 'summary');
    expect((await office.post(url, body)).json<ErrorJson>().error.code).toBe('STAGE');
    expect(await derivedRows(fx)).toEqual([]);
  });

  it('writes each unit’s share of returned dossiers as the standing office’s value of a criterion', async () => {
    // In this cluster I.2 (bands, 300 points from 90) is the standing office's, as III.4.a is in Bắc Giang.
    const fx = await buildScoringCluster(db(), 'results', { standingOfficeOwns: ['I.2'] });
    const [batch] = await db()
      .insert(dossierBatches)
      .values({ councilId: fx.council.id, periodId: fx.period.id, name: 'Đợt khen thưởng tổng kết năm 2025' })
      .returning();
    const dossier = (unitId: string, outcome: 'approved' | 'returned' | 'pending', level = 'provincial') => ({
      batchId: batch!.id,
      unitId,
      subject: 'individual' as const,
      kind: 'bangKhen' as const,
      level: level as 'provincial',
      candidateName: 'Nguyễn Văn A',
      submittedOn: '2025-11-01',
      outcome,
      appraisedOn: outcome === 'pending' ? null : '2025-11-20',
      returnReason: outcome === 'returned' ? 'Thiếu báo cáo thành tích' : null,
    });
    await db()
      .insert(dossiers)
      .values([
        dossier(fx.units.member.id, 'returned'),
        dossier(fx.units.member.id, 'approved'),
        dossier(fx.units.member.id, 'approved'),
        // Local dossiers do not count from the provincial level up.
        dossier(fx.units.member.id, 'returned', 'local'),
        dossier(fx.units.deputy.id, 'approved'),
      ]);
    const office = await as(fx.users.standingOffice.username);
    const url = `/clusters/${fx.cluster.id}/entries/returned-dossiers`;
    const written = await office.post(url, { criterionCode: 'I.2', minLevel: 'provincial' });
    expect(written.statusCode).toBe(200);
    const summary = written
      .json<{ units: { unitId: string; percent: string | null; action: string }[] }>()
      .units.map((u) => [u.unitId, u.percent, u.action]);
    expect(summary).toEqual(
      expect.arrayContaining([
        [fx.units.member.id, '33.33', 'written'],
        [fx.units.deputy.id, '0', 'written'],
        [fx.units.leader.id, null, 'noDossiers'],
      ]),
    );
    const values = await db()
      .select({ unitId: entries.unitId, value: entries.value, reason: entries.reason })
      .from(entries)
      .where(
        and(
          eq(entries.criteriaVersionId, fx.criteriaVersionId),
          eq(entries.criterionCode, 'I.2'),
          eq(entries.stage, 'standingOffice'),
        ),
      );
    expect(Object.fromEntries(values.map((v) => [v.unitId, Number(v.value)]))).toEqual({
      [fx.units.member.id]: 33.33,
      [fx.units.deputy.id]: 0,
    });
    const again = await office.post(url, { criterionCode: 'I.2', minLevel: 'provincial' });
    expect(again.json<{ units: { action: string }[] }>().units.map((u) => u.action)).not.toContain('written');

    const refusals: PostOutcome[] = [
      [fx.users.leader.username, { criterionCode: 'I.2' }, 403, 'FORBIDDEN'],
      [fx.users.otherStandingOffice.username, { criterionCode: 'I.2' }, 404, 'NOT_FOUND'],
      // II.2 is the units' own criterion: the standing-office layer is not its to write.
      [fx.users.standingOffice.username, { criterionCode: 'II.2' }, 403, 'FORBIDDEN'],
      [fx.users.standingOffice.username, { criterionCode: 'IX.9' }, 404, 'NOT_FOUND'],
      [fx.users.standingOffice.username, { criterionCode: 'I.2', minLevel: 'world' }, 400, 'VALIDATION'],
    ];
    await expectPostOutcomes(as, url, refusals);
  });
});
