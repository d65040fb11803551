import { expect, type Page as BrowserPage, type PlaywrightWorkerArgs } from '@playwright/test';
import type { FrameworkView } from '@thidua/contracts/criteria-frameworks';
import type { WithRuleset } from '@thidua/contracts/criteria-shared';
import type { ComparisonView as Comparison, VersionView } from '@thidua/contracts/criteria-versions';
import type { CriterionInput as Criterion, Ruleset } from '@thidua/engine';
import { Api } from './api';

// The criteria API's shapes are the contract's; a stored ruleset, which the contract leaves untyped (the
// engine validates it), is the engine's `Ruleset`.
export type { Comparison, Criterion, Ruleset };
export type Version = WithRuleset<VersionView, Ruleset>;
export type Framework = WithRuleset<FrameworkView, Ruleset>;

export interface CriteriaWorld {
  councilId: string;
  periodId: string;
  clusterId: string;
  clusterName: string;
  /** The demo's issued framework for communes and wards (Bắc Giang profile, +30 % rule). */
  frameworkId: string;
  office: Api;
  leader: Api;
  member: Api;
  dispose: () => Promise<void>;
}

/** A short random suffix for unique codes and names. */
export const suffix = () => Math.random().toString(36).slice(2, 7);

/**
 * A period of `year` (2041–2045: this spec's own years) in the criteria stage with one cluster: the
 * demo's Cụm 1 leader (`cumtruong`) leads it, its deputy (`cumpho`) deputises, `donvi` is a member.
 */
export async function criteriaWorld(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  year: number,
  calendar: 'calendarYear' | 'schoolYear' = 'calendarYear',
): Promise<CriteriaWorld> {
  const office = await Api.open(playwright, baseURL, 'cqtt');
  const leader = await Api.open(playwright, baseURL, 'cumtruong');
  const deputy = await Api.open(playwright, baseURL, 'cumpho');
  const member = await Api.open(playwright, baseURL, 'donvi');
  const { items: councils } = await office.get<{ items: { id: string }[] }>('/councils');
  const councilId = councils[0]!.id;
  const tag = suffix();
  const period = await office.send<{ id: string; version: number }>(
    'POST',
    `/councils/${councilId}/periods`,
    {
      name: `Năm ${year} (thử bộ tiêu chí ${tag})`,
      year,
      calendar,
    },
  );
  const clusterName = `Cụm thi đua thử bộ tiêu chí ${tag}`;
  let cluster = await office.send<{ id: string; version: number }>('POST', `/periods/${period.id}/clusters`, {
    code: `cum-tieu-chi-${tag}`,
    name: clusterName,
    kind: 'cum',
  });
  cluster = await office.send('POST', `/clusters/${cluster.id}/members`, {
    version: cluster.version,
    unitIds: [leader.unitId, deputy.unitId, member.unitId],
  });
  await office.send('PUT', `/clusters/${cluster.id}/leadership`, {
    version: cluster.version,
    seats: [
      { unitId: leader.unitId, role: 'leader' },
      { unitId: deputy.unitId, role: 'deputy' },
    ],
  });
  await office.send('POST', `/periods/${period.id}/stage`, { version: period.version, stage: 'criteria' });
  const frameworks = await office.get<{ items: Framework[] }>(
    `/councils/${councilId}/frameworks?code=khung-xa-phuong&status=issued`,
  );
  expect(frameworks.items.length, 'the demo framework for communes and wards').toBeGreaterThan(0);
  await deputy.dispose();
  return {
    councilId,
    periodId: period.id,
    clusterId: cluster.id,
    clusterName,
    frameworkId: frameworks.items[0]!.id,
    office,
    leader,
    member,
    dispose: async () => {
      await Promise.all([office.dispose(), leader.dispose(), member.dispose()]);
    },
  };
}

export const criteriaPath = (world: CriteriaWorld) =>
  `/hoi-dong/${world.councilId}/tieu-chi?ky=${world.periodId}&cum=${world.clusterId}`;

/** The versions of the world's cluster, newest first, as `who` may see them. */
export async function versionsOf(world: CriteriaWorld, who: Api): Promise<Version[]> {
  const { items } = await who.get<{ items: { id: string }[] }>(
    `/clusters/${world.clusterId}/criteria-versions`,
  );
  return Promise.all(items.map((v) => who.get<Version>(`/criteria-versions/${v.id}`)));
}

/** A criterion of a ruleset by code (depth first). */
export function criterionOf(ruleset: Ruleset, code: string): Criterion | undefined {
  const visit = (list: Criterion[]): Criterion | undefined => {
    for (const c of list) {
      if (c.code === code) return c;
      const found = c.children && visit(c.children);
      if (found) return found;
    }
    return undefined;
  };
  for (const g of ruleset.groups) {
    const found = visit(g.criteria);
    if (found) return found;
  }
  return undefined;
}

/** The tree node of a criterion (or `Nhóm I`) on the page: its title block, problems included. */
export const treeNode = (page: BrowserPage, code: string) =>
  page.locator(`.criteria-node[data-code="${code}"]`);

/** The Vietnamese way of writing a number of points (`12,5`), by the runtime's own format. */
export const vietnamese = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
