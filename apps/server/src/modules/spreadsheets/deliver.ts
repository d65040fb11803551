import type { Database } from '@thidua/db';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../auth/actor';
import { recordAudit } from '../../audit/record-audit';
import { attachmentHeader } from '../../files/attachment-names';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The spreadsheets the product writes, as the audit log names them. */
export const SPREADSHEET_KINDS = {
  results: 'Bảng điểm và kết quả của cụm, khối',
  scoreTemplate: 'Mẫu nhập điểm',
  audit: 'Nhật ký thay đổi',
  ranking: 'Xếp hạng và đề nghị khen thưởng của cụm, khối',
  registrations: 'Tình hình đăng ký thi đua của cụm, khối',
  planTasks: 'Danh mục nhiệm vụ của kế hoạch',
  dossiers: 'Danh sách hồ sơ của đợt xét khen thưởng',
  unitsTemplate: 'Mẫu danh sách đơn vị',
  tasksTemplate: 'Mẫu danh sách nhiệm vụ của kế hoạch',
  criteria: 'Bộ tiêu chí của cụm, khối',
  criteriaTemplate: 'Mẫu nhập bộ tiêu chí',
  statistics: 'Thống kê của Hội đồng',
} as const;
export type SpreadsheetKind = keyof typeof SPREADSHEET_KINDS;

/** A written workbook with what the audit log keeps about it. */
export interface PreparedSpreadsheet {
  kind: SpreadsheetKind;
  bytes: Buffer;
  /** Without extension, in Vietnamese. */
  fileName: string;
  councilId: string;
  entityId: string;
  /** Ids and versions the file was made from. */
  source: Record<string, unknown>;
}

/**
 * Records who exported which spreadsheet from which data (its own small transaction: the data was read
 * on a snapshot) and sends it as an attachment with its Vietnamese name.
 */
export async function deliverSpreadsheet(
  db: Database,
  actor: Actor,
  prepared: PreparedSpreadsheet,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const fileName = `${prepared.fileName}.xlsx`;
  await recordAudit(db, actor, {
    councilId: prepared.councilId,
    entityType: 'spreadsheet',
    entityId: prepared.entityId,
    action: 'export',
    new: {
      spreadsheet: SPREADSHEET_KINDS[prepared.kind],
      fileName,
      ...prepared.source,
      bytes: prepared.bytes.length,
    },
  });
  return reply
    .header('content-type', XLSX_TYPE)
    .header('content-length', prepared.bytes.length)
    .header('content-disposition', attachmentHeader(fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(prepared.bytes);
}
