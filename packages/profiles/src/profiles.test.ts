import {
  type CriterionInput,
  type Entry,
  evaluatePeriod,
  type Group,
  type Predicate,
  type ResultDocument,
  type Ruleset,
  validateRuleset,
} from '@thidua/engine';
import { describe, expect, it } from 'vitest';
import { findProfile, PROFILES, type Profile, UNIT_TYPES } from './index';

const leavesOf = (criteria: CriterionInput[]): CriterionInput[] =>
  criteria.flatMap((c) => (c.children ? leavesOf(c.children) : [c]));
const allCriteria = (criteria: CriterionInput[]): CriterionInput[] =>
  criteria.flatMap((c) => [c, ...allCriteria(c.children ?? [])]);
const leaves = (ruleset: Ruleset): CriterionInput[] => ruleset.groups.flatMap((g) => leavesOf(g.criteria));
const cents = (points: number): number => Math.round(points * 100);

function profile(id: string): Profile {
  const found = findProfile(id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
}

function group(p: Profile, code: string): Group {
  const found = p.ruleset.groups.find((g) => g.code === code);
  if (!found) throw new Error(`no group ${code} in ${p.id}`);
  return found;
}

function criterion(p: Profile, code: string): CriterionInput {
  const found = p.ruleset.groups.flatMap((g) => allCriteria(g.criteria)).find((c) => c.code === code);
  if (!found) throw new Error(`no criterion ${code} in ${p.id}`);
  return found;
}

/** A band value that earns the full standard points, found among the bands' own edges. */
function fullBandValue(leaf: CriterionInput): number {
  const inside = (b: NonNullable<CriterionInput['bands']>[number], v: number): boolean =>
    (b.min === undefined || v > b.min || (v === b.min && b.minExclusive !== true)) &&
    (b.max === undefined || v < b.max || (v === b.max && b.maxExclusive !== true));
  const bands = leaf.bands ?? [];
  const candidates = bands.flatMap((b) => [b.min, b.max]).filter((v): v is number => v !== undefined);
  const value = [0, ...candidates].find((v) => bands.find((b) => inside(b, v))?.points === leaf.points);
  if (value === undefined) throw new Error(`no full-points value for ${leaf.code}`);
  return value;
}

/** An entry meeting the criterion exactly (plan reached, best rating, full points). */
function fullEntry(unit: string, leaf: CriterionInput, overPercent = 0): Entry {
  switch (leaf.kind) {
    case 'quantitative':
      return leaf.direction === 'decrease'
        ? { unit, criterion: leaf.code, plan: 100, actual: 100 - overPercent }
        : { unit, criterion: leaf.code, plan: 100, actual: 100 + overPercent };
    case 'qualitative':
      return { unit, criterion: leaf.code, points: leaf.points };
    case 'yesno':
      return { unit, criterion: leaf.code, done: true };
    case 'rating':
      return { unit, criterion: leaf.code, rating: 'HTXSNV' };
    case 'bands':
      return { unit, criterion: leaf.code, value: fullBandValue(leaf) };
    case undefined:
      throw new Error(`${leaf.code} has no kind`);
  }
}

function evaluate(ruleset: Ruleset, entries: Entry[], adjustments: unknown[] = []): ResultDocument {
  const evaluation = evaluatePeriod({
    format: 'thidua/period@1',
    name: 'Kiểm thử hồ sơ',
    year: 2024,
    ruleset,
    units: [{ id: 'u1', name: 'Đơn vị 1', facts: { partyRating: 'HTXSNV' } }],
    entries,
    adjustments,
  });
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors, null, 1));
  return evaluation.result;
}

function unitResult(result: ResultDocument) {
  const unit = result.units[0];
  if (!unit) throw new Error('no unit in result');
  return unit;
}

const predicatesOf = (r: Ruleset): Predicate[] => [
  ...(r.exclusions ?? []),
  ...(r.postponements ?? []),
  ...(r.downgrades ?? []),
  ...(r.awards ?? []).flatMap((a) => a.requires ?? []),
];

describe('every built-in profile', () => {
  it('has unique kebab-case ASCII ids that findProfile finds', () => {
    const ids = PROFILES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findProfile(id)?.id).toBe(id);
    }
    expect(findProfile('khong-co')).toBeUndefined();
    expect(ids).toHaveLength(9);
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s passes the engine validator', (_, p) => {
    const validation = validateRuleset(p.ruleset);
    expect(validation.errors).toEqual([]);
    expect(validation.ok).toBe(true);
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s adds up exactly and has unique codes', (_, p) => {
    const codes: string[] = [];
    for (const g of p.ruleset.groups) {
      const criteria = allCriteria(g.criteria);
      codes.push(...criteria.map((c) => c.code));
      for (const c of criteria) {
        expect(cents(c.points) / 100, c.code).toBe(c.points);
        if (c.children) {
          expect(
            c.children.reduce((acc, child) => acc + cents(child.points), 0),
            c.code,
          ).toBe(cents(c.points));
        }
      }
      // Every group's points are fully shared out: top-level criteria sum to the maximum exactly.
      expect(
        g.criteria.reduce((acc, c) => acc + cents(c.points), 0),
        g.code,
      ).toBe(cents(g.maxPoints));
    }
    expect(new Set(codes).size).toBe(codes.length);
    const itemCodes = [...(p.ruleset.bonusItems ?? []), ...(p.ruleset.deductionItems ?? [])].map(
      (i) => i.code,
    );
    expect(new Set(itemCodes).size).toBe(itemCodes.length);
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s is described and labelled in Vietnamese', (_, p) => {
    expect(p.name.length).toBeGreaterThan(0);
    expect(p.description).toContain('chia đều');
    expect(p.source.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    for (const pred of predicatesOf(p.ruleset)) expect(pred.label?.length, pred.fact).toBeGreaterThan(10);
    for (const leaf of leaves(p.ruleset)) expect(leaf.name.length, leaf.code).toBeGreaterThan(3);
    for (const type of p.unitTypes) expect(Object.keys(UNIT_TYPES)).toContain(type);
    expect(p.calendar === 'school').toBe(p.unitTypes.includes('truong-hoc'));
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s has deadlines on real days', (_, p) => {
    const daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    expect(p.deadlines.length).toBeGreaterThan(0);
    for (const d of p.deadlines) {
      expect(d.month).toBeGreaterThanOrEqual(1);
      expect(d.month).toBeLessThanOrEqual(12);
      expect(d.day).toBeGreaterThanOrEqual(1);
      expect(d.day).toBeLessThanOrEqual(daysIn[d.month - 1]!);
    }
    const stages = p.deadlines.map((d) => d.stage);
    expect(new Set(stages).size).toBe(stages.length);
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))(
    '%s gives a unit that meets every criterion exactly the sum of its groups',
    (_, p) => {
      const result = evaluate(
        p.ruleset,
        leaves(p.ruleset).map((leaf) => fullEntry('u1', leaf)),
      );
      const unit = unitResult(result);
      const maxima = p.ruleset.groups.reduce((acc, g) => acc + g.maxPoints, 0);
      expect(unit.groups.map((g) => g.score)).toEqual(p.ruleset.groups.map((g) => g.maxPoints));
      expect(unit.final).toBe(Math.min(maxima, p.ruleset.maxTotal ?? Infinity));
    },
  );

  it('cannot be changed by the code that uses it', () => {
    const p = profile('ba-dinh-2022-phuong');
    expect(Object.isFrozen(p.ruleset.groups[0]!.criteria[0])).toBe(true);
    expect(() => {
      (p.ruleset.groups[0] as { maxPoints: number }).maxPoints = 1;
    }).toThrow(TypeError);
  });
});

describe('Ba Đình 2022', () => {
  const ids = ['ba-dinh-2022-phuong', 'ba-dinh-2022-phong-ban', 'ba-dinh-2022-truong-hoc'];

  it.each(ids)('%s: I 580 (bonus cap 30), II 200, III 200, bonus IV 20, total 1000', (id) => {
    const p = profile(id);
    expect(p.ruleset.groups.map((g) => [g.code, g.maxPoints])).toEqual([
      ['I', 580],
      ['II', 200],
      ['III', 200],
    ]);
    expect(group(p, 'I').overPlanBonusCap).toBe(30);
    expect(p.ruleset.bonusItems).toEqual([expect.objectContaining({ code: 'IV', max: 20 })]);
    expect(p.ruleset.maxTotal).toBe(1000);
    const quantitative = leaves(p.ruleset).filter((l) => l.kind === 'quantitative');
    expect(quantitative.length).toBeGreaterThan(0);
    for (const leaf of quantitative) {
      expect(leaf.overPlanBonus).toEqual({
        per: 'percentOfPoints',
        amount: 1,
        capPercentOfPoints: 10,
        step: 'whole',
      });
    }
  });

  it.each(ids)('%s: deductions as the document states them', (id) => {
    const items = Object.fromEntries((profile(id).ruleset.deductionItems ?? []).map((d) => [d.code, d]));
    expect(items.PHE_BINH).toMatchObject({ pointsEach: 1, cap: 5 });
    expect(items.CHAM_MUON).toMatchObject({
      tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }],
      cap: 5,
    });
    expect(items.KHONG_HOAN_THANH).toMatchObject({ pointsEach: 1 });
    expect(items.KHONG_HOAN_THANH?.cap).toBeUndefined();
    expect(items.CBCCVC_KY_LUAT).toMatchObject({ pointsEach: 2 });
    expect(items.CBCCVC_HINH_SU).toMatchObject({ pointsEach: 5 });
    expect(items.DANG_VIEN_KY_LUAT).toMatchObject({ pointsEach: 0.5 });
    expect(items.DANG_VIEN_QUAN_UY).toMatchObject({ pointsEach: 2 });
    expect(items.DANG_VIEN_THANH_UY).toMatchObject({ pointsEach: 5 });
    expect(items.BAO_CAO_SAI).toMatchObject({ pointsEach: 5 });
    expect(Object.keys(items)).toHaveLength(9);
  });

  it('takes 0.3 for each of the first 10 late tasks and 0.2 after, at most 5', () => {
    const p = profile('ba-dinh-2022-phuong');
    const entries = leaves(p.ruleset).map((leaf) => fullEntry('u1', leaf));
    const late = (count: number) =>
      unitResult(evaluate(p.ruleset, entries, [{ unit: 'u1', code: 'CHAM_MUON', count }])).deductionTotal;
    expect(late(10)).toBe(3);
    expect(late(13)).toBe(3.6);
    expect(late(30)).toBe(5);
  });

  it('adds 1 % of the standard points for each whole 1 % over plan, at most 10 % of them', () => {
    const p = profile('ba-dinh-2022-phuong');
    const bonusOver = (percent: number) =>
      unitResult(
        evaluate(
          p.ruleset,
          leaves(p.ruleset).map((leaf) => fullEntry('u1', leaf, percent)),
        ),
      ).groups[0]!.bonus;
    // Three quantitative criteria of 29 points (I.1.a–c).
    expect(bonusOver(5)).toBe(4.35);
    expect(bonusOver(5.9)).toBe(4.35);
    expect(bonusOver(50)).toBe(8.7);
  });

  it('gives the flags only to ward and school clusters, with the party organisation rated good or better', () => {
    const ladder = (id: string) => (profile(id).ruleset.awards ?? []).map((a) => [a.code, a.minScore]);
    const full = [
      ['CO_CP', 900],
      ['CO_TP', 850],
      ['BK_TP', 800],
      ['TTLDXS', 800],
      ['TTLDTT', 750],
    ];
    expect(ladder('ba-dinh-2022-phuong')).toEqual(full);
    expect(ladder('ba-dinh-2022-truong-hoc')).toEqual(full);
    expect(ladder('ba-dinh-2022-phong-ban')).toEqual(full.slice(2));
    for (const award of (profile('ba-dinh-2022-phuong').ruleset.awards ?? []).slice(0, 2)) {
      expect(award.requires).toEqual([
        expect.objectContaining({ fact: 'partyRating', in: ['HTXSNV', 'HTTNV'] }),
      ]);
    }
  });

  it('excludes, postpones and downgrades as the document says', () => {
    const r = profile('ba-dinh-2022-phuong').ruleset;
    expect(r.exclusions).toEqual([
      expect.objectContaining({ fact: 'partyRating', in: ['HTNV', 'KHTNV'] }),
      expect.objectContaining({ fact: 'seriousViolation', equals: true }),
    ]);
    expect(r.postponements).toEqual([expect.objectContaining({ fact: 'underInvestigation', equals: true })]);
    expect(r.downgrades?.map((d) => d.fact)).toEqual(['deepSelfCriticism', 'publicOutrage']);
  });

  it('scores the party organisation rating with the four ratings', () => {
    const leaf = criterion(profile('ba-dinh-2022-phuong'), 'II.1');
    expect(leaf.kind).toBe('rating');
    expect(leaf.options).toEqual({ HTXSNV: 40, HTTNV: 34, HTNV: 24, KHTNV: 0 });
  });

  it('runs schools on the school year: registration in March, mid-year review in January', () => {
    const p = profile('ba-dinh-2022-truong-hoc');
    expect(p.calendar).toBe('school');
    expect(p.deadlines).toContainEqual(expect.objectContaining({ stage: 'registration', month: 3, day: 31 }));
    expect(p.deadlines).toContainEqual(expect.objectContaining({ stage: 'midYear', month: 1 }));
    expect(profile('ba-dinh-2022-phuong').deadlines).toContainEqual(
      expect.objectContaining({ stage: 'criteria', month: 6, day: 30 }),
    );
  });
});

describe('Long Biên 2023', () => {
  it('scores wards on 26 focal departments sharing 1000 points, with reverse criteria', () => {
    const p = profile('long-bien-2023-phuong');
    const groups = p.ruleset.groups;
    expect(groups).toHaveLength(26);
    expect(groups.reduce((acc, g) => acc + g.maxPoints, 0)).toBe(1000);
    for (const g of groups) expect([38, 39]).toContain(g.maxPoints);
    const names = groups.map((g) => g.name).join('\n');
    for (const unit of [
      'Văn phòng HĐND và UBND quận',
      'Phòng Nội vụ',
      'Phòng Tài chính - Kế hoạch',
      'Công an quận',
      'Ban Chỉ huy Quân sự quận',
      'Phòng Quản lý đô thị',
      'Phòng Tài nguyên và Môi trường',
      'Phòng Lao động - Thương binh và Xã hội',
      'Thanh tra quận',
      'Đội Quản lý trật tự xây dựng đô thị quận',
      'Chi cục Thuế quận',
      'Bảo hiểm xã hội quận',
    ]) {
      expect(names).toContain(unit);
    }
    const reverse = leaves(p.ruleset).filter((l) => l.direction === 'decrease');
    expect(reverse.map((l) => l.code)).toEqual(expect.arrayContaining(['CA.1', 'CA.2', 'TTR.2', 'TTXD.1']));
  });

  it('scores schools on 100 points from the five focal units the guidance names', () => {
    const p = profile('long-bien-2023-truong-hoc');
    expect(p.ruleset.maxTotal).toBe(100);
    expect(p.ruleset.groups.map((g) => g.maxPoints)).toEqual([20, 20, 20, 20, 20]);
    const names = p.ruleset.groups.map((g) => g.name).join('\n');
    for (const unit of [
      'Phòng Giáo dục và Đào tạo',
      'Phòng Y tế',
      'Liên đoàn Lao động',
      'Phòng Nội vụ',
      'Phòng Tài chính - Kế hoạch',
    ]) {
      expect(names).toContain(unit);
    }
    expect(p.calendar).toBe('school');
  });

  it('nominates the most excellent collective for the city flag, downgrading and excluding as stated', () => {
    for (const id of ['long-bien-2023-phuong', 'long-bien-2023-truong-hoc']) {
      const r = profile(id).ruleset;
      expect(r.awards?.[0]).toMatchObject({ code: 'CO_TP' });
      expect(r.awards?.[0]?.name).toContain('Đơn vị xuất sắc phong trào thi đua');
      expect(r.awards?.some((a) => a.code === 'CO_CP')).toBe(false);
      expect(r.exclusions?.map((e) => e.fact)).toEqual(['seriousViolation']);
      expect(r.postponements?.map((e) => e.fact)).toEqual(['underInvestigation']);
      expect(r.downgrades?.map((e) => e.fact)).toEqual(['deepSelfCriticism', 'publicOutrage']);
    }
  });
});

describe('Bắc Giang 2022', () => {
  const blocks = [
    ['bac-giang-2022-huyen-thanh-pho', 19],
    ['bac-giang-2022-so-ban-nganh', 12],
    ['bac-giang-2022-dang-doan-the', 10],
    ['bac-giang-2022-doanh-nghiep-htx', 10],
  ] as const;

  it.each(blocks)('%s lists the %i criteria of group I of Phụ lục 02', (id, count) => {
    const p = profile(id);
    expect(group(p, 'I').criteria.map((c) => c.code)).toEqual(
      Array.from({ length: count }, (_, i) => `I.${i + 1}`),
    );
    expect(group(p, 'II').criteria).toHaveLength(9);
    expect(criterion(p, 'II.3').kind).toBe('rating');
  });

  it.each(blocks)('%s: 550 / 200 / 200, bonuses 30 / 5 / 5 / 10, total 1000', (id) => {
    const p = profile(id);
    expect(p.ruleset.groups.map((g) => g.maxPoints)).toEqual([550, 200, 200]);
    expect(group(p, 'I').overPlanBonusCap).toBe(30);
    expect(p.ruleset.bonusItems?.map((b) => b.max)).toEqual([5, 5, 10]);
    expect(p.ruleset.maxTotal).toBe(1000);
    for (const leaf of leaves(p.ruleset).filter((l) => l.kind === 'quantitative')) {
      expect(leaf.overPlanBonus).toEqual({ per: 'points', amount: 1, capPercentOfPoints: 10, step: 'whole' });
    }
  });

  it.each(blocks)('%s: the itemised table of section III', (id) => {
    const p = profile(id);
    expect(group(p, 'III').criteria.map((c) => c.points)).toEqual([35, 50, 30, 35, 15, 20, 15]);
    expect(criterion(p, 'III.1.a').points).toBe(20);
    expect(criterion(p, 'III.1.a').children?.map((c) => c.points)).toEqual([5, 5, 5, 5]);
    expect(criterion(p, 'III.2').children).toHaveLength(8);
    expect(criterion(p, 'III.4.a')).toMatchObject({ kind: 'bands', points: 20 });
    expect(criterion(p, 'III.4.b')).toMatchObject({ kind: 'bands', points: 10 });
  });

  it('scores returned award dossiers by the bands the document words', () => {
    const p = profile('bac-giang-2022-huyen-thanh-pho');
    const score = (code: string, value: number) =>
      unitResult(evaluate(p.ruleset, [{ unit: 'u1', criterion: code, value }])).criteria.find(
        (c) => c.code === code,
      )?.base;
    // "100% hồ sơ được duyệt": 20; "dưới 10%": 15; "từ 10% - 20%": 10; "từ trên 20% - 50%": 5.
    expect(score('III.4.a', 0)).toBe(20);
    expect(score('III.4.a', 0.5)).toBe(15);
    expect(score('III.4.a', 9.99)).toBe(15);
    expect(score('III.4.a', 10)).toBe(10);
    expect(score('III.4.a', 20)).toBe(10);
    expect(score('III.4.a', 20.01)).toBe(5);
    expect(score('III.4.a', 50)).toBe(5);
    expect(score('III.4.a', 50.01)).toBe(0);
    // "đạt tỷ lệ từ 70% trở lên": 10.
    expect(score('III.4.b', 70)).toBe(10);
    expect(score('III.4.b', 69.99)).toBe(0);
  });

  it('splits compound criteria of districts, reverse for road accidents against the previous year', () => {
    const p = profile('bac-giang-2022-huyen-thanh-pho');
    const accidents = criterion(p, 'I.13');
    expect(accidents.children?.map((c) => c.direction)).toEqual(['decrease', 'decrease', 'decrease']);
    expect(accidents.children?.reduce((acc, c) => acc + c.points, 0)).toBe(accidents.points);
  });

  it.each(blocks)('%s: deductions, exclusions, postponements and the 900-point ladder', (id) => {
    const r = profile(id).ruleset;
    expect((r.deductionItems ?? []).map((d) => [d.code, d.pointsEach, d.cap])).toEqual([
      ['TRUONG_CUM_CHAM', 10, 10],
      ['KHONG_NGHIEM_QUY_CHE', 5, undefined],
      ['THAM_GIA_KHONG_DAY_DU', 5, undefined],
      ['NHIEM_VU_KHONG_DAY_DU', 5, undefined],
      ['TY_LE_KHEN_THUONG', 5, 5],
      ['NHAC_NHO', 5, undefined],
      ['PHE_BINH', 10, undefined],
    ]);
    expect((r.awards ?? []).map((a) => [a.code, a.minScore])).toEqual([
      ['CO_T', 900],
      ['BK_CT', 900],
      ['TTLDXS', 900],
    ]);
    expect(r.exclusions?.map((e) => e.fact)).toEqual([
      'registered',
      'pactSigned',
      'reportsSubmitted',
      'headRating',
      'securityStandard',
      'securityMovementRating',
      'cultureStandard',
      'cultureMovementRating',
      'seriousViolation',
    ]);
    expect(r.postponements?.map((e) => e.fact)).toEqual([
      'obligationsUnfulfilled',
      'underInvestigation',
      'pendingComplaint',
    ]);
  });

  it('caps the over-plan bonus of group I at 30 points', () => {
    const p = profile('bac-giang-2022-huyen-thanh-pho');
    const entries = leaves(p.ruleset).map((leaf) => fullEntry('u1', leaf, 50));
    expect(unitResult(evaluate(p.ruleset, entries)).groups[0]).toMatchObject({ base: 550, bonus: 30 });
  });
});
