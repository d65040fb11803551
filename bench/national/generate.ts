/**
 * `npm run bench:national:generate`: a country-size council in the PostgreSQL of `DATABASE_URL`, loaded
 * by COPY (pg-copy-streams), for `BENCH_NATIONAL=1 npm run bench:api`. At `NATIONAL_SCALE` 1.0 (the
 * default): 3,500 units in 150 clusters and blocks, five archived years and the current one (in review),
 * each cluster's criteria issued every year (100–150 leaf criteria), a self-scored and an agreed value
 * for every unit × leaf, three facts and two adjustments per unit-year, and the audit events the product
 * writes for them (a create per entry, updates of self scores), newest last. Archived years' results
 * are frozen the way the product freezes them: the period is archived (read-only) and its agreed layer
 * is what the results read.
 *
 * The rows have the shapes the product writes (the demo seeder's and `saveEntryRow`'s): criteria
 * versions inserted agreed, given their assignments, then issued; entries audited with the row's JSON
 * as `recordAudit` writes it. The database must be new (the migrations are applied first); run it on
 * a database of its own. The standing office signs in as `qg-cqtt` with the demo password.
 */
import { randomUUID } from 'node:crypto';
import { openDatabase } from '@thidua/db';
import { validateRuleset } from '@thidua/engine';
import pg from 'pg';
import { hashPassword } from '../../apps/server/src/auth/passwords';
import { generatePeriod } from '../generate-period';
import { CopyWriter, copyRows } from './copy';
import { NATIONAL_OFFICE, NATIONAL_PASSWORD } from './names';

const CURRENT_YEAR = 2026;

const SCALE = Number(process.env.NATIONAL_SCALE ?? 1);
const url = process.env.DATABASE_URL;
if (!url) throw new Error('Cần DATABASE_URL: một cơ sở dữ liệu PostgreSQL mới, riêng cho bộ dữ liệu này');

const UNITS = Math.max(20, Math.round(3500 * SCALE));
const CLUSTERS = Math.max(2, Math.round(150 * SCALE));
/** The first cluster is the large one the benchmark reads. */
const LARGE = Math.min(60, Math.floor(UNITS / 2));
const YEARS = [CURRENT_YEAR - 5, CURRENT_YEAR - 4, CURRENT_YEAR - 3, CURRENT_YEAR - 2, CURRENT_YEAR - 1];

let state = 20261207;
const random = (): number => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Leaf {
  code: string;
  kind: string;
  points: number;
  options?: Record<string, number>;
}

interface Ruleset {
  groups: { criteria: Leaf[] }[];
}

/** The bench's ruleset with `leaves` leaves (valid: checked by the engine once per size). */
const rulesets = new Map<number, { ruleset: Ruleset; leaves: Leaf[] }>();
function rulesetOf(leaves: number) {
  let found = rulesets.get(leaves);
  if (!found) {
    const ruleset = (generatePeriod({ units: 1, leaves }) as { ruleset: Ruleset }).ruleset;
    const checked = validateRuleset(ruleset);
    if (!checked.ok) throw new Error(`Bộ tiêu chí sinh ra không hợp lệ: ${JSON.stringify(checked.errors)}`);
    found = { ruleset, leaves: ruleset.groups.flatMap((g) => g.criteria) };
    rulesets.set(leaves, found);
  }
  return found;
}

/** A cell's value fields as the API stores them (exact decimal text). */
function valueOf(leaf: Leaf): Record<string, string | boolean | null> {
  const none = { plan: null, actual: null, points: null, value: null, rating: null, done: null };
  switch (leaf.kind) {
    case 'quantitative': {
      const plan = int(1, 500);
      return { ...none, plan: String(plan), actual: String(Math.round(plan * (0.7 + random() * 0.5))) };
    }
    case 'bands':
      return { ...none, value: (Math.round(random() * 1000) / 10).toFixed(1) };
    case 'rating':
      return { ...none, rating: pick(Object.keys(leaf.options ?? { HTTNV: 1 })) };
    case 'yesno':
      return { ...none, done: random() < 0.9 };
    default:
      return { ...none, points: (int(0, leaf.points * 2) / 2).toFixed(2) };
  }
}

const ENTRY_COLUMNS = [
  'id',
  'criteria_version_id',
  'unit_id',
  'criterion_code',
  'stage',
  'plan',
  'actual',
  'points',
  'value',
  'rating',
  'done',
  'note',
  'reason',
  'entered_by',
  'version',
  'created_at',
  'updated_at',
];
/** The row's JSON key of a column (`criteria_version_id` → `criteriaVersionId`), as auditJsonOf writes. */
const camel = (column: string) => column.replace(/_(\w)/g, (_: string, l: string) => l.toUpperCase());
const AUDIT_COLUMNS = [
  'at',
  'actor_user_id',
  'council_id',
  'entity_type',
  'entity_id',
  'action',
  'old',
  'new',
  'reason',
  'batch_id',
];

const started = performance.now();
const log = (text: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${text}`);

// The migrations, as the server applies them on start.
const opened = await openDatabase({ url });
await opened.close();
const pool = new pg.Pool({ connectionString: url, max: 4 });
const one = async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows[0] as T;
const existing = await one<{ n: number }>('select count(*)::int as n from councils');
if (existing.n > 0) throw new Error('Cơ sở dữ liệu đã có dữ liệu: hãy tạo một cơ sở dữ liệu mới');

log(`Quy mô ${SCALE}: ${UNITS} đơn vị, ${CLUSTERS} cụm/khối, ${YEARS.length + 1} năm`);
const [demoHash, lockedHash] = await Promise.all([
  hashPassword(NATIONAL_PASSWORD),
  hashPassword(randomUUID() + randomUUID()),
]);

// The council, its standing office, its units and one officer per unit.
const councilId = randomUUID();
await pool.query(`insert into councils (id, code, name, level) values ($1, $2, $3, 'province')`, [
  councilId,
  `qg-${Date.now()}`,
  'Hội đồng Thi đua – Khen thưởng quy mô toàn quốc (dữ liệu thử tải)',
]);
const officeId = randomUUID();
const units = Array.from({ length: UNITS }, (_, i) => ({
  id: randomUUID(),
  code: `DV${pad(i + 1, 4)}`,
  name: `${i % 3 === 0 ? 'Sở' : i % 3 === 1 ? 'Phường' : 'Xã'} thử tải số ${i + 1}`,
  type: i % 3 === 0 ? 'department' : i % 3 === 1 ? 'ward' : 'commune',
  staffId: randomUUID(),
  username: `qg-dv${pad(i + 1, 4)}`,
}));
await copyRows(
  pool,
  'users',
  ['id', 'username', 'display_name', 'password_hash'],
  [
    [officeId, NATIONAL_OFFICE, 'Cán bộ Cơ quan thường trực (thử tải)', demoHash],
    ...units.map((u, i) => [u.staffId, u.username, `Cán bộ ${u.name}`, i < 3 ? demoHash : lockedHash]),
  ],
);
await copyRows(
  pool,
  'units',
  ['id', 'council_id', 'code', 'name', 'type', 'calendar'],
  units.map((u) => [u.id, councilId, u.code, u.name, u.type, 'calendarYear']),
);
await copyRows(
  pool,
  'memberships',
  ['user_id', 'council_id', 'unit_id', 'role', 'title'],
  [
    [officeId, councilId, null, 'standingOffice', 'Chuyên viên Ban Thi đua – Khen thưởng'],
    ...units.map((u) => [u.staffId, councilId, u.id, 'unitStaff', 'Cán bộ phụ trách thi đua']),
  ],
);

// The same clusters every year (one lineage each): the first holds LARGE units, the rest share the others.
const seats: number[][] = [Array.from({ length: LARGE }, (_, i) => i)];
for (let c = 1; c < CLUSTERS; c++) seats.push([]);
for (let u = LARGE; u < UNITS; u++) seats[1 + ((u - LARGE) % (CLUSTERS - 1))]!.push(u);
const lineages = seats.map(() => randomUUID());
const leavesOfCluster = seats.map((_, c) => (c === 0 ? 150 : 100 + ((c * 7) % 51)));

const frameworkId = randomUUID();
const biggest = rulesetOf(150).ruleset;
await pool.query(
  `insert into frameworks (id, council_id, code, name, status, ruleset, issued_at, issued_by)
   values ($1, $2, 'KHUNG', 'Khung tiêu chí thi đua (thử tải)', 'issued', $3, $4, $5)`,
  [frameworkId, councilId, biggest, new Date(`${YEARS[0]}-01-10T03:00:00Z`), officeId],
);

const counts: Record<string, number> = {};
const add = (table: string, n: number) => (counts[table] = (counts[table] ?? 0) + n);
add('units', UNITS);
add('users', UNITS + 1);

const entriesClient = await pool.connect();
const auditClient = await pool.connect();
for (const year of [...YEARS, CURRENT_YEAR]) {
  const archived = year !== CURRENT_YEAR;
  const periodId = randomUUID();
  const yearStart = Date.parse(`${year}-01-02T01:00:00Z`);
  const yearSpan = Date.parse(`${year}-12-20T10:00:00Z`) - yearStart;
  await pool.query(
    `insert into periods (id, council_id, name, year, calendar, starts_on, ends_on, stage, archived_at)
     values ($1, $2, $3, $4, 'calendarYear', $5, $6, $7, $8)`,
    [
      periodId,
      councilId,
      `Năm ${year}`,
      year,
      `${year}-01-01`,
      `${year}-12-31`,
      archived ? 'archived' : 'review',
      archived ? new Date(`${year + 1}-01-20T09:00:00Z`) : null,
    ],
  );
  const clusterIds = seats.map(() => randomUUID());
  add(
    'clusters',
    await copyRows(
      pool,
      'clusters',
      ['id', 'period_id', 'lineage_id', 'code', 'name', 'kind'],
      seats.map((_, c) => [
        clusterIds[c],
        periodId,
        lineages[c],
        `cum-${c + 1}`,
        `${c % 2 === 0 ? 'Cụm' : 'Khối'} thi đua số ${c + 1}`,
        c % 2 === 0 ? 'cum' : 'khoi',
      ]),
    ),
  );
  // Seats rotate: the leader and the deputy move one place each year.
  const turn = year - YEARS[0]!;
  add(
    'cluster_members',
    await copyRows(
      pool,
      'cluster_members',
      ['cluster_id', 'period_id', 'unit_id', 'role', 'deputy_rank'],
      seats.flatMap((members, c) =>
        members.map((u, i) => {
          const seat = (i - turn + members.length * 10) % members.length;
          return [
            clusterIds[c],
            periodId,
            units[u]!.id,
            seat === 0 ? 'leader' : seat === 1 ? 'deputy' : 'member',
            seat === 1 ? 1 : null,
          ];
        }),
      ),
    ),
  );
  // Criteria: agreed, given their assignments, then issued (the trigger locks an issued revision).
  const versionIds = seats.map(() => randomUUID());
  const issuedOn = `${year}-02-15`;
  add(
    'criteria_versions',
    await copyRows(
      pool,
      'criteria_versions',
      ['id', 'cluster_id', 'framework_id', 'status', 'ruleset', 'agreed_at', 'issued_at', 'document_number'],
      seats.map((_, c) => [
        versionIds[c],
        clusterIds[c],
        frameworkId,
        'agreed',
        rulesetOf(leavesOfCluster[c]!).ruleset,
        new Date(`${year}-02-08T02:00:00Z`),
        new Date(`${issuedOn}T07:00:00Z`),
        `${c + 1}/QĐ-CTĐ`,
      ]),
    ),
  );
  add(
    'criterion_assignments',
    await copyRows(
      pool,
      'criterion_assignments',
      ['criteria_version_id', 'criterion_code', 'owner'],
      seats.flatMap((_, c) =>
        rulesetOf(leavesOfCluster[c]!).leaves.map((leaf) => [versionIds[c], leaf.code, 'self']),
      ),
    ),
  );
  await pool.query(`update criteria_versions set status = 'issued' where id = any($1::uuid[])`, [versionIds]);

  // Facts and adjustments of every unit.
  add(
    'unit_facts',
    await copyRows(
      pool,
      'unit_facts',
      ['period_id', 'unit_id', 'name', 'value', 'entered_by'],
      units.flatMap((u) => [
        [periodId, u.id, 'partyRating', JSON.stringify(pick(['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV'])), officeId],
        [periodId, u.id, 'underInvestigation', JSON.stringify(random() < 0.02), officeId],
        [periodId, u.id, 'deepSelfCriticism', JSON.stringify(random() < 0.05), officeId],
      ]),
    ),
  );
  add(
    'adjustments',
    await copyRows(
      pool,
      'adjustments',
      ['criteria_version_id', 'unit_id', 'kind', 'item_code', 'points', 'count', 'entered_by'],
      seats.flatMap((members, c) =>
        members.flatMap((u) => [
          [versionIds[c], units[u]!.id, 'bonus', 'THUONG', String(int(0, 20)), null, officeId],
          [versionIds[c], units[u]!.id, 'deduction', 'CHAM_MUON', null, int(0, 14), officeId],
        ]),
      ),
    ),
  );

  // Entries (self, then agreed) and their audit events, in time order so ids follow `at`.
  const entryWriter = CopyWriter.open(entriesClient, 'entries', ENTRY_COLUMNS);
  const auditWriter = CopyWriter.open(auditClient, 'audit_log', AUDIT_COLUMNS);
  const cells = seats.reduce((n, members, c) => n + members.length * leavesOfCluster[c]!, 0);
  const eventsPerCell = 3.5;
  let event = 0;
  const nextAt = () => new Date(yearStart + Math.floor((event++ / (cells * eventsPerCell)) * yearSpan));
  for (const stage of ['self', 'agreed'] as const) {
    for (let c = 0; c < seats.length; c++) {
      const { leaves } = rulesetOf(leavesOfCluster[c]!);
      for (const u of seats[c]!) {
        const unit = units[u]!;
        const author = stage === 'self' ? unit.staffId : officeId;
        for (const leaf of leaves) {
          const id = randomUUID();
          // A self score is typed, then changed 0–4 times (2 on average); the agreed value once.
          const updates = stage === 'self' ? int(0, 4) : 0;
          const created = nextAt();
          let row: Record<string, unknown> = {
            id,
            criteriaVersionId: versionIds[c],
            unitId: unit.id,
            criterionCode: leaf.code,
            stage,
            ...valueOf(leaf),
            note: null,
            reason: stage === 'agreed' ? 'Thống nhất sau thẩm định' : null,
            enteredBy: author,
            version: 1,
            createdAt: created.toISOString(),
            updatedAt: created.toISOString(),
          };
          await auditWriter.row([
            created,
            author,
            councilId,
            'entry',
            id,
            'create',
            null,
            row,
            row.reason as string | null,
            null,
          ]);
          for (let k = 0; k < updates; k++) {
            const at = nextAt();
            const next = { ...row, ...valueOf(leaf), version: k + 2, updatedAt: at.toISOString() };
            await auditWriter.row([at, author, councilId, 'entry', id, 'update', row, next, null, null]);
            row = next;
          }
          await entryWriter.row(ENTRY_COLUMNS.map((col) => row[camel(col)] as string));
        }
      }
    }
  }
  add('entries', await entryWriter.end());
  add('audit_log', await auditWriter.end());
  log(`Năm ${year}: ${cells.toLocaleString('en-US')} ô; tổng ${JSON.stringify(counts)}`);
}
entriesClient.release();
auditClient.release();
log('ANALYZE…');
await pool.query('analyze');
const size = await one<{ size: string }>(
  'select pg_size_pretty(pg_database_size(current_database())) as size',
);
await pool.end();
log(`Xong: ${JSON.stringify(counts)}; dung lượng ${size.size}`);
