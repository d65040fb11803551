import { clusterMembers, type Database, type Pact, pacts, type Transaction, units } from '@thidua/db';
import { and, asc, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type ClusterAccess, canRead, loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { insertAudited, updateAudited } from '../../http/versioned-update';
import { AppError, forbidden, invalid, notFound } from '../../http/errors';
import { offsetOf, pageFrom } from '../../http/pagination';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import { stageOpen } from '../../workflow/stage-table';
import { REGISTRATION_MSG as M } from './messages';
import type {
  pactCreateBody,
  pactListQuery,
  pactPage,
  pactPatch,
  pactView,
} from '@thidua/contracts/registrations-pacts';
import { assertPactAgreed } from './pact-agreement-service';
import { canRecordPact } from './policy';

export function presentPact(pact: Pact, access: ClusterAccess): z.infer<typeof pactView> {
  // The pact is signed with the registrations, at the start of the year (SPEC §4.3–4.4).
  const open = stageOpen(access.periodStage, access.periodArchived, 'recordPact');
  return {
    id: pact.id,
    periodId: pact.periodId,
    clusterId: pact.clusterId,
    unitId: pact.unitId,
    signedOn: pact.signedOn,
    documentNumber: pact.documentNumber,
    note: pact.note,
    version: pact.version,
    abilities: { update: open && canRecordPact(access) },
  };
}

async function guardPactWrite(tx: Transaction, access: ClusterAccess): Promise<void> {
  if (!canRecordPact(access)) throw forbidden(M.pactRecorderOnly);
  await loadPeriodInStage(tx, access.periodId, 'recordPact');
}

/** Records that a member unit signed the pact (leader or standing office), audited. */
export async function createPact(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  body: z.infer<typeof pactCreateBody>,
) {
  const access = await loadClusterAccess(tx, actor, clusterId);
  await guardPactWrite(tx, access);
  if (!access.seats.has(body.unitId)) throw invalid([{ path: 'body.unitId', message: M.notAMember }]);
  await assertPactAgreed(tx, clusterId);
  const [existing] = await tx
    .select({ id: pacts.id })
    .from(pacts)
    .where(and(eq(pacts.periodId, access.periodId), eq(pacts.unitId, body.unitId)))
    .limit(1);
  if (existing) throw new AppError('DUPLICATE', M.pactExists);
  const pact = await insertAudited(
    tx,
    actor,
    pacts,
    {
      periodId: access.periodId,
      clusterId,
      unitId: body.unitId,
      signedOn: body.signedOn,
      documentNumber: body.documentNumber ?? null,
      note: body.note ?? null,
      recordedBy: actor.userId,
    },
    {
      councilId: access.councilId,
      entityType: 'pact',
    },
  );
  return { pact, access };
}

/** Corrects a recorded signing (date, document, note). */
export async function updatePact(
  tx: Transaction,
  actor: Actor,
  pactId: string,
  body: z.infer<typeof pactPatch>,
) {
  const [before] = await tx.select().from(pacts).where(eq(pacts.id, pactId)).limit(1);
  if (!before) throw notFound('bản ghi ký giao ước');
  const access = await loadClusterAccess(tx, actor, before.clusterId);
  await guardPactWrite(tx, access);
  const updated = await updateAudited(
    tx,
    actor,
    pacts,
    before,
    body.version,
    {
      signedOn: body.signedOn ?? before.signedOn,
      documentNumber: body.documentNumber === undefined ? before.documentNumber : body.documentNumber,
      note: body.note === undefined ? before.note : body.note,
      recordedBy: actor.userId,
    },
    {
      councilId: access.councilId,
      entityType: 'pact',
    },
  );
  return { pact: updated, access };
}

/** The cluster's members, leader first, each with its recorded signing or null. */
export async function listPacts(
  db: Database,
  actor: Actor,
  clusterId: string,
  query: z.infer<typeof pactListQuery>,
): Promise<z.infer<typeof pactPage>> {
  const access = await loadClusterAccess(db, actor, clusterId);
  if (!canRead(access)) throw forbidden(M.readersOnly);
  const where = eq(clusterMembers.clusterId, clusterId);
  return pageFrom(
    query,
    db
      .select({ member: clusterMembers, unit: units, pact: pacts })
      .from(clusterMembers)
      .innerJoin(units, eq(units.id, clusterMembers.unitId))
      .leftJoin(
        pacts,
        and(eq(pacts.unitId, clusterMembers.unitId), eq(pacts.periodId, clusterMembers.periodId)),
      )
      .where(where)
      .orderBy(asc(clusterMembers.role), asc(units.name))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ n: count() }).from(clusterMembers).where(where),
    ({ member, unit, pact }) => ({
      unit: { id: unit.id, code: unit.code, name: unit.name, seat: member.role },
      pact: pact ? presentPact(pact, access) : null,
    }),
  );
}
