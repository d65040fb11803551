import { councilLetterheads, councils } from '@thidua/db';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isStandingOffice, requireCouncilMember, requireStandingOffice } from '../../access/council-access';
import { recordAudit } from '../../audit/record-audit';
import { requireActor } from '../../auth/actor';
import { AppError, notFound } from '../../http/errors';
import { updateVersioned } from '../../http/versioned-update';
import { letterheadOf, presentLetterhead } from './letterhead';
import { letterheadBody, letterheadParams, letterheadView } from './letterhead-schema';

const TAGS = ['Văn bản (Word, PDF)'];

/** The council's letterhead settings: read by its members, written by its standing office or administrator. */
export async function letterheadRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;

  r.get(
    '/councils/:councilId/letterhead',
    {
      schema: {
        tags: TAGS,
        summary: 'Thiết lập văn bản của Hội đồng (cơ quan, địa danh, ký hiệu, người ký, nơi nhận)',
        description:
          'Khi Hội đồng chưa thiết lập, trả về giá trị mặc định suy từ tên Hội đồng (`saved: false`).',
        params: letterheadParams,
        response: { 200: letterheadView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const access = requireCouncilMember(actor, request.params.councilId);
      const { letterhead, row } = await letterheadOf(db, request.params.councilId);
      return presentLetterhead(request.params.councilId, letterhead, row, isStandingOffice(access));
    },
  );

  r.put(
    '/councils/:councilId/letterhead',
    {
      schema: {
        tags: TAGS,
        summary: 'Lưu thiết lập văn bản của Hội đồng',
        description:
          'Cơ quan thường trực hoặc quản trị Hội đồng. Gửi `version` đã đọc (0 khi chưa có thiết lập); ' +
          'sai phiên bản → 409. Mọi thay đổi được ghi nhật ký.',
        params: letterheadParams,
        body: letterheadBody,
        response: { 200: letterheadView },
      },
    },
    async (request) => {
      const actor = requireActor(request.actor);
      const { councilId } = request.params;
      requireStandingOffice(actor, councilId);
      const { version, ...fields } = request.body;
      const saved = await db.transaction(async (tx) => {
        const [council] = await tx.select().from(councils).where(eq(councils.id, councilId)).limit(1);
        if (!council) throw notFound('hội đồng');
        const [before] = await tx
          .select()
          .from(councilLetterheads)
          .where(eq(councilLetterheads.councilId, councilId))
          .for('update');
        let after;
        if (!before) {
          // The first save creates the row: the client read the defaults (version 0).
          if (version !== 0) throw new AppError('STALE');
          [after] = await tx
            .insert(councilLetterheads)
            .values({ councilId, ...fields })
            .onConflictDoNothing()
            .returning();
          if (!after) throw new AppError('STALE');
        } else {
          after = await updateVersioned(tx, councilLetterheads, before.id, version, fields);
        }
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
  );
}
