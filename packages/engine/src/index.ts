/**
 * @thidua/engine — the pure scoring engine (SPEC §6–§8): validation of `thidua/period@1`,
 * exact scoring, ranking, eligibility, award allocation and Vietnamese explanations. No I/O.
 */
export * from './model/period-schema';
export { Decimal, dec } from './model/decimal';
export { ENTRY_VALUE_FIELDS, type EntryValueField, entryFieldsOf } from './model/entry-fields';
export { roundHalfUp2 } from './model/ratio';
export { indexRuleset, type RulesetIndex, type LeafRef } from './model/ruleset-index';
export { validatePeriod, type PeriodValidation } from './validate/validate-period';
export { validateRuleset, type RulesetValidation } from './validate/validate-ruleset';
export { formatError, type ValidationError } from './validate/errors';
export { scorePeriod, type PeriodScore, type UnitScore } from './score-period';
export { buildResult, type ResultDocument, type UnitResult } from './build-result';
export { formatNumber } from './explain/format';
export { evaluatePeriod, parsePeriodJson, type Evaluation } from './evaluate';
export { describeIssue, describeValue } from './validate/zod-issues';
