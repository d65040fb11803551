import { readFileSync } from 'node:fs';
import type { Page as BrowserPage, Locator } from '@playwright/test';
import ExcelJS from 'exceljs';
import { STANDING_OFFICE } from './support/accounts';
import { expect, test } from './support/fixtures';
import { choose } from './support/organisation';
import { type Period, switchUser, UserApi, vietnamese } from './support/review';

// Issue #13 §1 in the browser: the "Xuất Excel" of the ranking and proposals, registrations, plan tasks
// and dossiers screens, each file read with a spreadsheet library: its header row, and its first row
// equal to what the screen shows. The demo's own years are only read; the plan and the dossier batch
// are made in a period of 2091 (this spec's own year).

const YEAR = 2091;

interface Table {
  name: string;
  header: string[];
  rows: string[][];
}

/** The text of a cell as the sheet shows it (numbers as they are stored, without a format). */
function textOf(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return cell.text;
}

/** Clicks the export button and reads the downloaded file's sheet: the rows under the header row starting with `first`. */
async function exported(
  page: BrowserPage,
  button: Locator,
  sheetName: string,
  first: string,
): Promise<Table> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const file = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName);
  expect(sheet, `the sheet ${sheetName}`).toBeDefined();
  const lines: string[][] = [];
  sheet!.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet!.columnCount; c++) cells.push(textOf(row.getCell(c)));
    lines[row.number - 1] = cells;
  });
  const at = lines.findIndex((line) => line?.[0] === first);
  expect(at, `the header row "${first}"`).toBeGreaterThan(0);
  // Table rows (a note under a table fills its first cell only).
  const rows = lines
    .slice(at + 1)
    .filter((line): line is string[] => Boolean(line?.[0]) && line.slice(1).some((c) => c !== ''));
  return { name: file.suggestedFilename(), header: lines[at]!, rows };
}

/** The cells of a table row as the screen shows them. */
async function cellsOf(row: Locator): Promise<string[]> {
  return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

test('every list exports from its screen: ranking and proposals, registrations, plan tasks, dossiers', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const office = await UserApi.signIn(request, STANDING_OFFICE);
  const councilId = await office.councilId();
  // The demo's own years (other specs make periods of years from 2040 on).
  const periods = (await office.get<{ items: Period[] }>(`/councils/${councilId}/periods`)).items.filter(
    (p) => p.year < 2040,
  );
  const clustersOf = async (periodId: string) =>
    (await office.get<{ items: { id: string; name: string }[] }>(`/periods/${periodId}/clusters`)).items;
  await switchUser(page, STANDING_OFFICE);

  await test.step('ranking and proposals of a closed year of the demo', async () => {
    let found: { period: Period; cluster: { id: string; name: string } } | undefined;
    for (const period of periods.filter((p) => p.stage === 'archived')) {
      for (const cluster of await clustersOf(period.id)) {
        const proposals = await office.get<{ total: number }>(`/clusters/${cluster.id}/proposals`);
        if (proposals.total > 0) found ??= { period, cluster };
      }
    }
    expect(found, 'a demo cluster with proposals').toBeDefined();
    const { period, cluster } = found!;
    await page.goto(`/hoi-dong/${councilId}/de-nghi-khen-thuong?ky=${period.id}&cum=${cluster.id}`);
    const caption = `Đề nghị khen thưởng — ${cluster.name}, ${period.name}`;
    await expect(page.getByRole('heading', { name: caption })).toBeVisible();
    const firstRow = page.getByRole('table', { name: caption }).locator('tbody tr.ant-table-row').first();
    await expect(firstRow).toBeVisible();
    const shown = await cellsOf(firstRow);
    const ranking = await exported(
      page,
      page.getByRole('button', { name: `Xuất Excel ${caption}` }),
      'Xếp hạng',
      'Xếp hạng',
    );
    expect(ranking.name).toBe(`Xếp hạng và đề nghị khen thưởng - ${cluster.name} - ${period.name}.xlsx`);
    expect(ranking.header).toEqual([
      'Xếp hạng',
      'Mã đơn vị',
      'Tên đơn vị',
      'Điểm cuối cùng',
      'Kết quả',
      'Số liệu',
      'Tình trạng',
      'Khen thưởng theo kết quả',
      'Đề nghị khen thưởng',
    ]);
    const row = ranking.rows[0]!;
    // The screen: rank, unit, final (Vietnamese decimals), award by the result, data, proposal.
    expect([row[0], row[2], vietnamese(Number(row[3]))]).toEqual([shown[0], shown[1], shown[2]]);
    expect(shown[3]).toContain(row[7]!.replace(' (đã hạ một mức)', ''));
    expect(shown[4]).toContain(row[5]!.startsWith('Đủ') ? 'Đủ số liệu' : 'Chưa đủ số liệu');
    for (const proposal of row[8]!.split('; ')) expect(shown[5]).toContain(proposal.split(': ')[1]!);
  });

  await test.step('registrations of Cụm 1 this year', async () => {
    const current = periods.find((p) => p.stage !== 'archived' && p.calendar === 'calendarYear')!;
    const cluster = (await clustersOf(current.id))[0]!;
    await page.goto(`/hoi-dong/${councilId}/dang-ky?ky=${current.id}&cum=${cluster.id}`);
    const caption = `Tình hình đăng ký thi đua — ${cluster.name}`;
    const firstRow = page.getByRole('table', { name: caption }).locator('tbody tr.ant-table-row').first();
    await expect(firstRow).toBeVisible();
    const shown = await cellsOf(firstRow);
    const registrations = await exported(
      page,
      page.getByRole('button', { name: `Xuất Excel ${caption}` }),
      'Đăng ký thi đua',
      'STT',
    );
    expect(registrations.header).toEqual([
      'STT',
      'Mã đơn vị',
      'Đơn vị',
      'Vị trí trong cụm, khối',
      'Tình trạng đăng ký',
      'Ngày gửi',
      'Danh hiệu, hình thức đăng ký',
      'Ký giao ước',
      'Ngày ký giao ước',
      'Số văn bản giao ước',
    ]);
    const row = registrations.rows[0]!;
    // The screen: unit, seat, status, submitted on (dd/mm/yyyy).
    expect([row[2], row[3], row[4]]).toEqual([shown[0], shown[1], shown[2]]);
    expect(registrations.rows).toHaveLength(
      await page.getByRole('table', { name: caption }).locator('tbody tr.ant-table-row').count(),
    );
  });

  const { tag, period } = await office.newPeriod<Period>(YEAR, 'xuất Excel');

  await test.step('the tasks of a plan, deadlines worded as the screen words them', async () => {
    const unitId = (await office.get<{ items: { id: string }[] }>(`/councils/${councilId}/units?pageSize=1`))
      .items[0]!.id;
    const title = `Kế hoạch năm ${YEAR} (${tag})`;
    const plan = await office.call<{ id: string }>('POST', `/periods/${period.id}/plans`, { title });
    const content = `Tổ chức Hội nghị ký giao ước thi đua ${tag}`;
    await office.call('POST', `/plans/${plan.id}/tasks`, {
      content,
      lead: 'Thường trực Hội đồng',
      executingUnitId: unitId,
      coordinatingBodies: 'Sở Nội vụ',
      deadlineKind: 'month',
      dueMonth: `${YEAR}-03`,
    });
    await page.goto(`/hoi-dong/${councilId}/ke-hoach`);
    await choose(page, page.getByLabel('Kỳ thi đua', { exact: true }), period.name, { search: false });
    await choose(page, page.getByLabel('Kế hoạch', { exact: true }), title, { search: false });
    const screenRow = page.getByRole('row').filter({ hasText: content });
    await expect(screenRow).toBeVisible();
    const shown = await cellsOf(screenRow);
    const tasks = await exported(
      page,
      page.getByRole('button', { name: `Xuất Excel danh mục nhiệm vụ — ${title}` }),
      'Danh mục nhiệm vụ',
      'STT',
    );
    expect(tasks.name).toBe(`Danh mục nhiệm vụ - ${title}.xlsx`);
    expect(tasks.header).toEqual([
      'STT',
      'Mục',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì, chỉ đạo',
      'Đơn vị thực hiện',
      'Đơn vị phối hợp',
      'Thời gian hoàn thành',
      'Ghi chú thời hạn',
      'Tình trạng',
      'Ngày hoàn thành',
      'Quá hạn (ngày)',
      'Minh chứng hoàn thành',
    ]);
    const row = tasks.rows[0]!;
    // The screen: content, lead, executing, coordinating, deadline, status.
    expect([row[2], row[3], row[4], row[5], row[6]]).toEqual(shown.slice(0, 5));
    expect(row[6]).toBe(`Tháng 03/${YEAR}`);
    expect(shown[5]).toContain(row[8]!);
  });

  await test.step('the dossiers of a batch, with their completeness', async () => {
    const unit = (
      await office.get<{ items: { id: string; name: string }[] }>(`/councils/${councilId}/units?pageSize=1`)
    ).items[0]!;
    const batch = await office.call<{ id: string }>('POST', `/periods/${period.id}/dossier-batches`, {
      name: `Đợt xuất Excel ${tag}`,
    });
    const candidate = `Nguyễn Văn Xuất ${tag}`;
    await office.call('POST', `/dossier-batches/${batch.id}/dossiers`, {
      unitId: unit.id,
      subject: 'individual',
      kind: 'chienSiThiDuaCoSo',
      level: 'local',
      candidateName: candidate,
    });
    await page.goto(`/hoi-dong/${councilId}/ho-so-khen-thuong`);
    await choose(page, page.getByLabel('Kỳ thi đua', { exact: true }), period.name, { search: false });
    const screenRow = page.getByRole('row').filter({ hasText: candidate });
    await expect(screenRow).toContainText('Thiếu 3 thành phần');
    const shown = await cellsOf(screenRow);
    const dossiers = await exported(
      page,
      page.getByRole('button', { name: `Xuất Excel Hồ sơ đề nghị khen thưởng — Đợt xuất Excel ${tag}` }),
      'Hồ sơ đề nghị khen thưởng',
      'STT',
    );
    expect(dossiers.header).toEqual([
      'STT',
      'Tập thể, cá nhân',
      'Đối tượng',
      'Đơn vị',
      'Hình thức',
      'Danh hiệu, hình thức đề nghị',
      'Cấp',
      'Ngày nộp',
      'Thành phần hồ sơ',
      'Thẩm định',
      'Ngày thẩm định',
      'Lý do trả lại',
      'Chưa được đề nghị vì',
    ]);
    const row = dossiers.rows[0]!;
    // The screen: candidate (and subject), unit, kind, level, components, appraisal.
    expect(shown[0]).toContain(row[1]!);
    expect(shown[0]).toContain(row[2]!);
    expect([row[3], row[4], row[6]]).toEqual([shown[1], shown[2], shown[3]]);
    expect(shown[4]).toContain(row[8]!);
    expect(row[8]).toBe('Thiếu 3 thành phần');
    expect(shown[5]).toContain(row[9]!);
  });
});
