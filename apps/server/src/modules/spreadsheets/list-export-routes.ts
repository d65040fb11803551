import type { Database } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../auth/actor';
import { registerRoutes } from '../../http/route-table';
import type { PreparedSpreadsheet } from './deliver';
import { prepareDossiersWorkbook } from './dossiers-export';
import { preparePlanTasksWorkbook } from './plan-tasks-export';
import { prepareRankingWorkbook } from './ranking-export';
import { prepareRegistrationsWorkbook } from './registrations-export';
import { spreadsheetExport } from './workbook-routes';

const TAGS = ['Bảng tính Excel'];

const clusterId = z.object({ clusterId: z.uuid({ error: 'Mã cụm, khối không hợp lệ' }) });
const planId = z.object({ planId: z.uuid({ error: 'Mã kế hoạch không hợp lệ' }) });
const batchId = z.object({ batchId: z.uuid({ error: 'Mã đợt xét khen thưởng không hợp lệ' }) });

/** One list's export: its address, what the OpenAPI document says of it, and how it is prepared. */
interface ListExport<P extends z.ZodObject> {
  url: `/${string}`;
  summary: string;
  /** Who may download it: the readers of the list it is made from. */
  description: string;
  params: P;
  prepare: (db: Database, actor: Actor, params: z.infer<P>) => Promise<PreparedSpreadsheet>;
}

function listExport<P extends z.ZodObject>(spec: ListExport<P>): ListExport<z.ZodObject> {
  return spec;
}

/** The exports of the screens' lists (issue #13 §1), each from the list's own service and access rule. */
export const LIST_EXPORTS = [
  listExport({
    url: '/clusters/:clusterId/spreadsheets/ranking',
    summary: 'Xuất Excel xếp hạng và đề nghị khen thưởng của cụm, khối',
    description:
      'Hai trang: "Xếp hạng" (đúng bằng `/clusters/{clusterId}/results`: hạng, đơn vị, điểm cuối cùng, chính ' +
      'thức hay tạm tính, khen thưởng theo kết quả, các đề nghị) và "Đề nghị khen thưởng" (đúng bằng ' +
      '`/clusters/{clusterId}/proposals`). Ai xem được danh sách đề nghị và kết quả thì tải được.',
    params: clusterId,
    prepare: (db, actor, p) => prepareRankingWorkbook(db, actor, p.clusterId),
  }),
  listExport({
    url: '/clusters/:clusterId/spreadsheets/registrations',
    summary: 'Xuất Excel tình hình đăng ký thi đua và ký giao ước của cụm, khối',
    description:
      'Đúng bằng `/clusters/{clusterId}/registrations` (đơn vị thành viên chỉ thấy bản của mình cho đến khi ' +
      'cả cụm, khối đã gửi), kèm danh hiệu đăng ký và ngày ký giao ước (`/clusters/{clusterId}/pacts`).',
    params: clusterId,
    prepare: (db, actor, p) => prepareRegistrationsWorkbook(db, actor, p.clusterId),
  }),
  listExport({
    url: '/plans/:planId/spreadsheets/tasks',
    summary: 'Xuất Excel danh mục nhiệm vụ của kế hoạch (các cột của phụ lục kế hoạch)',
    description:
      'Đúng bằng `/plans/{planId}/tasks`: thời hạn ghi như trên màn hình, tình trạng, số ngày quá hạn. ' +
      'Mọi người trong Hội đồng.',
    params: planId,
    prepare: (db, actor, p) => preparePlanTasksWorkbook(db, actor, p.planId),
  }),
  listExport({
    url: '/dossier-batches/:batchId/spreadsheets/dossiers',
    summary: 'Xuất Excel danh sách hồ sơ đề nghị khen thưởng của đợt xét',
    description:
      'Đúng bằng `/dossier-batches/{batchId}/dossiers`, kèm đối chiếu thành phần hồ sơ ("Thiếu N thành ' +
      'phần" / "Đủ thành phần") và lý do trả lại. Mọi người trong Hội đồng.',
    params: batchId,
    prepare: (db, actor, p) => prepareDossiersWorkbook(db, actor, p.batchId),
  }),
];

/** Registers every list export: a GET that prepares the workbook, audits it and sends it. */
export async function listExportRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(
    app,
    TAGS,
    LIST_EXPORTS.map((spec) =>
      spreadsheetExport(
        `GET ${spec.url}`,
        spec.summary,
        { description: spec.description, params: spec.params },
        async ({ db, actor, params }) => spec.prepare(db, actor, params),
      ),
    ),
  );
}
