import { clusterMembers, pactAgreements, pacts, registrations } from '@thidua/db';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TARGET, useTestApp } from './harness';
import { seedDemo } from '../src/demo/seed-demo';

/**
 * The demo tells a consistent story (docs/first-user-review-2026-12-07.md, item 4): a unit signs the
 * pact only after it registered, and the launch conference where the pact is signed comes after the
 * registrations and the agreement on the pact's text.
 */
describe('the demo’s registrations and pacts', () => {
  const { db } = useTestApp(DEMO_TARGET);

  beforeAll(async () => {
    await seedDemo(db());
  }, 240_000);

  it('has no pact signed by a unit that did not send its registration, and no cluster with more signed than registered', async () => {
    const signed = await db()
      .select({ clusterId: pacts.clusterId, status: registrations.status })
      .from(pacts)
      .leftJoin(
        registrations,
        and(eq(registrations.periodId, pacts.periodId), eq(registrations.unitId, pacts.unitId)),
      );
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.filter((p) => p.status !== 'submitted')).toEqual([]);
    // The drafts the demo keeps are still there, so the progress reads e.g. 7/8 registered, 7/8 signed.
    const drafts = await db().select().from(registrations).where(eq(registrations.status, 'draft'));
    expect(drafts.length).toBeGreaterThan(0);
  });

  it('dates every cluster’s registrations before the pact’s agreement, and that before the signing', async () => {
    const seats = await db().select().from(clusterMembers);
    const regs = await db().select().from(registrations).where(eq(registrations.status, 'submitted'));
    const agreements = await db().select().from(pactAgreements);
    const signings = await db().select().from(pacts);
    const clusterIds = [...new Set(signings.map((p) => p.clusterId))];
    expect(clusterIds.length).toBeGreaterThan(5);
    for (const clusterId of clusterIds) {
      const members = new Set(seats.filter((s) => s.clusterId === clusterId).map((s) => s.unitId));
      const periodId = signings.find((p) => p.clusterId === clusterId)!.periodId;
      const sent = regs
        .filter((r) => r.periodId === periodId && members.has(r.unitId))
        .map((r) => r.submittedAt!.getTime());
      const lastSent = Math.max(...sent);
      const agreed = agreements.filter((a) => a.clusterId === clusterId).map((a) => a.agreedAt.getTime());
      const signedOn = signings
        .filter((p) => p.clusterId === clusterId)
        .map((p) => Date.parse(`${p.signedOn}T00:00:00+07:00`));
      expect(agreed.length, clusterId).toBeGreaterThan(0);
      expect(Math.min(...agreed), clusterId).toBeGreaterThan(lastSent);
      expect(Math.min(...signedOn), clusterId).toBeGreaterThan(Math.max(...agreed));
    }
  });
});
