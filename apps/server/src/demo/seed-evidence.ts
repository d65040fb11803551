import { createHash } from 'node:crypto';
import { entries, evidenceFiles } from '@thidua/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { type SeedContext, unitId } from './context';
import { unitName } from './data/province';
import { demoPdf, demoPng } from './evidence-bytes';
import { at } from './periods-plan';
import { Random } from './random';
import type { SeededCluster, SeededPeriod } from './seed-period';

const PDF = 'application/pdf';
const PNG = 'image/png';

/**
 * A few evidence files on this year's self-scores of the demo accounts' units: a one-page report (PDF)
 * and sometimes a chart (PNG), with real bytes. The records go in the seed's transaction; the bytes are
 * returned in `ctx.files` (by SHA-256) for the caller to write to the file store.
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
    const unit = unitName(code);
    const report = {
      name: `Báo cáo kết quả thực hiện tiêu chí ${entry.criterion}, ${year}.pdf`,
      mime: PDF,
      bytes: demoPdf(`Bao cao ket qua thuc hien tieu chi ${entry.criterion}`, [
        unit,
        period.plan.name,
        `Ke hoach (plan): ${entry.plan ?? ''}`,
        'Tai lieu minh hoa cua du lieu demo thidua.',
      ]),
    };
    const chart = {
      name: `Biểu đồ kết quả tiêu chí ${entry.criterion}.png`,
      mime: PNG,
      bytes: demoPng(Array.from({ length: 6 }, () => rng.int(35, 100))),
    };
    const files = rng.chance(0.5) ? [report, chart] : [report];
    return files.map((f) => {
      const sha256 = createHash('sha256').update(f.bytes).digest('hex');
      ctx.files.set(sha256, f.bytes);
      return {
        entryId: entry.id,
        sha256,
        originalName: f.name,
        sizeBytes: f.bytes.length,
        mimeType: f.mime,
        uploadedBy: ctx.staff.get(code)!,
        createdAt: at(period.plan.dates.selfScored, 14),
      };
    });
  });
  if (rows.length > 0) await ctx.tx.insert(evidenceFiles).values(rows);
}
