import { describe, expect, it } from 'vitest';
import { readScoreImport, writeScoreTemplate, writeTables } from '../src/index';
import { csvSheetsWithLibreOffice, resaveWithLibreOffice } from './libreoffice';
import { openWorkbook, sampleTemplate } from './sample';

describe('LibreOffice as a real client', () => {
  it('imports a template that LibreOffice opened and saved again, with an edit made after', async () => {
    const resaved = resaveWithLibreOffice(await writeScoreTemplate(sampleTemplate()));
    const unchanged = await readScoreImport(resaved);
    if (!unchanged.ok) throw new Error(JSON.stringify(unchanged.errors));
    expect(unchanged.import.cells).toHaveLength(14);
    expect(unchanged.import.cells.filter((c) => c.edited)).toEqual([]);
    expect(unchanged.import.clusterId).toBe('44444444-4444-4444-8444-444444444444');

    const workbook = await openWorkbook(resaved);
    workbook.getWorksheet('Bảng điểm')!.getCell('H8').value = 64.25;
    const edited = await readScoreImport(Buffer.from(await workbook.xlsx.writeBuffer()));
    if (!edited.ok) throw new Error(JSON.stringify(edited.errors));
    expect(
      edited.import.cells.filter((c) => c.edited).map((c) => [c.unitName, c.criterionCode, c.values]),
    ).toEqual([['Xã Đông Hưng', 'II.2', { points: 64.25 }]]);
  }, 120_000);

  it('reads an export as CSV with the values written', async () => {
    const bytes = await writeTables(
      { issuer: 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà', creator: 'thidua' },
      [
        {
          name: 'Kết quả',
          title: 'Bảng tổng hợp',
          subtitle: ['Cụm thi đua số 1'],
          columns: [
            { header: 'Đơn vị', kind: 'text' },
            { header: 'Điểm', kind: 'number' },
            { header: 'Ngày', kind: 'date' },
          ],
          rows: [
            ['Phường Hòa Bình', 996.4, new Date(Date.UTC(2026, 1, 5))],
            ['Xã Đông Hưng', 1000, null],
          ],
        },
      ],
    );
    const csv = csvSheetsWithLibreOffice(bytes, ['Kết quả']).get('Kết quả')!;
    expect(csv[0]![0]).toBe('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH HẢI HÀ');
    const header = csv.findIndex((r) => r[0] === 'Đơn vị');
    expect(csv.slice(header + 1, header + 3)).toEqual([
      ['Phường Hòa Bình', '996.4', '05/02/2026'],
      ['Xã Đông Hưng', '1000', ''],
    ]);
  }, 120_000);
});
