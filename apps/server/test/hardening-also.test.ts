import { adjustments, evidenceFiles } from '@thidua/db';
import { databaseTestTargets, uniqueSuffix } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildUnit, buildUser, useTestApp } from './harness';
import { buildScoringCluster, type ErrorJson, memberSelfEntry, SAMPLES, upload } from './scoring-fixture';

// The "also found" list of the outside review (issue #8). Each test failed on the code before its fix.

describe.each(databaseTestTargets())('also found on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  it('tells staff of a unit outside the cluster that the table is not theirs', async () => {
    const fx = await buildScoringCluster(db());
    const outside = await buildUnit(db(), fx.council.id, 'Xã Ngoài Cụm', {
      code: `ngoai-${uniqueSuffix()}`,
      type: 'commune',
    });
    const staff = await buildUser(db(), fx.council.id, 'unitStaff', outside.id);
    const client = await as(staff.username);
    const sheet = await client.get(`/clusters/${fx.cluster.id}/scoring-sheet`);
    expect(sheet.statusCode).toBe(403);
    expect(sheet.json<ErrorJson>().error.message).toBe('Bảng điểm này không thuộc cụm, khối của đơn vị bạn');
    const results = await client.get(`/clusters/${fx.cluster.id}/results`);
    expect(results.statusCode).toBe(403);
    expect(results.json<ErrorJson>().error.message).not.toContain('chưa công bố');
  });

  it('refuses a deduction counted zero times', async () => {
    const fx = await buildScoringCluster(db());
    const so = await as(fx.users.standingOffice.username);
    const response = await so.post(`/clusters/${fx.cluster.id}/adjustments`, {
      unitId: fx.units.member.id,
      itemCode: 'PHE_BINH',
      count: 0,
      sourceNumber: '45/TB-UBND',
      sourceDate: '2025-09-12',
      sourceIssuer: 'UBND tỉnh',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error.fields?.map((f) => f.path)).toContain('body.count');
    expect(
      await db().select().from(adjustments).where(eq(adjustments.criteriaVersionId, fx.criteriaVersionId)),
    ).toEqual([]);
  });

  it('refuses an evidence file name with a bidi override instead of keeping it', async () => {
    const fx = await buildScoringCluster(db());
    const { member, entryId } = await memberSelfEntry(as, fx);
    const response = await upload(app(), member, `/entries/${entryId}/evidence`, {
      name: 'Báo cáo \u202egnp.pdf',
      bytes: SAMPLES.pdf,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorJson>().error.fields?.map((f) => f.path)).toEqual(['body.file']);
    expect(await db().select().from(evidenceFiles).where(eq(evidenceFiles.entryId, entryId))).toEqual([]);
  });

  it('refuses an evidence file name that is not valid UTF-8 (a lone surrogate) instead of replacing it', async () => {
    const fx = await buildScoringCluster(db());
    const { member, entryId } = await memberSelfEntry(as, fx);
    // "Báo cáo" then U+D800 as a client encoding a lone surrogate sends it (ED A0 80), then ".pdf":
    // decoded, that is U+FFFD in the name, which would be kept silently as a different name.
    const name = Buffer.concat([
      Buffer.from('Báo cáo '),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from('.pdf'),
    ]);
    const response = await upload(app(), member, `/entries/${entryId}/evidence`, {
      name,
      bytes: SAMPLES.pdf,
    });
    expect(response.statusCode).toBe(400);
    const error = response.json<ErrorJson>().error;
    expect(error.fields?.map((f) => f.path)).toEqual(['body.file']);
    expect(error.message).toMatch(/Tên tệp/);
    expect(await db().select().from(evidenceFiles).where(eq(evidenceFiles.entryId, entryId))).toEqual([]);
  });
});
