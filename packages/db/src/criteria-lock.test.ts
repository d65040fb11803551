import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DB_ERROR_CODES, constraintOf, sqlStateOf } from './errors';
import * as s from './schema';
import { SMALL_RULESET, buildCluster, databaseTestTargets, rejectionOf, useTestDatabase } from './testing';

describe.each(databaseTestTargets())('criteria revisions on $name', (target) => {
  const db = useTestDatabase(target);
  /** Revision 2 of the cluster's criteria, superseding its issued revision 1. */
  const insertRevision2 = (built: Awaited<ReturnType<typeof buildCluster>>, changeReason?: string) =>
    db()
      .insert(s.criteriaVersions)
      .values({
        clusterId: built.cluster.id,
        frameworkId: built.framework.id,
        revision: 2,
        supersedesId: built.criteria.id,
        changeReason,
        ruleset: SMALL_RULESET,
      })
      .returning();

  it('lets a draft move to agreed and issued, then locks it against any change', async () => {
    const [draft] = await insertRevision2(await buildCluster(db()), 'Bổ sung tiêu chí chuyển đổi số');
    const byId = eq(s.criteriaVersions.id, draft!.id);
    await db().update(s.criteriaVersions).set({ status: 'agreed', agreedAt: new Date() }).where(byId);
    await db().update(s.criteriaVersions).set({ status: 'issued', issuedAt: new Date() }).where(byId);

    const edit = await rejectionOf(
      db()
        .update(s.criteriaVersions)
        .set({ ruleset: { ...SMALL_RULESET, name: 'sửa sau khi ban hành' } })
        .where(byId),
    );
    expect(sqlStateOf(edit)).toBe(DB_ERROR_CODES.issuedCriteriaLocked);
    const remove = await rejectionOf(db().delete(s.criteriaVersions).where(byId));
    expect(sqlStateOf(remove)).toBe(DB_ERROR_CODES.issuedCriteriaLocked);
    const [stored] = await db().select().from(s.criteriaVersions).where(byId);
    expect(stored!.ruleset.name).toBe(SMALL_RULESET.name);
  });

  it('refuses a later revision without a reason', async () => {
    const error = await rejectionOf(insertRevision2(await buildCluster(db())));
    expect(constraintOf(error)).toBe('criteria_versions_revision_check');
  });

  it('locks the criterion assignments of an issued revision but not of a draft', async () => {
    const built = await buildCluster(db());
    const { units, criteria: issued } = built;
    const assignment = { criterionCode: 'I.1', owner: 'focalUnit' as const, focalUnitId: units[1]!.id };
    const locked = await rejectionOf(
      db()
        .insert(s.criterionAssignments)
        .values({ ...assignment, criteriaVersionId: issued.id }),
    );
    expect(sqlStateOf(locked)).toBe(DB_ERROR_CODES.issuedCriteriaLocked);

    const [draft] = await insertRevision2(built, 'Đổi đơn vị đầu mối');
    await db()
      .insert(s.criterionAssignments)
      .values({ ...assignment, criteriaVersionId: draft!.id });
    const noFocalUnit = await rejectionOf(
      db()
        .insert(s.criterionAssignments)
        .values({ criteriaVersionId: draft!.id, criterionCode: 'I.2', owner: 'focalUnit' }),
    );
    expect(constraintOf(noFocalUnit)).toBe('criterion_assignments_focal_unit_check');
  });
});
