// Vietnamese names of what the audit log records, for people reading the list or the CSV. The log
// itself keeps the stable codes; an unknown code (a module added later) is shown as it is. The names live
// in @thidua/vocabulary, shared with the web's viewer.
import { ACTION_NAMES, actionName, ENTITY_TYPE_NAMES, entityTypeName } from '@thidua/vocabulary';

/** "Cuộc họp" for `meeting`; the code itself when it has no name yet. */
export function entityTypeLabel(code: string): string {
  return entityTypeName(code);
}

/** "Điểm danh" for `recordAttendance`; the code itself when it has no name yet. */
export function actionLabel(code: string): string {
  return actionName(code);
}

/** Every named entity type and action, for the filters of the log's viewer (in the catalogue's order). */
export function auditLabels(): { entityTypes: Label[]; actions: Label[] } {
  const list = (names: Record<string, string>) =>
    Object.entries(names).map(([code, label]) => ({ code, label }));
  // Two old spellings share a name with the codes in use; the filter offers each name once.
  const actions = list(ACTION_NAMES).filter((a) => a.code !== 'resetPassword' && a.code !== 'changePassword');
  return { entityTypes: list(ENTITY_TYPE_NAMES), actions };
}

export interface Label {
  code: string;
  label: string;
}
