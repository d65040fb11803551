import type { Award, Band, CriterionInput, DeductionItem, Ruleset } from '@thidua/engine';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  criteriaTemplateExample,
  CRITERIA_TEMPLATE_NOTES,
  readCriteriaImport,
  writeCriteriaSheet,
} from '../src/index';
import { openWorkbook } from './sample';

const EMPTY: Ruleset = { name: 'Dự thảo', maxTotal: null, groups: [] };

async function template(): Promise<Buffer> {
  return writeCriteriaSheet({
    ruleset: criteriaTemplateExample('Bộ tiêu chí mẫu'),
    creator: 'test',
    notes: CRITERIA_TEMPLATE_NOTES,
  });
}

/** The first data row of the template (after name, maximum, notes, a blank row and the header). */
const FIRST = 4 + CRITERIA_TEMPLATE_NOTES.length + 1;

async function edit(bytes: Buffer, change: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = await openWorkbook(bytes);
  change(workbook.getWorksheet('Tiêu chí')!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function errorsOf(bytes: Buffer, base: Ruleset = EMPTY): Promise<string[]> {
  const result = await readCriteriaImport(bytes, { base });
  if (result.ok) throw new Error('the file was accepted');
  return result.errors.map((e) => `${e.cell}: ${e.message}`);
}

/** A file as an office writes it: its own header words, groups as "I. …" in the content cell. */
async function officeFile(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Tiêu chí');
  sheet.addRow(['BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA NĂM 2095']);
  sheet.addRow([]);
  sheet.addRow(['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Cách chấm', 'Ghi chú']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('criteria sheet', () => {
  it('reads its template back: the example group and its two criteria', async () => {
    const result = await readCriteriaImport(await template(), { base: EMPTY });
    expect(result).toMatchObject({ ok: true, rows: 3 });
    if (!result.ok) return;
    expect(result.ruleset).toEqual(criteriaTemplateExample('Bộ tiêu chí mẫu'));
  });

  it('offers the words of "cách chấm" as a list', async () => {
    const workbook = await openWorkbook(await template());
    const sheet = workbook.getWorksheet('Tiêu chí')!;
    const validation = sheet.getCell(`D${FIRST + 1}`).dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.formulae[0]).toContain('Định lượng');
    expect(validation.formulae[0]).toContain('Có/Không');
    expect(validation.formulae[0]).toContain('Điểm trừ');
  });

  it('reads an office layout: roman headings, nested codes, the usual wordings, bonus and deduction', async () => {
    const bytes = await officeFile([
      [null, 'I. Nhiệm vụ chính trị', null, null],
      ['1', 'Thu ngân sách', 30, 'Định lượng (kế hoạch – thực hiện)'],
      ['2', 'Cải cách hành chính', 20, null],
      ['2.1', 'Chỉ số CCHC', 12.5, 'định tính'],
      ['2.2', 'Một cửa liên thông', 7.5, 'Có / không'],
      ['II', 'Xây dựng Đảng', 50, 'Nhóm'],
      ['II.1', 'Xếp loại tổ chức đảng', 50, 'Xếp loại'],
      ['T1', 'Khen thưởng của Hội đồng', 10, 'Điểm thưởng'],
      ['D1', 'Chậm báo cáo', 0.5, 'Trừ điểm'],
    ]);
    const missingOptions = await errorsOf(bytes);
    expect(missingOptions).toEqual([
      'Tiêu chí!D10: tiêu chí loại "rating" phải có "options" (ít nhất một mức xếp loại)',
    ]);
    const withOptions = await edit(bytes, (s) => {
      s.getCell('E10').value = 'Hoàn thành xuất sắc: 50; Hoàn thành tốt: 40,5';
      s.getCell('E3').value = 'Các mức xếp loại';
    });
    const result = await readCriteriaImport(withOptions, { base: EMPTY });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.ruleset.groups.map((g) => [g.code, g.maxPoints])).toEqual([
      ['I', 50],
      ['II', 50],
    ]);
    const second = result.ruleset.groups[0]!.criteria[1]!;
    expect(second).toMatchObject({ code: '2', points: 20 });
    expect(second.children?.map((c) => [c.code, c.kind, c.points])).toEqual([
      ['2.1', 'qualitative', 12.5],
      ['2.2', 'yesno', 7.5],
    ]);
    expect(result.ruleset.groups[1]!.criteria[0]!.options).toEqual({
      'Hoàn thành xuất sắc': 50,
      'Hoàn thành tốt': 40.5,
    });
    expect(result.ruleset.bonusItems).toEqual([{ code: 'T1', name: 'Khen thưởng của Hội đồng', max: 10 }]);
    expect(result.ruleset.deductionItems).toEqual([{ code: 'D1', name: 'Chậm báo cáo', pointsEach: 0.5 }]);
  });

  it('names each bad cell and accepts nothing', async () => {
    const bytes = await edit(await template(), (s) => {
      s.getCell(`B${FIRST + 1}`).value = null; // blank content
      s.getCell(`C${FIRST + 2}`).value = 'mười'; // points not a number
    });
    expect(await errorsOf(bytes)).toEqual([
      `Tiêu chí!B${FIRST + 1}: chưa nhập nội dung`,
      `Tiêu chí!C${FIRST + 2}: điểm chuẩn: "mười" không phải là số`,
    ]);
    const more = await edit(await template(), (s) => {
      s.getCell(`C${FIRST + 1}`).value = -5;
      s.getCell(`C${FIRST + 2}`).value = '12,345';
    });
    expect(await errorsOf(more)).toEqual([
      `Tiêu chí!C${FIRST + 1}: điểm chuẩn không được âm (-5)`,
      `Tiêu chí!C${FIRST + 2}: điểm chuẩn có nhiều nhất 2 chữ số thập phân`,
    ]);
    const zero = await edit(await template(), (s) => {
      s.getCell(`C${FIRST + 1}`).value = 0;
      s.getCell(`D${FIRST + 2}`).value = 'Chấm theo cảm tính';
    });
    expect(await errorsOf(zero)).toEqual([
      `Tiêu chí!C${FIRST + 1}: điểm chuẩn phải lớn hơn 0`,
      `Tiêu chí!D${FIRST + 2}: cách chấm "Chấm theo cảm tính" không có trong danh sách (Nhóm, Tiêu chí chứa, Định lượng, Định tính, Theo mức, Xếp loại, Có/Không, Điểm thưởng, Điểm trừ)`,
    ]);
  });

  it('refuses a criterion before any group and a duplicate code, naming both cells', async () => {
    const bytes = await officeFile([
      ['1', 'Tiêu chí không thuộc nhóm nào', 10, 'Định tính'],
      ['I', 'Nhóm một', 20, 'Nhóm'],
      ['I.1', 'Tiêu chí một', 10, 'Định tính'],
      ['I.1', 'Tiêu chí trùng mã', 10, 'Có/Không'],
    ]);
    expect(await errorsOf(bytes)).toEqual([
      'Tiêu chí!A4: tiêu chí đứng trước mọi nhóm: thêm hàng nhóm (I, II, …) phía trên',
    ]);
    const duplicate = await edit(bytes, (s) => s.spliceRows(4, 1));
    expect(await errorsOf(duplicate)).toEqual(['Tiêu chí!A6: mã "I.1" bị trùng (đã dùng tại Tiêu chí!A5)']);
  });

  it("maps the engine's errors to the cell: a group over its maximum, a container that does not add up", async () => {
    const bytes = await officeFile([
      ['I', 'Nhóm một', 20, 'Nhóm'],
      ['I.1', 'Tiêu chí chứa', 15, 'Tiêu chí chứa'],
      ['I.1.1', 'Con một', 10, 'Định tính'],
      ['I.2', 'Tiêu chí hai', 10, 'Định tính'],
    ]);
    const errors = await errorsOf(bytes);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Tiêu chí!C5: /);
    expect(errors[1]).toMatch(/^Tiêu chí!C4: /);
  });

  it('keeps what the sheet does not carry from the draft it lands in', async () => {
    const base: Ruleset = {
      ...EMPTY,
      awards: [{ code: 'CO', name: 'Cờ thi đua', minScore: 90 }],
      exclusions: [{ fact: 'seriousViolation', equals: true }],
    };
    const result = await readCriteriaImport(await template(), { base });
    expect(result.ok && result.ruleset.awards).toEqual(base.awards);
    expect(result.ok && result.ruleset.exclusions).toEqual(base.exclusions);
  });

  it('refuses a file with no criteria table, saying which columns it needs', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Trang tính1').addRow(['Họ tên', 'Nội dung', 'Số tiền']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const partial = new ExcelJS.Workbook();
    partial.addWorksheet('Tiêu chí').addRow(['STT', 'Nội dung', 'Điểm']);
    expect(await errorsOf(Buffer.from(await partial.xlsx.writeBuffer()))).toEqual([
      'Tiêu chí: bảng tiêu chí thiếu cột "Cách chấm"',
    ]);
    expect(await errorsOf(bytes)).toEqual([
      'Trang tính1: không tìm thấy bảng tiêu chí: cần một hàng tiêu đề có các cột "STT/Mã", "Nội dung tiêu chí", "Điểm chuẩn", "Cách chấm"',
    ]);
    expect(await errorsOf(Buffer.from('không phải excel'))).toEqual([
      'Tệp: không phải tệp Excel (.xlsx) đọc được',
    ]);
  });

  it('round trip: any valid ruleset → sheet → the same ruleset', async () => {
    await fc.assert(
      fc.asyncProperty(rulesetArbitrary(), async (ruleset) => {
        const bytes = await writeCriteriaSheet({ ruleset, creator: 'test' });
        const result = await readCriteriaImport(bytes, { base: { ...ruleset, groups: [] } });
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.ruleset).toEqual(ruleset);
      }),
      { numRuns: 40 },
    );
  });
});

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const words = fc
  .array(
    fc.constantFrom('Công', 'tác', 'thi đua', 'Đảng', 'ngân sách', 'an ninh', '100%', '"x"', '(a)', 'đạt'),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((w) => w.join(' '));
/** Points as typed: at most two decimals, above 0. */
const points = fc.integer({ min: 1, max: 50000 }).map((n) => n / 100);

type Leaf = Omit<CriterionInput, 'code'>;
const leaf: fc.Arbitrary<Leaf> = fc.oneof(
  fc.record({
    name: words,
    points,
    kind: fc.constant('quantitative' as const),
    direction: fc.option(fc.constantFrom('increase' as const, 'decrease' as const), { nil: undefined }),
    overPlanBonus: fc.option(
      fc.record({
        per: fc.constantFrom('percentOfPoints' as const, 'points' as const),
        amount: fc.constantFrom(1, 0.5),
        capPercentOfPoints: fc.constant(10),
      }),
      { nil: undefined },
    ),
    unit: fc.option(fc.constantFrom('%', 'tỷ đồng'), { nil: undefined }),
  }),
  fc.record({ name: words, points, kind: fc.constantFrom('qualitative' as const, 'yesno' as const) }),
  fc.record({
    name: words,
    points: fc.constant(10),
    kind: fc.constant('rating' as const),
    options: fc.constant({ 'Hoàn thành xuất sắc': 10, 'Hoàn thành tốt': 8.5, Khá: 0 }),
    description: fc.option(words, { nil: undefined }),
  }),
  fc.record({
    name: words,
    points: fc.constant(20),
    kind: fc.constant('bands' as const),
    bands: fc.constant<Band[]>([
      { min: 90, points: 20 },
      { min: 50, maxExclusive: true, max: 90, points: 10 },
    ]),
  }),
);

/** Exact sum of points with two decimals. */
const total = (items: readonly { points: number }[]) =>
  items.reduce((t, c) => t + Math.round(c.points * 100), 0) / 100;

/** Removes keys whose value is undefined (what the sheet gives back has none). */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function rulesetArbitrary(): fc.Arbitrary<Ruleset> {
  const criterion = (code: string, depth: number): fc.Arbitrary<CriterionInput> =>
    depth > 0
      ? fc.oneof(
          leaf.map((l) => clean({ code, ...l })),
          fc
            .array(fc.constant(null), { minLength: 1, maxLength: 3 })
            .chain((slots) =>
              fc.tuple(words, ...slots.map((_, i) => criterion(`${code}.${i + 1}`, depth - 1))),
            )
            .map(([name, ...children]) => ({
              code,
              name,
              points: total(children),
              children,
            })),
        )
      : leaf.map((l) => clean({ code, ...l }));
  const group = (g: number) =>
    fc
      .array(fc.constant(null), { minLength: 0, maxLength: 4 })
      .chain((slots) =>
        fc.tuple(
          words,
          fc.integer({ min: 0, max: 100 }),
          fc.option(fc.constantFrom(30, null), { nil: undefined }),
          ...slots.map((_, i) => criterion(`${ROMAN[g]}.${i + 1}`, 2)),
        ),
      )
      .map(([name, room, cap, ...criteria]) =>
        clean({
          code: ROMAN[g]!,
          name,
          maxPoints: total([...criteria, { points: room }]),
          overPlanBonusCap: cap,
          criteria,
        }),
      );
  return fc
    .tuple(
      words,
      fc.option(fc.constantFrom(1000, 100), { nil: null }),
      fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, g) => group(g)))),
      fc.array(fc.record({ name: words, max: points }), { maxLength: 2 }),
      fc.array(
        fc.oneof(
          fc.record({ name: words, pointsEach: points }),
          fc.record({
            name: words,
            tiers: fc.constant<NonNullable<DeductionItem['tiers']>>([
              { upTo: 10, pointsEach: 0.3 },
              { pointsEach: 0.2 },
            ]),
            cap: points,
          }),
        ),
        { maxLength: 2 },
      ),
      fc.option(fc.constant<Award[]>([{ code: 'CO', name: 'Cờ thi đua', minScore: 95 }]), { nil: undefined }),
    )
    .map(([name, maxTotal, groups, bonus, deductions, awards]) =>
      clean({
        name,
        maxTotal,
        groups,
        bonusItems: bonus.length > 0 ? bonus.map((b, i) => ({ code: `T${i + 1}`, ...b })) : undefined,
        deductionItems:
          deductions.length > 0 ? deductions.map((d, i) => ({ code: `D${i + 1}`, ...d })) : undefined,
        awards,
      }),
    );
}
