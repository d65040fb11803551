import { type Database, periods, unitStaffCounts } from '@thidua/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { loadClusterAccess } from '../../access/cluster-access';
import type { Actor } from '../../auth/actor';
import { AppError, forbidden } from '../../http/errors';
import { loadClusterUnits } from '../scoring-shared/cluster-units';
import { loadIssuedVersion } from '../scoring-shared/context';
import { type FactCell, loadEffectiveFacts } from '../scoring-shared/effective-facts';
import {
  DERIVED_FACTS,
  FACT_LABELS,
  factLabel,
  factsReadBy,
  factValueLabel,
  isDerivedFact,
} from '../scoring-shared/fact-catalogue';
import { seesRow } from '../scoring-shared/policy';
import type { factCellView, factSheetView } from './schema';
import { staffCountOf, userNames } from './staff-counts-service';
import { may } from '../../access/permissions';
import { onSnapshot } from '../scoring-shared/snapshot';

type Sheet = z.infer<typeof factSheetView>;
type CellView = z.infer<typeof factCellView>;

const vnDate = (at: Date) => {
  const d = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
};

/**
 * The facts of a cluster's units as a sheet (units × facts): every fact the ruleset's predicates read
 * (marked), every derived fact, every fact typed for a unit; each cell with its value, its label and its
 * source (typed by whom and when, derived from which record, or overridden and why), missing ones flagged.
 * Units are those whose rows the actor sees (a member unit before publication: its own).
 */
export async function loadFactSheet(db: Database, actor: Actor, clusterId: string): Promise<Sheet> {
  return onSnapshot(db, async (tx) => {
    const access = await loadClusterAccess(tx, actor, clusterId);
    const members = (await loadClusterUnits(tx, clusterId)).filter((u) => seesRow(access, u.id));
    if (members.length === 0) {
      throw forbidden('Bạn chưa được xem thông tin xét khen thưởng của cụm, khối này');
    }
    const [period] = await tx.select().from(periods).where(eq(periods.id, access.periodId)).limit(1);
    const ruleset = await loadIssuedVersion(tx, clusterId).then(
      (v) => v.ruleset,
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'NO_ISSUED_CRITERIA') return null;
        throw error;
      },
    );
    const read = factsReadBy(ruleset);
    const unitIds = members.map((u) => u.id);
    const [cells, counts] = await Promise.all([
      loadEffectiveFacts(tx, period!, unitIds),
      tx
        .select()
        .from(unitStaffCounts)
        .where(and(eq(unitStaffCounts.periodId, period!.id), inArray(unitStaffCounts.unitId, unitIds))),
    ]);
    const names = orderedNames([
      ...DERIVED_FACTS,
      ...read.keys(),
      ...[...cells.values()].flatMap((m) => [...m.keys()]),
    ]);
    const people = await userNames(tx, [
      ...[...cells.values()].flatMap((m) => [...m.values()].map((c) => c.stored?.enteredBy ?? null)),
      ...counts.flatMap((c) => [c.enteredBy, c.confirmedBy]),
    ]);
    const writable = !access.periodArchived;
    const office = may(access, 'writeFacts');
    return {
      clusterId,
      periodId: period!.id,
      facts: names.map((name) => ({
        name,
        label: factLabel(name, read.get(name)),
        read: read.has(name),
        derived: isDerivedFact(name),
        predicateLabel: read.get(name) ?? null,
      })),
      units: members.map((u) => {
        const own = cells.get(u.id)!;
        const facts = names.map((name) => cellView(name, own.get(name), read.has(name), people));
        const count = counts.find((c) => c.unitId === u.id);
        return {
          unitId: u.id,
          code: u.code,
          name: u.name,
          staffCount: count ? staffCountOf(count, people) : null,
          facts,
          missing: facts.filter((f) => f.missing).length,
          abilities: {
            editStaffCount: writable && (office || access.memberUnitIds.has(u.id)),
            confirmStaffCount: writable && office,
            editFacts: writable && office,
          },
        };
      }),
    };
  });
}

/** The catalogue's order first (derived facts, then the profiles' facts), then other names alphabetically. */
function orderedNames(all: string[]): string[] {
  const known = Object.keys(FACT_LABELS);
  const unique = [...new Set(all)];
  const rank = (name: string) => (known.includes(name) ? known.indexOf(name) : known.length);
  return unique.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

function cellView(
  name: string,
  cell: FactCell | undefined,
  read: boolean,
  people: Map<string, string>,
): CellView {
  const value = cell?.value ?? null;
  const stored = cell?.stored;
  const by = stored?.enteredBy
    ? (people.get(stored.enteredBy) ?? 'Cơ quan thường trực')
    : 'Cơ quan thường trực';
  let source: string;
  if (!cell) {
    source = isDerivedFact(name) ? 'Chưa có hồ sơ để xác định' : 'Chưa nhập (do Cơ quan thường trực nhập)';
  } else if (cell.origin === 'override') {
    source = `Cơ quan thường trực ghi đè (${by}, ${vnDate(stored!.updatedAt)}): ${stored!.overrideReason}`;
  } else if (cell.origin === 'typed') {
    source = `Cơ quan thường trực nhập (${by}, ${vnDate(stored!.updatedAt)})`;
  } else {
    source = cell.derived!.source;
  }
  return {
    name,
    value,
    valueLabel: value === null ? null : factValueLabel(value),
    origin: cell ? cell.origin : 'none',
    source,
    unconfirmed: cell?.origin === 'derived' && Boolean(cell.derived?.unconfirmed),
    missing: read && value === null,
    derivedSource: cell && cell.origin !== 'derived' && cell.derived ? cell.derived.source : null,
    note: stored?.note ?? null,
    overrideReason: stored?.overrideReason ?? null,
    version: stored?.version ?? 0,
  };
}
