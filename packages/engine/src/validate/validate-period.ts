import {
  adjustmentSchema,
  entrySchema,
  type Entry,
  type Period,
  periodHeaderSchema,
  quotaSchema,
  quotasObjectSchema,
  type Unit,
  unitSchema,
  voteSchema,
} from '../model/period-schema';
import { indexRuleset, type LeafRef, type RulesetIndex } from '../model/ruleset-index';
import { ErrorList, joinPath, type ValidationError } from './errors';
import { KIND_LABEL, MSG } from './messages';
import { validateRuleset } from './validate-ruleset';
import { parseWith } from './zod-issues';

export type PeriodValidation =
  { ok: true; errors: []; period: Period; index: RulesetIndex } | { ok: false; errors: ValidationError[] };

/**
 * Validates a whole `thidua/period@1` document (SPEC §8). Each part is checked even when another
 * part is broken, so one run reports every problem it can find, each as `path: message` in
 * Vietnamese.
 */
export function validatePeriod(raw: unknown): PeriodValidation {
  const errors = new ErrorList();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.add('(tệp)', MSG.notAnObject);
    return { ok: false, errors: errors.items };
  }
  const header = parseWith(periodHeaderSchema, raw, '', errors);
  const source = raw as Record<string, unknown>;

  const rulesetCheck = validateRuleset(source.ruleset, 'ruleset');
  rulesetCheck.errors.forEach((e) => errors.add(e.path, e.message));
  // A ruleset with semantic errors still indexes, so entries are checked against it too.
  const index = rulesetCheck.ruleset ? (rulesetCheck.index ?? indexRuleset(rulesetCheck.ruleset)) : undefined;

  const units = parseList(source.units, 'units', (u, p) => parseWith(unitSchema, u, p, errors));
  const unitPaths = new Map<string, string>();
  for (const { item, path } of units) {
    const first = unitPaths.get(item.id);
    if (first !== undefined) errors.add(`${path}.id`, MSG.duplicateUnit(item.id, first));
    else unitPaths.set(item.id, `${path}.id`);
  }
  const unitsOk = Array.isArray(source.units) && units.length === source.units.length;
  const knownUnit = (id: string, path: string): boolean => {
    if (unitPaths.has(id) || !unitsOk) return unitPaths.has(id);
    errors.add(path, MSG.unknownUnit(id));
    return false;
  };

  // Entries are the bulk of a file (units × criteria): a plain shape check first, zod (for its
  // messages) only for the entries that fail it. Paths are written only for an error, and the
  // duplicate check keeps entry positions per unit and leaf, not a map of path strings.
  const entries: Entry[] = [];
  const entryAt: number[] = [];
  if (Array.isArray(source.entries)) {
    const list: unknown[] = source.entries;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      const item = isPlainEntry(e) ? e : parseWith(entrySchema, e, entryPath(i), errors);
      if (item === undefined) continue;
      entries.push(item);
      entryAt.push(i);
    }
  }
  const leafIndex = new Map<string, number>();
  // The first leaf of a code wins, as in `leafByCode`.
  index?.leaves.forEach((leaf, l) => {
    if (!leafIndex.has(leaf.criterion.code)) leafIndex.set(leaf.criterion.code, l);
  });
  const seenByUnit = new Map<string, Int32Array>();
  entries.forEach((item, k) => {
    const i = entryAt[k]!;
    if (!unitPaths.has(item.unit)) knownUnit(item.unit, `${entryPath(i)}.unit`);
    if (!index) return;
    const l = leafIndex.get(item.criterion);
    if (l === undefined) {
      const isContainer = index.criterionByCode.has(item.criterion);
      errors.add(
        `${entryPath(i)}.criterion`,
        isContainer ? MSG.containerEntry(item.criterion) : MSG.unknownCriterion(item.criterion),
      );
      return;
    }
    let seen = seenByUnit.get(item.unit);
    if (!seen) seenByUnit.set(item.unit, (seen = new Int32Array(index.leaves.length)));
    // Position + 1 of the first entry for this unit and leaf; 0 when none yet.
    const first = seen[l]!;
    if (first !== 0)
      errors.add(entryPath(i), MSG.duplicateEntry(item.unit, item.criterion, entryPath(first - 1)));
    else seen[l] = i + 1;
    checkEntryValues(item, index.leaves[l]!, i, errors);
  });

  const adjustments = parseList(source.adjustments ?? [], 'adjustments', (a, p) =>
    parseWith(adjustmentSchema, a, p, errors),
  );
  for (const { item, path } of adjustments) {
    knownUnit(item.unit, `${path}.unit`);
    if (!index) continue;
    if (index.bonusByCode.has(item.code)) {
      if (item.points === undefined) errors.add(`${path}.points`, MSG.bonusNeedsPoints(item.code));
      else if (item.points < 0) errors.add(`${path}.points`, MSG.notNegative('điểm cộng', item.points));
      if (item.count !== undefined) errors.add(`${path}.count`, MSG.fieldNotForKind('count', 'khoản cộng'));
    } else if (index.deductionByCode.has(item.code)) {
      if (item.count === undefined) errors.add(`${path}.count`, MSG.deductionNeedsCount(item.code));
      else if (!Number.isInteger(item.count) || item.count < 0) {
        errors.add(`${path}.count`, MSG.countInteger(item.count));
      }
      if (item.points !== undefined) errors.add(`${path}.points`, MSG.fieldNotForKind('points', 'khoản trừ'));
    } else {
      errors.add(`${path}.code`, MSG.unknownAdjustmentCode(item.code));
    }
  }

  const quotas = parseQuotas(source.quotas, index, errors);

  const votes = parseList(source.votes ?? [], 'votes', (v, p) => parseWith(voteSchema, v, p, errors));
  const votePaths = new Map<string, string>();
  for (const { item, path } of votes) {
    knownUnit(item.unit, `${path}.unit`);
    if (index && !index.awardByCode.has(item.award))
      errors.add(`${path}.award`, MSG.unknownAward(item.award));
    const key = `${item.award}\u0000${item.unit}`;
    const first = votePaths.get(key);
    if (first !== undefined) errors.add(path, MSG.duplicateVote(item.award, item.unit, first));
    else votePaths.set(key, path);
  }

  if (!errors.isEmpty || !header || !index || !rulesetCheck.ok || !rulesetCheck.ruleset)
    return { ok: false, errors: errors.items };
  const period: Period = {
    format: header.format,
    name: header.name,
    year: header.year,
    ruleset: rulesetCheck.ruleset,
    units: units.map((u) => u.item),
    entries,
    adjustments: adjustments.map((a) => a.item),
    quotas,
    votes: votes.map((v) => v.item),
  };
  return { ok: true, errors: [], period, index };
}

/** Quotas key by key, so one bad quota does not hide the others. */
function parseQuotas(
  raw: unknown,
  index: RulesetIndex | undefined,
  errors: ErrorList,
): Record<string, number> | undefined {
  if (raw === undefined) return undefined;
  const whole = parseWith(quotasObjectSchema, raw, 'quotas', errors);
  if (!whole) return undefined;
  const quotas: Record<string, number> = {};
  for (const [award, value] of Object.entries(whole)) {
    const path = joinPath('quotas', award);
    const quota = parseWith(quotaSchema, value, path, errors);
    if (index && !index.awardByCode.has(award)) errors.add(path, MSG.unknownAward(award));
    if (quota !== undefined) quotas[award] = quota;
  }
  return quotas;
}

/** `entries[i]`, the path of an entry in the file. */
function entryPath(i: number): string {
  return `entries[${i}]`;
}

function parseList<T>(
  raw: unknown,
  name: string,
  parse: (item: unknown, path: string) => T | undefined,
): { item: T; path: string }[] {
  if (!Array.isArray(raw)) return [];
  const out: { item: T; path: string }[] = [];
  raw.forEach((value, i) => {
    const path = `${name}[${i}]`;
    const item = parse(value, path);
    if (item !== undefined) out.push({ item, path });
  });
  return out;
}

const ENTRY_TYPES: Record<string, string> = {
  unit: 'string',
  criterion: 'string',
  plan: 'number',
  actual: 'number',
  points: 'number',
  value: 'number',
  rating: 'string',
  done: 'boolean',
  note: 'string',
};

/** True when `e` certainly passes `entrySchema` (known keys of the right types, finite numbers). */
function isPlainEntry(e: unknown): e is Entry {
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return false;
  const record = e as Record<string, unknown>;
  if (typeof record.unit !== 'string' || typeof record.criterion !== 'string') return false;
  if (record.unit.trim() === '' || record.criterion.trim() === '') return false;
  if (record.unit !== record.unit.trim() || record.criterion !== record.criterion.trim()) return false;
  for (const key in record) {
    const value = record[key];
    const type = ENTRY_TYPES[key];
    if (type === undefined) return false;
    if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) return false;
  }
  return true;
}

const VALUE_FIELDS = ['plan', 'actual', 'points', 'value', 'rating', 'done'] as const;
const FIELDS_BY_KIND: Record<string, readonly (typeof VALUE_FIELDS)[number][]> = {
  quantitative: ['plan', 'actual'],
  qualitative: ['points'],
  bands: ['value'],
  rating: ['rating'],
  yesno: ['done'],
};

/** An entry must carry exactly the fields of its criterion's kind, with values in range. */
function checkEntryValues(entry: Entry, leaf: LeafRef, at: number, errors: ErrorList): void {
  const c = leaf.criterion;
  const kind = c.kind ?? 'qualitative';
  const needed = FIELDS_BY_KIND[kind] ?? [];
  for (const field of VALUE_FIELDS) {
    const present = entry[field] !== undefined;
    if (needed.includes(field) && !present) {
      errors.add(
        `${entryPath(at)}.${field}`,
        MSG.entryFieldRequired(field, KIND_LABEL[kind] ?? kind, c.code),
      );
    } else if (!needed.includes(field) && present) {
      errors.add(`${entryPath(at)}.${field}`, MSG.fieldNotForKind(field, kind));
    }
  }
  switch (kind) {
    case 'quantitative': {
      const { plan, actual } = entry;
      if (actual !== undefined && actual < 0)
        errors.add(`${entryPath(at)}.actual`, MSG.notNegative('thực hiện', actual));
      if (plan === undefined) break;
      if (plan < 0) errors.add(`${entryPath(at)}.plan`, MSG.notNegative('kế hoạch', plan));
      else if (plan === 0 && c.direction !== 'decrease')
        errors.add(`${entryPath(at)}.plan`, MSG.planPositive(c.code, plan));
      break;
    }
    case 'qualitative':
      if (entry.points === undefined) break;
      if (entry.points < 0) errors.add(`${entryPath(at)}.points`, MSG.notNegative('điểm', entry.points));
      else if (entry.points > c.points) {
        errors.add(`${entryPath(at)}.points`, MSG.pointsOverStandard(entry.points, c.points, c.code));
      }
      break;
    case 'rating': {
      const options = Object.keys(c.options ?? {});
      if (entry.rating !== undefined && !options.includes(entry.rating)) {
        errors.add(`${entryPath(at)}.rating`, MSG.unknownRating(entry.rating, c.code, options));
      }
      break;
    }
    case 'bands':
    case 'yesno':
      break;
  }
}

export type { Unit };
