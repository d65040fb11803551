import { RECURRENCE_NAMES } from '@thidua/vocabulary';
import type { CellError } from './cells';
import { cellText, foldName, type ListColumn, readListTemplate, writeListTemplate } from './list-sheet';
import type { CellInput } from './read-value';

// A plan's task table (the plan's "Phụ lục") as a list template ("Nhiệm vụ"), in the columns of the
// seeds' appendices: TT, content, who leads, the executing unit, the coordinating units, the time. A
// row whose TT is a Roman numeral and that has only a content is a section heading ("I | Quý I"): the
// tasks under it take its numeral as their section, and its quarter when it names one. Units are named
// by code or by name (the server resolves them against the council's units); bodies that are not units
// of the council ("Các đơn vị thuộc quận") go in the "other" columns, as written.

export const TASKS_SHEET = 'Nhiệm vụ';
export const TASKS_MARKER = 'thidua:plan-tasks-template@1';

/** The columns after STT, in order. */
export const TASK_COLUMNS = [
  'content',
  'lead',
  'executing',
  'executingBody',
  'coordinating',
  'coordinatingBodies',
  'deadline',
  'deadlineNote',
] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

const COLUMNS: ListColumn[] = [
  { header: 'TT', width: 6, text: true },
  { header: 'Nội dung thực hiện', width: 50 },
  { header: 'Lãnh đạo, chủ trì', width: 22 },
  { header: 'Đơn vị thực hiện (mã hoặc tên đơn vị)', width: 22 },
  { header: 'Cơ quan thực hiện khác (ghi như văn bản)', width: 22 },
  { header: 'Đơn vị phối hợp (mã hoặc tên, cách nhau bởi dấu ;)', width: 26 },
  { header: 'Cơ quan phối hợp khác (ghi như văn bản)', width: 22 },
  { header: 'Thời gian thực hiện', width: 18, text: true },
  { header: 'Ghi chú thời gian (như văn bản)', width: 26 },
];
const HEADERS = COLUMNS.map((c) => c.header);

export interface TasksTemplateInput {
  creator: string;
  title: string;
  notes: string[];
  planId: string;
}

/** The blank task table of a plan: headers, 300 numbered rows, the plan's id hidden. */
export function writeTasksTemplate(input: TasksTemplateInput): Promise<Buffer> {
  return writeListTemplate({
    creator: input.creator,
    marker: TASKS_MARKER,
    sheetName: TASKS_SHEET,
    title: input.title,
    notes: input.notes,
    columns: COLUMNS,
    rows: [],
    blankRows: 300,
    meta: [['planId', input.planId]],
  });
}

/** A deadline as the plan API takes it. */
export type TaskDeadline =
  | { deadlineKind: 'date'; dueOn: string }
  | { deadlineKind: 'month'; dueMonth: string }
  | { deadlineKind: 'recurring'; recurrence: string };

export interface TaskRowRead {
  row: number;
  section: string | null;
  quarter: number | null;
  content: string;
  lead: string | null;
  /** Units as the cell names them (code or name), to be found among the council's. */
  executing: string[];
  executingBody: string | null;
  coordinating: string[];
  coordinatingBodies: string | null;
  deadline: TaskDeadline;
  deadlineNote: string | null;
  /** Each column's cell (`Nhiệm vụ!I7`). */
  cells: Record<TaskColumn, string>;
}

export interface TasksRead {
  planId: string;
  tasks: TaskRowRead[];
}

export type TasksReadResult = { ok: true; tasks: TasksRead } | { ok: false; errors: CellError[] };

const NOT_TEMPLATE =
  'tệp không phải mẫu danh sách nhiệm vụ của thidua (hãy tải mẫu ở nút "Nhập từ Excel" của kế hoạch, điền rồi tải lên)';

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?$/;
const QUARTER = /^quý\s+(I|II|III|IV|1|2|3|4)\b/i;
const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const RECURRENCE_BY_NAME = new Map(
  Object.entries(RECURRENCE_NAMES).flatMap(([key, name]) => [
    [foldName(name), key],
    [foldName(key), key],
  ]),
);

const DEADLINE_FORMS =
  `một ngày (dd/mm/yyyy, "Trước ngày 15/02/2026"), một tháng ("Tháng 03/2026", "03/2026") hoặc ` +
  Object.values(RECURRENCE_NAMES)
    .map((n) => `"${n}"`)
    .join(', ');

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The time of a task as offices write it: a date cell (or its serial number, 2000–2100), `15/02/2026` (also after "Trước ngày", "Đến
 * ngày", "Hạn"), a month `03/2026` (also "Tháng 3/2026", "Trong tháng 03/2026"), or a recurrence by its
 * name ("Thường xuyên", "Hàng tháng", "Hàng quý", "Theo tiến độ cấp trên").
 */
export function readDeadline(
  input: CellInput,
): { ok: true; value: TaskDeadline } | { ok: false; message: string } {
  // A date pasted into the column (formatted as text) arrives as Excel's serial day number.
  if (typeof input === 'number' && Number.isInteger(input) && input >= 36526 && input <= 73051) {
    return readDeadline(new Date((input - 25569) * 86_400_000));
  }
  if (input instanceof Date) {
    const [y, m, d] = [input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate()];
    return { ok: true, value: { deadlineKind: 'date', dueOn: `${y}-${pad(m)}-${pad(d)}` } };
  }
  const text = cellText(input);
  if (text === null) return { ok: false, message: `chưa nhập thời gian thực hiện (${DEADLINE_FORMS})` };
  const recurrence = RECURRENCE_BY_NAME.get(foldName(text));
  if (recurrence) return { ok: true, value: { deadlineKind: 'recurring', recurrence } };
  const bare = text
    .replace(/^(trước|đến|trong|hạn|hoàn thành)(\s+(ngày|tháng))?\s*:?\s*/i, '')
    .replace(/^(ngày|tháng)\s*/i, '')
    .trim();
  const date = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(bare);
  if (date) {
    const [d, m, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!validDate(y, m, d)) return { ok: false, message: `"${text}" không phải ngày có thật` };
    return { ok: true, value: { deadlineKind: 'date', dueOn: `${y}-${pad(m)}-${pad(d)}` } };
  }
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(bare);
  if (month) {
    const [m, y] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return { ok: false, message: `"${text}": tháng phải từ 1 đến 12` };
    return { ok: true, value: { deadlineKind: 'month', dueMonth: `${y}-${pad(m)}` } };
  }
  return {
    ok: false,
    message: `"${text}" không đọc được thành thời gian thực hiện; ghi ${DEADLINE_FORMS} (lời văn khác ghi ở cột Ghi chú thời gian)`,
  };
}

/** Names in one cell: separated by `;` or line breaks (a comma may be part of a name). */
function namesOf(input: CellInput): string[] {
  const text = cellText(input);
  if (text === null) return [];
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Reads an uploaded task table: section headings, then each task with its cells named. Checked here:
 * a content and a time that reads as one of the forms; the server checks units, lengths and the rest
 * with the plan API's own rules and names their cells.
 */
export async function readTasksImport(bytes: Uint8Array): Promise<TasksReadResult> {
  const read = await readListTemplate(bytes, TASKS_MARKER, TASKS_SHEET, HEADERS, NOT_TEMPLATE);
  if (!read.ok) return read;
  const { list } = read;
  const errors: CellError[] = [];
  const tasks: TaskRowRead[] = [];
  let section: string | null = null;
  let quarter: number | null = null;
  for (const line of list.rows) {
    const cells = Object.fromEntries(TASK_COLUMNS.map((c, i) => [c, list.at(line.row, i + 1)])) as Record<
      TaskColumn,
      string
    >;
    const [tt, content, lead, executing, executingBody, coordinating, coordinatingBodies, deadline, note] =
      line.values.map((v) => v ?? null) as CellInput[];
    const number = cellText(tt ?? null);
    const rest = [lead, executing, executingBody, coordinating, coordinatingBodies, deadline, note];
    if (number && ROMAN.test(number) && rest.every((v) => cellText(v ?? null) === null)) {
      section = number.replace(/\.$/, '');
      const heading = cellText(content ?? null) ?? '';
      const q = QUARTER.exec(heading);
      quarter = q ? QUARTERS[q[1]!.toUpperCase()]! : null;
      continue;
    }
    const text = cellText(content ?? null);
    if (text === null) errors.push({ cell: cells.content, message: 'chưa nhập nội dung thực hiện' });
    const when = readDeadline(deadline ?? null);
    if (!when.ok) errors.push({ cell: cells.deadline, message: when.message });
    if (text === null || !when.ok) continue;
    tasks.push({
      row: line.row,
      section,
      quarter,
      content: text,
      lead: cellText(lead ?? null),
      executing: namesOf(executing ?? null),
      executingBody: cellText(executingBody ?? null),
      coordinating: namesOf(coordinating ?? null),
      coordinatingBodies: cellText(coordinatingBodies ?? null),
      deadline: when.value,
      deadlineNote: cellText(note ?? null),
      cells,
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (tasks.length === 0) {
    return { ok: false, errors: [{ cell: list.sheetName, message: 'tệp chưa có nhiệm vụ nào' }] };
  }
  return { ok: true, tasks: { planId: list.meta.get('planId') ?? '', tasks } };
}
