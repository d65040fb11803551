// The shapes of the criteria API (frameworks, cluster criteria versions, comparison, assignments, profiles).
import type { Ruleset } from '@thidua/engine';
import type { UnitType } from '../api/types';

export type { Band, CriterionInput, CriterionKind, Group, OverPlanBonus, Ruleset } from '@thidua/engine';

export type CriteriaStatus = 'draft' | 'agreed' | 'issued';

export interface FrameworkSummary {
  id: string;
  councilId: string;
  code: string;
  revision: number;
  name: string;
  unitType: UnitType | null;
  profileCode: string | null;
  status: 'draft' | 'issued';
  fixedGroupCodes: string[];
  maxAddedCriteriaRatio: number | null;
  supersedesId: string | null;
  changeReason: string | null;
  issuedAt: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  version: number;
  abilities: { update: boolean; issue: boolean; revise: boolean };
}

export interface Framework extends FrameworkSummary {
  ruleset: Ruleset;
}

export interface FrameworkCreateInput {
  code: string;
  name?: string;
  unitType?: UnitType | null;
  profileId?: string;
  fromFrameworkId?: string;
  fixedGroupCodes?: string[];
  maxAddedCriteriaRatio?: number | null;
}

export interface FrameworkPatch {
  version: number;
  name?: string;
  unitType?: UnitType | null;
  ruleset?: Ruleset;
  fixedGroupCodes?: string[];
  maxAddedCriteriaRatio?: number | null;
}

export interface IssueInput {
  version: number;
  documentNumber: string;
  documentDate: string;
}

export interface RuleProfile {
  id: string;
  name: string;
  description: string;
  source: { document: string; issuer: string; date: string };
  unitTypes: string[];
  calendar: 'calendar' | 'school';
  maxTotal: number | null;
  groups: { code: string; name: string; maxPoints: number; criteria: number }[];
}

export interface VersionAbilities {
  update: boolean;
  agree: boolean;
  issue: boolean;
  revise: boolean;
}

export interface VersionSummary {
  id: string;
  clusterId: string;
  frameworkId: string;
  revision: number;
  status: CriteriaStatus;
  name: string;
  supersedesId: string | null;
  changeReason: string | null;
  agreedAt: string | null;
  issuedAt: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  version: number;
  abilities: VersionAbilities;
}

export interface CriteriaVersion extends VersionSummary {
  ruleset: Ruleset;
  framework: {
    id: string;
    code: string;
    revision: number;
    name: string;
    fixedGroupCodes: string[];
    maxAddedCriteriaRatio: number | null;
  };
}

export interface FieldProblem {
  path: string;
  message: string;
}

export interface Validation {
  ok: boolean;
  errors: FieldProblem[];
}

export interface CriterionSummary {
  code: string;
  name: string;
  groupCode: string;
  parentCode: string | null;
  points: number;
  kind: string | null;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface Comparison {
  from: { id: string; revision: number; status: CriteriaStatus };
  to: { id: string; revision: number; status: CriteriaStatus };
  added: CriterionSummary[];
  removed: CriterionSummary[];
  changed: (CriterionSummary & { changes: FieldChange[] })[];
  groups: {
    added: string[];
    removed: string[];
    changed: { code: string; changes: FieldChange[] }[];
  };
  otherChanges: string[];
}

export type CriterionOwner = 'self' | 'focalUnit' | 'standingOffice';

export interface Assignment {
  criterionCode: string;
  criterionName: string;
  groupCode: string;
  kind: string;
  owner: CriterionOwner;
  focalUnit: { id: string; code: string; name: string } | null;
  evidenceRequired: boolean;
  evidenceHint: string | null;
  assigned: boolean;
}

export interface AssignmentInput {
  criterionCode: string;
  owner: CriterionOwner;
  focalUnitId?: string | null;
  evidenceRequired?: boolean;
  evidenceHint?: string | null;
}

export type { Period } from '../api/periods';

export interface Cluster {
  id: string;
  periodId: string;
  lineageId: string;
  code: string;
  name: string;
  kind: string;
  members: { unitId: string; name: string; seat: 'leader' | 'deputy' | 'member' }[];
  /** The standing office, or this cluster's leader or deputy (who also draft its criteria). */
  abilities: { update: boolean; setDeadlines: boolean };
}

/** A registration made before issue, as issuing carried it over (issue #14 §3). */
export interface CarriedRegistration {
  registrationId: string;
  unit: { id: string; code: string; name: string };
  status: 'draft' | 'submitted';
  keptPlans: number;
  droppedPlans: { criterionCode: string; criterionName: string; plan: string }[];
  droppedTitles: { code: string; name: string }[];
}

/** The answer to issuing a cluster's criteria: the issued version and the registrations carried over. */
export interface IssuedVersion extends CriteriaVersion {
  registrationsCarriedOver: CarriedRegistration[];
}
