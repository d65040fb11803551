import { randomBytes } from 'node:crypto';
import { auditLog, councils, memberships, type Transaction, units, users } from '@thidua/db';
import { hashPassword } from '../auth/passwords';
import { seedUsers } from './accounts';
import type { SeedContext } from './context';
import { ALL_UNITS, COUNCIL } from './data/province';

export interface PasswordHashes {
  /** The hash of DEMO_PASSWORD, for the demo accounts. */
  demo: string;
  /**
   * The hash of a random secret thrown away at once: the other people of the demo exist to author
   * rows and follow clusters, and must not be a door in with a published password.
   */
  locked: string;
}

export async function passwordHashes(demoPassword: string): Promise<PasswordHashes> {
  const [demo, locked] = await Promise.all([
    hashPassword(demoPassword),
    hashPassword(randomBytes(32).toString('base64url')),
  ]);
  return { demo, locked };
}

/** The council, its units, the people and their roles; returns the ids later steps need. */
export async function seedOrganisation(tx: Transaction, hashes: PasswordHashes): Promise<SeedContext> {
  const [council] = await tx
    .insert(councils)
    .values({ code: COUNCIL.code, name: COUNCIL.name, level: 'province' })
    .returning({ id: councils.id });
  const councilId = council!.id;
  const unitRows = await tx
    .insert(units)
    .values(
      ALL_UNITS.map((u) => ({
        councilId,
        code: u.code,
        name: u.name,
        type: u.type,
        schoolLevel: u.schoolLevel ?? null,
        parentBody: u.parentBody ?? COUNCIL.people,
        calendar: u.type === 'school' ? ('schoolYear' as const) : ('calendarYear' as const),
      })),
    )
    .returning({ id: units.id, code: units.code });
  const unitIds = new Map(unitRows.map((u) => [u.code, u.id]));

  const people = seedUsers();
  const userRows = await tx
    .insert(users)
    .values(
      people.map((p) => ({
        username: p.username,
        displayName: p.displayName,
        passwordHash: p.demo ? hashes.demo : hashes.locked,
        isSystemAdmin: p.isSystemAdmin,
      })),
    )
    .returning({ id: users.id, username: users.username });
  const userIds = new Map(userRows.map((u) => [u.username, u.id]));

  await tx.insert(memberships).values(
    people
      .filter((p) => p.membership !== null)
      .map((p) => ({
        userId: userIds.get(p.username)!,
        councilId,
        unitId: p.unit ? unitIds.get(p.unit)! : null,
        role: p.membership!,
        title: p.title,
      })),
  );
  await tx.insert(auditLog).values({
    councilId,
    entityType: 'council',
    entityId: councilId,
    action: 'create',
    new: { council: COUNCIL.name, units: ALL_UNITS.length, users: people.length },
    reason: 'Dữ liệu mẫu tạo khi khởi động lần đầu',
  });
  const staff = new Map(people.filter((p) => p.unit).map((p) => [p.unit!, userIds.get(p.username)!]));
  return {
    tx,
    councilId,
    units: unitIds,
    users: userIds,
    staff,
    standingOffice: userIds.get('cqtt')!,
    files: new Map(),
  };
}
