import { councilDecisions } from '@thidua/db';
import { count, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { recordAudit } from '../../audit/record-audit';
import { updateVersioned } from '../../http/versioned-update';
import { notFound } from '../../http/errors';
import { offsetOf, pageOf, pageQuery } from '../../http/pagination';
import { loadPeriodForWrite } from '../../workflow/stage-guards';
import { assertWritable } from '../../workflow/stage-table';
import { blankToNull } from '../../kernel/text';
import { loadPeriodAccess, requirePeriodWrite } from './policy';
import { presentDecision } from './presenter';
import { AWARD_TAGS } from './quota-routes';
import {
  decisionBody,
  decisionParams,
  decisionPatch,
  decisionView,
  periodParams,
} from '@thidua/contracts/awards';
import { registerRoutes, route } from '../../http/route-table';

/** The council's decisions (quyết định) that grant or refuse the proposals of a period. */
export async function decisionRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(app, AWARD_TAGS, [
    route(
      'GET /periods/:periodId/decisions',
      'Quyết định khen thưởng của Hội đồng trong kỳ',
      { params: periodParams, query: pageQuery, 200: pageOf(decisionView) },
      async ({ db, actor, params, query }) => {
        // Decisions are published documents: everyone in the council may read them.
        const access = await loadPeriodAccess(db, actor, params.periodId);
        const where = eq(councilDecisions.periodId, access.period.id);
        const [rows, [total]] = await Promise.all([
          db
            .select()
            .from(councilDecisions)
            .where(where)
            .orderBy(desc(councilDecisions.signedOn), desc(councilDecisions.createdAt))
            .limit(query.pageSize)
            .offset(offsetOf(query)),
          db.select({ n: count() }).from(councilDecisions).where(where),
        ]);
        return {
          items: rows.map((d) => presentDecision(d, access.canWrite)),
          total: total?.n ?? 0,
          page: query.page,
          pageSize: query.pageSize,
        };
      },
    ),
    route(
      'POST /periods/:periodId/decisions',
      'Ghi quyết định khen thưởng của Hội đồng (số, trích yếu, ngày ký, người ký)',
      {
        description: 'Chỉ cơ quan thường trực.',
        params: periodParams,
        body: decisionBody,
        201: decisionView,
      },
      async ({ db, actor, params, body }) => {
        const view = await db.transaction(async (tx) => {
          const access = await loadPeriodAccess(tx, actor, params.periodId);
          requirePeriodWrite(access);
          assertWritable(await loadPeriodForWrite(tx, access.period.id));
          const [created] = await tx
            .insert(councilDecisions)
            .values({
              councilId: access.period.councilId,
              periodId: access.period.id,
              number: body.number,
              title: body.title,
              signedOn: body.signedOn ?? null,
              signer: blankToNull(body.signer) ?? null,
              note: blankToNull(body.note) ?? null,
            })
            .returning();
          await recordAudit(tx, actor, {
            councilId: access.period.councilId,
            entityType: 'councilDecision',
            entityId: created!.id,
            action: 'create',
            new: created,
          });
          return presentDecision(created!, true);
        });
        return view;
      },
    ),
    route(
      'PATCH /decisions/:decisionId',
      'Sửa quyết định khen thưởng',
      { params: decisionParams, body: decisionPatch, 200: decisionView },
      async ({ db, actor, params, body }) => {
        return db.transaction(async (tx) => {
          const [before] = await tx
            .select()
            .from(councilDecisions)
            .where(eq(councilDecisions.id, params.decisionId))
            .limit(1);
          if (!before) throw notFound('quyết định');
          const access = await loadPeriodAccess(tx, actor, before.periodId);
          requirePeriodWrite(access);
          assertWritable(await loadPeriodForWrite(tx, before.periodId));
          const { version, reason, ...fields } = body;
          const updated = await updateVersioned(tx, councilDecisions, before.id, version, {
            number: fields.number,
            title: fields.title,
            signedOn: fields.signedOn,
            signer: blankToNull(fields.signer),
            note: blankToNull(fields.note),
          });
          await recordAudit(tx, actor, {
            councilId: before.councilId,
            entityType: 'councilDecision',
            entityId: before.id,
            action: 'update',
            old: before,
            new: updated,
            reason: reason?.trim() || null,
          });
          return presentDecision(updated, true);
        });
      },
    ),
  ]);
}
