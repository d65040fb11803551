import { type Ruleset, validateRuleset } from '@thidua/engine';
import type { FieldError } from '../../http/errors';
import { checkFrameworkRules, type FrameworkRules } from './framework-rules';

/** A ruleset as posted, checked: the parsed ruleset (when its shape is right) and every problem. */
export interface RulesetCheck {
  ruleset: Ruleset | undefined;
  errors: FieldError[];
}

/**
 * The engine's validation of a posted ruleset (shapes, unique codes, containers that add up, groups
 * within their maxima…), every error's path under `basePath` so the client can point at the field.
 */
export function checkRuleset(raw: unknown, basePath = 'body.ruleset'): RulesetCheck {
  const result = validateRuleset(raw, basePath);
  return { ruleset: result.ruleset, errors: result.errors };
}

/**
 * A cluster's ruleset: the engine's validation plus the framework's rules (SPEC §5). The framework
 * rules only run on a ruleset whose shape is right, since they compare groups and criteria.
 */
export function checkClusterRuleset(
  raw: unknown,
  framework: FrameworkRules,
  basePath = 'body.ruleset',
): RulesetCheck {
  const base = checkRuleset(raw, basePath);
  if (!base.ruleset) return base;
  return {
    ruleset: base.ruleset,
    errors: [...base.errors, ...checkFrameworkRules(base.ruleset, framework, basePath)],
  };
}
