import type { DecisionView as Decision } from '@thidua/contracts/awards';
import type { PeriodView as Period } from '@thidua/contracts/periods';
import type { ClusterView as Cluster } from '@thidua/contracts/periods-clusters';
import type { RegistrationView as Registration } from '@thidua/contracts/registrations';
import type { ResultDocument as Results } from '@thidua/engine';
import { awardName } from '@thidua/vocabulary';
import { PERIOD_PLANS } from '../apps/server/src/demo/periods-plan';
import type { Page as BrowserPage } from '@playwright/test';
import { Api, type Page as ApiPage } from './support/api';
import { STANDING_OFFICE } from './support/accounts';
import { pdfSignature, scratchDir, testCertificate } from '../packages/documents/test/clients';
import { DocumentDownloads, downloadFrom, pdfBytesText, unzip } from './support/documents';
import { expect, test } from './support/fixtures';
import { type Sheet, vietnamese } from './support/scoring';
import { switchUser } from './support/year-walk';

// Issue #12: every "Tải về Word / PDF" button of the demo, clicked in the browser. Each file is checked
// for its Vietnamese name and content type and opened by a real program — poppler's pdftotext for the
// PDF, LibreOffice (headless, converting to PDF) for the Word file — and must say what the API says
// (units, finals of `/results`, proposals, votes). The demo is only read; the one plan written goes to
// a year of this spec's own (2071).

interface Proposal {
  id: string;
  clusterId: string | null;
  unitName: string;
  awardCode: string;
  finalScore: number;
  status: string;
  decision: { id: string } | null;
}

const PLAN_YEAR = 2071;
const closedYear = PERIOD_PLANS.find((p) => p.edition === 'last' && p.calendar === 'calendarYear')!;
const thisYear = PERIOD_PLANS.find((p) => p.edition === 'current' && p.calendar === 'calendarYear')!;
const HEADER = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';

/** The demo council, its period of that name and the period's clusters, as `api` sees them. */
async function demoPeriod(api: Api, name: string) {
  const council = await api.firstCouncil();
  const { items } = await api.get<ApiPage<Period>>(`/councils/${council.id}/periods?pageSize=500`);
  const period = items.find((p) => p.name === name);
  expect(period, `the demo's period ${name}`).toBeDefined();
  const clusters = await api.get<ApiPage<Cluster>>(`/periods/${period!.id}/clusters?pageSize=100`);
  return { councilId: council.id, period: period!, clusters: clusters.items };
}

/** Signs in as the standing office through the page; its API client and the demo's closed year. */
async function officeOnClosedYear(page: BrowserPage) {
  await switchUser(page, STANDING_OFFICE);
  const api = await Api.current(page.request);
  return { api, ...(await demoPeriod(api, closedYear.name)) };
}

test('the standing office downloads the closed year’s score table and award paperwork from the ranking screen, each as /results and the proposals say', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { api, councilId, period, clusters } = await officeOnClosedYear(page);
  const proposals = (
    await api.get<ApiPage<Proposal>>(`/periods/${period.id}/proposals?pageSize=200`)
  ).items.filter((p) => p.status === 'proposed' || p.status === 'approved');
  const ofClusters = proposals.filter((p) => p.clusterId !== null);
  const ofCouncil = proposals.filter((p) => p.clusterId === null);
  expect(ofClusters.length).toBeGreaterThan(3);
  expect(ofCouncil.length).toBeGreaterThan(0);
  const cluster = clusters.find((c) => ofClusters.some((p) => p.clusterId === c.id))!;
  const results = await api.get<Results>(`/clusters/${cluster.id}/results`);
  const { items: decisions } = await api.get<ApiPage<Decision>>(`/periods/${period.id}/decisions`);
  expect(decisions.length).toBeGreaterThan(0);

  await page.goto(`/hoi-dong/${councilId}/xep-hang?ky=${period.id}&cum=${cluster.id}`);
  const caption = `Bảng xếp hạng ${cluster.name} — ${period.name}`;
  await expect(page.getByRole('heading', { name: caption })).toBeVisible();
  const docs = new DocumentDownloads(page);

  // The score table: every unit with its final exactly as /results gives it.
  await docs.both({
    title: caption,
    fileName: `Bảng tổng hợp kết quả chấm điểm, xếp hạng - ${cluster.name} - ${period.year}`,
    texts: [HEADER, ...results.units.flatMap((u) => [u.name, vietnamese(u.final)])],
  });

  const panel = page.getByRole('region', { name: 'Hồ sơ đề nghị khen thưởng của kỳ' });
  await expect(panel).toBeVisible();
  const proposed = ofClusters.flatMap((p) => [p.unitName, `Tổng điểm ${vietnamese(p.finalScore)}`]);
  await docs.both(
    {
      title: 'Tờ trình đề nghị khen thưởng (kèm danh sách trích ngang)',
      fileName: `Tờ trình đề nghị khen thưởng - ${period.name}`,
      texts: ['TỜ TRÌNH', 'Nghị định số 152/2025/NĐ-CP', 'DANH SÁCH TRÍCH NGANG', ...proposed],
    },
    panel,
  );
  await docs.both(
    {
      title: 'Danh sách trích ngang các tập thể đề nghị',
      fileName: `Danh sách trích ngang đề nghị khen thưởng - ${period.name}`,
      texts: ['DANH SÁCH', ...ofClusters.map((p) => p.unitName)],
    },
    panel,
  );
  await docs.both(
    {
      title: 'Tờ trình đề nghị khen thưởng cấp Nhà nước',
      fileName: `Tờ trình đề nghị khen thưởng - ${period.name} - cấp Nhà nước`,
      texts: [
        'Kính gửi: Thủ tướng Chính phủ',
        ...ofCouncil.flatMap((p) => [p.unitName, awardName(p.awardCode)]),
      ],
    },
    panel,
  );

  // Each decision's draft with its annexed list: the collectives it approved, with their finals.
  for (const decision of decisions) {
    const approved = proposals.filter((p) => p.decision?.id === decision.id);
    expect(approved.length).toBeGreaterThan(0);
    await docs.both(
      {
        title: `Dự thảo Quyết định số ${decision.number}`,
        fileName: `Quyết định (dự thảo) ${decision.number.replace(/\//g, '-')} - ${period.name}`,
        texts: ['QUYẾT ĐỊNH', 'Điều 1.', ...approved.flatMap((p) => [p.unitName, vietnamese(p.finalScore)])],
      },
      panel,
    );
  }

  // The achievement report of one collective of the cluster and of the council's state-level nominee.
  for (const p of [ofClusters.find((q) => q.clusterId === cluster.id)!, ofCouncil[0]!]) {
    const award = awardName(p.awardCode);
    await docs.both(
      {
        title: `Báo cáo thành tích của ${p.unitName} (đề nghị ${award})`,
        fileName: `Báo cáo thành tích - ${p.unitName} - ${award} - ${period.year}`,
        texts: ['BÁO CÁO THÀNH TÍCH', p.unitName, `${vietnamese(p.finalScore)} điểm`],
      },
      panel,
    );
  }

  // The state-level dossier (Art. 33.12): one PDF of the whole dossier and the Word files of the tờ
  // trình and its list, in one .zip.
  const pack = await downloadFrom(page, panel.getByRole('button', { name: 'Tải gói hồ sơ (.zip)' }), 'ho-so');
  expect(pack.name).toBe(`Hồ sơ đề nghị khen thưởng cấp Nhà nước - ${period.name}.zip`);
  expect(pack.contentType).toBe('application/zip');
  const files = unzip(pack.file);
  const pdfName = Object.keys(files).find((n) => n.endsWith('.pdf'));
  expect(Object.keys(files).sort()).toEqual(
    [pdfName, 'Danh sách trích ngang.docx', 'Tờ trình đề nghị khen thưởng.docx'].sort(),
  );
  const dossier = pdfBytesText(files[pdfName!]!);
  for (const t of ['TỜ TRÌNH', 'DANH SÁCH', 'BÁO CÁO THÀNH TÍCH']) expect(dossier).toContain(t);
  for (const p of ofCouncil) expect(dossier).toContain(p.unitName);
  docs.addWordFile(files['Tờ trình đề nghị khen thưởng.docx']!, {
    title: 'gói hồ sơ: tờ trình',
    fileName: 'Tờ trình đề nghị khen thưởng',
    texts: ['TỜ TRÌNH', 'Kính gửi: Thủ tướng Chính phủ', ...ofCouncil.map((p) => p.unitName)],
  });
  docs.addWordFile(files['Danh sách trích ngang.docx']!, {
    title: 'gói hồ sơ: danh sách',
    fileName: 'Danh sách trích ngang',
    texts: ['DANH SÁCH', ...ofCouncil.map((p) => p.unitName)],
  });

  docs.checkWordFiles();
});

test('the standing office downloads the council’s reports from the period screen and a plan with its task appendix', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { api, councilId, period, clusters } = await officeOnClosedYear(page);
  const leaders: string[] = [];
  for (const cluster of clusters) {
    const [top] = (await api.get<Results>(`/clusters/${cluster.id}/results`)).units;
    // A leader's name may wrap in its narrow cell, which LibreOffice reads between other cells.
    if (top) leaders.push(`(${vietnamese(top.final)})`);
  }
  expect(leaders.length).toBeGreaterThan(0);

  await page.goto(`/hoi-dong/${councilId}/ky-thi-dua/${period.id}`);
  const card = page.getByRole('region', { name: 'Văn bản của Hội đồng trong kỳ' });
  await expect(card).toBeVisible();
  const docs = new DocumentDownloads(page);
  await docs.both(
    {
      title: 'Báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng',
      fileName: `Báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng - ${period.name}`,
      texts: [HEADER, 'BÁO CÁO', ...clusters.map((c) => c.name)],
    },
    card,
  );
  await docs.both(
    {
      title: 'Báo cáo tổng kết công tác thi đua, khen thưởng',
      fileName: `Báo cáo tổng kết công tác thi đua, khen thưởng - ${period.name}`,
      texts: [
        'BÁO CÁO',
        'Tổng kết công tác thi đua, khen thưởng',
        ...clusters.map((c) => c.name),
        ...leaders,
      ],
    },
    card,
  );

  // A plan of this spec's own year, with two tasks, on its period's screen.
  const tag = Date.now().toString(36);
  const { items } = await api.get<ApiPage<Period>>(`/councils/${councilId}/periods?pageSize=500`);
  const own =
    items.find((p) => p.year === PLAN_YEAR && p.calendar === 'calendarYear') ??
    (await api.send<Period>('POST', `/councils/${councilId}/periods`, {
      name: `Năm ${PLAN_YEAR} (văn bản)`,
      year: PLAN_YEAR,
      calendar: 'calendarYear',
    }));
  const title = `Kế hoạch công tác thi đua, khen thưởng năm ${PLAN_YEAR} (${tag})`;
  const number = `${tag.slice(-4)}/KH-HĐTĐKT`;
  const plan = await api.send<{ id: string }>('POST', `/periods/${own.id}/plans`, {
    title,
    number,
    issuedOn: `${PLAN_YEAR}-02-15`,
  });
  const tasks = [
    {
      section: 'I',
      content: `Phát động phong trào thi đua năm ${PLAN_YEAR}`,
      executingBody: 'Sở Nội vụ',
      deadlineKind: 'date',
      dueOn: `${PLAN_YEAR}-03-20`,
    },
    {
      section: 'II',
      content: 'Kiểm tra việc chấm điểm tại các cụm, khối',
      executingBody: 'Các cụm, khối thi đua',
      deadlineKind: 'recurring',
      recurrence: 'quarterly',
    },
  ];
  for (const task of tasks) await api.send('POST', `/plans/${plan.id}/tasks`, task);
  await page.goto(`/hoi-dong/${councilId}/ky-thi-dua/${own.id}`);
  await docs.both(
    {
      title: `Kế hoạch số ${number}: ${title}`,
      fileName: `Kế hoạch - ${title}`,
      texts: [
        'KẾ HOẠCH',
        `Số: ${number}`,
        'PHỤ LỤC',
        ...tasks.map((t) => t.content),
        `20/03/${PLAN_YEAR}`,
        'Hàng quý',
      ],
    },
    page.getByRole('region', { name: 'Văn bản của Hội đồng trong kỳ' }),
  );
  docs.checkWordFiles();
});

test('the criteria screen gives the issued criteria, the meeting screen the vote count and the minutes', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { api, councilId, period, clusters } = await officeOnClosedYear(page);
  const docs = new DocumentDownloads(page);

  // The issued criteria of the first cluster: every group and every criterion's code.
  const cluster = clusters[0]!;
  const versions = await api.get<ApiPage<{ id: string; revision: number; status: string }>>(
    `/clusters/${cluster.id}/criteria-versions`,
  );
  const issued = versions.items.find((v) => v.status === 'issued')!;
  const detail = await api.get<{ ruleset: { groups: { name: string; criteria: { code: string }[] }[] } }>(
    `/criteria-versions/${issued.id}`,
  );
  await page.goto(`/hoi-dong/${councilId}/tieu-chi?ky=${period.id}&cum=${cluster.id}&ban=${issued.id}`);
  await docs.both({
    title: 'bộ tiêu chí, thang điểm',
    fileName: `Bộ tiêu chí, thang điểm - ${cluster.name} - ${period.year} - phiên bản ${issued.revision}`,
    texts: [
      'BỘ TIÊU CHÍ, THANG ĐIỂM',
      `Phiên bản ${issued.revision}`,
      ...detail.ruleset.groups.flatMap((g) => g.criteria.map((c) => c.code)),
    ],
    // A group's name wraps in its cell, which LibreOffice reads between the cells beside it.
    pdfOnly: detail.ruleset.groups.map((g) => g.name.replace(/\s+/g, ' ')),
  });

  // A meeting of the closed year with votes: the vote count names every unit voted for, with its votes.
  let found: { clusterId: string; meetingId: string; votes: { unitName: string; votes: number }[] } | null =
    null;
  for (const c of clusters) {
    const meetings = await api.get<ApiPage<{ id: string }>>(`/clusters/${c.id}/meetings`);
    for (const m of meetings.items) {
      const votes = await api.get<ApiPage<{ unitName: string; votes: number }>>(`/meetings/${m.id}/votes`);
      if (votes.items.length > 0) found = { clusterId: c.id, meetingId: m.id, votes: votes.items };
      if (found) break;
    }
    if (found) break;
  }
  expect(found, 'a demo meeting with votes').not.toBeNull();
  const meeting = await api.get<{ attendance: { unitName: string }[] }>(`/meetings/${found!.meetingId}`);
  const scope = clusters.find((c) => c.id === found!.clusterId)!;
  await page.goto(`/hoi-dong/${councilId}/cuoc-hop/${found!.meetingId}?ky=${period.id}&cum=${scope.id}`);
  const voteCount = await docs.pdf({
    title: 'Bỏ phiếu',
    fileName: new RegExp(`^Biên bản kiểm phiếu - .+ - ${escaped(scope.name)}`),
    texts: ['BIÊN BẢN KIỂM PHIẾU', ...found!.votes.map((v) => v.unitName)],
  });
  // Each unit's count stands after its name (a name may wrap onto the next line of its cell).
  for (const v of found!.votes) expect(voteCount).toMatch(new RegExp(`${v.votes}\\b`));
  await docs.word({
    title: 'Bỏ phiếu',
    fileName: new RegExp(`^Biên bản kiểm phiếu - .+ - ${escaped(scope.name)}`),
    texts: ['BIÊN BẢN KIỂM PHIẾU', ...found!.votes.map((v) => v.unitName)],
  });
  await docs.word({
    title: 'Biên bản và kết luận',
    fileName: new RegExp(`^Biên bản .+ - ${escaped(scope.name)}`),
    texts: ['BIÊN BẢN', 'Thành phần tham dự', ...meeting.attendance.map((a) => a.unitName)],
  });
  docs.checkWordFiles();
});

test('a member unit downloads its registration form and its self-scoring sheet with its own values', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await switchUser(page, 'donvi');
  const api = await Api.current(page.request);
  const { councilId, period } = await demoPeriod(api, thisYear.name);
  const { items: places } = await api.get<{ items: { periodId: string; clusterId: string }[] }>(
    `/councils/${councilId}/my-clusters`,
  );
  const place = places.find((p) => p.periodId === period.id)!;
  const unitId = api.unitId!;
  const docs = new DocumentDownloads(page);

  const { items: rows } = await api.get<
    ApiPage<{ unit: { id: string }; registration: { id: string } | null }>
  >(`/clusters/${place.clusterId}/registrations?pageSize=200`);
  const listed = rows.find((r) => r.unit.id === unitId)?.registration;
  expect(listed, 'the unit’s registration').toBeTruthy();
  const own = await api.get<Registration>(`/registrations/${listed!.id}`);
  const planned = own.plans.flatMap((p) => (p.plan === null ? [] : [vietnamese(Number(p.plan))]));
  expect(planned.length).toBeGreaterThan(0);
  await page.goto(`/hoi-dong/${councilId}/dang-ky/in/${own.id}?ky=${period.id}&cum=${place.clusterId}`);
  await docs.both({
    title: 'In bản đăng ký thi đua',
    fileName: `Đăng ký thi đua năm ${period.year} - ${own.unit.name}`,
    texts: [HEADER, 'ĐĂNG KÝ THAM GIA THI ĐUA', own.unit.name, ...planned],
  });

  const sheet = await api.get<Sheet>(`/clusters/${place.clusterId}/scoring-sheet?unitId=${unitId}`);
  const points = sheet.rows[0]!.cells.flatMap((c) =>
    c.self?.points === null || c.self?.points === undefined ? [] : [vietnamese(c.self.points)],
  );
  expect(points.length).toBeGreaterThan(0);
  await page.goto(`/hoi-dong/${councilId}/tu-cham-diem?ky=${period.id}&cum=${place.clusterId}`);
  await docs.both({
    title: 'bảng tự chấm điểm',
    fileName: `Bảng tự chấm điểm - ${own.unit.name} - ${period.year}`,
    texts: ['BẢNG TỰ CHẤM ĐIỂM', own.unit.name, 'THỦ TRƯỞNG ĐƠN VỊ', ...points],
  });
  docs.checkWordFiles();
});

test('the standing office uploads the council’s own signing certificate: a wrong password is refused beside its field, then the PDFs are signed (pdfsig) until it is removed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { api, councilId, period, clusters } = await officeOnClosedYear(page);
  const holder = `Nguyen Thi Thu Ha - Hoi dong TDKT ${Date.now().toString(36)}`;
  const certificate = testCertificate(scratchDir('e2e-certificate'), holder);
  const path = `/councils/${councilId}/signing-certificate`;
  const ranking = `/hoi-dong/${councilId}/xep-hang?ky=${period.id}&cum=${clusters[0]!.id}`;
  const scoreTable = `Tải về Bảng xếp hạng ${clusters[0]!.name} — ${period.name} dạng PDF`;
  /** The score table's PDF from the ranking screen, as pdfsig reads it. */
  const downloadedSignature = async () => {
    await page.goto(ranking);
    const pdf = await downloadFrom(page, page.getByRole('button', { name: scoreTable, exact: true }));
    return pdfSignature(pdf.file);
  };

  try {
    await page.goto(`/hoi-dong/${councilId}/thiet-lap-van-ban`);
    const card = page.getByRole('region', { name: 'Chứng thư số ký văn bản PDF' });
    await expect(card).toContainText('Hội đồng chưa có chứng thư số riêng.');
    await card.locator('input[type=file]').setInputFiles(certificate.p12);
    const password = card.getByLabel('Mật khẩu của tệp chứng thư số');
    await password.fill('mat-khau-sai');
    await card.getByRole('button', { name: 'Lưu chứng thư số' }).click();
    await expect(card.getByText(/^Không mở được tệp chứng thư số: sai mật khẩu/)).toBeVisible();
    expect((await api.get<{ configured: boolean }>(path)).configured).toBe(false);

    await password.fill(certificate.passphrase);
    await card.getByRole('button', { name: 'Lưu chứng thư số' }).click();
    await expect(page.getByText(/^Đã lưu chứng thư số/)).toBeVisible();
    await expect(card).toContainText(holder);
    const view = await api.get<{ holder: string; fingerprint: string; version: number }>(path);
    expect(view.holder).toBe(holder);
    await expect(card).toContainText(view.fingerprint);
    expect(JSON.stringify(view)).not.toContain(certificate.passphrase);

    const signed = await downloadedSignature();
    expect(signed.valid, signed.output).toBe(true);
    expect(signed.signer).toBe(holder);

    await page.goto(`/hoi-dong/${councilId}/thiet-lap-van-ban`);
    await card.getByRole('button', { name: 'Gỡ chứng thư số' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /OK|Đồng ý|Có/ })
      .click();
    await expect(page.getByText('Đã gỡ chứng thư số')).toBeVisible();
    await expect(card).toContainText('Hội đồng chưa có chứng thư số riêng.');
    const unsigned = await downloadedSignature();
    expect(unsigned.valid).toBe(false);
    expect(unsigned.output).toMatch(/does not contain any signatures/);
  } finally {
    // The demo council's PDFs stay unsigned for the specs after this one, whatever happened above.
    const left = await api.get<{ configured: boolean; version: number }>(path);
    if (left.configured) {
      const removed = await page.request.delete(`/api/v1${path}?version=${left.version}`, {
        headers: { 'x-csrf-token': api.csrf },
      });
      expect(removed.status()).toBe(200);
    }
  }
});

/** `text` as a literal part of a regular expression. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
