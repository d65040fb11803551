import type { z } from 'zod';
import { formatNumber } from '../explain/format';
import { type ErrorList, joinPath, type PathPart } from './errors';

const TYPE_NAMES: Record<string, string> = {
  number: 'một số',
  int: 'một số nguyên',
  string: 'một chuỗi ký tự',
  boolean: 'true hoặc false',
  array: 'một danh sách (mảng JSON)',
  object: 'một đối tượng JSON',
  record: 'một đối tượng JSON',
};

const FORMAT_NAMES: Record<string, string> = {
  uuid: 'phải là mã định danh (UUID) hợp lệ',
  guid: 'phải là mã định danh (UUID) hợp lệ',
  email: 'phải là địa chỉ email hợp lệ',
  date: 'phải là ngày hợp lệ dạng YYYY-MM-DD',
  datetime: 'phải là thời điểm hợp lệ (ISO 8601)',
  regex: 'giá trị không đúng định dạng',
};

/** A message written for this schema (in Vietnamese), rather than zod's English default. */
function hasOwnMessage(issue: { message: string }): boolean {
  return issue.message !== '' && !/^(Invalid|Expected|Too)/.test(issue.message);
}

/** What a person sees of a received value inside a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'không có';
  if (value === null) return 'null';
  if (typeof value === 'number') {
    // Infinity and NaN (a JSON `1e309`, a query `?n=1e400`) have no decimal form to show.
    if (!Number.isFinite(value)) return 'một số quá lớn hoặc không hợp lệ';
    return formatNumber(value, 20);
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'một danh sách';
  return 'một đối tượng';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** One zod issue as a Vietnamese sentence. */
export function describeIssue(issue: z.core.$ZodIssue, received: unknown): string {
  const got = `(nhận được ${describeValue(received)})`;
  switch (issue.code) {
    case 'invalid_type':
      if (received === undefined) return 'thiếu trường bắt buộc';
      return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected} ${got}`;
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống';
      if (issue.origin === 'array') return `phải có ít nhất ${String(issue.minimum)} phần tử`;
      return `${issue.inclusive ? 'phải lớn hơn hoặc bằng' : 'phải lớn hơn'} ${formatNumber(Number(issue.minimum))} ${got}`;
    case 'too_big':
      if (issue.origin === 'array') return `có nhiều nhất ${String(issue.maximum)} phần tử`;
      return `${issue.inclusive ? 'phải nhỏ hơn hoặc bằng' : 'phải nhỏ hơn'} ${formatNumber(Number(issue.maximum))} ${got}`;
    case 'invalid_value':
      if (issue.values.length === 1) return `phải là ${JSON.stringify(issue.values[0])} ${got}`;
      return `phải là một trong các giá trị ${issue.values.map((v) => JSON.stringify(v)).join(', ')} ${got}`;
    case 'invalid_union':
      return `giá trị không hợp lệ: phải là chuỗi, số hoặc true/false ${got}`;
    case 'invalid_format':
      if (hasOwnMessage(issue)) return `${issue.message} ${got}`;
      return `${FORMAT_NAMES[issue.format] ?? 'giá trị không đúng định dạng'} ${got}`;
    case 'custom':
      return hasOwnMessage(issue) ? `${issue.message} ${got}` : `giá trị không hợp lệ ${got}`;
    case 'not_multiple_of':
    case 'unrecognized_keys':
    case 'invalid_key':
    case 'invalid_element':
      return `giá trị không hợp lệ ${got}`;
  }
}

/**
 * Parses `value` with `schema`; on failure adds every issue, in Vietnamese and with its full path
 * under `basePath`, to `errors` and returns undefined.
 */
export function parseWith<T>(
  schema: z.ZodType<T>,
  value: unknown,
  basePath: string,
  errors: ErrorList,
): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const path = joinPath(basePath, ...(issue.path as PathPart[]));
    errors.add(path, describeIssue(issue, valueAt(value, issue.path)));
  }
  return undefined;
}
