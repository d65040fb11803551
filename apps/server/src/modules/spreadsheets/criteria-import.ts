import type { Database } from '@thidua/db';
import type { Ruleset } from '@thidua/engine';
import {
  CRITERIA_TEMPLATE_NOTES,
  criteriaTemplateExample,
  readCriteriaImport,
  writeCriteriaSheet,
} from '@thidua/spreadsheets';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor';
import { invalid } from '../../http/errors';
import { compareRulesets } from '../criteria/compare-rulesets';
import { requireDrafter } from '../criteria/policy';
import { checkClusterRuleset } from '../criteria/ruleset-checks';
import { versionParams } from '@thidua/contracts/criteria-versions';
import { guardVersionWrite, loadVersion, rulesOf } from '../criteria/version-service';
import { deliverSpreadsheet, type PreparedSpreadsheet } from './deliver';
import { exportHeader } from './export-header';
import type { Upload } from './score-import';
import { type CriteriaImportView, criteriaImportView, spreadsheetResponse, XLSX_PRODUCES } from './schema';
import { raw, registerRoutes } from '../../http/route-table';

const TAGS = ['Bảng tính Excel'];

/** The version's ruleset in the office layout (anyone who may read the version). */
async function prepareCriteriaExport(
  db: Database,
  actor: Actor,
  versionId: string,
  template: boolean,
): Promise<PreparedSpreadsheet> {
  const { row, access } = await loadVersion(db, actor, versionId);
  if (template) requireDrafter(access);
  const header = await exportHeader(db, access.councilId);
  const ruleset = row.ruleset as unknown as Ruleset;
  const bytes = await writeCriteriaSheet(
    template
      ? {
          ruleset: criteriaTemplateExample(ruleset.name),
          creator: header.creator,
          notes: CRITERIA_TEMPLATE_NOTES,
        }
      : { ruleset, creator: header.creator },
  );
  return {
    kind: template ? 'criteriaTemplate' : 'criteria',
    bytes,
    fileName: template ? 'Mẫu bộ tiêu chí' : `Bộ tiêu chí - ${ruleset.name} - lần ${row.revision}`,
    councilId: access.councilId,
    entityId: row.id,
    source: { clusterId: row.clusterId, criteriaVersionId: row.id, criteriaRevision: row.revision },
  };
}

/**
 * A criteria sheet read into the draft's ruleset and checked as saving it would be (the engine and the
 * framework's rules), with the same guard as saving (drafter, stage, not issued). Nothing is saved: the
 * editor shows the result for review and saves it through the version's PATCH.
 */
async function previewCriteriaImport(
  db: Database,
  actor: Actor,
  versionId: string,
  bytes: Uint8Array,
): Promise<CriteriaImportView> {
  return db.transaction(async (tx) => {
    const loaded = await loadVersion(tx, actor, versionId);
    await guardVersionWrite(tx, loaded, 'nhập bộ tiêu chí từ Excel');
    const rules = rulesOf(loaded.framework);
    const base = loaded.row.ruleset as unknown as Ruleset;
    const result = await readCriteriaImport(bytes, {
      base,
      check: (ruleset) => checkClusterRuleset(ruleset, rules, 'ruleset').errors,
    });
    if (!result.ok) {
      throw invalid(
        result.errors.map((e) => ({ path: 'body.file', message: `${e.cell}: ${e.message}` })),
        `Tệp Excel có ${result.errors.length} lỗi; không nạp gì`,
      );
    }
    return {
      sheet: result.sheet,
      rows: result.rows,
      ruleset: result.ruleset,
      changes: compareRulesets(base, result.ruleset),
      version: loaded.row.version,
    };
  });
}

/** The criteria of a version as a spreadsheet: export, template, and the import's preview. */
export async function criteriaSpreadsheetRoutes(
  app: FastifyInstance,
  readUpload: (request: FastifyRequest) => Promise<Upload>,
): Promise<void> {
  registerRoutes(app, TAGS, [
    ...[false, true].map((template) =>
      raw(
        template
          ? 'GET /criteria-versions/:versionId/spreadsheets/criteria-template'
          : 'GET /criteria-versions/:versionId/spreadsheets/criteria',
        template
          ? 'Tải mẫu Excel bộ tiêu chí (một nhóm, hai tiêu chí ví dụ; danh sách cách chấm)'
          : 'Xuất Excel bộ tiêu chí theo mẫu thường dùng (STT/mã, nội dung, điểm chuẩn, cách chấm)',
        {
          description: template
            ? 'Người soạn bộ tiêu chí (cụm trưởng, cụm phó, cơ quan thường trực) tải mẫu, điền rồi nhập lại.'
            : 'Cùng bố cục với mẫu: nhập lại tệp không sửa cho đúng bộ tiêu chí này. Ai xem được phiên bản thì tải được.',
          params: versionParams,
          produces: XLSX_PRODUCES,
          200: spreadsheetResponse,
        },
        async ({ db, actor, params, reply }) => {
          const prepared = await prepareCriteriaExport(db, actor, params.versionId, template);
          return deliverSpreadsheet(db, actor, prepared, reply);
        },
      ),
    ),
    raw(
      'POST /criteria-versions/:versionId/spreadsheets/criteria-import/preview',
      'Đọc bộ tiêu chí từ tệp Excel vào dự thảo để xem trước (không lưu)',
      {
        description:
          'Gửi multipart/form-data, trường `file` (.xlsx): bảng có các cột STT/Mã, Nội dung, Điểm chuẩn, ' +
          'Cách chấm; nhóm là các hàng "I. …", "II. …". Kiểm tra như khi lưu dự thảo; lỗi nêu đúng ô ' +
          '(`Tiêu chí!C14: điểm chuẩn phải lớn hơn 0`), có lỗi thì không nạp gì. Trả về bộ tiêu chí và ' +
          'những gì khác dự thảo đã lưu; lưu bằng PATCH `/criteria-versions/{versionId}`.',
        consumes: ['multipart/form-data'],
        params: versionParams,
        200: criteriaImportView,
      },
      async ({ db, actor, params, request }) => {
        // The file is read only once the actor is known to draft this cluster's criteria.
        const { access } = await loadVersion(db, actor, params.versionId);
        requireDrafter(access);
        const upload = await readUpload(request);
        return previewCriteriaImport(db, actor, params.versionId, upload.bytes);
      },
    ),
  ]);
}
