// The shapes of the periods, clusters, criteria, registrations and pacts APIs, as these screens read them.
// The registrations' and pacts' come from the contract the server's routes declare (@thidua/contracts).
export type {
  BasisView as RegistrationBasis,
  PlanView,
  RegisteredItemView as RegisteredItem,
  RegistrationPageView as RegistrationPage,
  RegistrationRowView as RegistrationRow,
  RegistrationView as Registration,
} from '@thidua/contracts/registrations';
export type {
  PactAgreementsView as PactAgreements,
  PactRowView as PactRow,
  PactView as Pact,
  PartyAgreementView as PartyAgreement,
} from '@thidua/contracts/registrations-pacts';
export type { ClusterRole as Seat, PactAgreementParty, RegistrationStatus } from '@thidua/vocabulary';
import type { RegisteredItemView as RegisteredItem } from '@thidua/contracts/registrations';
import type { ClusterRole as Seat, RegistrationStatus } from '@thidua/vocabulary';

/** A period as the API lists it. */
export type { Period as PeriodSummary } from '../api/periods';

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
