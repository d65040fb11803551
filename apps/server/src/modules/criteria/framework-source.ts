import { type Framework, frameworks, type Transaction } from '@thidua/db';
import type { Ruleset } from '@thidua/engine';
import { findProfile } from '@thidua/profiles';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type FieldError, invalid } from '../../http/errors';
import type { frameworkCreateBody } from '@thidua/contracts/criteria-frameworks';
import { CRITERIA_MSG as M } from './messages';
import { checkRuleset } from './ruleset-checks';

type CreateBody = z.infer<typeof frameworkCreateBody>;

/** The framework's fixed codes must name its groups or bonus items (Ba Đình III is a group, IV a bonus). */
function checkFixedCodes(ruleset: Ruleset, codes: string[]): FieldError[] {
  const known = new Set([
    ...ruleset.groups.map((g) => g.code),
    ...(ruleset.bonusItems ?? []).map((b) => b.code),
  ]);
  const seen = new Set<string>();
  return codes.flatMap((code, i) => {
    const path = `body.fixedGroupCodes[${i}]`;
    if (seen.has(code)) return [{ path, message: M.duplicateFixedCode(code) }];
    seen.add(code);
    return known.has(code) ? [] : [{ path, message: M.unknownFixedCode(code) }];
  });
}

/** Validates a ruleset and the fixed codes against it; refuses the request with every problem. */
export function requireValidRuleset(raw: unknown, fixedGroupCodes: string[]): Ruleset {
  const { ruleset, errors } = checkRuleset(raw, 'body.ruleset');
  if (ruleset) errors.push(...checkFixedCodes(ruleset, fixedGroupCodes));
  if (!ruleset || errors.length > 0) throw invalid(errors, M.invalidRuleset(errors.length));
  return ruleset;
}

export interface Source {
  ruleset: unknown;
  name: string;
  profileCode: string | null;
  unitType: Framework['unitType'];
  fixedGroupCodes: string[];
  maxAddedCriteriaRatio: string | null;
}

/** Where a new framework starts: a built-in profile, another framework of the council, or a posted ruleset. */
export async function resolveSource(tx: Transaction, councilId: string, body: CreateBody): Promise<Source> {
  const given = [body.profileId, body.fromFrameworkId, body.ruleset].filter((v) => v !== undefined);
  if (given.length !== 1) throw invalid([{ path: 'body', message: M.oneSource }]);
  if (body.profileId !== undefined) {
    const profile = findProfile(body.profileId);
    if (!profile) throw invalid([{ path: 'body.profileId', message: M.unknownProfile(body.profileId) }]);
    // Profiles are frozen and shared: the framework gets its own copy.
    const ruleset = structuredClone(profile.ruleset);
    return {
      ruleset,
      name: profile.name,
      profileCode: profile.id,
      unitType: null,
      fixedGroupCodes: [],
      maxAddedCriteriaRatio: null,
    };
  }
  if (body.fromFrameworkId !== undefined) {
    const [source] = await tx
      .select()
      .from(frameworks)
      .where(and(eq(frameworks.id, body.fromFrameworkId), eq(frameworks.councilId, councilId)))
      .limit(1);
    if (!source) throw invalid([{ path: 'body.fromFrameworkId', message: M.unknownFramework }]);
    return {
      ruleset: source.ruleset,
      name: source.name,
      profileCode: source.profileCode,
      unitType: source.unitType,
      fixedGroupCodes: source.fixedGroupCodes,
      maxAddedCriteriaRatio: source.maxAddedCriteriaRatio,
    };
  }
  const ruleset = body.ruleset as { name?: unknown } | null;
  const name = typeof ruleset?.name === 'string' && ruleset.name.trim() ? ruleset.name : body.code;
  return {
    ruleset: body.ruleset,
    name,
    profileCode: null,
    unitType: null,
    fixedGroupCodes: [],
    maxAddedCriteriaRatio: null,
  };
}
