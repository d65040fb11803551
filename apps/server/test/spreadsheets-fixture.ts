import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { Client } from './harness';
import { type ScoringCluster, upload } from './scoring-fixture';

// Helpers of the spreadsheet suites: download a template, edit it as a user's spreadsheet program
// would (exceljs's full reader and writer), upload it to the preview or the commit.

export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The bytes with the given cells of a sheet ("Bảng điểm" unless said) set (`{ H7: 82.5 }`). */
export async function editTemplate(
  bytes: Uint8Array,
  cells: Record<string, ExcelJS.CellValue>,
  sheetName = 'Bảng điểm',
): Promise<Buffer> {
  const workbook = await openWorkbook(bytes);
  const sheet = workbook.getWorksheet(sheetName)!;
  for (const [address, value] of Object.entries(cells))
    if (value !== undefined) sheet.getCell(address).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function downloadTemplate(client: Client, fx: ScoringCluster, layer: string): Promise<Buffer> {
  const response = await client.get(`/clusters/${fx.cluster.id}/spreadsheets/score-template?layer=${layer}`);
  if (response.statusCode !== 200) throw new Error(`template: ${response.statusCode} ${response.body}`);
  return response.rawPayload;
}

export function uploadScores(
  app: FastifyInstance,
  client: Client,
  fx: ScoringCluster,
  bytes: Buffer,
  commit: boolean,
) {
  return upload(
    app,
    client,
    `/clusters/${fx.cluster.id}/spreadsheets/score-import${commit ? '' : '/preview'}`,
    {
      name: 'bang-diem.xlsx',
      bytes,
    },
  );
}

export interface ImportJson {
  changes: { unitName: string; criterionCode: string; cells: string[]; old: string | null; new: string }[];
  conflicts: { criterionCode: string; cells: string[]; message: string }[];
  unchanged: number;
  batchId: string | null;
}
