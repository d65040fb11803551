import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLog } from '@thidua/db';
import { buildClusterOf, buildCouncil, buildPeriod, databaseTestTargets } from '@thidua/db/testing';
import { and, eq } from 'drizzle-orm';
import * as tar from 'tar';
import { describe, expect, it } from 'vitest';
import { buildUser, useTestApp } from './harness';
import { buildScoringCluster, putNewEntry, type ErrorJson, SAMPLES, upload } from './scoring-fixture';

interface UnitResultJson {
  id: string;
  final: string;
  rank: number;
  status: string;
  award: string | null;
}

describe.each(databaseTestTargets())('the council archive on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  it('holds every cluster’s period file and results, the audit log and the evidence; its period files give the same results in an empty council', async () => {
    const fx = await buildScoringCluster(db());
    const member = await as(fx.users.member.username);
    const leader = await as(fx.users.leader.username);
    const saved = await putNewEntry(member, fx, fx.units.member.id, 'I.1', 'self', { plan: 10, actual: 12 });
    expect(saved.statusCode).toBe(200);
    expect(
      (await putNewEntry(leader, fx, fx.units.leader.id, 'I.1', 'self', { plan: 10, actual: 8 })).statusCode,
    ).toBe(200);
    const uploaded = await upload(app(), member, `/entries/${saved.json<{ id: string }>().id}/evidence`, {
      name: 'Báo cáo quý I.pdf',
      bytes: SAMPLES.pdf,
    });
    expect(uploaded.statusCode).toBe(201);

    const office = await as(fx.users.standingOffice.username);
    const results = (await office.get(`/clusters/${fx.cluster.id}/results`)).json<{
      units: UnitResultJson[];
    }>();
    const auditCsv = (await office.get(`/councils/${fx.council.id}/audit/export`)).body;

    const response = await office.get(`/councils/${fx.council.id}/archive`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/gzip');
    expect(response.headers['content-disposition']).toMatch(/\.tar\.gz/);

    const dir = mkdtempSync(join(tmpdir(), 'thidua-archive-test-'));
    try {
      writeFileSync(join(dir, 'a.tar.gz'), response.rawPayload);
      await tar.extract({ file: join(dir, 'a.tar.gz'), cwd: dir, strict: true });
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        format: string;
        clusters: { path: string; scored: boolean; units: number }[];
        evidenceFiles: number;
      };
      expect(manifest.format).toBe('thidua/council-archive@1');
      expect(manifest.clusters).toHaveLength(1);
      expect(manifest.clusters[0]).toMatchObject({ scored: true, units: 4 });
      expect(manifest.evidenceFiles).toBe(1);
      const folder = join(dir, manifest.clusters[0]!.path);
      expect(JSON.parse(readFileSync(join(folder, 'results.json'), 'utf8'))).toEqual(results);
      expect(readFileSync(join(dir, 'audit', 'nhat-ky-thay-doi.csv'), 'utf8')).toBe(auditCsv);
      const index = readFileSync(join(dir, 'evidence', 'index.csv'), 'utf8');
      expect(index).toContain('Báo cáo quý I.pdf');
      const sha = index.trim().split('\r\n')[1]!.split(',').at(-1)!;
      expect(readFileSync(join(dir, 'evidence', sha)).equals(SAMPLES.pdf)).toBe(true);

      // The period file, imported into an empty cluster of another council, gives the same results.
      const other = await buildCouncil(db(), 'Hội đồng nhận dữ liệu');
      const otherOffice = await buildUser(db(), other.id, 'standingOffice');
      const period = await buildPeriod(db(), other.id, { stage: 'setup' });
      const cluster = await buildClusterOf(db(), period.id);
      const receiver = await as(otherOffice.username);
      const periodFile: unknown = JSON.parse(readFileSync(join(folder, 'period.json'), 'utf8'));
      const imported = await receiver.post(`/clusters/${cluster.id}/period-file?unitType=ward`, periodFile);
      expect(imported.statusCode, imported.body).toBe(201);
      const again = (await receiver.get(`/clusters/${cluster.id}/results`)).json<{
        units: UnitResultJson[];
      }>();
      const essence = (doc: { units: UnitResultJson[] }) =>
        doc.units.map((u) => ({ id: u.id, final: u.final, rank: u.rank, status: u.status, award: u.award }));
      expect(essence(again)).toEqual(essence(results));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Recorded: who took the council's whole data.
    const events = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, fx.council.id), eq(auditLog.action, 'exportArchive')));
    expect(events).toHaveLength(1);
    expect(events[0]!.actorUserId).toBe(fx.users.standingOffice.id);
  });

  it('is refused to a member unit, a council member and another council’s office', async () => {
    const fx = await buildScoringCluster(db());
    const outsiderCouncil = await buildCouncil(db(), 'Hội đồng khác');
    const outsider = await buildUser(db(), outsiderCouncil.id, 'standingOffice');
    for (const username of [fx.users.member.username, fx.users.councilMember.username]) {
      const client = await as(username);
      const response = await client.get(`/councils/${fx.council.id}/archive`);
      expect(response.statusCode, username).toBe(403);
      expect(response.json<ErrorJson>().error.code).toBe('FORBIDDEN');
    }
    // Another council's office is not told the council exists, as everywhere else.
    const stranger = await as(outsider.username);
    expect((await stranger.get(`/councils/${fx.council.id}/archive`)).statusCode).toBe(404);
    expect(
      await db()
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.councilId, fx.council.id), eq(auditLog.action, 'exportArchive'))),
    ).toEqual([]);
  });
});
