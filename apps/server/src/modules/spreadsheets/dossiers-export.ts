import type { Database } from '@thidua/db';
import type { TableSheet } from '@thidua/spreadsheets';
import {
  DOSSIER_KIND_NAMES,
  DOSSIER_LEVEL_NAMES,
  DOSSIER_OUTCOME_NAMES,
  DOSSIER_SUBJECT_NAMES,
} from '@thidua/vocabulary';
import type { Actor } from '../../auth/actor';
import { vietnameseDate } from '../../kernel/dates';
import { loadComponents, missingComponents } from '../dossiers/requirements';
import { listBatchDossiers } from '../dossiers/queries';
import { findBatch } from '../dossiers/service';
import { councilUnitNames } from '../organisation/unit-names';
import type { PreparedSpreadsheet } from './deliver';
import { dataReadAt, tablesWorkbook } from './export-header';
import { allPages, calendarDay } from './list-pages';

/** A dossier's components against the required list, as the dossiers screen says it. */
export function completenessText(missing: number): string {
  return missing === 0 ? 'Đủ thành phần' : `Thiếu ${missing} thành phần`;
}

/**
 * A dossier batch's dossiers as .xlsx, from exactly what `/dossier-batches/:id/dossiers` gives (same
 * order, the bars to approval) and each dossier's components checked as `/dossiers/:id/components`
 * checks them. Anyone in the council, as the list.
 */
export async function prepareDossiersWorkbook(
  db: Database,
  actor: Actor,
  batchId: string,
): Promise<PreparedSpreadsheet> {
  const list = await allPages((q) => listBatchDossiers(db, actor, batchId, q));
  const { batch } = await findBatch(db, actor, batchId);
  const unitName = await councilUnitNames(db, batch.councilId);
  const missing = new Map<string, number>();
  for (const d of list) {
    missing.set(d.id, missingComponents(d, await loadComponents(db, d.id)).length);
  }
  const sheet: TableSheet = {
    name: 'Hồ sơ đề nghị khen thưởng',
    title: `Danh sách hồ sơ đề nghị khen thưởng — ${batch.name}`,
    subtitle: [
      batch.submissionDueOn
        ? `Hạn nộp hồ sơ: ${vietnameseDate(batch.submissionDueOn)}`
        : 'Đợt xét khen thưởng',
      dataReadAt(),
    ],
    columns: [
      { header: 'STT', kind: 'integer', width: 6 },
      { header: 'Tập thể, cá nhân', kind: 'text', width: 30 },
      { header: 'Đối tượng', kind: 'text', width: 10 },
      { header: 'Đơn vị', kind: 'text', width: 28 },
      { header: 'Hình thức', kind: 'text', width: 26 },
      { header: 'Danh hiệu, hình thức đề nghị', kind: 'text', width: 26 },
      { header: 'Cấp', kind: 'text', width: 12 },
      { header: 'Ngày nộp', kind: 'date', width: 12 },
      { header: 'Thành phần hồ sơ', kind: 'text', width: 18 },
      { header: 'Thẩm định', kind: 'text', width: 14 },
      { header: 'Ngày thẩm định', kind: 'date', width: 12 },
      { header: 'Lý do trả lại', kind: 'text', width: 30 },
      { header: 'Chưa được đề nghị vì', kind: 'text', width: 30 },
    ],
    rows: list.map((d, i) => [
      i + 1,
      d.candidateName,
      DOSSIER_SUBJECT_NAMES[d.subject] ?? '',
      unitName.get(d.unitId) ?? '',
      DOSSIER_KIND_NAMES[d.kind] ?? '',
      d.awardName,
      DOSSIER_LEVEL_NAMES[d.level] ?? '',
      calendarDay(d.submittedOn),
      completenessText(missing.get(d.id) ?? 0),
      DOSSIER_OUTCOME_NAMES[d.outcome] ?? '',
      calendarDay(d.appraisedOn),
      d.returnReason,
      d.barringReasons.join('; ') || null,
    ]),
    landscape: true,
  };
  return tablesWorkbook(db, [sheet], {
    kind: 'dossiers',
    fileName: `Hồ sơ đề nghị khen thưởng - ${batch.name}`,
    councilId: batch.councilId,
    entityId: batchId,
    source: { batchId, version: batch.version, dossiers: list.length },
  });
}
