import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * A streaming workbook writer whose bytes are collected into one Buffer: rows are written and
 * committed as they come (memory stays flat for large sheets), and the caller gets the file.
 */
export function streamingWorkbook(creator: string): {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  finish: () => Promise<Buffer>;
} {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = creator;
  return {
    workbook,
    finish: async () => {
      await workbook.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
