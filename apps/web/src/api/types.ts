// The shapes the API returns (its OpenAPI description at /api/docs/json), as the web application uses them.

export type { MembershipRole } from '@thidua/vocabulary';
import type { MembershipRole } from '@thidua/vocabulary';

// The session and the sign-in methods, from the contract the server's auth routes declare.
import type { MeView } from '@thidua/contracts/auth';
export type { SignInMethodsView as SignInMethods } from '@thidua/contracts/auth';

/** A membership of mine; the contract declares its role as a string, it is a membership role. */
export type Membership = Omit<MeView['memberships'][number], 'role'> & { role: MembershipRole };
export type SessionUser = MeView['user'];

/** `POST /auth/login` and `GET /auth/me`. */
export type Session = Omit<MeView, 'memberships'> & { memberships: Membership[] };

// The councils and units the API returns, from the contract the server's routes declare.
export type { UnitInput, UnitPatch, UnitView as Unit } from '@thidua/contracts/organisation';
export type { Page } from '@thidua/contracts/primitives';
import type { CouncilView } from '@thidua/contracts/organisation';

/** A council of mine; the contract declares its roles as strings, they are membership roles. */
export type Council = Omit<CouncilView, 'roles'> & { roles: MembershipRole[] };

// The unit types and calendars the database allows, with their names, live in @thidua/vocabulary.
export { CALENDARS, type Calendar, UNIT_TYPES, type UnitType } from '@thidua/vocabulary';
