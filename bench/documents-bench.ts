/**
 * `npm run bench` (second part): the score table of 60 units × 150 criteria rendered to Word and PDF,
 * against the engine run on the same period in the same process (target: both formats under 2 s).
 */
import { readFileSync } from 'node:fs';
import { buildScoreTable, renderDocx, renderPdf, tinosFontFiles, type PdfFonts } from '@thidua/documents';
import { evaluatePeriod, type Ruleset } from '@thidua/engine';
import { generatePeriod } from './generate-period';

const UNITS = Number(process.env.BENCH_DOC_UNITS ?? 60);
const LEAVES = Number(process.env.BENCH_LEAVES ?? 150);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

const files = tinosFontFiles();
const fonts: PdfFonts = {
  regular: readFileSync(files.regular),
  bold: readFileSync(files.bold),
  italic: readFileSync(files.italic),
  boldItalic: readFileSync(files.boldItalic),
};
const period = generatePeriod({ units: UNITS, leaves: LEAVES });
const rows: { engine: number; docx: number; pdf: number; docxBytes: number; pdfBytes: number }[] = [];
for (let run = 0; run < RUNS; run++) {
  let t = process.hrtime.bigint();
  const evaluation = evaluatePeriod(structuredClone(period));
  const engine = ms(t);
  if (!evaluation.ok) throw new Error(JSON.stringify(evaluation.errors.slice(0, 5)));
  const ruleset = (period as { ruleset: Ruleset }).ruleset;
  t = process.hrtime.bigint();
  const doc = buildScoreTable({
    issuer: {
      parentBody: 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà',
      issuingBody: 'Cụm thi đua số 1',
      place: 'Hải Hà',
      symbolSuffix: 'CTĐ1',
    },
    clusterName: 'Cụm thi đua số 1',
    periodName: 'Năm 2026',
    groups: ruleset.groups.map((g) => ({ code: g.code, name: g.name, maxPoints: g.maxPoints })),
    units: evaluation.result.units.map((u) => ({
      name: u.name,
      groups: u.groups.map((g) => g.score),
      bonus: u.bonusTotal,
      scored: u.scored,
      deduction: u.deductionTotal,
      final: u.final,
      rank: u.rank,
      status: u.status,
      reasons: u.reasons,
      award: u.award,
      downgraded: u.downgraded,
    })),
    complete: evaluation.result.complete,
    criteriaLabel: 'phiên bản 1',
    date: { year: 2026, month: 12, day: 6 },
    year: 2026,
    signature: { authority: 'TM. CỤM THI ĐUA SỐ 1', title: 'Cụm trưởng', name: 'Nguyễn Văn An' },
    recipients: ['Lưu: VT.'],
  });
  const docxBytes = (await renderDocx(doc)).length;
  const docx = ms(t);
  t = process.hrtime.bigint();
  const pdfBytes = (await renderPdf(doc, { fonts })).length;
  const pdf = ms(t);
  rows.push({ engine, docx, pdf, docxBytes, pdfBytes });
}
const first = rows[0];
const best = rows.reduce((a, b) => (b.docx + b.pdf < a.docx + a.pdf ? b : a));
console.log(`\nBảng tổng hợp: ${UNITS} đơn vị × ${LEAVES} tiêu chí (lượt nhanh nhất trong ${RUNS})`);
console.log(`  bộ máy chấm điểm:       ${best.engine.toFixed(0)} ms`);
console.log(
  `  Word (.docx):           ${best.docx.toFixed(0)} ms (${(best.docxBytes / 1024).toFixed(0)} KB)`,
);
console.log(`  PDF:                    ${best.pdf.toFixed(0)} ms (${(best.pdfBytes / 1024).toFixed(0)} KB)`);
console.log(`  Word + PDF:             ${(best.docx + best.pdf).toFixed(0)} ms (mục tiêu < 2000 ms)`);
if (first) console.log(`  lượt đầu (chưa khởi động): ${(first.docx + first.pdf).toFixed(0)} ms`);
console.log(`  tỉ lệ (Word+PDF)/chấm:  ${((best.docx + best.pdf) / best.engine).toFixed(2)}×`);
