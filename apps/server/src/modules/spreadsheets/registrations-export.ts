import { type Database, registrations } from '@thidua/db';
import type { TableSheet } from '@thidua/spreadsheets';
import { REGISTRATION_STATUS_NAMES, seatName } from '@thidua/vocabulary';
import { inArray } from 'drizzle-orm';
import type { Actor } from '../../auth/actor';
import { loadClusterAccess } from '../../access/cluster-access';
import { loadCluster } from '../documents/letterhead';
import { listRegistrations } from '../registrations/list';
import { loadBasis, type RegistrationBasis } from '../registrations/load';
import { listPacts } from '../registrations/pact-service';
import { presentTitles } from '../registrations/presenter';
import type { PreparedSpreadsheet } from './deliver';
import { dataReadAt, tablesWorkbook, vietnamWallClock } from './export-header';
import { allPages, calendarDay } from './list-pages';

/**
 * The cluster's registrations as .xlsx: the rows of `/clusters/:id/registrations` as this reader sees
 * them (a member unit only its own until every member has submitted), each with the titles it
 * registered and its pact signing (`/clusters/:id/pacts`).
 */
export async function prepareRegistrationsWorkbook(
  db: Database,
  actor: Actor,
  clusterId: string,
): Promise<PreparedSpreadsheet> {
  const rows = await allPages((q) => listRegistrations(db, actor, clusterId, q));
  const pacts = await allPages((q) => listPacts(db, actor, clusterId, q));
  const access = await loadClusterAccess(db, actor, clusterId);
  const cluster = await loadCluster(db, clusterId);
  const ids = rows.flatMap((r) => (r.registration ? [r.registration.id] : []));
  const stored =
    ids.length === 0 ? [] : await db.select().from(registrations).where(inArray(registrations.id, ids));
  // One basis per revision named (null: registered before issue, against the cluster's draft or none).
  const bases = new Map<string | null, RegistrationBasis>();
  for (const r of stored) {
    if (!bases.has(r.criteriaVersionId))
      bases.set(r.criteriaVersionId, await loadBasis(db, access, r.criteriaVersionId));
  }
  const titlesOf = new Map(
    stored.map((r) => [r.id, presentTitles(bases.get(r.criteriaVersionId)!.titles, r.titlesSought)] as const),
  );
  const pactOf = new Map(pacts.flatMap((p) => (p.pact ? [[p.unit.id, p.pact] as const] : [])));
  const sheet: TableSheet = {
    name: 'Đăng ký thi đua',
    title: 'Tình hình đăng ký thi đua',
    subtitle: [`${cluster.name} — ${access.period.name}`, dataReadAt()],
    columns: [
      { header: 'STT', kind: 'integer', width: 6 },
      { header: 'Mã đơn vị', kind: 'text', width: 11 },
      { header: 'Đơn vị', kind: 'text', width: 32 },
      { header: 'Vị trí trong cụm, khối', kind: 'text', width: 14 },
      { header: 'Tình trạng đăng ký', kind: 'text', width: 16 },
      { header: 'Ngày gửi', kind: 'date', width: 12 },
      { header: 'Danh hiệu, hình thức đăng ký', kind: 'text', width: 36 },
      { header: 'Ký giao ước', kind: 'text', width: 12 },
      { header: 'Ngày ký giao ước', kind: 'date', width: 12 },
      { header: 'Số văn bản giao ước', kind: 'text', width: 18 },
    ],
    rows: rows.map((row, i) => {
      const registration = row.registration;
      const pact = pactOf.get(row.unit.id);
      return [
        i + 1,
        row.unit.code,
        row.unit.name,
        seatName(row.unit.seat, cluster.kind),
        registration ? REGISTRATION_STATUS_NAMES[registration.status] : 'Chưa đăng ký',
        registration?.submittedAt ? vietnamWallClock(new Date(registration.submittedAt)) : null,
        registration ? (titlesOf.get(registration.id) ?? []).map((t) => t.name).join('; ') : null,
        pact ? 'Đã ký' : 'Chưa ký',
        calendarDay(pact?.signedOn ?? null),
        pact?.documentNumber ?? null,
      ];
    }),
    landscape: true,
  };
  return tablesWorkbook(db, [sheet], {
    kind: 'registrations',
    fileName: `Đăng ký thi đua - ${cluster.name} - ${access.period.name}`,
    councilId: access.councilId,
    entityId: clusterId,
    source: { clusterId, units: rows.length, registrations: ids.length },
  });
}
