import type { MultipartFile } from '@fastify/multipart';
import {
  criteriaVersions,
  type Database,
  entries,
  type Entry,
  type EvidenceFile,
  evidenceFiles,
  type Transaction,
} from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import { loadClusterAccess } from '../../access/cluster-access';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import type { ServerConfig } from '../../config';
import { AppError, forbidden, notFound } from '../../http/errors';
import { loadPeriodInStage } from '../../workflow/stage-guards';
import { contextFor, loadIssuedVersion, ownerOf, type ScoringContext } from '../scoring-shared/context';
import { discardFile, fileStoreOf } from '../../files/blob-store';
import { receiveOneUpload } from '../../files/receive-upload';
import { entryWriteRefusal, LAYER_ACTIONS, seesCell } from '../scoring-shared/policy';

type Db = Database | Transaction;

/** An entry with the scoring context of its cluster and revision. */
export interface EntryInContext {
  entry: Entry;
  context: ScoringContext;
}

/** Loads an entry and the actor's view of its cluster (404 for an unknown entry or another council). */
export async function loadEntryInContext(db: Db, actor: Actor, entryId: string): Promise<EntryInContext> {
  const [row] = await db
    .select({ entry: entries, clusterId: criteriaVersions.clusterId })
    .from(entries)
    .innerJoin(criteriaVersions, eq(criteriaVersions.id, entries.criteriaVersionId))
    .where(eq(entries.id, entryId))
    .limit(1);
  if (!row) throw notFound('kết quả chấm điểm');
  const access = await loadClusterAccess(db, actor, row.clusterId);
  const version = await loadIssuedVersion(db, row.clusterId, row.entry.criteriaVersionId);
  return { entry: row.entry, context: await contextFor(db, access, version) };
}

/** Who sees an entry sees its evidence (SPEC §1: never another unit's unpublished self-scores). */
export function assertSeesEntry({ entry, context }: EntryInContext): void {
  if (!seesCell(context.access, context.focalCodes, entry.unitId, entry.criterionCode)) {
    throw forbidden('Bạn không được xem kết quả và minh chứng này');
  }
}

/**
 * Who may write an entry may attach and remove its evidence, in the same stages, and only under the
 * cluster's current revision (an older revision's entries are kept as they were).
 */
export async function assertMayChangeEvidence(db: Db, target: EntryInContext): Promise<void> {
  const { entry, context } = target;
  const cell = { unitId: entry.unitId, code: entry.criterionCode, ...ownerOf(context, entry.criterionCode) };
  const refusal = entryWriteRefusal(context.access, entry.stage, cell);
  if (refusal) throw refusal;
  const current = await loadIssuedVersion(db, context.access.clusterId);
  if (current.id !== entry.criteriaVersionId) throw new AppError('CRITERIA_SUPERSEDED');
  await loadPeriodInStage(db, context.access.periodId, LAYER_ACTIONS[entry.stage], 'thay đổi minh chứng');
}

/**
 * Receives one multipart file for an entry: authorised before a byte is stored, streamed to a temporary
 * file (hashed, size-limited), its type checked by content, then linked and moved to its content
 * address in one transaction that re-checks the permission and the stage.
 */
export async function uploadEvidence(
  db: Database,
  config: ServerConfig,
  actor: Actor,
  entryId: string,
  parts: AsyncIterator<MultipartFile>,
): Promise<EvidenceFile> {
  await assertMayChangeEvidence(db, await loadEntryInContext(db, actor, entryId));
  const { received, originalName, ext, type } = await receiveOneUpload(config, parts, 'minh chứng');
  try {
    return await db.transaction(async (tx) => {
      const target = await loadEntryInContext(tx, actor, entryId);
      await assertMayChangeEvidence(tx, target);
      const [already] = await tx
        .select({ id: evidenceFiles.id })
        .from(evidenceFiles)
        .where(and(eq(evidenceFiles.entryId, entryId), eq(evidenceFiles.sha256, received.sha256)))
        .limit(1);
      if (already) throw new AppError('DUPLICATE', 'Tệp này đã được đính kèm vào kết quả này');
      const [file] = await tx
        .insert(evidenceFiles)
        .values({
          entryId,
          sha256: received.sha256,
          originalName: originalName || `minh-chung.${ext}`,
          sizeBytes: received.sizeBytes,
          mimeType: type.mime,
          uploadedBy: actor.userId,
        })
        .returning();
      await recordAudit(tx, actor, {
        councilId: target.context.access.councilId,
        entityType: 'evidenceFile',
        entityId: file!.id,
        action: 'create',
        new: file,
      });
      // Last, so a refused transaction leaves no file behind; a crash after this leaves only an
      // unreferenced blob, never a row without its bytes.
      await fileStoreOf(config, tx).commit(received);
      return file!;
    });
  } finally {
    await discardFile(received.tempPath);
  }
}

/** Unlinks an evidence file from its entry, audited. The bytes stay in the store (the audit names them). */
export async function removeEvidence(db: Database, actor: Actor, fileId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [file] = await tx
      .select()
      .from(evidenceFiles)
      .where(eq(evidenceFiles.id, fileId))
      .for('update')
      .limit(1);
    if (!file) throw notFound('tệp minh chứng');
    const target = await loadEntryInContext(tx, actor, file.entryId);
    await assertMayChangeEvidence(tx, target);
    await tx.delete(evidenceFiles).where(eq(evidenceFiles.id, fileId));
    await recordAudit(tx, actor, {
      councilId: target.context.access.councilId,
      entityType: 'evidenceFile',
      entityId: file.id,
      action: 'delete',
      old: file,
    });
  });
}

/** An evidence file the actor may download. */
export async function evidenceForDownload(db: Database, actor: Actor, fileId: string): Promise<EvidenceFile> {
  const [file] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, fileId)).limit(1);
  if (!file) throw notFound('tệp minh chứng');
  assertSeesEntry(await loadEntryInContext(db, actor, file.entryId));
  return file;
}
