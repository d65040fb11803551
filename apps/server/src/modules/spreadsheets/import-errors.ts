import type { CellError } from '@thidua/spreadsheets';
import { type AppError, type FieldError, invalid } from '../../http/errors';

/** An import's file errors as the API's 400: each message starts with its cell (`Đơn vị!D7: …`). */
export const fileErrors = (errors: readonly CellError[]): AppError =>
  invalid(errors.map((e) => ({ path: 'body.file', message: `${e.cell}: ${e.message}` })));

/** Field errors of a request-shaped object (`body.tasks[3].dueOn`) moved onto the cells they came from. */
export function fieldErrorsToCells(
  errors: readonly FieldError[],
  cellOf: (path: string) => string | undefined,
): CellError[] {
  return errors.map((e) => ({ cell: cellOf(e.path) ?? 'Tệp', message: e.message }));
}
