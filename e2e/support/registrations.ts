import { type APIRequestContext, type APIRequest, expect } from '@playwright/test';
import { Api, type Page } from './api';

/** The years this suite's periods use (each spec file its own period; see the brief). */
const YEARS = [2056, 2057, 2058, 2059, 2060];
const CALENDARS = ['calendarYear', 'schoolYear'] as const;

/**
 * Signed-in API sessions, one request context (one cookie jar) per account, never the browser's
 * cookies. `dispose()` at the end of the test.
 */
export class Sessions {
  private readonly open = new Map<string, Promise<Api>>();
  private readonly contexts: APIRequestContext[] = [];

  constructor(
    private readonly request: APIRequest,
    private readonly baseURL: string | undefined,
  ) {}

  as(username: string): Promise<Api> {
    let session = this.open.get(username);
    if (!session) {
      session = this.request.newContext({ baseURL: this.baseURL }).then((context) => {
        this.contexts.push(context);
        return Api.signIn(context, username);
      });
      this.open.set(username, session);
    }
    return session;
  }

  async dispose(): Promise<void> {
    await Promise.all(this.contexts.map((c) => c.dispose()));
  }
}

interface Versioned {
  id: string;
  version: number;
}

export interface TestCluster {
  councilId: string;
  periodId: string;
  periodName: string;
  clusterId: string;
  clusterName: string;
  /** Member units: the leader (cumtruong's unit), the deputy (cumpho's), donvi's unit and one more. */
  units: { leader: string; deputy: string; member: string; other: string };
  ruleset: typeof RULESET;
  /** The council framework the cluster's criteria are drafted from. */
  frameworkId: string;
}

const suffix = () => Math.random().toString(36).slice(2, 8);

/** A small issued criteria set: three quantitative criteria (one a decrease), one qualitative, two titles. */
export const RULESET = {
  name: 'Bộ tiêu chí thử nghiệm đăng ký',
  maxTotal: 100,
  groups: [
    {
      code: 'I',
      name: 'Thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội',
      maxPoints: 60,
      criteria: [
        {
          code: 'I.1',
          name: 'Tổng thu ngân sách địa phương',
          points: 20,
          kind: 'quantitative',
          unit: 'tỷ đồng',
        },
        { code: 'I.2', name: 'Trồng cây xanh theo kế hoạch', points: 20, kind: 'quantitative', unit: 'cây' },
        {
          code: 'I.3',
          name: 'Số vụ tai nạn giao thông',
          points: 20,
          kind: 'quantitative',
          direction: 'decrease',
          unit: 'vụ',
        },
      ],
    },
    {
      code: 'II',
      name: 'Xây dựng hệ thống chính trị',
      maxPoints: 40,
      criteria: [{ code: 'II.1', name: 'Công tác dân vận', points: 40, kind: 'qualitative' }],
    },
  ],
  awards: [
    { code: 'CO_T', name: 'Cờ thi đua của UBND tỉnh', minScore: 90 },
    { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', minScore: 80 },
  ],
} as const;

/**
 * A period of its own (the first free year of 2056–2060), one cluster of four wards — cumtruong's unit
 * leading, cumpho's deputising, donvi's and one more — with its own criteria issued, moved to `stage`
 * (`registration` by default). Everything through the API, as the standing office and the leader.
 */
export async function buildTestCluster(
  sessions: Sessions,
  stage: 'criteria' | 'registration' = 'registration',
  /** A spec's own calendar year instead of the first free one of `YEARS`. */
  ownYear?: number,
  /** `none`: the cluster drafts no criteria (units register before the criteria, issue #14 §3). */
  criteria: 'issued' | 'none' = 'issued',
): Promise<TestCluster> {
  const office = await sessions.as('cqtt');
  const leader = await sessions.as('cumtruong');
  const deputy = await sessions.as('cumpho');
  const member = await sessions.as('donvi');
  const { items: councils } = await office.get<{ items: { id: string }[] }>('/councils');
  const councilId = councils[0]!.id;
  const tag = suffix();

  const framework = await office.send<Versioned>('POST', `/councils/${councilId}/frameworks`, {
    code: `khung-e2e-${tag}`,
    name: `Khung tiêu chí thử nghiệm ${tag}`,
    ruleset: RULESET,
  });
  await office.send('POST', `/frameworks/${framework.id}/issue`, {
    version: framework.version,
    documentNumber: `01/HD-${tag}`,
    documentDate: '2056-01-10',
  });

  const taken = await office.get<Page<{ year: number; calendar: string }>>(
    `/councils/${councilId}/periods?pageSize=500`,
  );
  // A spec's own year: its calendar year, or its school year when a retry finds the first one taken.
  const slots = ownYear
    ? CALENDARS.map((calendar) => ({ year: ownYear, calendar }))
    : YEARS.flatMap((year) => CALENDARS.map((calendar) => ({ year, calendar })));
  const free = slots.find(
    (slot) => !taken.items.some((p) => p.year === slot.year && p.calendar === slot.calendar),
  );
  expect(free, `a free period slot in ${ownYear ?? '2056–2060'}`).toBeDefined();
  const periodName = `Kỳ thử nghiệm ${free!.year} ${tag}`;
  let period = await office.send<Versioned>('POST', `/councils/${councilId}/periods`, {
    name: periodName,
    ...free,
  });

  const clusterName = `Cụm thi đua thử nghiệm ${tag}`;
  // The demo's council member `hoidong` follows the cluster (and agrees to its pact signing).
  const follower = await sessions.as('hoidong');
  let cluster = await office.send<Versioned>('POST', `/periods/${period.id}/clusters`, {
    code: `cum-e2e-${tag}`,
    name: clusterName,
    kind: 'cum',
    followerUserId: follower.session.user.id,
  });
  const units = await office.get<Page<{ id: string; type: string }>>(
    `/councils/${councilId}/units?pageSize=500`,
  );
  const seated: [string, string, string] = [leader.unitIds[0]!, deputy.unitIds[0]!, member.unitIds[0]!];
  const other = units.items.find((u) => u.type === 'ward' && !seated.includes(u.id))!.id;
  cluster = await office.send<Versioned>('POST', `/clusters/${cluster.id}/members`, {
    version: cluster.version,
    unitIds: [...seated, other],
  });
  await office.send('PUT', `/clusters/${cluster.id}/leadership`, {
    version: cluster.version,
    seats: [
      { unitId: seated[0], role: 'leader' },
      { unitId: seated[1], role: 'deputy', deputyRank: 1 },
    ],
  });
  period = await office.send<Versioned>('POST', `/periods/${period.id}/stage`, {
    version: period.version,
    stage: 'criteria',
  });
  if (criteria === 'issued') {
    let version = await office.send<Versioned>('POST', `/clusters/${cluster.id}/criteria-versions`, {
      frameworkId: framework.id,
    });
    version = await leader.send<Versioned>('POST', `/criteria-versions/${version.id}/agree`, {
      version: version.version,
    });
    await leader.send('POST', `/criteria-versions/${version.id}/issue`, {
      version: version.version,
      documentNumber: `02/QĐ-${tag}`,
      documentDate: '2056-02-01',
    });
  }
  if (stage === 'registration') {
    await office.send('POST', `/periods/${period.id}/stage`, {
      version: period.version,
      stage: 'registration',
    });
  }
  return {
    councilId,
    periodId: period.id,
    periodName,
    clusterId: cluster.id,
    clusterName,
    units: { leader: seated[0], deputy: seated[1], member: seated[2], other },
    ruleset: RULESET,
    frameworkId: framework.id,
  };
}

/** The address of a cluster's screen for this test's period and cluster. */
export const clusterScreen = (c: TestCluster, slug: 'dang-ky' | 'cuoc-hop', rest = '') =>
  `/hoi-dong/${c.councilId}/${slug}${rest ? `/${rest}` : ''}?ky=${c.periodId}&cum=${c.clusterId}`;

/** The follower and the standing office agree to the cluster's pact signing (Ba Đình 2022, Long Biên 2023). */
export async function agreeToPact(sessions: Sessions, c: TestCluster): Promise<void> {
  const follower = await sessions.as('hoidong');
  const office = await sessions.as('cqtt');
  await follower.send('POST', `/clusters/${c.clusterId}/pact-agreements/follower`, {});
  await office.send('POST', `/clusters/${c.clusterId}/pact-agreements/standingOffice`, {});
}
