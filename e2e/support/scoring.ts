import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import type { PeriodView as Period } from '@thidua/contracts/periods';
import type { ClusterView as Cluster } from '@thidua/contracts/periods-clusters';
import { DEMO_PASSWORD, signInThroughPage } from './accounts';
import { Api } from './api';

// Data of the scoring browser tests, made through the real API: a period of its own year (2046–2050),
// a cluster of demo units (so the demo accounts act in it), an issued revision of a small ruleset with
// one criterion of each kind and one for the focal department (Sở Tài chính, the `daumoi` account).

/** The demo units of the cluster, by seat: the accounts cumtruong, cumpho and donvi work for them. */
export const UNIT_CODES = {
  leader: 'phuong-hung-dao',
  deputy: 'phuong-quang-trung',
  member: 'phuong-bac-thanh',
  other: 'phuong-dong-hai',
} as const;
const FOCAL_CODE = 'so-tai-chinh';

/** I.1 self (quantitative, evidence required), I.2 focal (bands), II.1 rating, II.2 points, II.3 standing office. */
export const RULESET = {
  name: 'Tiêu chí thử nghiệm chấm điểm',
  maxTotal: 1000,
  groups: [
    {
      code: 'I',
      name: 'Phát triển kinh tế - xã hội',
      maxPoints: 600,
      overPlanBonusCap: 30,
      criteria: [
        {
          code: 'I.1',
          name: 'Thu ngân sách nhà nước trên địa bàn',
          points: 300,
          kind: 'quantitative',
          unit: 'tỷ đồng',
          overPlanBonus: { per: 'points', step: 'whole', amount: 1, capPercentOfPoints: 10 },
        },
        {
          code: 'I.2',
          name: 'Tỷ lệ giải ngân vốn đầu tư công',
          points: 300,
          kind: 'bands',
          bands: [
            { min: 90, points: 300 },
            { min: 70, points: 200 },
          ],
        },
      ],
    },
    {
      code: 'II',
      name: 'Xây dựng Đảng và hệ thống chính trị',
      maxPoints: 400,
      criteria: [
        {
          code: 'II.1',
          name: 'Xếp loại tổ chức đảng',
          points: 200,
          kind: 'rating',
          options: { HTXSNV: 200, HTTNV: 150 },
        },
        { code: 'II.2', name: 'Thực hiện quy chế dân chủ ở cơ sở', points: 100, kind: 'qualitative' },
        { code: 'II.3', name: 'Ban hành kế hoạch thi đua', points: 100, kind: 'yesno' },
      ],
    },
  ],
};

interface Versioned {
  id: string;
  version: number;
}
// The scoring sheet is the contract the server's route declares.
import type { EntryView as SheetEntry, SheetView as Sheet } from '@thidua/contracts/scoring';
export type {
  CellView as SheetCell,
  EntryView as SheetEntry,
  SheetView as Sheet,
} from '@thidua/contracts/scoring';
// The results endpoint returns the engine's document.
export type { ResultDocument } from '@thidua/engine';
import type { ResultDocument } from '@thidua/engine';

/** The API as one signed-in user, with the calls the scoring, review and year specs make. */
export class UserApi extends Api {
  /** The user's first council. */
  async councilId(): Promise<string> {
    const { items } = await this.get<{ items: { id: string }[] }>('/councils');
    return items[0]!.id;
  }

  /**
   * A new calendar-year period of `year` in the user's first council, named `Năm <year> (<label> <tag>)`
   * with a fresh `tag` (the specs run again and again on one database).
   */
  async newPeriod<P>(year: number, label: string): Promise<{ councilId: string; tag: string; period: P }> {
    const councilId = await this.councilId();
    const tag = Math.random().toString(36).slice(2, 7);
    const period = await this.call<P>('POST', `/councils/${councilId}/periods`, {
      name: `Năm ${year} (${label} ${tag})`,
      year,
      calendar: 'calendarYear',
    });
    return { councilId, tag, period };
  }

  sheet(clusterId: string): Promise<Sheet> {
    return this.get<Sheet>(`/clusters/${clusterId}/scoring-sheet?pageSize=500`);
  }

  results(clusterId: string): Promise<ResultDocument> {
    return this.get<ResultDocument>(`/clusters/${clusterId}/results`);
  }

  /** Writes one layer of a cell at the version the sheet has now. */
  async score(
    clusterId: string,
    unitId: string,
    code: string,
    layer: 'self' | 'focal' | 'standingOffice' | 'agreed',
    values: Record<string, unknown>,
  ): Promise<SheetEntry> {
    const sheet = await this.get<Sheet>(`/clusters/${clusterId}/scoring-sheet?unitId=${unitId}`);
    const cell = sheet.rows[0]?.cells.find((c) => c.criterionCode === code);
    return this.send<SheetEntry>(
      'PUT',
      `/clusters/${clusterId}/units/${unitId}/entries/${encodeURIComponent(code)}/${layer}`,
      { version: cell?.[layer]?.version ?? 0, ...values },
    );
  }
}

/** A scoring cluster of its own, built by the standing office, with the period at `results`. */
export interface ScoringSetup {
  councilId: string;
  period: Period;
  cluster: Cluster;
  unitIds: Record<keyof typeof UNIT_CODES, string>;
  office: UserApi;
  /** Moves the period one stage forward (results → review publishes the table). */
  advance: () => Promise<void>;
  /** The scoring page's address for this cluster. */
  scoringPath: string;
  selfPath: string;
}

export async function buildScoringCluster(request: APIRequestContext, year: number): Promise<ScoringSetup> {
  const office = await UserApi.signIn(request, 'cqtt');
  const { items: councils } = await office.get<{ items: { id: string }[] }>('/councils');
  const councilId = councils[0]!.id;
  const suffix = Math.random().toString(36).slice(2, 8);

  const unitIdOf = async (code: string) => {
    const { items } = await office.get<{ items: { id: string; code: string }[] }>(
      `/councils/${councilId}/units?pageSize=50&q=${code}`,
    );
    const unit = items.find((u) => u.code === code);
    expect(unit, `demo unit ${code}`).toBeDefined();
    return unit!.id;
  };
  const unitIds = {
    leader: await unitIdOf(UNIT_CODES.leader),
    deputy: await unitIdOf(UNIT_CODES.deputy),
    member: await unitIdOf(UNIT_CODES.member),
    other: await unitIdOf(UNIT_CODES.other),
  };
  const focalId = await unitIdOf(FOCAL_CODE);

  let framework = await office.send<Versioned>('POST', `/councils/${councilId}/frameworks`, {
    code: `khung-cham-diem-${suffix}`,
    name: `Khung thử nghiệm chấm điểm ${suffix}`,
    ruleset: RULESET,
  });
  framework = await office.send<Versioned>('POST', `/frameworks/${framework.id}/issue`, {
    version: framework.version,
    documentNumber: `01/QĐ-${suffix}`,
    documentDate: `${year}-01-05`,
  });
  let period = await office.send<Period>('POST', `/councils/${councilId}/periods`, {
    name: `Năm ${year} (thử chấm điểm ${suffix})`,
    year,
    calendar: 'calendarYear',
  });
  let cluster = await office.send<Cluster>('POST', `/periods/${period.id}/clusters`, {
    code: `cum-cham-diem-${suffix}`,
    name: `Cụm thử chấm điểm ${suffix}`,
    kind: 'cum',
  });
  cluster = await office.send<Cluster>('POST', `/clusters/${cluster.id}/members`, {
    version: cluster.version,
    unitIds: Object.values(unitIds),
  });
  cluster = await office.send<Cluster>('PUT', `/clusters/${cluster.id}/leadership`, {
    version: cluster.version,
    seats: [
      { unitId: unitIds.leader, role: 'leader' },
      { unitId: unitIds.deputy, role: 'deputy' },
    ],
  });
  const advance = async () => {
    period = await office.send<Period>('POST', `/periods/${period.id}/stage`, {
      version: period.version,
      stage: period.nextStage,
      reason: 'Chuyển giai đoạn để dựng dữ liệu kiểm thử',
    });
  };
  await advance(); // criteria
  const draft = await office.send<Versioned>('POST', `/clusters/${cluster.id}/criteria-versions`, {
    frameworkId: framework.id,
  });
  const assigned = await office.send<{ criteriaVersion: Versioned }>(
    'PUT',
    `/criteria-versions/${draft.id}/assignments`,
    {
      version: draft.version,
      assignments: [
        {
          criterionCode: 'I.1',
          owner: 'self',
          evidenceRequired: true,
          evidenceHint: 'Báo cáo kết quả thu ngân sách có xác nhận của Kho bạc',
        },
        { criterionCode: 'I.2', owner: 'focalUnit', focalUnitId: focalId },
        { criterionCode: 'II.3', owner: 'standingOffice' },
      ],
    },
  );
  const agreed = await office.send<Versioned>('POST', `/criteria-versions/${draft.id}/agree`, {
    version: assigned.criteriaVersion.version,
  });
  await office.send('POST', `/criteria-versions/${draft.id}/issue`, {
    version: agreed.version,
    documentNumber: `02/QĐ-${suffix}`,
    documentDate: `${year}-02-01`,
  });
  while (period.stage !== 'results') await advance();

  const query = `?ky=${period.id}&cum=${cluster.id}`;
  return {
    councilId,
    get period() {
      return period;
    },
    cluster,
    unitIds,
    office,
    advance,
    scoringPath: `/hoi-dong/${councilId}/cham-diem${query}`,
    selfPath: `/hoi-dong/${councilId}/tu-cham-diem${query}`,
  };
}

/** Signs in through the page as a demo account and opens an address. */
export async function openAs(page: Page, username: string, path: string): Promise<void> {
  await signInThroughPage(page, username, DEMO_PASSWORD);
  await page.goto(path);
}

/** How an office writes a score (`996,4`), by the runtime's own Vietnamese format: an independent oracle. */
export const vietnamese = (value: number) => value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** A real 1×1 PNG (valid signature and chunks), for the evidence upload. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A minimal one-page PDF. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** The API as another user, in a request context of its own (its own session cookie). */
export async function apiAs(
  playwright: { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } },
  baseURL: string | undefined,
  username: string,
): Promise<UserApi> {
  return UserApi.open(playwright, baseURL, username);
}

/**
 * A cell of the scoring grid by its unit and criterion. Cells are named by what they show (their value,
 * then layer and differences; issue #16), so tests find them by the unit and criterion they belong to.
 */
export function gridCell(page: Page, unitName: string, criterionCode: string) {
  return page.locator(`td[data-unit="${unitName}"][data-criterion="${criterionCode}"]`);
}

/**
 * Scrolls the scoring grid until `target` (a cell or a unit's header) is drawn, and into view: the grid
 * draws only the lines and columns in its scroll box (issue #15), as a user scrolls to reach a cell.
 * Sweeps down each band of columns from the top-left corner.
 */
export async function revealInGrid(page: Page, target: Locator): Promise<Locator> {
  const box = page.locator('.score-grid-wrap');
  await expect(box).toBeVisible();
  type Box = {
    scrollTop: number;
    scrollLeft: number;
    clientHeight: number;
    clientWidth: number;
    scrollHeight: number;
    scrollWidth: number;
  };
  const frame = () =>
    page.evaluate(
      () =>
        new Promise<void>((done) =>
          (globalThis as unknown as { requestAnimationFrame(f: () => void): void }).requestAnimationFrame(
            () => done(),
          ),
        ),
    );
  if ((await target.count()) === 0) {
    await box.evaluate((el) => {
      const b = el as unknown as Box;
      b.scrollTop = 0;
      b.scrollLeft = 0;
    });
    for (let step = 0; step < 500 && (await target.count()) === 0; step++) {
      const moved = await box.evaluate((el) => {
        const b = el as unknown as Box;
        if (b.scrollTop + b.clientHeight < b.scrollHeight - 1) {
          b.scrollTop += Math.max(100, b.clientHeight * 0.7);
          return true;
        }
        if (b.scrollLeft + b.clientWidth < b.scrollWidth - 1) {
          b.scrollTop = 0;
          b.scrollLeft += Math.max(100, b.clientWidth * 0.5);
          return true;
        }
        return false;
      });
      await frame();
      await frame();
      if (!moved && (await target.count()) === 0) break;
    }
  }
  await expect(target).toHaveCount(1);
  await target.scrollIntoViewIfNeeded();
  return target;
}
