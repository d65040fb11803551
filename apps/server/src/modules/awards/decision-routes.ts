import { councilDecisions } from '@thidua/db';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { findById, insertAudited, updateAudited } from '../../http/versioned-update';
import { pageOf, pageQuery, selectPage } from '../../http/pagination';
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
import { command, registerRoutes, route } from '../../http/route-table';

const entityType = 'councilDecision';

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
        const order = [desc(councilDecisions.signedOn), desc(councilDecisions.createdAt)];
        return selectPage(db, councilDecisions, where, order, query, (d) =>
          presentDecision(d, access.canWrite),
        );
      },
    ),
    command(
      'POST /periods/:periodId/decisions',
      'Ghi quyết định khen thưởng của Hội đồng (số, trích yếu, ngày ký, người ký)',
      {
        description: 'Chỉ cơ quan thường trực.',
        params: periodParams,
        body: decisionBody,
        201: decisionView,
      },
      async ({ tx, actor, params, body }) => {
        const access = await loadPeriodAccess(tx, actor, params.periodId);
        requirePeriodWrite(access);
        assertWritable(await loadPeriodForWrite(tx, access.period.id));
        const { councilId, id: periodId } = access.period;
        const values = {
          councilId,
          periodId,
          number: body.number,
          title: body.title,
          signedOn: body.signedOn ?? null,
          signer: blankToNull(body.signer) ?? null,
          note: blankToNull(body.note) ?? null,
        };
        const created = await insertAudited(tx, actor, councilDecisions, values, { councilId, entityType });
        return presentDecision(created, true);
      },
    ),
    command(
      'PATCH /decisions/:decisionId',
      'Sửa quyết định khen thưởng',
      { params: decisionParams, body: decisionPatch, 200: decisionView },
      async ({ tx, actor, params, body }) => {
        const before = await findById(tx, councilDecisions, params.decisionId, 'quyết định');
        const access = await loadPeriodAccess(tx, actor, before.periodId);
        requirePeriodWrite(access);
        assertWritable(await loadPeriodForWrite(tx, before.periodId));
        const { version, reason, ...fields } = body;
        const set = {
          number: fields.number,
          title: fields.title,
          signedOn: fields.signedOn,
          signer: blankToNull(fields.signer),
          note: blankToNull(fields.note),
        };
        const updated = await updateAudited(tx, actor, councilDecisions, before, version, set, {
          councilId: before.councilId,
          entityType,
          reason: reason?.trim() || null,
        });
        return presentDecision(updated, true);
      },
    ),
  ]);
}
