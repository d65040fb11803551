import { profilesCommand, templateCommand } from './commands/profiles';
import { scoreCommand, validateCommand } from './commands/score';
import { EXIT_OK, EXIT_USAGE, type Io, processIo } from './io';

export const HELP = `thidua — chấm điểm, xếp hạng và xét khen thưởng thi đua

Cách dùng:
  thidua score TỆP [--format json|table]   Chấm điểm kỳ thi đua (tệp thidua/period@1), in kết quả
                                           thidua/result@1 (JSON) hoặc bảng xếp hạng (--format table)
  thidua validate TỆP                      Kiểm tra tệp, không chấm điểm
  thidua profiles                          Liệt kê các bộ tiêu chí mẫu có sẵn
  thidua template MÃ_BỘ [--year NĂM]       In khung tệp kỳ thi đua dùng bộ tiêu chí mẫu
  thidua --help                            Hướng dẫn này

TỆP là "-" để đọc từ đầu vào chuẩn.
Mã thoát: 0 thành công; 2 tệp không hợp lệ (lỗi in ra stderr, không in gì ra stdout); 1 sai cú pháp lệnh.
`;

interface Parsed {
  positional: string[];
  options: Map<string, string | true>;
}

function parseArgs(args: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--') && arg.length > 2) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (inline !== undefined) options.set(key, inline);
      else if (key === 'format' || key === 'year') options.set(key, args[++i] ?? '');
      else options.set(key, true);
    } else if (arg === '-h') options.set('help', true);
    else positional.push(arg);
  }
  return { positional, options };
}

function usage(io: Io, message: string): number {
  io.err(`${message}\nXem hướng dẫn: thidua --help\n`);
  return EXIT_USAGE;
}

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(args: readonly string[], io: Io = processIo): Promise<number> {
  const { positional, options } = parseArgs(args);
  const [command, ...rest] = positional;
  if (options.has('help') || command === 'help' || command === undefined) {
    io.out(HELP);
    return EXIT_OK;
  }
  const known = new Set(['format', 'year', 'help']);
  for (const key of options.keys()) if (!known.has(key)) return usage(io, `Không có tùy chọn --${key}.`);
  switch (command) {
    case 'score': {
      const format = options.get('format') ?? 'json';
      if (format !== 'json' && format !== 'table') {
        return usage(io, `--format phải là "json" hoặc "table" (nhận được "${String(format)}").`);
      }
      if (rest.length !== 1) return usage(io, 'Lệnh score cần đúng một tệp: thidua score TỆP');
      return scoreCommand(rest[0]!, format, io);
    }
    case 'validate':
      if (rest.length !== 1) return usage(io, 'Lệnh validate cần đúng một tệp: thidua validate TỆP');
      return validateCommand(rest[0]!, io);
    case 'profiles':
      return profilesCommand(io);
    case 'template':
      if (rest.length > 1)
        return usage(io, 'Lệnh template cần đúng một mã bộ tiêu chí: thidua template MÃ_BỘ');
      return templateCommand(rest[0], options.get('year'), io);
    default:
      return usage(io, `Không có lệnh "${command}".`);
  }
}
