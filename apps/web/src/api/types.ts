// The shapes the API returns (its OpenAPI description at /api/docs/json), as the web application uses them.

export type { MembershipRole } from '@thidua/vocabulary';
import type { MembershipRole } from '@thidua/vocabulary';

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

// The councils and units the API returns, from the contract the server's routes declare.
export type { UnitInput, UnitPatch, UnitView as Unit } from '@thidua/contracts/organisation';
export type { Page } from '@thidua/contracts/primitives';
import type { CouncilView } from '@thidua/contracts/organisation';

/** A council of mine; the contract declares its roles as strings, they are membership roles. */
export type Council = Omit<CouncilView, 'roles'> & { roles: MembershipRole[] };

// The unit types and calendars the database allows, with their names, live in @thidua/vocabulary.
export { CALENDARS, type Calendar, UNIT_TYPES, type UnitType } from '@thidua/vocabulary';
