import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readScoreImport, type ScoreImport, writeScoreTemplate } from '../src/index';
import { openWorkbook, sampleTemplate } from './sample';

async function edit(bytes: Buffer, change: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = await openWorkbook(bytes);
  change(workbook.getWorksheet('Bảng điểm')!);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function read(bytes: Buffer): Promise<ScoreImport> {
  const result = await readScoreImport(bytes);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  return result.import;
}

describe('score template', () => {
  it('reads back unchanged: every writable cell, none edited, originals kept', async () => {
    const parsed = await read(await writeScoreTemplate(sampleTemplate()));
    expect(parsed.layer).toBe('self');
    expect(parsed.units.map((u) => u.code)).toEqual(['P01', 'P02', 'P03']);
    expect(parsed.cells).toHaveLength(14);
    expect(parsed.cells.filter((c) => c.edited)).toEqual([]);
    const first = parsed.cells.find((c) => c.criterionCode === 'I.1' && c.unitName === 'Phường Hòa Bình')!;
    expect(first).toMatchObject({
      version: 3,
      values: { plan: 100, actual: 113.5 },
      cells: { plan: 'Bảng điểm!F7', actual: 'Bảng điểm!G7' },
    });
  });

  it('protects the sheet and unlocks exactly the writable cells', async () => {
    const workbook = await openWorkbook(await writeScoreTemplate(sampleTemplate()));
    const sheet = workbook.getWorksheet('Bảng điểm')!;
    expect((sheet as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sheet.getCell('F7').protection?.locked).toBe(false);
    expect(sheet.getCell('E7').protection?.locked).not.toBe(false);
    expect(sheet.getCell('K9').protection?.locked).not.toBe(false); // P03's III.2 is not theirs
    expect(sheet.getCell('K8').protection?.locked).toBe(false);
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(workbook.getWorksheet('Thông tin mẫu')!.state).toBe('hidden');
    expect(sheet.getCell('J7').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"HTXSNV,HTTNV,HTNV"'],
    });
  });

  it('names each bad cell: text in numbers, an unknown yes/no, altered names and codes, locked cells, added rows', async () => {
    const bytes = await edit(await writeScoreTemplate(sampleTemplate()), (sheet) => {
      sheet.getCell('H8').value = 'nhiều';
      sheet.getCell('I8').value = '1.000,5';
      sheet.getCell('K8').value = 'có lẽ';
      sheet.getCell('E9').value = 'Phường Khác';
      sheet.getCell('F4').value = 'I.9';
      sheet.getCell('K9').value = 'Có';
      sheet.getCell('H10').value = 5;
    });
    const result = await readScoreImport(bytes);
    expect(result.ok).toBe(false);
    const cells = result.ok ? [] : result.errors.map((e) => e.cell);
    expect(cells.sort()).toEqual(
      [
        'Bảng điểm!H8',
        'Bảng điểm!I8',
        'Bảng điểm!K8',
        'Bảng điểm!E9',
        'Bảng điểm!F4',
        'Bảng điểm!K9',
        'Bảng điểm!H10',
      ].sort(),
    );
    const messages = result.ok ? [] : result.errors.map((e) => e.message).join('\n');
    expect(messages).toContain('"nhiều" không phải là số');
    expect(messages).toContain('ô được khoá đã bị sửa (mã tiêu chí phải là I.1)');
  });

  it('accepts a comma decimal typed as text and Vietnamese yes/no words', async () => {
    const bytes = await edit(await writeScoreTemplate(sampleTemplate()), (sheet) => {
      sheet.getCell('H8').value = '12,75';
      sheet.getCell('K8').value = 'không';
    });
    const parsed = await read(bytes);
    const edited = parsed.cells.filter((c) => c.edited);
    expect(edited.map((c) => [c.criterionCode, c.values])).toEqual([
      ['II.2', { points: 12.75 }],
      ['III.2', { done: false }],
    ]);
  });

  it('refuses a workbook that is not one of our templates, and bytes that are not a workbook', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['Đơn vị', 'Điểm']);
    const result = await readScoreImport(Buffer.from(await other.xlsx.writeBuffer()));
    expect(result.ok ? '' : result.errors[0]!.message).toContain('không phải mẫu nhập điểm');
    const garbage = await readScoreImport(Buffer.from('không phải tệp excel'));
    expect(garbage.ok ? '' : garbage.errors[0]!.message).toContain('không đọc được tệp');
  });

  // Found by the 2,000-unit benchmark: exceljs's streaming reader decoded each chunk on its own, so a
  // Vietnamese letter straddling two chunks came back as U+FFFD ("Kh��ng") and the cell was refused.
  it('reads every Vietnamese letter of a large sheet, whatever the chunk boundaries', async () => {
    const criteria = Array.from({ length: 40 }, (_, i) => ({
      code: `C.${i + 1}`,
      name: `Tiêu chí hoàn thành số ${i + 1}`,
      points: 5,
      kind: 'yesno' as const,
    }));
    const rows = Array.from({ length: 1000 }, (_, u) => ({
      unit: {
        id: `00000000-0000-4000-8000-${String(u).padStart(12, '0')}`,
        code: `dv-${u}`,
        name: `Phường Hòa Bình số ${u}`,
      },
      cells: criteria.map((_, i) => ({ version: 1, writable: true, original: { done: (u + i) % 3 === 0 } })),
    }));
    const result = await readScoreImport(await writeScoreTemplate({ ...sampleTemplate(), criteria, rows }));
    if (!result.ok)
      throw new Error(
        result.errors
          .slice(0, 3)
          .map((e) => `${e.cell}: ${e.message}`)
          .join('\n'),
      );
    expect(result.import.cells).toHaveLength(40_000);
    expect(result.import.cells.filter((c) => c.edited)).toEqual([]);
  }, 120_000);

  // Property: random edits of writable cells come back as exactly those edits, and nothing else.
  it('changes exactly the edited cells (random edits)', async () => {
    const template = await writeScoreTemplate(sampleTemplate());
    const editable = [
      ['F', 'plan'],
      ['G', 'actual'],
      ['H', 'points'],
      ['I', 'value'],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({
            row: fc.integer({ min: 7, max: 9 }),
            column: fc.integer({ min: 0, max: editable.length - 1 }),
            value: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
          }),
          { selector: (e) => `${e.row}:${e.column}`, maxLength: 6 },
        ),
        async (edits) => {
          const bytes = await edit(template, (sheet) => {
            for (const e of edits) sheet.getCell(`${editable[e.column]![0]}${e.row}`).value = e.value;
          });
          const parsed = await read(bytes);
          const expected = new Map<string, number>();
          for (const e of edits) {
            const original = e.row === 7 ? ([100, 113.5, 82.5, undefined] as const)[e.column] : undefined;
            if (original !== e.value) expected.set(`Bảng điểm!${editable[e.column]![0]}${e.row}`, e.value);
          }
          const got = new Map<string, unknown>();
          for (const cell of parsed.cells.filter((c) => c.edited)) {
            for (const [field, ref] of Object.entries(cell.cells)) {
              const value = cell.values[field as keyof typeof cell.values];
              if (value !== cell.original[field as keyof typeof cell.original]) got.set(ref, value);
            }
          }
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
