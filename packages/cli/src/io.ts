import { readFile } from 'node:fs/promises';
import type { ValidationError } from '@thidua/engine';
import { formatError } from '@thidua/engine';

/** Where the CLI writes; injected so tests can run commands in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_INVALID = 2;

/** Reads a file (or stdin for `-`); an unreadable file is reported as a Vietnamese error. */
export async function readInput(
  file: string,
  io: Io,
): Promise<{ ok: true; text: string } | { ok: false; errors: ValidationError[] }> {
  try {
    return { ok: true, text: file === '-' ? await io.readStdin() : await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'không tìm thấy tệp'
        : code === 'EISDIR'
          ? 'đây là thư mục, không phải tệp'
          : code === 'EACCES'
            ? 'không có quyền đọc tệp'
            : `không đọc được tệp (${code ?? String(error)})`;
    return { ok: false, errors: [{ path: file, message: why }] };
  }
}

export function printErrors(errors: readonly ValidationError[], io: Io): void {
  const heading = errors.length === 1 ? 'Tệp không hợp lệ: 1 lỗi' : `Tệp không hợp lệ: ${errors.length} lỗi`;
  io.err(`${heading}\n${errors.map((e) => `  ${formatError(e)}`).join('\n')}\n`);
}
