// The shapes of the criteria API (frameworks, cluster criteria versions, comparison, assignments, profiles).
import type { Ruleset } from '@thidua/engine';

export type { Band, CriterionInput, CriterionKind, Group, OverPlanBonus, Ruleset } from '@thidua/engine';

// The criteria API's shapes come from the contract the server's routes declare (@thidua/contracts); a
// stored ruleset, a record there, is the engine's Ruleset here.
export type { CriteriaStatus, CriterionOwner } from '@thidua/vocabulary';
export type {
  FrameworkCreateInput,
  FrameworkPatchInput as FrameworkPatch,
  FrameworkSummaryView as FrameworkSummary,
} from '@thidua/contracts/criteria-frameworks';
export type { FieldErrorView as FieldProblem, IssueInput } from '@thidua/contracts/criteria-shared';
export type {
  ComparisonView as Comparison,
  CriterionSummaryView as CriterionSummary,
  FieldChangeView as FieldChange,
  ValidationView as Validation,
  VersionSummaryView as VersionSummary,
} from '@thidua/contracts/criteria-versions';
export type { AssignmentInput, AssignmentView as Assignment } from '@thidua/contracts/criteria-assignments';
import type { FrameworkView } from '@thidua/contracts/criteria-frameworks';
import type { WithRuleset as ReadAs } from '@thidua/contracts/criteria-shared';
import type { IssuedVersionView, VersionSummaryView, VersionView } from '@thidua/contracts/criteria-versions';

type WithRuleset<T extends { ruleset: unknown }> = ReadAs<T, Ruleset>;

export type Framework = WithRuleset<FrameworkView>;

export type { RuleProfileView as RuleProfile } from '@thidua/contracts/criteria-frameworks';

export type VersionAbilities = VersionSummaryView['abilities'];

export type CriteriaVersion = WithRuleset<VersionView>;

export type { Period } from '../api/periods';

/** A cluster as the criteria screen reads it: the period's list gives it (the contract's cluster). */
export type { ClusterView as Cluster } from '@thidua/contracts/periods-clusters';

/** A registration made before issue, as issuing carried it over (issue #14 §3). */
export type { CarriedRegistration } from '@thidua/contracts/registrations';

/** The answer to issuing a cluster's criteria: the issued version and the registrations carried over. */
export type IssuedVersion = WithRuleset<IssuedVersionView>;
