import {
  type CriterionAssignment,
  criteriaVersions,
  criterionAssignments,
  type Database,
  type Transaction,
  type Unit,
  units,
} from '@thidua/db';
import { indexRuleset, type LeafRef, type Ruleset, type RulesetIndex } from '@thidua/engine';
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { Actor } from '../../auth/actor';
import { updateVersioned } from '../../http/versioned-update';
import { type FieldError, invalid } from '../../http/errors';
import type {
  assignmentItem,
  assignmentListQuery,
  assignmentsBody,
  assignmentView,
} from '@thidua/contracts/criteria-assignments';
import { CRITERIA_MSG as M } from './messages';
import { guardVersionWrite, loadVersion } from './version-service';

type View = z.infer<typeof assignmentView>;
type Item = z.infer<typeof assignmentItem>;
type Db = Database | Transaction;

const indexOf = (ruleset: unknown): RulesetIndex => indexRuleset(ruleset as Ruleset);

async function unitsById(db: Db, ids: string[]): Promise<Map<string, Unit>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(units).where(inArray(units.id, ids));
  return new Map(rows.map((u) => [u.id, u]));
}

/** A leaf with its stored assignment, or the default (self-scored, no evidence required). */
function present(
  index: RulesetIndex,
  leaf: LeafRef,
  row: CriterionAssignment | undefined,
  byId: Map<string, Unit>,
): View {
  const focal = row?.focalUnitId ? byId.get(row.focalUnitId) : undefined;
  return {
    criterionCode: leaf.criterion.code,
    criterionName: leaf.criterion.name,
    groupCode: index.groups[leaf.groupIndex]!.code,
    kind: leaf.criterion.kind ?? '',
    owner: row?.owner ?? 'self',
    focalUnit: focal ? { id: focal.id, code: focal.code, name: focal.name } : null,
    evidenceRequired: row?.evidenceRequired ?? false,
    evidenceHint: row?.evidenceHint ?? null,
    assigned: row !== undefined,
  };
}

/** Every leaf of a revision in ruleset order with who scores it, filtered and paginated. */
export async function listAssignments(
  db: Database,
  actor: Actor,
  versionId: string,
  query: z.infer<typeof assignmentListQuery>,
) {
  const { row } = await loadVersion(db, actor, versionId);
  const index = indexOf(row.ruleset);
  const rows = await db
    .select()
    .from(criterionAssignments)
    .where(eq(criterionAssignments.criteriaVersionId, row.id));
  const byCode = new Map(rows.map((a) => [a.criterionCode, a]));
  const byId = await unitsById(
    db,
    rows.flatMap((a) => (a.focalUnitId ? [a.focalUnitId] : [])),
  );
  const all = index.leaves
    .map((leaf) => present(index, leaf, byCode.get(leaf.criterion.code), byId))
    .filter(
      (v) =>
        (!query.owner || v.owner === query.owner) &&
        (!query.focalUnitId || v.focalUnit?.id === query.focalUnitId),
    );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: all.slice(start, start + query.pageSize),
    total: all.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The stored columns an item asks for: PUT semantics, what is not said takes its default. */
function columnsOf(item: Item) {
  return {
    owner: item.owner,
    focalUnitId: item.owner === 'focalUnit' ? (item.focalUnitId ?? null) : null,
    evidenceRequired: item.evidenceRequired ?? false,
    evidenceHint: item.evidenceHint ?? null,
  };
}

/** A focal unit exactly when the owner is a focal unit, and then an active unit of the same council. */
function focalUnitProblem(item: Item, focal: Map<string, Unit>, councilId: string): string | null {
  if (item.owner !== 'focalUnit') return item.focalUnitId ? M.focalUnitForbidden : null;
  if (!item.focalUnitId) return M.focalUnitRequired;
  const unit = focal.get(item.focalUnitId);
  return unit && unit.councilId === councilId && unit.active ? null : M.unknownFocalUnit;
}

/** Every problem of the posted items, by path: leaf codes, each once, and their focal units. */
async function checkItems(
  tx: Transaction,
  index: RulesetIndex,
  items: Item[],
  councilId: string,
): Promise<FieldError[]> {
  const focal = await unitsById(tx, [
    ...new Set(items.flatMap((i) => (i.focalUnitId ? [i.focalUnitId] : []))),
  ]);
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const path = `body.assignments[${i}]`;
    const code = item.criterionCode;
    const errors: FieldError[] = [];
    if (!index.leafByCode.has(code))
      errors.push({ path: `${path}.criterionCode`, message: M.notALeaf(code) });
    else if (seen.has(code))
      errors.push({ path: `${path}.criterionCode`, message: M.duplicateAssignment(code) });
    seen.add(code);
    const problem = focalUnitProblem(item, focal, councilId);
    if (problem) errors.push({ path: `${path}.focalUnitId`, message: problem });
    return errors;
  });
}

const sameColumns = (row: CriterionAssignment, next: ReturnType<typeof columnsOf>) =>
  row.owner === next.owner &&
  row.focalUnitId === next.focalUnitId &&
  row.evidenceRequired === next.evidenceRequired &&
  row.evidenceHint === next.evidenceHint;

/**
 * Sets who scores the listed leaves of a draft revision. Assignments are part of the revision, so the
 * client sends the revision's version, which moves on; a change voids an agreement (back to draft).
 */
export async function saveAssignments(
  tx: Transaction,
  actor: Actor,
  versionId: string,
  body: z.infer<typeof assignmentsBody>,
) {
  const loaded = await loadVersion(tx, actor, versionId);
  await guardVersionWrite(tx, loaded, 'phân công tiêu chí');
  const councilId = loaded.access.councilId;
  const index = indexOf(loaded.row.ruleset);
  const errors = await checkItems(tx, index, body.assignments, councilId);
  if (errors.length > 0) throw invalid(errors);
  const existing = await tx
    .select()
    .from(criterionAssignments)
    .where(eq(criterionAssignments.criteriaVersionId, versionId));
  const byCode = new Map(existing.map((a) => [a.criterionCode, a]));
  const changes = body.assignments
    .map((item) => ({ item, before: byCode.get(item.criterionCode), next: columnsOf(item) }))
    .filter(({ before, next }) => !before || !sameColumns(before, next));
  const reset = changes.length > 0 ? { status: 'draft' as const, agreedAt: null } : {};
  const updated = await updateVersioned(tx, criteriaVersions, versionId, body.version, { ...reset });
  for (const { item, before, next } of changes) {
    const [saved] = before
      ? await tx
          .update(criterionAssignments)
          .set(next)
          .where(eq(criterionAssignments.id, before.id))
          .returning()
      : await tx
          .insert(criterionAssignments)
          .values({ criteriaVersionId: versionId, criterionCode: item.criterionCode, ...next })
          .returning();
    byCode.set(item.criterionCode, saved!);
    await recordAudit(tx, actor, {
      councilId,
      entityType: 'criterionAssignment',
      entityId: saved!.id,
      action: before ? 'update' : 'create',
      old: before,
      new: saved,
    });
  }
  const byId = await unitsById(
    tx,
    [...byCode.values()].flatMap((a) => (a.focalUnitId ? [a.focalUnitId] : [])),
  );
  return {
    criteriaVersion: { id: updated.id, version: updated.version, status: updated.status },
    items: body.assignments.map((item) =>
      present(index, index.leafByCode.get(item.criterionCode)!, byCode.get(item.criterionCode), byId),
    ),
  };
}
