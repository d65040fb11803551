import { uploadFile } from '../api/files';

/** What an import changes (preview) or changed (commit): the server's `importView`. */
export interface ImportResult {
  layer: string;
  changes: {
    unitId: string;
    unitName: string;
    criterionCode: string;
    criterionName: string;
    cells: string[];
    old: string | null;
    new: string;
  }[];
  conflicts: { unitId: string; unitName: string; criterionCode: string; cells: string[]; message: string }[];
  unchanged: number;
  batchId: string | null;
}

/** Sends the workbook to the preview (nothing saved) or the commit (all or nothing) of the score import. */
export function sendScoreImport(clusterId: string, file: File, commit: boolean, csrfToken: string) {
  return uploadFile<ImportResult>(
    `/clusters/${clusterId}/spreadsheets/score-import${commit ? '' : '/preview'}`,
    file,
    csrfToken,
  );
}

/** What a units import creates and changes (the server's `unitsImportView`). */
export interface UnitsImportResult {
  changes: {
    row: number;
    action: 'create' | 'update';
    unitId: string | null;
    code: string;
    name: string;
    cells: string[];
    fields: { field: string; old: string | null; new: string }[];
  }[];
  conflicts: { row: number; code: string; name: string; cells: string[]; message: string }[];
  unchanged: number;
  batchId: string | null;
}

export function sendUnitsImport(councilId: string, file: File, commit: boolean, csrfToken: string) {
  return uploadFile<UnitsImportResult>(
    `/councils/${councilId}/spreadsheets/units-import${commit ? '' : '/preview'}`,
    file,
    csrfToken,
  );
}

/** The tasks a file adds to a plan (the server's `tasksImportView`). */
export interface TasksImportResult {
  existingTasks: number;
  tasks: {
    row: number;
    cells: string[];
    section: string | null;
    quarter: number | null;
    content: string;
    lead: string | null;
    executing: string;
    coordinating: string;
    deadlineText: string;
  }[];
  batchId: string | null;
}

export function sendTasksImport(planId: string, file: File, commit: boolean, csrfToken: string) {
  return uploadFile<TasksImportResult>(
    `/plans/${planId}/spreadsheets/tasks-import${commit ? '' : '/preview'}`,
    file,
    csrfToken,
  );
}
