import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DB_ERROR_CODES, sqlStateOf } from './errors';
import * as s from './schema';
import { buildCouncil, databaseTestTargets, rejectionOf, useTestDatabase } from './testing';

describe.each(databaseTestTargets())('audit log on $name', (target) => {
  const db = useTestDatabase(target);

  async function recordEvent() {
    const council = await buildCouncil(db());
    const [event] = await db()
      .insert(s.auditLog)
      .values({
        councilId: council.id,
        entityType: 'entry',
        entityId: 'e-1',
        action: 'update',
        old: { points: '70.00' },
        new: { points: '75.00' },
        reason: 'Bổ sung minh chứng',
      })
      .returning();
    return event!;
  }

  it('keeps who, when, what, old value, new value and reason, in write order', async () => {
    const first = await recordEvent();
    const second = await recordEvent();
    expect(second.id).toBeGreaterThan(first.id);
    expect(first).toMatchObject({ action: 'update', old: { points: '70.00' }, new: { points: '75.00' } });
    expect(first.at).toBeInstanceOf(Date);
    expect(first.actorUserId).toBeNull();
  });

  it('refuses UPDATE, DELETE and TRUNCATE, and leaves the event as it was', async () => {
    const event = await recordEvent();
    const where = eq(s.auditLog.id, event.id);

    const update = await rejectionOf(db().update(s.auditLog).set({ reason: 'sửa lại' }).where(where));
    expect(sqlStateOf(update)).toBe(DB_ERROR_CODES.auditLogAppendOnly);
    const remove = await rejectionOf(db().delete(s.auditLog).where(where));
    expect(sqlStateOf(remove)).toBe(DB_ERROR_CODES.auditLogAppendOnly);
    const truncate = await rejectionOf(db().execute(sql`truncate audit_log`));
    expect(sqlStateOf(truncate)).toBe(DB_ERROR_CODES.auditLogAppendOnly);

    const [stored] = await db().select().from(s.auditLog).where(where);
    expect(stored).toEqual(event);
  });
});
