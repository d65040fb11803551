import type { Transaction } from '@thidua/db';
import type { Author } from './generate-results';

/** What every seeding step needs: the transaction and the ids of what earlier steps created. */
export interface SeedContext {
  tx: Transaction;
  councilId: string;
  /** Unit code → id. */
  units: Map<string, string>;
  /** Username → id. */
  users: Map<string, string>;
  /** Unit code → the id of its emulation officer's account. */
  staff: Map<string, string>;
  /** The standing office's officer (the demo account `cqtt`). */
  standingOffice: string;
  /** Bytes of the evidence files seeded, by SHA-256, written to the file store after the commit. */
  files: Map<string, Buffer>;
}

export function unitId(ctx: SeedContext, code: string): string {
  const id = ctx.units.get(code);
  if (!id) throw new Error(`demo seed: unknown unit ${code}`);
  return id;
}

export function userId(ctx: SeedContext, username: string): string {
  const id = ctx.users.get(username);
  if (!id) throw new Error(`demo seed: unknown user ${username}`);
  return id;
}

/** The account that wrote a row. */
export function authorId(ctx: SeedContext, author: Author): string {
  if (author === 'standingOffice') return ctx.standingOffice;
  const id = ctx.staff.get(author.unit);
  if (!id) throw new Error(`demo seed: no officer for unit ${author.unit}`);
  return id;
}
