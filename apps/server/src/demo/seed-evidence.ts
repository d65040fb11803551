import { createHash } from 'node:crypto';
import { entries, evidenceFiles } from '@thidua/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type SeedContext, unitId } from './context';
import { at } from './periods-plan';
import { Random } from './random';
import type { SeededCluster, SeededPeriod } from './seed-period';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const JPEG = 'image/jpeg';

/**
 * A few evidence files on this year's self-scores of the demo accounts' units. Only the records: the
 * seed has no access to the file store, and the files module answers a download whose bytes are
 * missing with 404 (and logs it), so listing and counting evidence work as with real uploads.
 */
export async function seedEvidence(
  ctx: SeedContext,
  period: SeededPeriod,
  cluster: SeededCluster,
  keen: ReadonlySet<string>,
): Promise<void> {
  const unitCodes = cluster.cluster.members.filter((code) => keen.has(code));
  if (unitCodes.length === 0) return;
  const codeOf = new Map(unitCodes.map((code) => [unitId(ctx, code), code]));
  const selfEntries = await ctx.tx
    .select({ id: entries.id, unitId: entries.unitId, criterion: entries.criterionCode, plan: entries.plan })
    .from(entries)
    .where(
      and(
        eq(entries.criteriaVersionId, cluster.criteriaVersionId),
        eq(entries.stage, 'self'),
        inArray(entries.unitId, [...codeOf.keys()]),
      ),
    )
    .orderBy(asc(entries.criterionCode));
  // The first three quantitative results of each unit, as an officer attaches the year's reports.
  const chosen = [...codeOf.keys()].flatMap((id) =>
    selfEntries.filter((e) => e.unitId === id && e.plan !== null).slice(0, 3),
  );
  const year = period.plan.name.toLowerCase();
  const rows = chosen.flatMap((entry) => {
    const code = codeOf.get(entry.unitId)!;
    const rng = new Random('evidence', code, entry.criterion);
    const files = [
      { name: `Báo cáo kết quả thực hiện tiêu chí ${entry.criterion}, ${year}.pdf`, mime: PDF },
      rng.chance(0.5)
        ? { name: `Biểu số liệu tiêu chí ${entry.criterion}.xlsx`, mime: XLSX }
        : { name: `Ảnh hoạt động tiêu chí ${entry.criterion}.jpg`, mime: JPEG },
    ];
    return files.map((f) => ({
      entryId: entry.id,
      // The hash names bytes that were never stored; it is unique per file as a real upload's is.
      sha256: createHash('sha256').update(`thidua-demo|${code}|${entry.criterion}|${f.name}`).digest('hex'),
      originalName: f.name,
      sizeBytes: rng.int(80_000, 2_400_000),
      mimeType: f.mime,
      uploadedBy: ctx.staff.get(code)!,
      createdAt: at(period.plan.dates.selfScored, 14),
    }));
  });
  if (rows.length > 0) await ctx.tx.insert(evidenceFiles).values(rows);
}
