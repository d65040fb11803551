import { z } from 'zod';

/**
 * Structural schemas of `thidua/period@1` (SPEC §8). They check shapes and types only; the rules
 * that relate parts of the file (codes that must exist, points that must add up, entries that must
 * fit their criterion's kind) are checked in validate/, which reports every error with its path.
 * Schemas are lenient about unknown keys so that files written by later versions still read.
 */

const code = z.string().trim().min(1);
const name = z.string();
const nonNegative = z.number().min(0);
const count = z.number().int().min(0);
export const factValue = z.union([z.string(), z.number(), z.boolean()]);

export const predicateSchema = z.object({
  fact: code,
  equals: factValue.optional(),
  in: z.array(factValue).optional(),
  notIn: z.array(factValue).optional(),
  label: z.string().optional(),
});

export const overPlanBonusSchema = z.object({
  per: z.enum(['percentOfPoints', 'points']),
  amount: nonNegative,
  capPercentOfPoints: nonNegative,
  step: z.enum(['whole', 'exact']).optional(),
});

export const bandSchema = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  minExclusive: z.boolean().optional(),
  maxExclusive: z.boolean().optional(),
  points: nonNegative,
});

export const criterionKinds = ['quantitative', 'qualitative', 'bands', 'rating', 'yesno'] as const;
export type CriterionKind = (typeof criterionKinds)[number];

/** One object for containers and every leaf kind; validate/ decides which fields a node needs. */
export interface CriterionInput {
  code: string;
  name: string;
  points: number;
  description?: string | undefined;
  children?: CriterionInput[] | undefined;
  kind?: CriterionKind | undefined;
  direction?: 'increase' | 'decrease' | undefined;
  unit?: string | undefined;
  overPlanBonus?: z.infer<typeof overPlanBonusSchema> | undefined;
  bands?: z.infer<typeof bandSchema>[] | undefined;
  options?: Record<string, number> | undefined;
}

export const criterionSchema: z.ZodType<CriterionInput> = z.lazy(() =>
  z.object({
    code,
    name,
    points: nonNegative,
    description: z.string().optional(),
    children: z.array(criterionSchema).optional(),
    kind: z.enum(criterionKinds).optional(),
    direction: z.enum(['increase', 'decrease']).optional(),
    unit: z.string().optional(),
    overPlanBonus: overPlanBonusSchema.optional(),
    bands: z.array(bandSchema).optional(),
    options: z.record(z.string().min(1), nonNegative).optional(),
  }),
);

export const groupSchema = z.object({
  code,
  name,
  maxPoints: nonNegative,
  overPlanBonusCap: nonNegative.nullable().optional(),
  criteria: z.array(criterionSchema),
});

export const bonusItemSchema = z.object({ code, name, max: nonNegative });

export const deductionItemSchema = z.object({
  code,
  name,
  pointsEach: nonNegative.optional(),
  tiers: z.array(z.object({ upTo: z.number().int().min(1).optional(), pointsEach: nonNegative })).optional(),
  cap: nonNegative.optional(),
});

export const awardSchema = z.object({
  code,
  name,
  minScore: z.number(),
  requires: z.array(predicateSchema).optional(),
});

export const rulesetSchema = z.object({
  name,
  description: z.string().optional(),
  maxTotal: nonNegative.nullable(),
  groups: z.array(groupSchema).min(1),
  bonusItems: z.array(bonusItemSchema).optional(),
  deductionItems: z.array(deductionItemSchema).optional(),
  awards: z.array(awardSchema).optional(),
  exclusions: z.array(predicateSchema).optional(),
  postponements: z.array(predicateSchema).optional(),
  downgrades: z.array(predicateSchema).optional(),
  /** Nghị định 152/2025/NĐ-CP Art. 4.6: who goes first in a tie at a quota (SPEC §7). */
  tiePreference: predicateSchema.optional(),
});

export const unitSchema = z.object({
  id: code,
  name,
  facts: z.record(z.string().min(1), factValue).optional(),
});

export const entrySchema = z.object({
  unit: code,
  criterion: code,
  plan: z.number().optional(),
  actual: z.number().optional(),
  points: z.number().optional(),
  value: z.number().optional(),
  rating: z.string().optional(),
  done: z.boolean().optional(),
  note: z.string().optional(),
});

export const adjustmentSchema = z.object({
  unit: code,
  code,
  points: z.number().optional(),
  count: z.number().optional(),
  note: z.string().optional(),
});

export const voteSchema = z.object({ award: code, unit: code, votes: count });

export const quotaSchema = count;
export const quotasObjectSchema = z.record(z.string(), z.unknown());

export const PERIOD_FORMAT = 'thidua/period@1';
export const RESULT_FORMAT = 'thidua/result@1';

export const periodHeaderSchema = z.object({
  format: z.literal(PERIOD_FORMAT),
  name,
  year: z.number().int(),
  ruleset: z.unknown(),
  units: z.array(z.unknown()),
  entries: z.array(z.unknown()),
  adjustments: z.array(z.unknown()).optional(),
  quotas: z.unknown().optional(),
  votes: z.array(z.unknown()).optional(),
});

export type Predicate = z.infer<typeof predicateSchema>;
export type OverPlanBonus = z.infer<typeof overPlanBonusSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Group = z.infer<typeof groupSchema>;
export type BonusItem = z.infer<typeof bonusItemSchema>;
export type DeductionItem = z.infer<typeof deductionItemSchema>;
export type Award = z.infer<typeof awardSchema>;
export type Ruleset = z.infer<typeof rulesetSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type Adjustment = z.infer<typeof adjustmentSchema>;
export type Vote = z.infer<typeof voteSchema>;
export type FactValue = z.infer<typeof factValue>;

/** A period file that passed validation (SPEC §8). */
export interface Period {
  format: typeof PERIOD_FORMAT;
  name: string;
  year: number;
  ruleset: Ruleset;
  units: Unit[];
  entries: Entry[];
  adjustments?: Adjustment[] | undefined;
  quotas?: Record<string, number> | undefined;
  votes?: Vote[] | undefined;
}
