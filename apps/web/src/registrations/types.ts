// The shapes of the periods, clusters, criteria, registrations and pacts APIs, as these screens read them.

export type Seat = 'leader' | 'deputy' | 'member';

export interface PeriodSummary {
  id: string;
  councilId: string;
  name: string;
  year: number;
  calendar: string;
  startsOn: string;
  endsOn: string;
  stage: string;
  stageName: string;
  archivedAt: string | null;
}

export interface ClusterMember {
  unitId: string;
  code: string;
  name: string;
  type: string;
  seat: Seat;
  deputyRank: number | null;
}

export interface ClusterDetail {
  id: string;
  periodId: string;
  code: string;
  name: string;
  kind: 'cum' | 'khoi';
  members: ClusterMember[];
}

export interface CriterionNode {
  code: string;
  name: string;
  points: number;
  kind?: string;
  unit?: string;
  direction?: 'increase' | 'decrease';
  children?: CriterionNode[];
}

export interface AwardRule {
  code: string;
  name: string;
  minScore: number;
}

/** The part of a `thidua/period@1` ruleset these screens read. */
export interface RulesetView {
  name: string;
  groups: { code: string; name: string; maxPoints: number; criteria: CriterionNode[] }[];
  awards?: AwardRule[];
}

export interface CriteriaVersionSummary {
  id: string;
  clusterId: string;
  revision: number;
  status: string;
  name: string;
  documentNumber: string | null;
  documentDate: string | null;
}

export interface CriteriaVersion extends CriteriaVersionSummary {
  ruleset: RulesetView;
}

export interface RegisteredItem {
  name: string;
  description?: string;
}

export type RegistrationStatus = 'draft' | 'submitted';

export interface PlanView {
  criterionCode: string;
  criterionName: string;
  measureUnit: string | null;
  direction: 'increase' | 'decrease';
  /** An exact decimal, as text (`"262.3"`). */
  plan: string;
  note: string | null;
}

/**
 * Which criteria a registration's targets are against (issue #14 §3): the issued revision, the cluster's
 * current draft (registration opens before the criteria are issued), or none yet.
 */
export interface RegistrationBasis {
  kind: 'issued' | 'draft' | 'none';
  versionId: string | null;
  revision: number | null;
  status: 'draft' | 'agreed' | 'issued' | null;
  documentNumber: string | null;
  documentDate: string | null;
  titleOptions: { code: string; name: string }[];
  quantitativeCodes: string[];
}

export interface Registration {
  id: string;
  periodId: string;
  clusterId: string;
  unit: { id: string; code: string; name: string };
  /** Null while the registration was made before the cluster issued its criteria. */
  criteriaVersionId: string | null;
  criteria: RegistrationBasis;
  status: RegistrationStatus;
  plans: PlanView[];
  titlesSought: { code: string; name: string }[];
  /** What issuing the criteria dropped from a registration made before issue. */
  droppedAtIssue: {
    criteriaVersionId: string;
    plans: PlanView[];
    titles: { code: string; name: string }[];
  } | null;
  models: RegisteredItem[];
  topics: RegisteredItem[];
  note: string | null;
  submittedAt: string | null;
  version: number;
  abilities: { update: boolean; submit: boolean; reopen: boolean };
}

export interface RegistrationRow {
  unit: { id: string; code: string; name: string; seat: Seat };
  registration: {
    id: string;
    status: RegistrationStatus;
    submittedAt: string | null;
    version: number;
  } | null;
}

export interface RegistrationPage {
  items: RegistrationRow[];
  total: number;
  page: number;
  pageSize: number;
  allSubmitted: boolean;
}

/** What a unit sends: each part replaces the stored one. */
export interface RegistrationContent {
  plans: { criterionCode: string; plan: number; note?: string | null }[];
  titlesSought: string[];
  models: RegisteredItem[];
  topics: RegisteredItem[];
  note: string | null;
}

export interface PrintCriterion {
  code: string;
  name: string;
  depth: number;
  points: number;
  kind: string | null;
  quantitative: boolean;
  direction: 'increase' | 'decrease' | null;
  measureUnit: string | null;
  plan: string | null;
  planNote: string | null;
}

/** `GET /registrations/:id/print`: the registration form of Phụ lục 01. */
export interface PrintView {
  title: string;
  council: { id: string; name: string };
  period: { id: string; name: string; year: number; calendar: string };
  cluster: { id: string; code: string; name: string; kind: 'cum' | 'khoi' };
  unit: { id: string; code: string; name: string; type: string };
  addressedTo: string[];
  status: RegistrationStatus;
  date: string | null;
  /** Null before the cluster has criteria; `issued` false for the cluster's draft. */
  criteriaVersion: {
    id: string;
    revision: number;
    name: string;
    issued: boolean;
    documentNumber: string | null;
    documentDate: string | null;
  } | null;
  objective: string | null;
  groups: { code: string; name: string; maxPoints: number; criteria: PrintCriterion[] }[];
  titlesSought: { code: string; name: string }[];
  models: RegisteredItem[];
  topics: RegisteredItem[];
  /** Nghị định 30's header, as the server writes it (the same words as the Word and PDF form). */
  header: { parentBody: string; issuingBody: string; reference: string; place: string; placeDate: string };
  signer: { authority: string; name: string | null; title: string | null };
}

export interface Pact {
  id: string;
  periodId: string;
  clusterId: string;
  unitId: string;
  signedOn: string;
  documentNumber: string | null;
  note: string | null;
  version: number;
  abilities: { update: boolean };
}

export interface PactRow {
  unit: { id: string; code: string; name: string; seat: Seat };
  pact: Pact | null;
}

export type PactAgreementParty = 'follower' | 'standingOffice';

export interface PartyAgreement {
  agreedBy: string | null;
  agreedAt: string | null;
  note: string | null;
  abilities: { agree: boolean; withdraw: boolean };
}

/** The two agreements the cluster's pact signing needs (Ba Đình 2022, Long Biên 2023). */
export interface PactAgreements {
  follower: PartyAgreement;
  standingOffice: PartyAgreement;
  signed: boolean;
  agreed: boolean;
  missing: string | null;
}
