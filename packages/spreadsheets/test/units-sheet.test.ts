import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readUnitsImport, type UnitsRead, type UnitsTemplateInput, writeUnitsTemplate } from '../src/index';
import { openWorkbook } from './sample';

const COUNCIL = '44444444-4444-4444-8444-444444444444';

function sample(): UnitsTemplateInput {
  return {
    creator: 'thidua',
    title: 'Danh sách đơn vị',
    notes: ['Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà'],
    councilId: COUNCIL,
    units: [
      {
        id: '11111111-1111-4111-8111-111111111111',
        version: 3,
        code: 'phuong-hoa-binh',
        name: 'Phường Hòa Bình',
        type: 'ward',
        calendar: 'calendarYear',
        schoolLevel: null,
        parentBody: 'Ủy ban nhân dân tỉnh Hải Hà',
        active: true,
      },
      {
        id: '22222222-2222-4222-8222-222222222222',
        version: 1,
        code: 'thpt-le-loi',
        name: 'Trường THPT Lê Lợi',
        type: 'school',
        calendar: 'schoolYear',
        schoolLevel: 'THPT',
        parentBody: null,
        active: false,
      },
    ],
  };
}

async function edit(bytes: Buffer, cells: Record<string, ExcelJS.CellValue>): Promise<Buffer> {
  const workbook = await openWorkbook(bytes);
  const sheet = workbook.getWorksheet('Đơn vị')!;
  for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function read(bytes: Buffer): Promise<UnitsRead> {
  const result = await readUnitsImport(bytes);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  return result.units;
}

async function errorsOf(bytes: Buffer): Promise<string[]> {
  const result = await readUnitsImport(bytes);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((e) => `${e.cell}: ${e.message}`);
}

describe('units template', () => {
  it('reads back unchanged: each unit with its state, no new rows', async () => {
    const parsed = await read(await writeUnitsTemplate(sample()));
    expect(parsed.councilId).toBe(COUNCIL);
    expect(parsed.rows).toHaveLength(2);
    const [first, second] = parsed.rows;
    expect(first).toMatchObject({
      row: 5,
      existing: { id: '11111111-1111-4111-8111-111111111111', version: 3, code: 'phuong-hoa-binh' },
      values: {
        code: 'phuong-hoa-binh',
        name: 'Phường Hòa Bình',
        type: 'ward',
        calendar: 'calendarYear',
        schoolLevel: null,
        parentBody: 'Ủy ban nhân dân tỉnh Hải Hà',
        active: true,
      },
      cells: { code: 'Đơn vị!C5', name: 'Đơn vị!D5', type: 'Đơn vị!E5', parentBody: 'Đơn vị!H5' },
    });
    expect(second?.values).toMatchObject({
      type: 'school',
      calendar: 'schoolYear',
      schoolLevel: 'THPT',
      parentBody: null,
      active: false,
    });
  });

  it('locks the codes of downloaded units and offers the unit types as a list', async () => {
    const workbook = await openWorkbook(await writeUnitsTemplate(sample()));
    const sheet = workbook.getWorksheet('Đơn vị')!;
    expect(sheet.getCell('C5').protection?.locked).not.toBe(false);
    expect(sheet.getCell('D5').protection?.locked).toBe(false);
    expect(sheet.getCell('E5').value).toBe('Phường');
    const validation = sheet.getCell('E9').dataValidation;
    expect(validation?.type).toBe('list');
    expect(validation?.formulae?.[0]).toContain('Sở, ban, ngành');
  });

  it('reads a new row typed below, with the type by its Vietnamese name', async () => {
    const parsed = await read(
      await edit(await writeUnitsTemplate(sample()), {
        C7: 'xa-dong-hung',
        D7: '  Xã Đông Hưng ',
        E7: 'xã',
        H7: ' Ủy ban nhân dân tỉnh Hải Hà ',
      }),
    );
    expect(parsed.rows[2]).toEqual({
      row: 7,
      existing: null,
      values: {
        code: 'xa-dong-hung',
        name: 'Xã Đông Hưng',
        type: 'commune',
        schoolLevel: null,
        parentBody: 'Ủy ban nhân dân tỉnh Hải Hà',
      },
      cells: expect.objectContaining({ code: 'Đơn vị!C7' }) as unknown,
    });
  });

  it('names each bad cell: blank name, unknown type, duplicate code, altered locked code, bad yes/no', async () => {
    const errors = await errorsOf(
      await edit(await writeUnitsTemplate(sample()), {
        C6: 'thpt-khac',
        I5: 'có lẽ',
        C7: 'xa-a',
        E7: 'Làng',
        C8: 'xa-a',
        D8: 'Xã A',
        E8: 'Xã',
        F8: 'Năm âm lịch',
      }),
    );
    expect(errors).toEqual([
      'Đơn vị!I5: "có lẽ" không hợp lệ: chọn "Có" hoặc "Không"',
      'Đơn vị!C6: ô được khoá đã bị sửa (mã đơn vị phải là "thpt-le-loi")',
      'Đơn vị!D7: chưa nhập tên đơn vị',
      expect.stringMatching(
        /^Đơn vị!E7: "Làng" không phải loại đơn vị; chọn một trong: Phường, Xã,/,
      ) as unknown,
      'Đơn vị!C8: mã "xa-a" trùng với hàng 7 của tệp',
      'Đơn vị!F8: "Năm âm lịch" không hợp lệ; chọn "Năm dương lịch" hoặc "Năm học"',
    ]);
  });

  it('refuses a workbook that is not the template', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Đơn vị').getCell('A1').value = 'x';
    const errors = await errorsOf(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(errors[0]).toMatch(/^Tệp: tệp không phải mẫu danh sách đơn vị/);
    expect(await errorsOf(Buffer.from('not a zip'))).toEqual([
      'Tệp: không đọc được tệp: tệp phải là bảng tính Excel (.xlsx)',
    ]);
  });
});
