// The shapes of the scoring sheet, entries, evidence and criteria revision APIs, as these screens read them.

/** The four layers of a cell, in the order a cell is reviewed. */
export const LAYERS = ['self', 'focal', 'standingOffice', 'agreed'] as const;
export type Layer = (typeof LAYERS)[number];

export type CriterionKind = 'quantitative' | 'qualitative' | 'bands' | 'rating' | 'yesno';
export type CriterionOwner = 'self' | 'focalUnit' | 'standingOffice';

/** One layer of one cell (numbers as the API returns them). */
export interface Entry {
  id: string;
  unitId: string;
  criterionCode: string;
  criteriaVersionId: string;
  stage: Layer;
  plan: number | null;
  actual: number | null;
  points: number | null;
  value: number | null;
  rating: string | null;
  done: boolean | null;
  note: string | null;
  reason: string | null;
  enteredBy: string | null;
  updatedAt: string;
  version: number;
  evidenceCount: number;
}

/** A leaf criterion as a line of the sheet. */
export interface SheetCriterion {
  code: string;
  name: string;
  groupCode: string;
  points: number;
  kind: string;
  direction: 'increase' | 'decrease' | null;
  ratingOptions: string[] | null;
  owner: CriterionOwner;
  focalUnitId: string | null;
  evidenceRequired: boolean;
  evidenceHint: string | null;
}

/** The layers a review proposal can come from, best first. */
export type ProposalLayer = 'focal' | 'standingOffice' | 'self';

/** What the reviewer is proposed to agree with: the best lower layer holding a value, and its version. */
export interface Proposal {
  from: ProposalLayer;
  version: number;
  plan: number | null;
  actual: number | null;
  points: number | null;
  value: number | null;
  rating: string | null;
  done: boolean | null;
}

export interface Cell {
  criterionCode: string;
  self: Entry | null;
  focal: Entry | null;
  standingOffice: Entry | null;
  agreed: Entry | null;
  proposal: Proposal | null;
  /** An objection of the unit to this criterion (or its whole table) waits for an answer. */
  objectionOpen: boolean;
  canWrite: Layer[];
}

/** Whether the user may review a row now, or why not. */
export type ReviewState = 'open' | 'conflictOfInterest' | 'notYet' | 'closed' | 'notReviewer';

export interface SheetUnit {
  id: string;
  code: string;
  name: string;
  seat: 'leader' | 'deputy' | 'member';
}

export interface SheetRow {
  unit: SheetUnit;
  review: ReviewState;
  cells: Cell[];
}

/** One review decision: changed values and the proposals accepted, with one reason. */
export interface ReviewBatchBody {
  reason: string;
  accept?: { unitId?: string; criterionCode?: string };
  cells: { unitId: string; criterionCode: string; from: ProposalLayer; version: number }[];
  changes: ({ unitId: string; criterionCode: string; version: number } & EntryValues)[];
}

export type SkipReason = 'conflictOfInterest' | 'objection' | 'reviewed' | 'noProposal';

export interface ReviewBatchResult {
  batchId: string | null;
  changed: { unitId: string; criterionCode: string }[];
  accepted: { unitId: string; criterionCode: string; from: ProposalLayer }[];
  skipped: { unitId: string; criterionCode: string; why: SkipReason }[];
}

export interface Sheet {
  cluster: { id: string; code: string; name: string };
  period: { id: string; stage: string; published: boolean };
  criteriaVersion: { id: string; revision: number; issuedAt: string | null };
  criteria: SheetCriterion[];
  rows: SheetRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** The value fields of one layer, as sent to the API. */
export interface EntryValues {
  plan?: number;
  actual?: number;
  points?: number;
  value?: number;
  rating?: string;
  done?: boolean;
}

export interface EntryBody extends EntryValues {
  version: number;
  note?: string | null;
  reason?: string;
}

/** An evidence file's metadata. */
export interface EvidenceFile {
  id: string;
  entryId: string;
  originalName: string;
  sizeBytes: number;
  mimeType: string;
  sha256: string;
  uploadedBy: string | null;
  createdAt: string;
}

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
