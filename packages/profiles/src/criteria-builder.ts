import type { Band, CriterionInput, Group, OverPlanBonus } from '@thidua/engine';

/**
 * Profiles are written as drafts: the criteria as the document lists them, with points only where the
 * document gives them. `buildGroup` then shares the remaining points of each level evenly, so no
 * profile carries hand-computed numbers that could drift from their group's maximum.
 */

interface DraftBase {
  code: string;
  name: string;
  /** Standard points when the document gives them; otherwise an even share of what is left. */
  points?: number;
  description?: string;
}

export type LeafDraft = DraftBase &
  (
    | { kind: 'quantitative'; direction?: 'increase' | 'decrease'; unit?: string }
    | { kind: 'qualitative' }
    | { kind: 'yesno' }
    /** Each option's share of the standard points, in percent. */
    | { kind: 'rating'; optionPercents: Record<string, number> }
    | { kind: 'bands'; bands: Band[] }
  );

export interface ContainerDraft extends DraftBase {
  children: Draft[];
}

export type Draft = LeafDraft | ContainerDraft;

type Extra = Omit<DraftBase, 'code' | 'name'>;

/** A target with plan and actual (more is better). */
export function quantitative(code: string, name: string, extra: Extra & { unit?: string } = {}): LeafDraft {
  return { code, name, kind: 'quantitative', ...extra };
}

/** A reverse ("tính ngược") target: lower is better (accidents, crimes, complaints, violations). */
export function decrease(code: string, name: string, extra: Extra & { unit?: string } = {}): LeafDraft {
  return { code, name, kind: 'quantitative', direction: 'decrease', ...extra };
}

export function qualitative(code: string, name: string, extra: Extra = {}): LeafDraft {
  return { code, name, kind: 'qualitative', ...extra };
}

export function yesno(code: string, name: string, extra: Extra = {}): LeafDraft {
  return { code, name, kind: 'yesno', ...extra };
}

export function rating(
  code: string,
  name: string,
  optionPercents: Record<string, number>,
  extra: Extra = {},
): LeafDraft {
  return { code, name, kind: 'rating', optionPercents, ...extra };
}

export function bands(
  code: string,
  name: string,
  points: number,
  list: Band[],
  extra: Extra = {},
): LeafDraft {
  return { code, name, kind: 'bands', bands: list, ...extra, points };
}

export function container(code: string, name: string, children: Draft[], extra: Extra = {}): ContainerDraft {
  return { code, name, children, ...extra };
}

/**
 * The party organisation rating (HTXSNV / HTTNV / HTNV / KHTNV) as shares of the standard points. No
 * document gives them; these are the shares of the project's worked example (100 / 85 / 60 / 0 %).
 */
export const PARTY_RATING_PERCENTS: Record<string, number> = { HTXSNV: 100, HTTNV: 85, HTNV: 60, KHTNV: 0 };

/** A rating on the party organisation's scale (PARTY_RATING_PERCENTS). */
export function partyRating(code: string, name: string, extra: Extra = {}): LeafDraft {
  return rating(code, name, PARTY_RATING_PERCENTS, extra);
}

export interface GroupDraft {
  code: string;
  name: string;
  maxPoints: number;
  overPlanBonusCap?: number | null;
  /** Given to every quantitative leaf of the group. */
  overPlanBonus?: OverPlanBonus;
  criteria: Draft[];
}

/** Builds a group: explicit points kept, the rest of `maxPoints` shared evenly, recursively. */
export function buildGroup(draft: GroupDraft): Group {
  return {
    code: draft.code,
    name: draft.name,
    maxPoints: draft.maxPoints,
    overPlanBonusCap: draft.overPlanBonusCap ?? null,
    criteria: buildLevel(draft.maxPoints, draft.criteria, draft.overPlanBonus),
  };
}

function buildLevel(total: number, drafts: Draft[], bonus: OverPlanBonus | undefined): CriterionInput[] {
  const points = sharePoints(
    total,
    drafts.map((d) => d.points),
  );
  return drafts.map((d, i) => buildCriterion(d, points[i]!, bonus));
}

function buildCriterion(draft: Draft, points: number, bonus: OverPlanBonus | undefined): CriterionInput {
  const head: CriterionInput = { code: draft.code, name: draft.name, points };
  if (draft.description !== undefined) head.description = draft.description;
  if ('children' in draft) return { ...head, children: buildLevel(points, draft.children, bonus) };
  switch (draft.kind) {
    case 'quantitative':
      return {
        ...head,
        kind: 'quantitative',
        direction: draft.direction ?? 'increase',
        ...(draft.unit !== undefined ? { unit: draft.unit } : {}),
        ...(bonus !== undefined ? { overPlanBonus: { ...bonus } } : {}),
      };
    case 'qualitative':
    case 'yesno':
      return { ...head, kind: draft.kind };
    case 'rating':
      return { ...head, kind: 'rating', options: ratingOptions(points, draft.optionPercents) };
    case 'bands':
      return { ...head, kind: 'bands', bands: draft.bands.map((b) => ({ ...b })) };
  }
}

function ratingOptions(points: number, percents: Record<string, number>): Record<string, number> {
  const cents = toCents(points);
  return Object.fromEntries(
    Object.entries(percents).map(([option, percent]) => [option, Math.round((cents * percent) / 100) / 100]),
  );
}

/**
 * Points for the items of one level: explicit ones kept; the rest of `total` shared evenly among the
 * others in whole points (in hundredths when the rest is not whole), the remainder going one unit each
 * to the first items, so that the level adds up to `total` exactly.
 */
export function sharePoints(total: number, explicit: (number | undefined)[]): number[] {
  const given = explicit.reduce<number>((acc, p) => acc + (p === undefined ? 0 : toCents(p)), 0);
  const free = explicit.filter((p) => p === undefined).length;
  const restCents = toCents(total) - given;
  if (free === 0) return explicit.map((p) => p!);
  if (restCents < 0) throw new Error(`explicit points exceed ${total}`);
  const step = restCents % 100 === 0 ? 100 : 1;
  const units = restCents / step;
  const base = Math.floor(units / free);
  let extra = units - base * free;
  return explicit.map((p) => {
    if (p !== undefined) return p;
    const share = base + (extra > 0 ? 1 : 0);
    extra -= 1;
    return (share * step) / 100;
  });
}

function toCents(points: number): number {
  return Math.round(points * 100);
}
