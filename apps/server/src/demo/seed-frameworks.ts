import { frameworks, type UnitType } from '@thidua/db';
import type { Ruleset } from '@thidua/engine';
import type { SeedContext } from './context';
import type { FrameworkKey } from './data/province';
import { FRAMEWORK_PROFILES, profileRuleset } from './criteria-plan';
import { at, CURRENT_YEAR } from './periods-plan';

export interface SeededFramework {
  id: string;
  ruleset: Ruleset;
}

interface FrameworkSpec {
  key: FrameworkKey;
  code: string;
  name: string;
  unitType: UnitType | null;
  documentNumber: string;
  documentDate: string;
}

// Issued by the council before the first period they serve; the schools' before the 2023–2024 year.
const SPECS: FrameworkSpec[] = [
  {
    key: 'localities',
    code: 'khung-xa-phuong',
    name: 'Khung tiêu chí thi đua các cụm thi đua xã, phường',
    unitType: null,
    documentNumber: '12/HD-HĐTĐKT',
    documentDate: `${CURRENT_YEAR - 1}-01-15`,
  },
  {
    key: 'departments',
    code: 'khung-so-ban-nganh',
    name: 'Khung tiêu chí thi đua các khối thi đua sở, ban, ngành',
    unitType: 'department',
    documentNumber: '13/HD-HĐTĐKT',
    documentDate: `${CURRENT_YEAR - 1}-01-15`,
  },
  {
    key: 'schools',
    code: 'khung-truong-thpt',
    name: 'Khung tiêu chí thi đua khối các trường trung học phổ thông',
    unitType: 'school',
    documentNumber: '41/HD-HĐTĐKT',
    documentDate: `${CURRENT_YEAR - 2}-08-25`,
  },
];

/**
 * The council's three frameworks, issued and locked, each a copy of a built-in profile. Ba Đình's
 * ladder is the city's: a province gives its own flag and certificate under the same codes, and the
 * Government flag leaves the clusters' ladder, since the council picks its nominee among the flag
 * winners of all clusters (SPEC §7).
 */
export async function seedFrameworks(ctx: SeedContext): Promise<Map<FrameworkKey, SeededFramework>> {
  const rows = SPECS.map((spec) => {
    const ruleset = profileRuleset(spec.key);
    ruleset.name = spec.name;
    if (spec.key === 'schools') provincialAwardNames(ruleset);
    return { spec, ruleset };
  });
  const inserted = await ctx.tx
    .insert(frameworks)
    .values(
      rows.map(({ spec, ruleset }) => ({
        councilId: ctx.councilId,
        code: spec.code,
        name: spec.name,
        unitType: spec.unitType,
        profileCode: FRAMEWORK_PROFILES[spec.key],
        status: 'issued' as const,
        ruleset,
        // Bắc Giang lets a cluster add 30 % more criteria per group; Ba Đình fixes III and IV.
        fixedGroupCodes: spec.key === 'schools' ? ['III', 'IV'] : [],
        maxAddedCriteriaRatio: spec.key === 'schools' ? null : '0.3',
        issuedAt: at(spec.documentDate, 15),
        issuedBy: ctx.standingOffice,
        documentNumber: spec.documentNumber,
        documentDate: spec.documentDate,
        createdAt: at(spec.documentDate, 8),
        updatedAt: at(spec.documentDate, 15),
      })),
    )
    .returning({ id: frameworks.id, code: frameworks.code });
  const ids = new Map(inserted.map((r) => [r.code, r.id]));
  return new Map(rows.map(({ spec, ruleset }) => [spec.key, { id: ids.get(spec.code)!, ruleset }]));
}

const PROVINCIAL_NAMES: Record<string, string> = {
  CO_TP: 'Cờ thi đua của UBND tỉnh',
  BK_TP: 'Bằng khen của Chủ tịch UBND tỉnh',
};

function provincialAwardNames(ruleset: Ruleset): void {
  ruleset.awards = (ruleset.awards ?? [])
    .filter((award) => award.code !== 'CO_CP')
    .map((award) => ({ ...award, name: PROVINCIAL_NAMES[award.code] ?? award.name }));
}
