import type { MultipartFile } from '@fastify/multipart';
import { type Database, type DossierComponent, dossierComponents, type Transaction } from '@thidua/db';
import { DOSSIER_COMPONENT_NAMES, type DossierComponentKind } from '@thidua/vocabulary';
import { and, eq, isNotNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import type { ServerConfig } from '../../config';
import { AppError } from '../../http/errors';
import { findById, insertAudited } from '../../http/versioned-update';
import { discardFile, type FileStoreConfig, fileStoreOf, type ReceivedFile } from '../../files/blob-store';
import { receiveOneUpload } from '../../files/receive-upload';
import { findDossier } from './service';
import { assertPeriodWritable, requireDossierWrite } from '../plans-shared/policy';

type Db = Database | Transaction;

/**
 * Receives one file for a dossier's component (`kind`): allowed to whoever may change the dossier (its
 * unit's staff until appraisal and the batch's deadline, the standing office), checked like evidence,
 * linked and audited in one transaction that checks the permission again.
 */
export async function uploadComponent(
  db: Database,
  config: ServerConfig,
  actor: Actor,
  dossierId: string,
  kind: DossierComponentKind,
  parts: AsyncIterator<MultipartFile>,
): Promise<DossierComponent> {
  const first = await findDossier(db, actor, dossierId);
  requireDossierWrite(first.scope, first.batch, [first.dossier.unitId], first.dossier);
  const { received, originalName, ext, type } = await receiveOneUpload(
    config,
    parts,
    DOSSIER_COMPONENT_NAMES[kind],
  );
  try {
    return await db.transaction(async (tx) => {
      const { dossier, batch, scope } = await findDossier(tx, actor, dossierId);
      requireDossierWrite(scope, batch, [dossier.unitId], dossier);
      await assertPeriodWritable(tx, batch.periodId);
      const [already] = await tx
        .select({ id: dossierComponents.id })
        .from(dossierComponents)
        .where(and(eq(dossierComponents.dossierId, dossierId), eq(dossierComponents.sha256, received.sha256)))
        .limit(1);
      if (already) throw new AppError('DUPLICATE', 'Tệp này đã có trong hồ sơ');
      // An upload replaces the product's generated file of the same kind (the old one stays in the log).
      const generated = await tx
        .select()
        .from(dossierComponents)
        .where(
          and(
            eq(dossierComponents.dossierId, dossierId),
            eq(dossierComponents.kind, kind),
            isNotNull(dossierComponents.generatedBy),
          ),
        );
      for (const old of generated) {
        await deleteComponentAudited(tx, actor, batch.councilId, old, 'Thay bằng tệp tải lên');
      }
      return insertComponentAudited(tx, actor, batch.councilId, config, received, {
        dossierId,
        kind,
        originalName: originalName || `${kind}.${ext}`,
        mimeType: type.mime,
        generatedBy: null,
      });
    });
  } finally {
    await discardFile(received.tempPath);
  }
}

/** A component with its dossier (404 for an unknown one or another council's). */
export async function findComponent(db: Db, actor: Actor, componentId: string) {
  const component = await findById(db, dossierComponents, componentId, 'thành phần hồ sơ');
  return { component, ...(await findDossier(db, actor, component.dossierId)) };
}

/** Removes a component from its dossier, audited; the bytes stay in the store (the audit names them). */
export async function removeComponent(db: Database, actor: Actor, componentId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { component, dossier, batch, scope } = await findComponent(tx, actor, componentId);
    requireDossierWrite(scope, batch, [dossier.unitId], dossier);
    await assertPeriodWritable(tx, batch.periodId);
    await deleteComponentAudited(tx, actor, batch.councilId, component, null);
  });
}

/** Deletes a component's row with its audit event (the old row, and why when it was replaced). */
/**
 * Adds a component whose bytes were received as `file` (an upload, or a document the product made), its
 * audit row and its stored file, in the caller's transaction.
 */
export async function insertComponentAudited(
  tx: Transaction,
  actor: Actor,
  councilId: string,
  config: FileStoreConfig,
  file: ReceivedFile,
  values: Pick<DossierComponent, 'dossierId' | 'kind' | 'originalName' | 'mimeType' | 'generatedBy'>,
): Promise<DossierComponent> {
  const component = await insertAudited(
    tx,
    actor,
    dossierComponents,
    { ...values, sha256: file.sha256, sizeBytes: file.sizeBytes, uploadedBy: actor.userId },
    { councilId, entityType: 'dossierComponent' },
  );
  await fileStoreOf(config, tx).commit(file);
  return component;
}

export async function deleteComponentAudited(
  tx: Transaction,
  actor: Actor,
  councilId: string,
  component: DossierComponent,
  reason: string | null,
): Promise<void> {
  await tx.delete(dossierComponents).where(eq(dossierComponents.id, component.id));
  await recordAudit(tx, actor, {
    councilId,
    entityType: 'dossierComponent',
    entityId: component.id,
    action: 'delete',
    old: component,
    reason,
  });
}
