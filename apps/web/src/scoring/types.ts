// The shapes of the scoring sheet, entries, evidence and criteria revision APIs, as these screens read them:
// the sheet, entries, review and evidence are the contract the server's routes declare
// (@thidua/contracts/scoring).
import type {
  CellView,
  CriterionView,
  EntryInput,
  EntryView,
  ProposalView,
  SheetRowView,
  SheetView,
} from '@thidua/contracts/scoring';
import type { UserView } from '@thidua/contracts/users';
import { ENTRY_STAGES, type EntryStage } from '@thidua/vocabulary';
import type { CriteriaVersion } from '../criteria/types';

export type {
  EvidenceView as EvidenceFile,
  ProposalLayer,
  ReviewBatchInput as ReviewBatchBody,
  ReviewBatchView as ReviewBatchResult,
  ReviewState,
  SkipReason,
} from '@thidua/contracts/scoring';
export type { CriterionOwner } from '@thidua/vocabulary';

/** The four layers of a cell, in the order a cell is reviewed. */
export const LAYERS = ENTRY_STAGES;
export type Layer = EntryStage;

export type CriterionKind = 'quantitative' | 'qualitative' | 'bands' | 'rating' | 'yesno';

/** One layer of one cell (numbers as the API returns them). */
export type Entry = EntryView;
/** A leaf criterion as a line of the sheet. */
export type SheetCriterion = CriterionView;
/** What the reviewer is proposed to agree with: the best lower layer holding a value, and its version. */
export type Proposal = ProposalView;
export type Cell = CellView;
export type SheetUnit = SheetRowView['unit'];
export type SheetRow = SheetRowView;
export type Sheet = SheetView;

/** The value fields of one layer, as sent to the API. */
export type EntryValues = Pick<EntryInput, 'plan' | 'actual' | 'points' | 'value' | 'rating' | 'done'>;
export type EntryBody = EntryInput;

/** A criterion of an issued revision's ruleset (the engine's: a container holds its `children`). */
export type { CriterionInput as RulesetCriterion } from '@thidua/engine';

/** What the screens read of an issued revision: its name, number and ruleset (group names, measures, …). */
export type CriteriaRevision = Pick<CriteriaVersion, 'id' | 'name' | 'revision' | 'ruleset'>;

/** A user as `GET /users/:id` returns it (only the name is read). */
export type UserName = Pick<UserView, 'id' | 'displayName'>;
