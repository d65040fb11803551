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
import { ENTRY_STAGES, type EntryStage } from '@thidua/vocabulary';

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

/** What the screens read of an issued revision's ruleset: group names, measures, rating points, bands. */
export interface RulesetCriterion {
  code: string;
  name: string;
  kind?: string;
  points?: number;
  unit?: string;
  options?: Record<string, number>;
  bands?: { min?: number; max?: number; points: number }[];
  criteria?: RulesetCriterion[];
}

export interface CriteriaRevision {
  id: string;
  name: string;
  revision: number;
  ruleset: { groups: { code: string; name: string; criteria: RulesetCriterion[] }[] };
}

/** A user as `GET /users/:id` returns it (only the name is read). */
export interface UserName {
  id: string;
  displayName: string;
}
