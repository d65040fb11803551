/**
 * A large, valid `thidua/period@1` document for the benchmark: `units` units × `leaves` leaf
 * criteria in 4 groups (every kind), with adjustments, facts, awards, quotas and votes. Seeded, so
 * every run scores the same file.
 */
export function generatePeriod(options: { units: number; leaves: number; seed?: number }): unknown {
  let state = options.seed ?? 20241;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;

  const perGroup = Math.ceil(options.leaves / 4);
  const kinds = [
    'quantitative',
    'quantitative',
    'decrease',
    'qualitative',
    'bands',
    'rating',
    'yesno',
  ] as const;
  const groups = [0, 1, 2, 3].map((g) => {
    const count = Math.min(perGroup, options.leaves - g * perGroup);
    const criteria = Array.from({ length: count }, (_, i) => {
      const code = `${g + 1}.${i + 1}`;
      const kind = kinds[(g * 7 + i) % kinds.length]!;
      const base = { code, name: `Tiêu chí ${code}`, points: 4 };
      switch (kind) {
        case 'quantitative':
          return {
            ...base,
            kind,
            overPlanBonus: { per: 'percentOfPoints', amount: 1, capPercentOfPoints: 10, step: 'whole' },
          };
        case 'decrease':
          return { ...base, kind: 'quantitative', direction: 'decrease' };
        case 'bands':
          return {
            ...base,
            kind,
            bands: [
              { min: 90, points: 4 },
              { min: 70, points: 3 },
              { min: 50, minExclusive: true, points: 2 },
              { points: 0 },
            ],
          };
        case 'rating':
          return { ...base, kind, options: { HTXSNV: 4, HTTNV: 3, HTNV: 2, KHTNV: 0 } };
        case 'qualitative':
        case 'yesno':
          return { ...base, kind };
      }
    });
    return {
      code: `N${g + 1}`,
      name: `Nhóm ${g + 1}`,
      maxPoints: count * 4,
      overPlanBonusCap: g === 0 ? 30 : null,
      criteria,
    };
  });
  const leaves = groups.flatMap((g) => g.criteria);

  const units = Array.from({ length: options.units }, (_, u) => ({
    id: `dv-${u + 1}`,
    name: `Đơn vị số ${u + 1}`,
    facts: {
      partyRating: pick(['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV']),
      underInvestigation: random() < 0.02,
      deepSelfCriticism: random() < 0.05,
    },
  }));
  const entries = units.flatMap((unit): object[] =>
    leaves.flatMap((c): object[] => {
      if (random() < 0.01) return [];
      const e = { unit: unit.id, criterion: c.code };
      if (c.kind === 'quantitative') {
        const plan = int(1, 500);
        return [{ ...e, plan, actual: Math.round(plan * (0.7 + random() * 0.5) * 10) / 10 }];
      }
      if (c.kind === 'bands') return [{ ...e, value: Math.round(random() * 1000) / 10 }];
      if (c.kind === 'rating') return [{ ...e, rating: pick(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']) }];
      if (c.kind === 'yesno') return [{ ...e, done: random() < 0.9 }];
      return [{ ...e, points: int(0, 8) / 2 }];
    }),
  );
  const adjustments = units.flatMap((unit) => [
    { unit: unit.id, code: 'THUONG', points: int(0, 25) },
    { unit: unit.id, code: 'CHAM_MUON', count: int(0, 14) },
    ...(random() < 0.3 ? [{ unit: unit.id, code: 'PHE_BINH', count: int(1, 7) }] : []),
  ]);
  const total = leaves.length * 4 + 20;
  return {
    format: 'thidua/period@1',
    name: `Kỳ thử tải: ${options.units} đơn vị × ${leaves.length} tiêu chí`,
    year: 2026,
    ruleset: {
      name: 'Bộ tiêu chí thử tải',
      maxTotal: total,
      groups,
      bonusItems: [{ code: 'THUONG', name: 'Điểm thưởng', max: 20 }],
      deductionItems: [
        { code: 'PHE_BINH', name: 'Văn bản phê bình', pointsEach: 1, cap: 5 },
        {
          code: 'CHAM_MUON',
          name: 'Nhiệm vụ chậm',
          tiers: [{ upTo: 10, pointsEach: 0.3 }, { pointsEach: 0.2 }],
          cap: 5,
        },
      ],
      awards: [
        {
          code: 'CO',
          name: 'Cờ thi đua',
          minScore: total * 0.8,
          requires: [{ fact: 'partyRating', in: ['HTXSNV', 'HTTNV'] }],
        },
        { code: 'BK', name: 'Bằng khen', minScore: total * 0.75 },
        { code: 'TT', name: 'Tập thể lao động tiên tiến', minScore: total * 0.6 },
      ],
      exclusions: [
        { fact: 'partyRating', in: ['HTNV', 'KHTNV'], label: 'Đảng bộ chỉ đạt Hoàn thành nhiệm vụ' },
      ],
      postponements: [{ fact: 'underInvestigation', equals: true, label: 'Đang được xem xét' }],
      downgrades: [{ fact: 'deepSelfCriticism', equals: true, label: 'Kiểm điểm sâu' }],
    },
    units,
    entries,
    adjustments,
    quotas: { CO: Math.ceil(options.units / 20), BK: Math.ceil(options.units / 5) },
    votes: units.slice(0, 50).map((u, i) => ({ award: 'CO', unit: u.id, votes: i % 7 })),
  };
}
