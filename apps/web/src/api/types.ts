// The shapes the API returns (its OpenAPI description at /api/docs/json), as the web application uses them.

export type MembershipRole = 'administrator' | 'standingOffice' | 'councilMember' | 'unitStaff';

export interface Membership {
  councilId: string;
  role: MembershipRole;
  unitId: string | null;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  isSystemAdmin: boolean;
  mustChangePassword: boolean;
}

/** `POST /auth/login` and `GET /auth/me`. */
export interface Session {
  user: SessionUser;
  memberships: Membership[];
  csrfToken: string;
}

/** `GET /auth/methods`: how one may sign in here, and why the last single sign-on failed. */
export interface SignInMethods {
  localPasswords: boolean;
  sso: { name: string } | null;
  ssoError: { code: string; message: string } | null;
}

export interface Council {
  id: string;
  code: string;
  name: string;
  level: string | null;
  roles: MembershipRole[];
}

// The unit types and calendars the database allows, with their names, live in @thidua/vocabulary.
export { CALENDARS, type Calendar, UNIT_TYPES, type UnitType } from '@thidua/vocabulary';
import type { Calendar, UnitType } from '@thidua/vocabulary';

export interface Unit {
  id: string;
  councilId: string;
  code: string;
  name: string;
  type: UnitType;
  calendar: Calendar;
  schoolLevel: string | null;
  parentBody: string | null;
  active: boolean;
  version: number;
  abilities: { update: boolean };
}

export interface UnitInput {
  code: string;
  name: string;
  type: UnitType;
  calendar?: Calendar;
  schoolLevel?: string | null;
  parentBody?: string | null;
}

export interface UnitPatch extends Partial<UnitInput> {
  version: number;
  active?: boolean;
}

/** Every list is paginated. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
