/**
 * `npm run bench` (spreadsheets, issue #13): the score template of 2,000 units × 150 criteria written
 * and read back with the streaming writer and reader, and the results export of the same size, each in
 * a child process of its own (so its peak memory is its own), against a baseline measured in the same
 * run: exceljs's streaming writer and reader on the same number of plain cells, no styles, no checks.
 * Goal: each under 10 s and 500 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import {
  type CriterionKind,
  fieldsOf,
  readScoreImport,
  type ScoreTemplateInput,
  writeScoreTemplate,
  writeTables,
} from '@thidua/spreadsheets';

const UNITS = Number(process.env.BENCH_UNITS ?? 2000);
const LEAVES = Number(process.env.BENCH_LEAVES ?? 150);
const KINDS: CriterionKind[] = ['quantitative', 'qualitative', 'bands', 'rating', 'yesno'];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function template(): ScoreTemplateInput {
  const criteria = Array.from({ length: LEAVES }, (_, i) => ({
    code: `${Math.floor(i / 40) + 1}.${(i % 40) + 1}`,
    name: `Tiêu chí số ${i + 1} về kết quả thực hiện nhiệm vụ`,
    points: 10,
    kind: KINDS[i % KINDS.length]!,
    ratingOptions: ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'],
  }));
  const value = (kind: CriterionKind, u: number, i: number) => {
    switch (kind) {
      case 'quantitative':
        return { plan: 100 + (u % 7), actual: 90 + ((u * i) % 30) + 0.5 };
      case 'qualitative':
        return { points: (u + i) % 10 };
      case 'bands':
        return { value: ((u * 3 + i) % 100) + 0.25 };
      case 'rating':
        return { rating: 'HTTNV' };
      case 'yesno':
        return { done: (u + i) % 2 === 0 };
    }
  };
  return {
    creator: 'thidua bench',
    title: 'Bảng điểm - Cơ quan thường trực - Cụm thi đua số 1',
    notes: ['Tải về lúc 05/02/2026 09:00'],
    clusterId: '44444444-4444-4444-8444-444444444444',
    criteriaVersionId: '55555555-5555-4555-8555-555555555555',
    layer: 'standingOffice',
    criteria,
    rows: Array.from({ length: UNITS }, (_, u) => ({
      unit: {
        id: `00000000-0000-4000-8000-${String(u).padStart(12, '0')}`,
        code: `dv-${u}`,
        name: `Phường số ${u + 1}`,
      },
      cells: criteria.map((c, i) => ({
        version: 1 + (u % 3),
        writable: true,
        original: value(c.kind, u, i),
      })),
    })),
  };
}

const inputColumns = () => template().criteria.flatMap((c) => fieldsOf(c.kind)).length;

async function baselineWrite(file: string): Promise<void> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Sheet1');
  const width = inputColumns() + 5;
  for (let r = 0; r < UNITS; r++)
    sheet.addRow(Array.from({ length: width }, (_, c) => r * width + c)).commit();
  sheet.commit();
  await workbook.commit();
  await done;
  writeFileSync(file, Buffer.concat(chunks));
}

async function baselineRead(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([readFileSync(file)]), {});
  let cells = 0;
  for await (const sheet of reader)
    for await (const row of sheet) cells += (row.values as unknown[]).length - 1;
  return cells;
}

/** One phase, run in this (child) process; prints `{ ms, cells }` as JSON. */
async function phase(name: string, dir: string): Promise<void> {
  const t = process.hrtime.bigint();
  let cells = 0;
  switch (name) {
    case 'baseline-write':
      await baselineWrite(join(dir, 'baseline.xlsx'));
      cells = UNITS * (inputColumns() + 5);
      break;
    case 'baseline-read':
      cells = await baselineRead(join(dir, 'baseline.xlsx'));
      break;
    case 'template-write': {
      const input = template();
      const bytes = await writeScoreTemplate(input);
      writeFileSync(join(dir, 'template.xlsx'), bytes);
      cells = UNITS * (inputColumns() + 5);
      break;
    }
    case 'template-read': {
      const result = await readScoreImport(readFileSync(join(dir, 'template.xlsx')));
      if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
      if (result.import.cells.length !== UNITS * LEAVES) throw new Error('cells lost');
      cells = UNITS * (inputColumns() + 5);
      break;
    }
    case 'results-write': {
      const bytes = await writeTables(
        { issuer: 'Hội đồng Thi đua - Khen thưởng tỉnh Hải Hà', creator: 'bench' },
        [
          {
            name: 'Điểm từng tiêu chí',
            title: 'Điểm từng tiêu chí',
            subtitle: ['Cụm thi đua số 1'],
            columns: [
              { header: 'Xếp hạng', kind: 'integer' },
              { header: 'Mã đơn vị', kind: 'text' },
              { header: 'Tên đơn vị', kind: 'text' },
              ...Array.from({ length: LEAVES * 2 }, (_, i) => ({
                header: `TC ${i}`,
                kind: 'number' as const,
              })),
            ],
            rows: Array.from({ length: UNITS }, (_, u) => [
              u + 1,
              `dv-${u}`,
              `Phường số ${u + 1}`,
              ...Array.from({ length: LEAVES * 2 }, (_, i) => ((u * i) % 997) / 100),
            ]),
          },
        ],
      );
      writeFileSync(join(dir, 'results.xlsx'), bytes);
      cells = UNITS * (LEAVES * 2 + 3);
      break;
    }
  }
  process.stdout.write(JSON.stringify({ ms: ms(t), cells, rssMb: process.resourceUsage().maxRSS / 1024 }));
}

if (process.argv[2]) {
  await phase(process.argv[2], process.argv[3]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-xlsx-'));
  const self = fileURLToPath(import.meta.url);
  const run = (name: string) =>
    JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', self, name, dir], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      }),
    ) as { ms: number; cells: number; rssMb: number };
  console.log(`\nSpreadsheets: score template of ${UNITS} units × ${LEAVES} criteria (streaming exceljs)`);
  const baseWrite = run('baseline-write');
  const baseRead = run('baseline-read');
  const rows: [string, { ms: number; cells: number; rssMb: number }, { ms: number }][] = [
    ['template write (protected, validations, hidden state)', run('template-write'), baseWrite],
    ['template read and check (import)', run('template-read'), baseRead],
    ['results export (per-criterion sheet)', run('results-write'), baseWrite],
  ];
  console.log(
    `  baseline: exceljs writes ${baseWrite.cells} plain cells in ${(baseWrite.ms / 1000).toFixed(2)} s, reads them in ${(baseRead.ms / 1000).toFixed(2)} s`,
  );
  for (const [name, r, base] of rows) {
    const ok = r.ms < 10_000 && r.rssMb < 500 ? 'ok' : 'OVER GOAL';
    console.log(
      `  ${name}: ${(r.ms / 1000).toFixed(2)} s, ${r.cells} cells, peak RSS ${r.rssMb.toFixed(0)} MB, ` +
        `${(r.ms / base.ms).toFixed(2)}× baseline (goal < 10 s, < 500 MB: ${ok})`,
    );
  }
}
