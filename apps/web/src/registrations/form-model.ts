import type { FieldError } from '../api/client';
import { formatScore } from '../format';
import type { CriterionNode, Registration, RegistrationContent, RegisteredItem, RulesetView } from './types';

/** A quantitative leaf of the criteria: one plan value to register. */
export interface PlanLeaf {
  code: string;
  name: string;
  measureUnit: string | null;
  direction: 'increase' | 'decrease';
  groupCode: string;
}

/** The quantitative leaves of a ruleset, in document order. */
export function quantitativeLeaves(ruleset: RulesetView): PlanLeaf[] {
  const leaves: PlanLeaf[] = [];
  const walk = (nodes: readonly CriterionNode[], groupCode: string) => {
    for (const node of nodes) {
      if (node.children) walk(node.children, groupCode);
      else if (node.kind === 'quantitative')
        leaves.push({
          code: node.code,
          name: node.name,
          measureUnit: node.unit ?? null,
          direction: node.direction ?? 'increase',
          groupCode,
        });
    }
  };
  for (const group of ruleset.groups) walk(group.criteria, group.code);
  return leaves;
}

/** The form's values: one plan row per quantitative leaf, in the leaves' order. */
export interface RegistrationFormValues {
  plans: { plan?: string; note?: string }[];
  titlesSought: string[];
  models: { name?: string; description?: string }[];
  topics: { name?: string; description?: string }[];
  note?: string;
}

/**
 * The decimal a person typed, the Vietnamese way or not: `12,5` and `12.5` are 12.5; `10.200` and
 * `1.234,5` use the dot between thousands. Blank is null; anything else that is not a number is
 * `invalid` (the server's own checks — negative, zero for an increase criterion — stay the server's).
 * The value travels as the JSON number of that exact text (its shortest text is what was typed).
 */
export function parsePlanText(text: string | undefined): number | null | 'invalid' {
  const raw = (text ?? '').trim().replace(/\s+/g, '');
  if (raw === '') return null;
  let normal: string;
  if (raw.includes(',')) normal = raw.replace(/\./g, '').replace(',', '.');
  else if (/^-?[1-9]\d{0,2}(\.\d{3})+$/.test(raw)) normal = raw.replace(/\./g, '');
  else normal = raw;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return 'invalid';
  return Number(normal);
}

/** A stored plan (`"10200.5"`) as the form shows it (`10.200,5`). */
export const planText = (plan: string): string => formatScore(plan);

/** The form's initial values from a saved registration (or empty for a new one). */
export function formValuesOf(
  leaves: readonly PlanLeaf[],
  saved: Registration | undefined,
): RegistrationFormValues {
  const plans = new Map((saved?.plans ?? []).map((p) => [p.criterionCode, p]));
  return {
    plans: leaves.map((leaf) => {
      const plan = plans.get(leaf.code);
      return { plan: plan ? planText(plan.plan) : '', note: plan?.note ?? '' };
    }),
    titlesSought: (saved?.titlesSought ?? []).map((t) => t.code),
    models: (saved?.models ?? []).map((m) => ({ name: m.name, description: m.description ?? '' })),
    topics: (saved?.topics ?? []).map((m) => ({ name: m.name, description: m.description ?? '' })),
    note: saved?.note ?? '',
  };
}

const items = (rows: RegistrationFormValues['models']): RegisteredItem[] =>
  rows
    .filter((row) => (row.name ?? '').trim() !== '' || (row.description ?? '').trim() !== '')
    .map((row) => {
      const description = (row.description ?? '').trim();
      return { name: (row.name ?? '').trim(), ...(description ? { description } : {}) };
    });

export type BuiltContent =
  { ok: true; content: RegistrationContent; planIndex: number[] } | { ok: false; invalidRows: number[] };

/**
 * What the form sends: the plans that were filled in (blank rows are simply not registered yet), each
 * text read by `parsePlanText`. `planIndex[i]` is the form row of the i-th plan sent, so the server's
 * `body.plans[i]` can be shown beside the right row. Rows whose text is not a number stop the save.
 */
export function buildContent(leaves: readonly PlanLeaf[], values: RegistrationFormValues): BuiltContent {
  const plans: RegistrationContent['plans'] = [];
  const planIndex: number[] = [];
  const invalidRows: number[] = [];
  leaves.forEach((leaf, row) => {
    const value = parsePlanText(values.plans[row]?.plan);
    if (value === 'invalid') invalidRows.push(row);
    else if (value !== null) {
      const note = (values.plans[row]?.note ?? '').trim();
      plans.push({ criterionCode: leaf.code, plan: value, note: note || null });
      planIndex.push(row);
    }
  });
  if (invalidRows.length > 0) return { ok: false, invalidRows };
  return {
    ok: true,
    planIndex,
    content: {
      plans,
      titlesSought: values.titlesSought ?? [],
      models: items(values.models ?? []),
      topics: items(values.topics ?? []),
      note: (values.note ?? '').trim() || null,
    },
  };
}

/**
 * The server names the plans it was sent (`body.plans[1].plan`); the form has one row per leaf. Points
 * each plan error at its form row's plan input, and each title error at the titles field.
 */
export function remapFieldErrors(fields: readonly FieldError[], planIndex: readonly number[]): FieldError[] {
  return fields.map((field) => {
    const plan = /^body\.plans\[(\d+)\](?:\.(\w+))?/.exec(field.path);
    if (plan) {
      const row = planIndex[Number(plan[1])];
      if (row === undefined) return field;
      return { ...field, path: `body.plans[${row}].${plan[2] === 'note' ? 'note' : 'plan'}` };
    }
    if (/^body\.titlesSought\[\d+\]/.test(field.path)) return { ...field, path: 'body.titlesSought' };
    return field;
  });
}
