import type { FormInstance } from 'antd';
import { vi } from '../i18n/vi';
import { isApiError } from './client';
import { capitalise, placeFieldErrors } from './field-paths';

/** What a form shows above its fields when a refusal is not (only) about its fields. */
export interface FormProblem {
  code: string;
  message: string;
  details: string[];
}

/**
 * Shows a refusal's field errors beside the antd Form fields they name (`body.name` → field `name`).
 * `formFields` lists the form's top-level field names; errors naming anything else become details of
 * the returned problem, shown above the form. Returns null when the refusal is a plain VALIDATION whose
 * every field error found its field; any other code keeps its own message (`WEAK_PASSWORD` says what a
 * password needs) above the form.
 */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  formFields: readonly string[] | null = null,
): FormProblem | null {
  if (!isApiError(error)) return { code: 'BAD_RESPONSE', message: vi.errors.unexpected, details: [] };
  const { placed, unplaced } = placeFieldErrors(error.fields, formFields);
  form.setFields(placed);
  if (error.code === 'VALIDATION' && placed.length > 0 && unplaced.length === 0) return null;
  return { code: error.code, message: error.message, details: unplaced.map((f) => capitalise(f.message)) };
}

/**
 * Like `showFieldErrors`, but a DUPLICATE the database refuses without naming a field (a unique code or
 * username already taken) is shown beside `field`.
 */
export function showDuplicateAs(
  field: string,
  form: FormInstance,
  error: unknown,
  formFields: readonly string[],
): FormProblem | null {
  if (isApiError(error, 'DUPLICATE') && error.fields.length === 0) {
    form.setFields([{ name: field, errors: [error.message] }]);
    return null;
  }
  return showFieldErrors(form, error, formFields);
}

/** The whole refusal as the problem above a form (its field errors among the details, as written). */
export function problemOf(error: unknown): FormProblem {
  return isApiError(error)
    ? { code: error.code, message: error.message, details: error.fields.map((f) => f.message) }
    : { code: 'BAD_RESPONSE', message: vi.errors.unexpected, details: [] };
}
