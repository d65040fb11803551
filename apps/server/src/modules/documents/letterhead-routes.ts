import { councilLetterheads } from '@thidua/db';
import type { FastifyInstance } from 'fastify';
import { isStandingOffice, requireCouncilMember, requireStandingOffice } from '../../access/council-access';
import { recordAudit } from '../../audit/record-audit';
import { saveCouncilRow } from '../../http/versioned-update';
import { letterheadOf, presentLetterhead } from './letterhead';
import { letterheadBody, letterheadParams, letterheadView } from './letterhead-schema';
import { registerRoutes, route } from '../../http/route-table';

const TAGS = ['Văn bản (Word, PDF)'];

/** The council's letterhead settings: read by its members, written by its standing office or administrator. */
export async function letterheadRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, TAGS, [
    route(
      'GET /councils/:councilId/letterhead',
      'Thiết lập văn bản của Hội đồng (cơ quan, địa danh, ký hiệu, người ký, nơi nhận)',
      {
        description:
          'Khi Hội đồng chưa thiết lập, trả về giá trị mặc định suy từ tên Hội đồng (`saved: false`).',
        params: letterheadParams,
        200: letterheadView,
      },
      async ({ db, actor, params }) => {
        const access = requireCouncilMember(actor, params.councilId);
        const { letterhead, row } = await letterheadOf(db, params.councilId);
        return presentLetterhead(params.councilId, letterhead, row, isStandingOffice(access));
      },
    ),
    route(
      'PUT /councils/:councilId/letterhead',
      'Lưu thiết lập văn bản của Hội đồng',
      {
        description:
          'Cơ quan thường trực hoặc quản trị Hội đồng. Gửi `version` đã đọc (0 khi chưa có thiết lập); ' +
          'sai phiên bản → 409. Mọi thay đổi được ghi nhật ký.',
        params: letterheadParams,
        body: letterheadBody,
        200: letterheadView,
      },
      async ({ db, actor, params, body }) => {
        const { councilId } = params;
        requireStandingOffice(actor, councilId);
        const { version, ...fields } = body;
        const saved = await db.transaction(async (tx) => {
          const { before, after } = await saveCouncilRow(tx, councilLetterheads, councilId, version, fields);
          await recordAudit(tx, actor, {
            councilId,
            entityType: 'letterhead',
            entityId: after.id,
            action: before ? 'update' : 'create',
            ...(before ? { old: before } : {}),
            new: after,
          });
          return after;
        });
        const { letterhead } = await letterheadOf(db, councilId);
        return presentLetterhead(councilId, letterhead, saved, true);
      },
    ),
  ]);
}
