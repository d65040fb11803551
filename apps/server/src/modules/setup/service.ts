import { clusterMembers, clusters, type Database, frameworks, memberships, periods, units } from '@thidua/db';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { requireStandingOffice } from '../../access/council-access';
import type { Actor } from '../../auth/actor';
import { clustersWithIssuedCriteria } from '../criteria/issued';
import { letterheadOf } from '../documents/letterhead';
import type { setupView } from './schema';
import { onSnapshot } from '../scoring-shared/snapshot';

type SetupView = z.infer<typeof setupView>;
type Step = SetupView['steps'][number];

/** At most this many names in a step's list; the rest are counted. */
const LISTED = 8;

/** "Phường A, Phường B và 12 đơn vị khác". */
function names(list: string[], noun: string): string {
  const shown = list.slice(0, LISTED).join(', ');
  return list.length > LISTED ? `${shown} và ${list.length - LISTED} ${noun} khác` : shown;
}

/**
 * What a council still lacks before its first year can run (issue #17 §1), step by step in the order an
 * office does them: the letterhead and its signers, the units, their accounts, the first period, its
 * clusters and blocks with their leaders, and an issued criteria framework. Each step says what is
 * missing in Vietnamese; `notes` are what is worth knowing but does not block (units in no cluster,
 * clusters whose own criteria are not issued yet — the seeds issue them in June–July, after registration).
 * Read in one read-only snapshot; the standing office and the council's administrators only.
 */
export async function councilSetup(db: Database, actor: Actor, councilId: string): Promise<SetupView> {
  requireStandingOffice(actor, councilId);
  return onSnapshot(db, async (tx) => {
    const steps: Step[] = [];

    const { letterhead, row } = await letterheadOf(tx, councilId);
    const letterheadMissing: string[] = [];
    if (!row) letterheadMissing.push('chưa lưu thiết lập văn bản: văn bản đang dùng tiêu đề mặc định');
    if (letterhead.parentBody.trim() === '') letterheadMissing.push('tên cơ quan chủ quản ở tiêu đề văn bản');
    if (![letterhead.chairName, letterhead.deputyName, letterhead.delegateName].some((n) => n.trim() !== ''))
      letterheadMissing.push('họ tên người ký văn bản của Hội đồng');
    steps.push({
      key: 'letterhead',
      done: letterheadMissing.length === 0,
      summary: row ? `${letterhead.issuingBody}; địa danh ${letterhead.placeName}` : 'Chưa thiết lập',
      missing: letterheadMissing,
      notes: [],
    });

    const activeUnits = await tx
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(and(eq(units.councilId, councilId), eq(units.active, true)))
      .orderBy(asc(units.name));
    steps.push({
      key: 'units',
      done: activeUnits.length > 0,
      summary: `${activeUnits.length} đơn vị đang hoạt động`,
      missing:
        activeUnits.length > 0 ? [] : ['chưa có đơn vị nào: nhập danh sách từ Excel hoặc thêm từng đơn vị'],
      notes: [],
    });

    const staffed = new Set(
      (
        await tx
          .select({ unitId: memberships.unitId })
          .from(memberships)
          .where(and(eq(memberships.councilId, councilId), eq(memberships.role, 'unitStaff')))
      ).map((m) => m.unitId),
    );
    const withoutAccount = activeUnits.filter((u) => !staffed.has(u.id));
    steps.push({
      key: 'accounts',
      done: activeUnits.length > 0 && withoutAccount.length === 0,
      summary: `${activeUnits.length - withoutAccount.length}/${activeUnits.length} đơn vị có tài khoản`,
      missing:
        withoutAccount.length > 0
          ? [
              `${withoutAccount.length} đơn vị chưa có tài khoản: ${names(
                withoutAccount.map((u) => u.name),
                'đơn vị',
              )}`,
            ]
          : activeUnits.length === 0
            ? ['chưa có đơn vị để tạo tài khoản']
            : [],
      notes: [],
    });

    // The running period the office works on: the latest not archived.
    const [period] = await tx
      .select()
      .from(periods)
      .where(and(eq(periods.councilId, councilId), isNull(periods.archivedAt)))
      .orderBy(desc(periods.year), asc(periods.calendar))
      .limit(1);
    steps.push({
      key: 'period',
      done: period !== undefined,
      summary: period ? period.name : 'Chưa có kỳ thi đua đang diễn ra',
      missing: period ? [] : ['chưa có kỳ thi đua (năm dương lịch hoặc năm học) đang diễn ra'],
      notes: [],
    });

    const periodClusters = period
      ? await tx
          .select({ id: clusters.id, name: clusters.name })
          .from(clusters)
          .where(eq(clusters.periodId, period.id))
          .orderBy(asc(clusters.name))
      : [];
    const seats = period
      ? await tx
          .select({
            clusterId: clusterMembers.clusterId,
            unitId: clusterMembers.unitId,
            role: clusterMembers.role,
          })
          .from(clusterMembers)
          .where(eq(clusterMembers.periodId, period.id))
      : [];
    const withoutLeader = periodClusters.filter(
      (c) => !seats.some((s) => s.clusterId === c.id && s.role === 'leader'),
    );
    const tooSmall = periodClusters.filter((c) => seats.filter((s) => s.clusterId === c.id).length < 2);
    const seated = new Set(seats.map((s) => s.unitId));
    // A school sits in the school year's block, not in the calendar year's clusters: a unit is in no
    // cluster only if no running period seats it.
    const seatedAnywhere = new Set(
      (
        await tx
          .select({ unitId: clusterMembers.unitId })
          .from(clusterMembers)
          .innerJoin(periods, eq(periods.id, clusterMembers.periodId))
          .where(and(eq(periods.councilId, councilId), isNull(periods.archivedAt)))
      ).map((s) => s.unitId),
    );
    const unseated = activeUnits.filter((u) => !seatedAnywhere.has(u.id));
    const clusterMissing: string[] = [];
    if (period && periodClusters.length === 0)
      clusterMissing.push(`${period.name} chưa có cụm, khối thi đua nào`);
    if (!period) clusterMissing.push('cần có kỳ thi đua trước');
    if (withoutLeader.length > 0)
      clusterMissing.push(
        `chưa chọn cụm trưởng: ${names(
          withoutLeader.map((c) => c.name),
          'cụm, khối',
        )}`,
      );
    if (tooSmall.length > 0)
      clusterMissing.push(
        `có dưới 2 đơn vị: ${names(
          tooSmall.map((c) => c.name),
          'cụm, khối',
        )}`,
      );
    steps.push({
      key: 'clusters',
      done: clusterMissing.length === 0,
      summary: period ? `${periodClusters.length} cụm, khối; ${seated.size} đơn vị đã xếp` : 'Chưa có',
      missing: clusterMissing,
      notes:
        period && periodClusters.length > 0 && unseated.length > 0
          ? [
              `${unseated.length} đơn vị không thuộc cụm, khối nào (như cơ quan thường trực hay đơn vị chỉ chấm điểm): ${names(
                unseated.map((u) => u.name),
                'đơn vị',
              )}`,
            ]
          : [],
    });

    const issuedFrameworks = await tx
      .select({ name: frameworks.name })
      .from(frameworks)
      .where(and(eq(frameworks.councilId, councilId), eq(frameworks.status, 'issued')))
      .orderBy(asc(frameworks.name));
    const issuedClusters = await clustersWithIssuedCriteria(
      tx,
      periodClusters.map((c) => c.id),
    );
    const criteriaPending = periodClusters.filter((c) => !issuedClusters.has(c.id));
    steps.push({
      key: 'criteria',
      done: issuedFrameworks.length > 0,
      summary:
        issuedFrameworks.length > 0
          ? `Đã ban hành: ${names(
              issuedFrameworks.map((f) => f.name),
              'khung',
            )}`
          : 'Chưa ban hành khung tiêu chí',
      missing:
        issuedFrameworks.length > 0
          ? []
          : [
              'chưa ban hành khung tiêu chí nào: tạo từ mẫu có sẵn (Ba Đình, Bắc Giang…), sửa nếu cần rồi ban hành',
            ],
      notes:
        criteriaPending.length > 0 && issuedFrameworks.length > 0
          ? [
              `bộ tiêu chí của cụm, khối chưa ban hành (cụm trưởng soạn từ khung): ${names(
                criteriaPending.map((c) => c.name),
                'cụm, khối',
              )}`,
            ]
          : [],
    });

    return { complete: steps.every((s) => s.done), steps };
  });
}
