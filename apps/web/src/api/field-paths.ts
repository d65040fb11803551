import type { FieldError } from './client';

export type NamePath = (string | number)[];

/**
 * The form field a server path names: `body.name` → `['name']`, `body.entries[3].points` →
 * `['entries', 3, 'points']`. Paths of other request parts (`params.unitId`, `query.page`) name no form
 * field: null.
 */
export function formNamePath(path: string, part = 'body'): NamePath | null {
  if (path !== part && !path.startsWith(`${part}.`) && !path.startsWith(`${part}[`)) return null;
  const rest = path.slice(part.length);
  const names: NamePath = [];
  for (const [, key, index] of rest.matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    names.push(index === undefined ? key! : Number(index));
  }
  return names.length > 0 ? names : null;
}

/** Server messages are fragments (`không được để trống`); beside a field they start with a capital. */
export function capitalise(message: string): string {
  return message.charAt(0).toLocaleUpperCase('vi') + message.slice(1);
}

/**
 * Splits a refusal's field errors into those a form shows beside one of its fields and the rest
 * (shown above the form), grouping messages per field.
 */
export function placeFieldErrors(
  fields: readonly FieldError[],
  formFields: readonly string[] | null,
): { placed: { name: NamePath; errors: string[] }[]; unplaced: FieldError[] } {
  const placed = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: FieldError[] = [];
  for (const field of fields) {
    const name = formNamePath(field.path);
    if (!name || (formFields && !formFields.includes(String(name[0])))) {
      unplaced.push(field);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = placed.get(key) ?? { name, errors: [] };
    entry.errors.push(capitalise(field.message));
    placed.set(key, entry);
  }
  return { placed: [...placed.values()], unplaced };
}
