import { councils, type Database, memberships, units, users } from '@thidua/db';
import { count } from 'drizzle-orm';
import { hashPassword } from '../auth/passwords';

/** The published password of every demo account; production refuses to start while one still has it. */
export const DEMO_PASSWORD = 'thidua-demo-2025';

/** The demo accounts, one per role, printed at start. */
export const DEMO_ACCOUNTS = [
  { username: 'quantri', displayName: 'Quản trị hệ thống', role: 'Quản trị hệ thống' },
  { username: 'cqtt', displayName: 'Chuyên viên Sở Nội vụ', role: 'Cơ quan thường trực (Sở Nội vụ)' },
] as const;

/**
 * Seeds the demo council on an empty database (no council yet); returns false when data exists.
 * Runs in one transaction: a half-seeded database never remains.
 */
export async function seedDemo(db: Database): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(councils);
  if ((existing?.n ?? 0) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [council] = await tx
      .insert(councils)
      .values({
        code: 'hai-ha',
        name: 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà (dữ liệu mẫu)',
        level: 'province',
      })
      .returning();
    await tx.insert(units).values([
      {
        councilId: council!.id,
        code: 'phuong-dong-hai',
        name: 'Phường Đông Hải',
        type: 'ward',
        calendar: 'calendarYear',
      },
      {
        councilId: council!.id,
        code: 'xa-an-lac',
        name: 'Xã An Lạc',
        type: 'commune',
        calendar: 'calendarYear',
      },
    ]);
    const created = await tx
      .insert(users)
      .values(
        DEMO_ACCOUNTS.map((a) => ({
          username: a.username,
          displayName: a.displayName,
          passwordHash,
          isSystemAdmin: a.username === 'quantri',
        })),
      )
      .returning();
    const byName = new Map(created.map((u) => [u.username, u.id]));
    await tx.insert(memberships).values([
      { userId: byName.get('quantri')!, councilId: council!.id, role: 'administrator' },
      { userId: byName.get('cqtt')!, councilId: council!.id, role: 'standingOffice' },
    ]);
  });
  return true;
}
