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

/** A period as the API lists it. */
export type { Period as PeriodSummary } from '../api/periods';

// The clusters, the criteria revisions and the printed form, from the contract; a stored ruleset, a record
// there, is the engine's Ruleset here.
export type {
  ClusterMemberView as ClusterMember,
  ClusterView as ClusterDetail,
} from '@thidua/contracts/periods-clusters';
export type { VersionSummaryView as CriteriaVersionSummary } from '@thidua/contracts/criteria-versions';
export type { PrintCriterionView as PrintCriterion, PrintView } from '@thidua/contracts/registrations';
export type { CriterionInput as CriterionNode, Ruleset as RulesetView } from '@thidua/engine';
import type { RegistrationInput } from '@thidua/contracts/registrations';

/** A criteria revision, its ruleset read as the engine's (one definition: the criteria screens'). */
export type { CriteriaVersion } from '../criteria/types';

/** What a unit sends: each part replaces the stored one. */
export type RegistrationContent = Required<Omit<RegistrationInput, 'unitId'>>;
