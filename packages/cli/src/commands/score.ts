import { evaluatePeriod, parsePeriodJson, validatePeriod, type ValidationError } from '@thidua/engine';
import { EXIT_INVALID, EXIT_OK, type Io, printErrors, readInput } from '../io';
import { renderTable } from '../render-table';

/** The file's JSON, or its errors printed on stderr. */
async function load(file: string, io: Io): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const input = await readInput(file, io);
  const parsed = input.ok ? parsePeriodJson(input.text) : input;
  if (!parsed.ok) printErrors(parsed.errors, io);
  return parsed;
}

/** The exit code of invalid input, its errors printed on stderr. */
function invalid(errors: readonly ValidationError[], io: Io): number {
  printErrors(errors, io);
  return EXIT_INVALID;
}

/** `thidua score FILE [--format json|table]`: the result on stdout, exit 0; invalid input exit 2. */
export async function scoreCommand(file: string, format: 'json' | 'table', io: Io): Promise<number> {
  const loaded = await load(file, io);
  if (!loaded.ok) return EXIT_INVALID;
  const evaluation = evaluatePeriod(loaded.value);
  if (!evaluation.ok) return invalid(evaluation.errors, io);
  const period = loaded.value as {
    name: string;
    year: number;
    ruleset: { awards?: { code: string; name: string }[] };
  };
  io.out(
    format === 'table'
      ? renderTable(evaluation.result, { title: period.name, awards: period.ruleset.awards ?? [] })
      : JSON.stringify(evaluation.result, null, 2) + '\n',
  );
  return EXIT_OK;
}

/** `thidua validate FILE`: a one-line summary on stdout when valid; errors on stderr, exit 2. */
export async function validateCommand(file: string, io: Io): Promise<number> {
  const loaded = await load(file, io);
  if (!loaded.ok) return EXIT_INVALID;
  const validation = validatePeriod(loaded.value);
  if (!validation.ok) return invalid(validation.errors, io);
  const { period, index } = validation;
  io.out(
    `Hợp lệ: "${period.name}" — ${period.units.length} đơn vị, ${index.leaves.length} tiêu chí, ` +
      `${period.entries.length} kết quả, ${period.adjustments?.length ?? 0} khoản cộng/trừ.\n`,
  );
  return EXIT_OK;
}
