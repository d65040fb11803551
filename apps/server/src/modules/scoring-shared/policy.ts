import type { CriterionOwner, EntryStage, PeriodStage } from '@thidua/db';
import { type ClusterAccess, canReview } from '../../access/cluster-access';
import { AppError, forbidden } from '../../http/errors';
import { stageIndex } from '../../workflow/stage-guards';
import { type StageAction, stagesOf } from '../../workflow/stage-table';
import type { LeafOwner } from './context';
import { may } from '../../access/permissions';
import type { Actor } from '../../auth/actor';

// Who may write and see what in a cluster's scoring (SPEC §1, §3, §4). Small pure functions over the
// actor's cluster access, so routes, abilities and tests all ask the same questions.

/** The stage table's action for writing each layer of an entry, and its stages (SPEC §4.6–§4.8). */
export const LAYER_ACTIONS: Record<EntryStage, StageAction> = {
  self: 'scoreSelf',
  focal: 'scoreFocal',
  standingOffice: 'scoreStandingOffice',
  agreed: 'scoreAgreed',
};
export const WRITE_STAGES: Record<EntryStage, readonly PeriodStage[]> = {
  self: stagesOf(LAYER_ACTIONS.self),
  focal: stagesOf(LAYER_ACTIONS.focal),
  standingOffice: stagesOf(LAYER_ACTIONS.standingOffice),
  agreed: stagesOf(LAYER_ACTIONS.agreed),
};

/** Vietnamese names of the layers, for messages. */
export const LAYER_NAMES: Record<EntryStage, string> = {
  self: 'tự chấm',
  focal: 'đơn vị đầu mối chấm',
  standingOffice: 'cơ quan thường trực chấm',
  agreed: 'điểm thẩm định',
};

const OWNER_NAMES: Record<CriterionOwner, string> = {
  self: 'đơn vị tự chấm',
  focalUnit: 'đơn vị đầu mối chấm',
  standingOffice: 'cơ quan thường trực chấm',
};

/** One cell of the grid: a unit and a leaf with its owner. */
export interface CellRef extends LeafOwner {
  unitId: string;
  code: string;
}

const conflict = (message: string) => new AppError('CONFLICT_OF_INTEREST', message);

/**
 * Why the actor may not write `layer` of `cell`, or null when their role allows it (the stage is checked
 * separately, inside the write's transaction). Conflict of interest (SPEC §3): nobody reviews a row of a
 * unit they work for — the leader unit's row is reviewed by a deputy or the standing office — and a focal
 * department that is also a member does not score its own row.
 */
export function entryWriteRefusal(access: ClusterAccess, layer: EntryStage, cell: CellRef): AppError | null {
  switch (layer) {
    case 'self':
      if (cell.owner !== 'self') {
        return forbidden(
          `Tiêu chí ${cell.code} do ${OWNER_NAMES[cell.owner]}; đơn vị không tự chấm tiêu chí này`,
        );
      }
      if (!access.memberUnitIds.has(cell.unitId)) {
        return forbidden('Chỉ cán bộ của chính đơn vị được tự chấm điểm của đơn vị');
      }
      return null;
    case 'focal':
      if (cell.owner !== 'focalUnit' || !cell.focalUnitId || !access.council.unitIds.has(cell.focalUnitId)) {
        return forbidden(`Chỉ đơn vị đầu mối được giao tiêu chí ${cell.code} được chấm tiêu chí này`);
      }
      if (cell.focalUnitId === cell.unitId) {
        return conflict(
          'Đơn vị đầu mối cũng là thành viên của cụm, khối: không tự chấm kết quả của chính mình ' +
            '(cụm trưởng, cụm phó hoặc cơ quan thường trực thẩm định)',
        );
      }
      return null;
    case 'standingOffice':
      if (!may(access, 'scoreForStandingOffice')) {
        return forbidden(
          'Chỉ cơ quan thường trực Hội đồng được chấm các tiêu chí do cơ quan thường trực chấm',
        );
      }
      if (cell.owner !== 'standingOffice') {
        return forbidden(
          `Tiêu chí ${cell.code} do ${OWNER_NAMES[cell.owner]}, không do cơ quan thường trực chấm`,
        );
      }
      return null;
    case 'agreed':
      if (!canReview(access)) {
        return forbidden('Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực được thẩm định điểm');
      }
      if (access.council.unitIds.has(cell.unitId)) {
        return conflict(
          'Đơn vị không được tự thẩm định kết quả của chính mình: kết quả của đơn vị do cụm phó ' +
            'hoặc cơ quan thường trực thẩm định',
        );
      }
      return null;
  }
}

/** Whether the period has reached the stage in which the proposed table is published (SPEC §4.7). */
export function isPublished(stage: PeriodStage): boolean {
  return stageIndex(stage) >= stageIndex('review');
}

/** Leader, deputies, the standing office and the following council member see the whole cluster. */
export function seesEverything(access: ClusterAccess): boolean {
  return may(access, 'seeWholeCluster');
}

/**
 * Whether the actor sees the whole row of a unit (every criterion, every layer, its adjustments and
 * facts): those who see everything; the unit's own staff; once published, the staff of every member
 * unit and the council's members.
 */
export function seesRow(access: ClusterAccess, unitId: string): boolean {
  if (seesEverything(access) || access.memberUnitIds.has(unitId)) return true;
  if (!isPublished(access.periodStage as PeriodStage)) return false;
  return access.memberUnitIds.size > 0 || access.council.roles.has('councilMember');
}

/** Whether the actor sees one cell: its row, or a criterion assigned to one of the actor's units. */
export function seesCell(
  access: ClusterAccess,
  focalCodes: ReadonlySet<string>,
  unitId: string,
  code: string,
): boolean {
  return seesRow(access, unitId) || focalCodes.has(code);
}

/** Standing office, leader and deputies may export the period file (it holds every unit's facts). */
export function canExportPeriodFile(access: ClusterAccess): boolean {
  return canReview(access);
}

/** Whether the actor works for a unit of the council (unit staff), as opposed to a council-wide role. */
export function worksForUnitOf(actor: Actor, councilId: string): boolean {
  return actor.memberships.some((m) => m.councilId === councilId && m.unitId !== null);
}
