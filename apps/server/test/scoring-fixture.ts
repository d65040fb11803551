import {
  criteriaVersions,
  criterionAssignments,
  type Database,
  frameworks,
  type PeriodStage,
  periods,
  type RulesetDocument,
  units,
} from '@thidua/db';
import { buildClusterOf, buildCouncil, buildPeriod, SMALL_RULESET, seatUnits } from '@thidua/db/testing';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { crc32 } from 'node:zlib';
import { buildUser, type Client } from './harness';

export { type ErrorJson, signIn } from './harness';

// A cluster ready for scoring, shared by the scoring test files: a leader, a deputy and two members,
// a focal department outside the cluster, one user per role, and an issued revision whose leaves are
// owned by each kind of scorer.

/** SMALL_RULESET with a cluster bonus item, a second rating option, an award ladder and an exclusion. */
export const SCORING_RULESET: RulesetDocument = {
  ...SMALL_RULESET,
  groups: [
    SMALL_RULESET.groups[0],
    {
      code: 'II',
      name: 'Xây dựng Đảng',
      maxPoints: 400,
      criteria: [
        {
          code: 'II.1',
          name: 'Xếp loại tổ chức đảng',
          points: 200,
          kind: 'rating',
          options: { HTXSNV: 200, HTTNV: 150 },
        },
        { code: 'II.2', name: 'Quy chế dân chủ', points: 100, kind: 'qualitative' },
        { code: 'II.3', name: 'Ban hành kế hoạch', points: 100, kind: 'yesno' },
      ],
    },
  ],
  bonusItems: [
    { code: 'IV', name: 'Điểm thưởng của Hội đồng', max: 20 },
    { code: 'CUM', name: 'Điểm thưởng theo quy chế hoạt động của cụm thi đua', max: 5 },
  ],
  deductionItems: [{ code: 'PHE_BINH', name: 'Văn bản phê bình', pointsEach: 1, cap: 5 }],
  awards: [
    { code: 'CO_TP', name: 'Cờ thi đua của UBND tỉnh', minScore: 500 },
    { code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', minScore: 300 },
  ],
  exclusions: [{ fact: 'seriousViolation', equals: true, label: 'Có vi phạm nghiêm trọng' }],
};

export type ScoringCluster = Awaited<ReturnType<typeof buildScoringCluster>>;

/**
 * Units (by code order): phuong-1 leader, phuong-2 deputy, phuong-3 and phuong-4 members; `focal` is a
 * department outside the cluster. Leaves: I.1 self (quantitative), I.2 focal department (bands), II.1
 * standing office (rating), II.2 self (qualitative), II.3 focal = phuong-4, a member (yes/no).
 */
export async function buildScoringCluster(
  db: Database,
  stage: PeriodStage = 'results',
  options: { standingOfficeOwns?: string[] } = {},
) {
  const council = await buildCouncil(db);
  const period = await buildPeriod(db, council.id, { stage });
  const follower = await buildUser(db, council.id, 'councilMember');
  const cluster = await buildClusterOf(db, period.id, { followerUserId: follower.id });
  const [leader, deputy, member, focalMember, focal] = await db
    .insert(units)
    .values([
      ...[1, 2, 3, 4].map((i) => ({
        councilId: council.id,
        code: `phuong-${i}`,
        name: `Phường ${i}`,
        type: 'ward' as const,
        calendar: 'calendarYear' as const,
      })),
      {
        councilId: council.id,
        code: 'phong-tckh',
        name: 'Phòng Tài chính – Kế hoạch',
        type: 'department' as const,
        calendar: 'calendarYear' as const,
      },
    ])
    .returning();
  const seats = [
    { unit: leader!, role: 'leader' as const, deputyRank: null },
    { unit: deputy!, role: 'deputy' as const, deputyRank: 1 },
    { unit: member!, role: 'member' as const, deputyRank: null },
    { unit: focalMember!, role: 'member' as const, deputyRank: null },
  ];
  await seatUnits(
    db,
    cluster,
    seats.map((s) => ({ unitId: s.unit.id, role: s.role, deputyRank: s.deputyRank })),
  );
  const [framework] = await db
    .insert(frameworks)
    .values({ councilId: council.id, code: 'khung', name: 'Khung phường', ruleset: SCORING_RULESET })
    .returning();
  // Assignments of an issued revision are locked: insert them while agreed, then issue.
  const [criteria] = await db
    .insert(criteriaVersions)
    .values({
      clusterId: cluster.id,
      frameworkId: framework!.id,
      ruleset: SCORING_RULESET,
      status: 'agreed',
    })
    .returning();
  await db.insert(criterionAssignments).values([
    { criteriaVersionId: criteria!.id, criterionCode: 'I.1', owner: 'self', evidenceRequired: true },
    options.standingOfficeOwns?.includes('I.2')
      ? { criteriaVersionId: criteria!.id, criterionCode: 'I.2', owner: 'standingOffice' as const }
      : {
          criteriaVersionId: criteria!.id,
          criterionCode: 'I.2',
          owner: 'focalUnit' as const,
          focalUnitId: focal!.id,
        },
    { criteriaVersionId: criteria!.id, criterionCode: 'II.1', owner: 'standingOffice' },
    {
      criteriaVersionId: criteria!.id,
      criterionCode: 'II.3',
      owner: 'focalUnit',
      focalUnitId: focalMember!.id,
    },
  ]);
  await db
    .update(criteriaVersions)
    .set({ status: 'issued', issuedAt: new Date('2025-06-20T03:00:00Z') })
    .where(eq(criteriaVersions.id, criteria!.id));
  const other = await buildCouncil(db, 'Hội đồng khác');
  return {
    council,
    period,
    cluster,
    criteriaVersionId: criteria!.id,
    frameworkId: framework!.id,
    units: { leader: leader!, deputy: deputy!, member: member!, focalMember: focalMember!, focal: focal! },
    users: {
      standingOffice: await buildUser(db, council.id, 'standingOffice'),
      follower,
      councilMember: await buildUser(db, council.id, 'councilMember'),
      leader: await buildUser(db, council.id, 'unitStaff', leader!.id),
      deputy: await buildUser(db, council.id, 'unitStaff', deputy!.id),
      member: await buildUser(db, council.id, 'unitStaff', member!.id),
      focalMember: await buildUser(db, council.id, 'unitStaff', focalMember!.id),
      focal: await buildUser(db, council.id, 'unitStaff', focal!.id),
      otherStandingOffice: await buildUser(db, other.id, 'standingOffice'),
    },
  };
}

/** Moves the period to another stage (the periods module's endpoint is not what these tests test). */
export async function setStage(db: Database, periodId: string, stage: PeriodStage): Promise<void> {
  await db
    .update(periods)
    .set({ stage, archivedAt: stage === 'archived' ? new Date() : null })
    .where(eq(periods.id, periodId));
}

/** The URL of one layer of one cell. */
export function entryUrl(fx: ScoringCluster, unitId: string, code: string, stage: string): string {
  return `/clusters/${fx.cluster.id}/units/${unitId}/entries/${encodeURIComponent(code)}/${stage}`;
}

/** Saves the first value (version 0) of one layer of one cell as `client`. */
export function putNewEntry(
  client: Client,
  fx: ScoringCluster,
  unitId: string,
  code: string,
  stage: string,
  values: Record<string, unknown>,
) {
  return client.put(entryUrl(fx, unitId, code, stage), { version: 0, ...values });
}

/** A self entry of the member unit on I.1 (to attach evidence to), and the member's client. */
export async function memberSelfEntry(
  as: (username: string) => Promise<Client>,
  fx: ScoringCluster,
): Promise<{ member: Client; entryId: string }> {
  const member = await as(fx.users.member.username);
  const response = await putNewEntry(member, fx, fx.units.member.id, 'I.1', 'self', {
    plan: 100,
    actual: 113,
  });
  expect(response.statusCode).toBe(200);
  return { member, entryId: response.json<{ id: string }>().id };
}

/** Posts one file as multipart/form-data, with the client's session and CSRF token. */
export function upload(
  app: FastifyInstance,
  client: Client,
  url: string,
  file: { name: string | Buffer; bytes: Buffer; type?: string },
) {
  const boundary = `----thidua${Math.random().toString(16).slice(2)}`;
  // A Buffer name is sent as those exact bytes (a client that does not encode its names in UTF-8).
  const name = typeof file.name === 'string' ? Buffer.from(file.name, 'utf8') : file.name;
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="`),
    name,
    Buffer.from(`"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.csrf ? { 'x-csrf-token': client.csrf } : {}),
    },
    payload,
  });
}

/** A minimal ZIP (stored, uncompressed) holding `names`: enough to look like a docx or an xlsx. */
export function zipOf(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const data = Buffer.from(`<x>${name}</x>`);
    const crc = crc32(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Sample evidence files of each accepted type, and impostors. */
export const SAMPLES = {
  pdf: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32, 2)]),
  docx: zipOf(['[Content_Types].xml', 'word/document.xml']),
  xlsx: zipOf(['[Content_Types].xml', 'xl/workbook.xml']),
  doc: Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(504),
    Buffer.from('WordDocument', 'utf16le'),
  ]),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)]),
};
