import { clusters, type Database, type Dossier, type DossierBatch, type Transaction } from '@thidua/db';
import { eq } from 'drizzle-orm';
import { unitNamesById } from '../modules/organisation/unit-names';
import { notificationLinks } from './links';
import { clusterReviewers, notify, staffOf } from './notify';

// The events that tell people something, each called by its module inside the transaction that writes
// the event (so the notification commits with it or not at all). Texts say what happened and where,
// never a score: a notification (and its e-mail) carries nothing its recipient could not see.

type Tx = Database | Transaction;

async function clusterName(tx: Tx, clusterId: string): Promise<string> {
  const [row] = await tx.select({ name: clusters.name }).from(clusters).where(eq(clusters.id, clusterId));
  return row?.name ?? '';
}

export interface ClusterEvent {
  councilId: string;
  periodId: string;
  clusterId: string;
  /** Who did it: never told of their own action. */
  actorUserId: string;
}

/**
 * A unit objected to the proposed table: the cluster's leader and deputies (who review and answer) are
 * told, except the staff of the objecting unit itself (nobody answers for their own unit).
 */
export async function notifyObjectionRaised(
  tx: Tx,
  event: ClusterEvent & { unitId: string; criterionCode: string | null },
): Promise<void> {
  const [reviewers, own, cluster, names] = await Promise.all([
    clusterReviewers(tx, event.clusterId),
    staffOf(tx, [event.unitId]),
    clusterName(tx, event.clusterId),
    unitNamesById(tx, [event.unitId]),
  ]);
  const mine = new Set(own);
  const about = event.criterionCode ? `tiêu chí ${event.criterionCode}` : 'cả bảng điểm của đơn vị';
  await notify(
    tx,
    reviewers.filter((id) => !mine.has(id)),
    {
      kind: 'objectionRaised',
      councilId: event.councilId,
      text: `${names.get(event.unitId) ?? 'Một đơn vị'} gửi ý kiến về bảng điểm (${cluster}, ${about}); cần trả lời ý kiến.`,
      link: notificationLinks.objections(event.councilId, event.periodId, event.clusterId, event.unitId),
    },
    event.actorUserId,
  );
}

/**
 * Agreed (reviewed) values of units' criteria were written or changed: each unit's staff is told which
 * of its own criteria, once per unit — without the values (they read them on their own sheet).
 */
export async function notifyReviewChanged(
  tx: Tx,
  event: ClusterEvent & { cells: { unitId: string; criterionCode: string }[] },
): Promise<void> {
  const byUnit = new Map<string, string[]>();
  for (const cell of event.cells)
    byUnit.set(cell.unitId, [...(byUnit.get(cell.unitId) ?? []), cell.criterionCode]);
  if (byUnit.size === 0) return;
  const [cluster, names] = await Promise.all([
    clusterName(tx, event.clusterId),
    unitNamesById(tx, [...byUnit.keys()]),
  ]);
  for (const [unitId, codes] of byUnit) {
    const list =
      codes.length > 5
        ? `${codes.slice(0, 5).join(', ')} và ${codes.length - 5} tiêu chí khác`
        : codes.join(', ');
    await notify(
      tx,
      await staffOf(tx, [unitId]),
      {
        kind: 'reviewChanged',
        councilId: event.councilId,
        text: `Điểm thẩm định của ${names.get(unitId) ?? 'đơn vị'} (${cluster}) đã được ghi hoặc thay đổi: tiêu chí ${list}.`,
        link: notificationLinks.objections(event.councilId, event.periodId, event.clusterId, unitId),
      },
      event.actorUserId,
    );
  }
}

/** A dossier was returned with a reason: the staff of the unit that filed it are told, with the reason. */
export async function notifyDossierReturned(
  tx: Tx,
  batch: DossierBatch,
  dossier: Dossier,
  actorUserId: string,
): Promise<void> {
  await notify(
    tx,
    await staffOf(tx, [dossier.unitId]),
    {
      kind: 'dossierReturned',
      councilId: batch.councilId,
      text: `Hồ sơ đề nghị khen thưởng của ${dossier.candidateName} (${batch.name}) bị trả lại. Lý do: ${dossier.returnReason ?? ''}`,
      link: notificationLinks.dossiers(batch.councilId, batch.periodId),
    },
    actorUserId,
  );
}
