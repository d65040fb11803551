import { type Database, type UnitStaffCount, unitStaffCounts, users } from '@thidua/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { assertUpdated } from '../../http/concurrency';
import { AppError, type FieldError, forbidden, invalid, notFound } from '../../http/errors';
import { unitRowCommand } from './unit-command';
import type { staffCountBody, staffCountConfirmBody, staffCountView } from './schema';
import { may } from '../../access/permissions';

// A unit's staff and women counts per period (Nghị định 152/2025 Art. 4.6), from which womenShare70 is
// derived. The unit's own staff enter them; the standing office checks and confirms them (its own entry
// is confirmed at once). A unit's change clears the confirmation. Any stage until the period is archived.

type View = z.infer<typeof staffCountView>;
type Db = Parameters<Parameters<Database['transaction']>[0]>[0] | Database;

/** Whole numbers ≥ 0, women ≤ staff; every problem at once, each naming its field in Vietnamese. */
export function staffCountErrors(body: { staff: number; women: number }): FieldError[] {
  const errors: FieldError[] = [];
  const whole = (value: number, path: string, name: string) => {
    if (!Number.isSafeInteger(value) || value < 0) {
      errors.push({ path, message: `${name} phải là số nguyên không âm (nhận được ${value})` });
      return false;
    }
    return true;
  };
  const staffOk = whole(body.staff, 'body.staff', 'Tổng số lao động');
  const womenOk = whole(body.women, 'body.women', 'Số lao động nữ');
  if (staffOk && womenOk && body.women > body.staff) {
    errors.push({
      path: 'body.women',
      message: `Số lao động nữ (${body.women}) không được lớn hơn tổng số lao động (${body.staff})`,
    });
  }
  return errors;
}

/** The row of the unit's counts in the access's period. */
const keyOf = (access: ClusterAccess, unitId: string) =>
  and(eq(unitStaffCounts.periodId, access.periodId), eq(unitStaffCounts.unitId, unitId));

/** Creates (version 0) or replaces a unit's counts at the version read, audited. */
export async function putStaffCount(
  db: Database,
  actor: Actor,
  address: { clusterId: string; unitId: string },
  body: z.infer<typeof staffCountBody>,
): Promise<View> {
  const roles = (access: ClusterAccess) => ({
    office: may(access, 'writeFacts'),
    own: access.memberUnitIds.has(address.unitId),
  });
  const authorise = (access: ClusterAccess) => {
    const { office, own } = roles(access);
    if (!office && !own) {
      throw forbidden(
        'Chỉ cán bộ của chính đơn vị kê khai số lao động của đơn vị; cơ quan thường trực kiểm tra, xác nhận',
      );
    }
  };
  return unitRowCommand(db, actor, address, 'unitStaffCount', authorise, async (tx, access, audit) => {
    const { office, own } = roles(access);
    const key = keyOf(access, address.unitId);
    const errors = staffCountErrors(body);
    if (errors.length > 0) throw invalid(errors);
    const [before = null] =
      body.version === 0 ? [] : await tx.select().from(unitStaffCounts).where(key).for('update').limit(1);
    if (before && !body.reason && (before.confirmedAt !== null || (office && !own))) {
      throw new AppError('REASON_REQUIRED', undefined, [
        {
          path: 'body.reason',
          message: before.confirmedAt
            ? 'cần nêu lý do khi sửa số liệu đã được xác nhận'
            : 'cần nêu lý do khi sửa số liệu đơn vị đã kê khai',
        },
      ]);
    }
    // The standing office's own entry is its check; a unit's entry waits for one.
    const confirmation = office
      ? { confirmedBy: actor.userId, confirmedAt: new Date() }
      : { confirmedBy: null, confirmedAt: null };
    const values = {
      staff: body.staff,
      women: body.women,
      note: body.note ?? null,
      enteredBy: actor.userId,
      ...confirmation,
    };
    const saved = assertUpdated(
      body.version === 0
        ? await tx
            .insert(unitStaffCounts)
            .values({ periodId: access.periodId, unitId: address.unitId, ...values })
            .onConflictDoNothing()
            .returning()
        : await tx
            .update(unitStaffCounts)
            .set({ ...values, version: sql`${unitStaffCounts.version} + 1` })
            .where(and(key, eq(unitStaffCounts.version, body.version)))
            .returning(),
    );
    await audit({ action: before ? 'update' : 'create', before, saved, reason: body.reason ?? null });
    return presentStaffCount(tx, saved);
  });
}

/** The standing office confirms the counts it read (`version`), audited. */
export async function confirmStaffCount(
  db: Database,
  actor: Actor,
  address: { clusterId: string; unitId: string },
  body: z.infer<typeof staffCountConfirmBody>,
): Promise<View> {
  const authorise = (access: ClusterAccess) => {
    if (!may(access, 'writeFacts')) {
      throw forbidden('Chỉ cơ quan thường trực Hội đồng được xác nhận số lao động của đơn vị');
    }
  };
  return unitRowCommand(db, actor, address, 'unitStaffCount', authorise, async (tx, access, audit) => {
    const key = keyOf(access, address.unitId);
    const [before] = await tx.select().from(unitStaffCounts).where(key).for('update').limit(1);
    if (!before) throw notFound('số lao động đơn vị đã kê khai');
    const saved = assertUpdated(
      await tx
        .update(unitStaffCounts)
        .set({
          confirmedBy: actor.userId,
          confirmedAt: new Date(),
          version: sql`${unitStaffCounts.version} + 1`,
        })
        .where(and(key, eq(unitStaffCounts.version, body.version)))
        .returning(),
    );
    await audit({ action: 'confirm', before, saved, reason: null });
    return presentStaffCount(tx, saved);
  });
}

/** Display names of the users who entered and confirmed counts. */
export async function userNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function staffCountOf(row: UnitStaffCount, names: Map<string, string>): View {
  return {
    id: row.id,
    periodId: row.periodId,
    unitId: row.unitId,
    staff: row.staff,
    women: row.women,
    note: row.note,
    enteredBy: row.enteredBy,
    enteredByName: row.enteredBy ? (names.get(row.enteredBy) ?? null) : null,
    confirmedBy: row.confirmedBy,
    confirmedByName: row.confirmedBy ? (names.get(row.confirmedBy) ?? null) : null,
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

async function presentStaffCount(db: Db, row: UnitStaffCount): Promise<View> {
  return staffCountOf(row, await userNames(db, [row.enteredBy, row.confirmedBy]));
}
