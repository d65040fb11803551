import {
  type Database,
  type Dossier,
  type DossierComponent,
  dossierComponents,
  type Transaction,
} from '@thidua/db';
import { DOSSIER_COMPONENT_NAMES, type DossierComponentKind } from '@thidua/vocabulary';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../http/errors';

type Db = Database | Transaction;

/**
 * The components an award dossier must hold (Luật Thi đua, Khen thưởng 2022 Art. 84; Nghị định
 * 152/2025/NĐ-CP): the proposal letter (Mẫu số 01), the achievement report and the minutes of the
 * deliberation meeting with its vote; State-level dossiers also the summary list (Art. 33.12). Evidence
 * is welcome, never required.
 */
export function requiredComponents(dossier: Pick<Dossier, 'level'>): DossierComponentKind[] {
  const base: DossierComponentKind[] = ['toTrinh', 'baoCaoThanhTich', 'bienBan'];
  return dossier.level === 'national' ? [...base, 'danhSachTrichNgang'] : base;
}

/** The required kinds the dossier does not hold yet, in the list's order. */
export function missingComponents(
  dossier: Pick<Dossier, 'level'>,
  held: readonly { kind: DossierComponentKind }[],
): DossierComponentKind[] {
  const kinds = new Set(held.map((c) => c.kind));
  return requiredComponents(dossier).filter((kind) => !kinds.has(kind));
}

export async function loadComponents(db: Db, dossierId: string): Promise<DossierComponent[]> {
  return db
    .select()
    .from(dossierComponents)
    .where(eq(dossierComponents.dossierId, dossierId))
    .orderBy(asc(dossierComponents.createdAt), asc(dossierComponents.id));
}

/**
 * An approved dossier holds every required component (checked inside the appraisal's transaction);
 * the refusal names what is missing.
 */
export async function assertDossierComplete(tx: Transaction, dossier: Dossier): Promise<void> {
  const missing = missingComponents(dossier, await loadComponents(tx, dossier.id));
  if (missing.length === 0) return;
  throw new AppError(
    'DOSSIER_INCOMPLETE',
    `Hồ sơ còn thiếu: ${missing.map((kind) => DOSSIER_COMPONENT_NAMES[kind]).join('; ')}`,
    [{ path: 'body.outcome', message: `hồ sơ còn thiếu ${missing.length} thành phần bắt buộc` }],
  );
}
