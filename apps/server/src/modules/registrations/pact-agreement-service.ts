import {
  type Database,
  PACT_AGREEMENT_PARTIES,
  type PactAgreementParty,
  pactAgreements,
  pacts,
  type Transaction,
  users,
} from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type ClusterAccess, canRead, loadClusterAccess } from '../../access/cluster-access';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { AppError, forbidden } from '../../http/errors';
import { loadPeriodForWrite } from '../../workflow/stage-guards';
import { assertStage, stageOpen } from '../../workflow/stage-table';
import { REGISTRATION_MSG as M } from './messages';
import type { pactAgreementBody, pactAgreementsView } from '@thidua/contracts/registrations-pacts';

type Db = Database | Transaction;
type View = z.infer<typeof pactAgreementsView>;

/** Whether the actor speaks for the party: the follower of this cluster, or the council's standing office. */
const speaksFor = (access: ClusterAccess, party: PactAgreementParty) => access.roles.has(party);

async function agreementsOf(db: Db, clusterId: string) {
  return db
    .select({ row: pactAgreements, name: users.displayName })
    .from(pactAgreements)
    .innerJoin(users, eq(users.id, pactAgreements.agreedBy))
    .where(eq(pactAgreements.clusterId, clusterId));
}

async function signedAny(db: Db, access: ClusterAccess): Promise<boolean> {
  const [row] = await db
    .select({ id: pacts.id })
    .from(pacts)
    .where(and(eq(pacts.clusterId, access.clusterId), eq(pacts.periodId, access.periodId)))
    .limit(1);
  return row !== undefined;
}

/** The parties that have not agreed yet, named in Vietnamese (empty: the signing may be recorded). */
export async function missingAgreements(db: Db, clusterId: string): Promise<string[]> {
  const agreed = new Set((await agreementsOf(db, clusterId)).map(({ row }) => row.party));
  return PACT_AGREEMENT_PARTIES.filter((p) => !agreed.has(p)).map((p) => M.agreementParty[p]);
}

/** Refuses to record a signing until the follower and the standing office have both agreed. */
export async function assertPactAgreed(db: Db, clusterId: string): Promise<void> {
  const missing = await missingAgreements(db, clusterId);
  if (missing.length > 0) throw new AppError('PACT_NOT_AGREED', M.pactNotAgreed(missing));
}

async function present(db: Db, access: ClusterAccess): Promise<View> {
  const rows = await agreementsOf(db, access.clusterId);
  const signed = await signedAny(db, access);
  const open = stageOpen(access.periodStage, access.periodArchived, 'recordPact') && !signed;
  const party = (p: PactAgreementParty): View['follower'] => {
    const found = rows.find(({ row }) => row.party === p);
    return {
      agreedBy: found?.name ?? null,
      agreedAt: found ? found.row.agreedAt.toISOString() : null,
      note: found?.row.note ?? null,
      abilities: {
        agree: open && !found && speaksFor(access, p),
        withdraw: open && found !== undefined && speaksFor(access, p),
      },
    };
  };
  const follower = party('follower');
  const standingOffice = party('standingOffice');
  const missing = PACT_AGREEMENT_PARTIES.filter((p) => !rows.some(({ row }) => row.party === p));
  return {
    follower,
    standingOffice,
    signed,
    agreed: missing.length === 0,
    missing: missing.length === 0 ? null : M.pactNotAgreed(missing.map((p) => M.agreementParty[p])),
  };
}

/** The two agreements the cluster's pact needs, for everyone who reads the cluster. */
export async function readPactAgreements(db: Database, actor: Actor, clusterId: string): Promise<View> {
  const access = await loadClusterAccess(db, actor, clusterId);
  if (!canRead(access)) throw forbidden(M.readersOnly);
  return present(db, access);
}

async function guard(tx: Transaction, actor: Actor, clusterId: string, party: PactAgreementParty) {
  const access = await loadClusterAccess(tx, actor, clusterId, { forWrite: true });
  if (!speaksFor(access, party)) throw forbidden(M.agreeOnlyAs[party]);
  assertStage(await loadPeriodForWrite(tx, access.periodId), 'recordPact');
  if (await signedAny(tx, access)) throw new AppError('PACT_SIGNED');
  return access;
}

/** The follower or the standing office records its agreement to the signing (who, when), audited. */
export async function agreeToPact(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  party: PactAgreementParty,
  body: z.infer<typeof pactAgreementBody>,
): Promise<View> {
  const access = await guard(tx, actor, clusterId, party);
  const [created] = await tx
    .insert(pactAgreements)
    .values({ clusterId, party, agreedBy: actor.userId, note: body.note ?? null })
    .onConflictDoNothing()
    .returning();
  if (!created) throw new AppError('DUPLICATE', M.alreadyAgreed(M.agreementParty[party]));
  await recordAudit(tx, actor, {
    councilId: access.councilId,
    entityType: 'pactAgreement',
    entityId: created.id,
    action: 'agree',
    new: created,
  });
  return present(tx, access);
}

/** Withdraws an agreement, until the signing is recorded; audited with the row withdrawn. */
export async function withdrawPactAgreement(
  tx: Transaction,
  actor: Actor,
  clusterId: string,
  party: PactAgreementParty,
): Promise<View> {
  const access = await guard(tx, actor, clusterId, party);
  const [removed] = await tx
    .delete(pactAgreements)
    .where(and(eq(pactAgreements.clusterId, clusterId), eq(pactAgreements.party, party)))
    .returning();
  if (!removed) throw new AppError('DUPLICATE', M.notAgreed(M.agreementParty[party]));
  await recordAudit(tx, actor, {
    councilId: access.councilId,
    entityType: 'pactAgreement',
    entityId: removed.id,
    action: 'withdrawAgreement',
    old: removed,
  });
  return present(tx, access);
}
