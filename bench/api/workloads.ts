import type {
  CriterionView as SheetCriterion,
  EntryView as SheetLayer,
  SheetView as Sheet,
} from '@thidua/contracts/scoring';
import type { BenchRequest, ConnectionScript } from './load';

const API = '/api/v1';
const DEMO_PASSWORD = 'thidua-demo-2025';

/** A signed-in demo account: the headers its requests carry, and who it is. */
export interface Session {
  username: string;
  headers: Record<string, string>;
  councilId: string;
  unitId: string | null;
}

export async function call<T>(origin: string, request: BenchRequest): Promise<T> {
  const response = await fetch(`${origin}${API}${request.path}`, {
    method: request.method,
    headers: {
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...request.headers,
    },
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${request.method} ${request.path} → ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

interface LoginAnswer {
  csrfToken: string;
  memberships: { councilId: string; unitId: string | null }[];
}

/** Signs a demo account in through the API (its session cookie and CSRF token). */
export async function signIn(origin: string, username: string): Promise<Session> {
  const response = await fetch(`${origin}${API}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`đăng nhập ${username} → ${response.status} ${await response.text()}`);
  const answer = (await response.json()) as LoginAnswer;
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const membership = answer.memberships[0]!;
  return {
    username,
    headers: { cookie, 'x-csrf-token': answer.csrfToken },
    councilId: membership.councilId,
    unitId: membership.unitId,
  };
}

/** The demo's places the workloads use: this year's Cụm 1 in the self-scoring stage. */
export interface BenchWorld {
  origin: string;
  office: Session;
  councilId: string;
  clusterId: string;
  writers: Session[];
}

interface Period {
  id: string;
  year: number;
  stage: string;
  archivedAt: string | null;
}

/** Cụm 1 (code `cum-1`) of a period, as the standing office lists it. */
export async function clusterOne(origin: string, office: Session, periodId: string): Promise<{ id: string }> {
  const clusters = await call<{ items: { id: string; code: string }[] }>(origin, {
    method: 'GET',
    path: `/periods/${periodId}/clusters?pageSize=100`,
    headers: office.headers,
  });
  const cluster = clusters.items.find((c) => c.code === 'cum-1');
  if (!cluster) throw new Error('Dữ liệu không có Cụm thi đua số 1 (cum-1)');
  return cluster;
}

/** Finds this year's Cụm 1 (the demo's period that is self-scoring now) and signs in its writers. */
export async function discoverWorld(origin: string): Promise<BenchWorld> {
  const office = await signIn(origin, 'cqtt');
  const periods = await call<{ items: Period[] }>(origin, {
    method: 'GET',
    path: `/councils/${office.councilId}/periods?pageSize=100`,
    headers: office.headers,
  });
  const period = periods.items
    .filter((p) => p.stage === 'results' && p.archivedAt === null)
    .sort((a, b) => b.year - a.year)[0];
  if (!period) throw new Error('Dữ liệu mẫu không có kỳ thi đua đang tự chấm điểm');
  const cluster = await clusterOne(origin, office, period.id);
  // The staff of Cụm 1's ordinary member, its leader and its deputy: each self-scores its own unit.
  const writers = await Promise.all(['donvi', 'cumtruong', 'cumpho'].map((u) => signIn(origin, u)));
  return { origin, office, councilId: office.councilId, clusterId: cluster.id, writers };
}

/** Two valid values of a leaf, alternated by the save workload so every save changes the cell. */
function valueOf(criterion: SheetCriterion, plan: number | null, turn: number): Record<string, unknown> {
  const odd = turn % 2 === 1;
  switch (criterion.kind) {
    case 'quantitative': {
      const p = plan ?? 100;
      return { plan: p, actual: odd ? p + 1 : p };
    }
    case 'qualitative':
      return { points: odd ? criterion.points : 0 };
    case 'bands':
      return { value: odd ? 2 : 1 };
    case 'rating': {
      const options = criterion.ratingOptions ?? [];
      return { rating: options[turn % options.length] };
    }
    case 'yesno':
      return { done: odd };
    default:
      throw new Error(`Tiêu chí ${criterion.code} có cách chấm không biết: ${criterion.kind}`);
  }
}

/**
 * The save workload: each connection owns one cell (a writer's own unit, a leaf it self-scores) and
 * saves it again and again with the version the previous answer returned, as the scoring grid does.
 * A 409 would mean lost versions; the figures count it as an error.
 */
export async function saveScripts(world: BenchWorld, connections: number): Promise<ConnectionScript[]> {
  const cells: { session: Session; unitId: string; criterion: SheetCriterion; layer: SheetLayer | null }[] =
    [];
  const perWriter = await Promise.all(
    world.writers.map(async (session) => {
      const sheet = await call<Sheet>(world.origin, {
        method: 'GET',
        path: `/clusters/${world.clusterId}/scoring-sheet?unitId=${session.unitId}&pageSize=500`,
        headers: session.headers,
      });
      const byCode = new Map(sheet.criteria.map((c) => [c.code, c] as const));
      return sheet.rows.flatMap((row) =>
        row.cells
          .filter((cell) => cell.canWrite.includes('self'))
          .map((cell) => ({
            session,
            unitId: row.unit.id,
            criterion: byCode.get(cell.criterionCode)!,
            layer: cell.self,
          })),
      );
    }),
  );
  // Round robin over the writers, so the load spreads over their units.
  for (let i = 0; cells.length < connections; i++) {
    const lists = perWriter.filter((list) => list.length > i);
    if (lists.length === 0) break;
    for (const list of lists) if (cells.length < connections) cells.push(list[i]!);
  }
  return cells.map((cell) => {
    let version = cell.layer?.version ?? 0;
    let turn = 0;
    const path = `/clusters/${world.clusterId}/units/${cell.unitId}/entries/${encodeURIComponent(cell.criterion.code)}/self`;
    return {
      next: () => ({
        method: 'PUT',
        path: `${API}${path}`,
        headers: cell.session.headers,
        body: { version, ...valueOf(cell.criterion, cell.layer?.plan ?? null, ++turn) },
      }),
      answered: (body) => {
        version = (body as { version: number }).version;
      },
    };
  });
}

/** A read-only workload: every connection asks the same route as the standing office. */
export function readScripts(world: BenchWorld, path: string, connections: number): ConnectionScript[] {
  return Array.from({ length: connections }, () => ({
    next: () => ({ method: 'GET' as const, path: `${API}${path}`, headers: world.office.headers }),
  }));
}

/** The read workloads of the bench, by name: path as the standing office asks it. */
export function readPaths(world: BenchWorld): Record<string, string> {
  return {
    'Kết quả (GET /clusters/:id/results)': `/clusters/${world.clusterId}/results`,
    'Bảng chấm điểm (GET /clusters/:id/scoring-sheet)': `/clusters/${world.clusterId}/scoring-sheet`,
    'Tra cứu nhật ký (GET /councils/:id/audit)': `/councils/${world.councilId}/audit?entityType=entry&actor=donvi&pageSize=20`,
    'Tuyến tối thiểu (GET /auth/me)': '/auth/me',
  };
}
