import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readDeadline, readTasksImport, type TasksRead, writeTasksTemplate } from '../src/index';
import { openWorkbook } from './sample';

const PLAN = '66666666-6666-4666-8666-666666666666';

const template = () =>
  writeTasksTemplate({ creator: 'thidua', title: 'Nhiệm vụ', notes: ['Kế hoạch 28/KH-UBND'], planId: PLAN });

async function fill(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = await openWorkbook(await template());
  const sheet = workbook.getWorksheet('Nhiệm vụ')!;
  rows.forEach((values, i) => values.forEach((v, c) => (sheet.getCell(5 + i, 2 + c).value = v)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function read(bytes: Buffer): Promise<TasksRead> {
  const result = await readTasksImport(bytes);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.cell}: ${e.message}`).join('\n'));
  return result.tasks;
}

describe('plan tasks template', () => {
  it('reads the appendix rows: section headings, units by name, the time in each of its forms', async () => {
    const parsed = await read(
      await fill([
        ['I', 'Quý I'],
        [
          '1.',
          'Tổ chức Hội nghị tổng kết',
          'Hội đồng TĐKT quận',
          'phong-noi-vu',
          null,
          'Phường 3; Xã An Lạc',
          'Các đơn vị liên quan',
          'Trước ngày 15/02/2026',
          'Đã thực hiện',
        ],
        [
          '2',
          'Xây dựng kế hoạch',
          null,
          null,
          'Các đơn vị thuộc quận',
          null,
          null,
          new Date(Date.UTC(2026, 0, 30)),
        ],
        ['V', 'Nội dung nhiệm vụ thường xuyên'],
        [3, 'Họp Hội đồng', null, null, null, null, null, 'Hàng quý'],
        [4, 'Báo cáo tháng', null, null, null, null, null, 'Tháng 3/2026'],
      ]),
    );
    expect(parsed.planId).toBe(PLAN);
    expect(parsed.tasks.map((t) => [t.row, t.section, t.quarter, t.content, t.deadline])).toEqual([
      [6, 'I', 1, 'Tổ chức Hội nghị tổng kết', { deadlineKind: 'date', dueOn: '2026-02-15' }],
      [7, 'I', 1, 'Xây dựng kế hoạch', { deadlineKind: 'date', dueOn: '2026-01-30' }],
      [9, 'V', null, 'Họp Hội đồng', { deadlineKind: 'recurring', recurrence: 'quarterly' }],
      [10, 'V', null, 'Báo cáo tháng', { deadlineKind: 'month', dueMonth: '2026-03' }],
    ]);
    expect(parsed.tasks[0]).toMatchObject({
      lead: 'Hội đồng TĐKT quận',
      executing: ['phong-noi-vu'],
      coordinating: ['Phường 3', 'Xã An Lạc'],
      coordinatingBodies: 'Các đơn vị liên quan',
      deadlineNote: 'Đã thực hiện',
      cells: { content: 'Nhiệm vụ!C6', executing: 'Nhiệm vụ!E6', deadline: 'Nhiệm vụ!I6' },
    });
    expect(parsed.tasks[1]).toMatchObject({ executing: [], executingBody: 'Các đơn vị thuộc quận' });
  });

  it('names each bad cell: no content, a time it cannot read, a date that does not exist', async () => {
    const result = await readTasksImport(
      await fill([
        [1, null, null, null, null, null, null, 'Hàng tháng'],
        [2, 'Việc A', null, null, null, null, null, 'Theo tiến độ của Hướng dẫn tổng kết'],
        [3, 'Việc B', null, null, null, null, null, '30/02/2026'],
        [4, 'Việc C'],
      ]),
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors.map((e) => `${e.cell}: ${e.message}`);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toBe('Nhiệm vụ!C5: chưa nhập nội dung thực hiện');
    expect(errors[1]).toMatch(
      /^Nhiệm vụ!I6: "Theo tiến độ của Hướng dẫn tổng kết" không đọc được thành thời gian/,
    );
    expect(errors[2]).toBe('Nhiệm vụ!I7: "30/02/2026" không phải ngày có thật');
    expect(errors[3]).toMatch(/^Nhiệm vụ!I8: chưa nhập thời gian thực hiện/);
  });

  it('refuses a template with no task', async () => {
    const result = await readTasksImport(await template());
    expect(result).toEqual({
      ok: false,
      errors: [{ cell: 'Nhiệm vụ', message: 'tệp chưa có nhiệm vụ nào' }],
    });
  });

  it('reads the recurrences by their Vietnamese names', () => {
    expect(readDeadline('Thường xuyên')).toEqual({
      ok: true,
      value: { deadlineKind: 'recurring', recurrence: 'continuous' },
    });
    expect(readDeadline('theo tiến độ cấp trên')).toEqual({
      ok: true,
      value: { deadlineKind: 'recurring', recurrence: 'higherSchedule' },
    });
    expect(readDeadline('13/2026')).toEqual({ ok: false, message: '"13/2026": tháng phải từ 1 đến 12' });
  });
});
