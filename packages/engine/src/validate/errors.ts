/** One problem in an input file: where (a JSON path like `entries[3].points`) and what, in Vietnamese. */
export interface ValidationError {
  path: string;
  message: string;
}

export type PathPart = string | number;

/** `['entries', 3, 'points']` → `entries[3].points`. */
export function formatPath(parts: readonly PathPart[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === '' ? '(tệp)' : out;
}

export function joinPath(base: string, ...parts: PathPart[]): string {
  const rest = formatPath(parts);
  if (parts.length === 0) return base;
  if (base === '' || base === '(tệp)') return rest;
  return rest.startsWith('[') ? base + rest : `${base}.${rest}`;
}

/** The line a person reads: `path: message`. */
export function formatError(error: ValidationError): string {
  return `${error.path}: ${error.message}`;
}

/** Collects errors for one validation run; every check appends, nothing stops at the first. */
export class ErrorList {
  readonly items: ValidationError[] = [];

  add(path: string, message: string): void {
    this.items.push({ path: path === '' ? '(tệp)' : path, message });
  }

  get isEmpty(): boolean {
    return this.items.length === 0;
  }
}
