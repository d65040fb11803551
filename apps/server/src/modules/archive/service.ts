import { createWriteStream, mkdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  clusters,
  councils,
  criteriaVersions,
  type Database,
  entries,
  evidenceFiles,
  periods,
  units,
} from '@thidua/db';
import { asc, eq, inArray } from 'drizzle-orm';
import * as tar from 'tar';
import { requireStandingOffice } from '../../access/council-access';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { notFound } from '../../http/errors';
import { auditCsv } from '../audit/export';
import { auditWhere } from '../audit/query';
import { clustersWithIssuedCriteria } from '../criteria/issued';
import { computeResults, exportPeriodFile } from '../results/service';
import type { FileStore } from '../../files/blob-store';

// Everything a council holds, as one archive it can take elsewhere (issue #17 §5):
//   manifest.json                         what is inside, with counts
//   periods/<year>-<period>/<cluster>/period.json   the cluster's thidua/period@1 file (its issued
//                                          criteria, units, best entries, adjustments, quotas, votes):
//                                          `npx thidua score` or the import of any thidua gives its results
//   periods/<year>-<period>/<cluster>/results.json  the engine's result, as the API returns it
//   audit/nhat-ky-thay-doi.csv            the whole audit log of the council, one record per changed field
//   evidence/index.csv                    each evidence file: period, cluster, unit, criterion, layer, name
//   evidence/<sha256>                     the files themselves
// Read on the council's data as it is at the moment of export (each cluster on its own snapshot).

export const ARCHIVE_FORMAT = 'thidua/council-archive@1';

/** A path segment from a code or a name: letters, digits and dashes only. */
const segment = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'x';

const csvCell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export interface CouncilArchive {
  /** A gzipped tar file on disk, removed by `dispose`. */
  path: string;
  fileName: string;
  dispose(): Promise<void>;
}

export async function buildCouncilArchive(
  db: Database,
  actor: Actor,
  councilId: string,
  store: FileStore,
  now = new Date(),
): Promise<CouncilArchive> {
  requireStandingOffice(actor, councilId);
  const [council] = await db.select().from(councils).where(eq(councils.id, councilId)).limit(1);
  if (!council) throw notFound('hội đồng');
  const work = await mkdtemp(join(tmpdir(), 'thidua-archive-'));
  const root = join(work, 'archive');
  mkdirSync(root);
  try {
    const periodRows = await db
      .select()
      .from(periods)
      .where(eq(periods.councilId, councilId))
      .orderBy(asc(periods.year), asc(periods.startsOn));
    const clusterRows = periodRows.length
      ? await db
          .select()
          .from(clusters)
          .where(
            inArray(
              clusters.periodId,
              periodRows.map((p) => p.id),
            ),
          )
          .orderBy(asc(clusters.code))
      : [];
    const withCriteria = await clustersWithIssuedCriteria(
      db,
      clusterRows.map((c) => c.id),
    );

    const listed: { period: string; cluster: string; path: string; units: number; scored: boolean }[] = [];
    const folderOf = new Map<string, string>();
    for (const period of periodRows) {
      const periodFolder = `${period.year}-${segment(period.name)}`;
      for (const cluster of clusterRows.filter((c) => c.periodId === period.id)) {
        const folder = join('periods', periodFolder, segment(cluster.code));
        folderOf.set(cluster.id, folder);
        mkdirSync(join(root, folder), { recursive: true });
        if (!withCriteria.has(cluster.id)) {
          listed.push({ period: period.name, cluster: cluster.name, path: folder, units: 0, scored: false });
          continue;
        }
        const file = await exportPeriodFile(db, actor, cluster.id);
        const result = await computeResults(db, actor, cluster.id);
        await writeFile(join(root, folder, 'period.json'), `${JSON.stringify(file, null, 2)}\n`);
        await writeFile(join(root, folder, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
        listed.push({
          period: period.name,
          cluster: cluster.name,
          path: folder,
          units: file.units.length,
          scored: true,
        });
      }
    }

    // The audit log, as the CSV export writes it (the same labels and one record per field).
    mkdirSync(join(root, 'audit'));
    await pipeline(
      auditCsv(db, auditWhere({ councilId }), councilId),
      createWriteStream(join(root, 'audit', 'nhat-ky-thay-doi.csv')),
    );

    // Evidence: the index and the files (each stored once, by its hash).
    mkdirSync(join(root, 'evidence'));
    const evidence = clusterRows.length
      ? await db
          .select({ file: evidenceFiles, entry: entries, unitName: units.name })
          .from(evidenceFiles)
          .innerJoin(entries, eq(entries.id, evidenceFiles.entryId))
          .innerJoin(units, eq(units.id, entries.unitId))
          .where(eq(units.councilId, councilId))
          .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id))
      : [];
    const clusterOfVersion = new Map(
      (evidence.length
        ? await db
            .select({ id: criteriaVersions.id, clusterId: criteriaVersions.clusterId })
            .from(criteriaVersions)
            .where(inArray(criteriaVersions.id, [...new Set(evidence.map((e) => e.entry.criteriaVersionId))]))
        : []
      ).map((row) => [row.id, row.clusterId] as const),
    );
    const index = ['Thư mục cụm, khối,Đơn vị,Tiêu chí,Lớp chấm,Tên tệp,Kích thước (byte),SHA-256'];
    const copied = new Set<string>();
    let missing = 0;
    for (const { file, entry, unitName } of evidence) {
      if (!copied.has(file.sha256)) {
        const source = await store.open(file.sha256);
        if (!source) {
          missing++;
          continue;
        }
        copied.add(file.sha256);
        await pipeline(source, createWriteStream(join(root, 'evidence', file.sha256)));
      }
      const clusterId = clusterOfVersion.get(entry.criteriaVersionId);
      index.push(
        [
          clusterId ? (folderOf.get(clusterId) ?? '') : '',
          unitName,
          entry.criterionCode,
          entry.stage,
          file.originalName,
          String(file.sizeBytes),
          file.sha256,
        ]
          .map(csvCell)
          .join(','),
      );
    }
    await writeFile(join(root, 'evidence', 'index.csv'), `\uFEFF${index.join('\r\n')}\r\n`);

    const manifest = {
      format: ARCHIVE_FORMAT,
      council: { code: council.code, name: council.name },
      createdAt: now.toISOString(),
      periods: periodRows.length,
      clusters: listed,
      evidenceFiles: evidence.length - missing,
      missingEvidenceFiles: missing,
    };
    await writeFile(join(root, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

    const day = now.toISOString().slice(0, 10);
    const fileName = `thidua-${segment(council.code)}-${day}.tar.gz`;
    const path = join(work, fileName);
    await tar.create({ file: path, cwd: root, gzip: true, portable: true }, ['.']);
    await recordAudit(db, actor, {
      councilId,
      entityType: 'councilArchive',
      entityId: councilId,
      action: 'exportArchive',
      new: { fileName, periods: periodRows.length, clusters: listed.length, evidenceFiles: copied.size },
    });
    return { path, fileName, dispose: () => rm(work, { recursive: true, force: true }) };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
